// A vote queued offline belongs to the member who cast it (DESIGN.md, "Writing
// back: the outbox", item 5), end to end in a real browser against the demo
// host on SQLite: member A votes while offline, A signs out and member B signs
// in on the same browser, the connection returns. The host refuses A's vote
// sent under B's session, and the page keeps it, saying so, rather than send
// it as B or drop it. When A signs back in, it reaches the host exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../scripts/chromium.js';
import { startHost } from '../../../demo/server.js';
import { pollUntil, storedVoteRows } from './processes.js';
import {
  cleanups,
  dataFolder,
  DEMO_NOW,
  executablePath,
  signIn,
  voteForOffline,
  outboxRecords,
} from './demo-browser.js';

const MEMBER_A = 'p-cognus-sd';
const MEMBER_B = 'p-carew-head';

/** The demo host on a fresh SQLite file; its URL on 127.0.0.1, where it listens (`localhost` may be ::1). */
async function demoHost() {
  const dataDir = await dataFolder('pk-outbox-owner-');
  const { server, url } = await startHost({ port: 0, dataDir, demoNow: DEMO_NOW });
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  });
  return { base: url.replace('localhost', '127.0.0.1'), file: join(dataDir, 'sutton.db') };
}

const votePosted = (page) =>
  page.waitForResponse((r) => r.url().endsWith('/api/votes') && r.request().method() === 'POST');

/** How many rows the store holds for vote `id`. */
async function rowsFor(file, id) {
  return (await storedVoteRows({ file })).find(([stored]) => stored === id)?.[1] ?? 0;
}

test("a vote queued offline waits through someone else's sign-in, then reaches the host once", async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const host = await demoHost();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  cleanups.push(() => browser.close());
  const context = await browser.newContext();
  const page = await context.newPage();
  const panel = page.locator('vote-panel');

  await signIn(page, host.base, MEMBER_A);
  await context.setOffline(true);
  await voteForOffline(panel);
  const [queued] = await outboxRecords(page);
  assert.equal(queued.record.by, MEMBER_A);

  // A signs out and B signs in: the forms' own requests, through the context's request API, which
  // shares the browser's cookies but not its offline state. (Offline, the page cannot reach the
  // forms; online, A's page would send the vote while A was still signed in.)
  await context.request.post(`${host.base}sign-out`, { maxRedirects: 0 });
  await context.request.post(`${host.base}sign-in`, { form: { person: MEMBER_B }, maxRedirects: 0 });
  const sentAsB = votePosted(page);
  await context.setOffline(false);
  assert.equal((await sentAsB).status(), 403, 'the host refuses A’s vote under B’s session');
  // Someone else is signed in, not nobody: the page names whom to sign in as (DESIGN.md, the outbox, item 5).
  await panel.getByText('Saved on this device. Sign in as Services Director, Cognus to send it.').first().waitFor();
  assert.equal(await panel.getByText(/you are not signed in/).count(), 0, 'not told nobody is signed in');
  assert.equal(await rowsFor(host.file, queued.id), 0, 'not stored as B');

  // B's own vote page on the same browser: A's vote is still kept on this device.
  const loadedAsB = votePosted(page);
  await page.goto(`${host.base}vote`);
  await page.getByText('Signed in as Head of Carew', { exact: false }).waitFor();
  assert.equal((await loadedAsB).status(), 403, 'tried once on loading, and refused again');
  const [kept] = await outboxRecords(page);
  assert.equal(kept?.id, queued.id, 'still in the outbox');
  assert.equal(kept.lastProblem, 'signed-out');
  assert.equal(await rowsFor(host.file, queued.id), 0, 'not stored as B');

  const sentAsA = votePosted(page);
  await signIn(page, host.base, MEMBER_A);
  assert.equal((await sentAsA).status(), 201, 'stored once A is signed in again');
  const rows = await pollUntil(
    () => rowsFor(host.file, queued.id),
    (n) => n > 0,
  );
  assert.equal(rows, 1, 'stored exactly once');
  assert.deepEqual(await outboxRecords(page), [], 'the outbox is empty');
  const served = await (await context.request.get(`${host.base}api/partnership`)).json();
  assert.equal(served.votes.filter((vote) => vote.id === queued.id).length, 1);
});
