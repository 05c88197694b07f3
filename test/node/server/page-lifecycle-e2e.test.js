// A member in a meeting leaves the vote page while their vote is on its way: they
// follow a link to the meeting papers a moment after "Cast vote", on a slow
// connection. The browser ends what the page it leaves had under way, unless the
// request was made to outlive it (`keepalive`), and the vote would then wait in the
// outbox until the member next opened a page with the kit, while the meeting went on
// without it. End to end in a real browser against the demo host on SQLite, with the
// vote reaching the host two seconds after the browser sent it (a slow uplink).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../scripts/chromium.js';
import { startHost } from '../../../demo/server.js';
import { pollUntil, storedVoteRows } from './processes.js';
import { cleanups, dataFolder, DEMO_NOW, executablePath, signIn } from './demo-browser.js';

const MEMBER = 'p-cognus-sd';
/** How long a POSTed vote takes to reach the host. */
const UPLINK_MS = 2_000;

/**
 * The demo host behind a slow uplink: every request is passed on as it is, but a vote reaches the host
 * UPLINK_MS after the browser sent it, and only if the browser still waits for it then (a request the browser
 * ends on the way never arrives whole).
 */
async function slowUplinkHost(dataDir) {
  const { server } = await startHost({ port: 0, dataDir, demoNow: DEMO_NOW });
  const behind = server.address().port;
  const front = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const forward = () => {
        const options = { host: '127.0.0.1', port: behind, path: request.url, method: request.method };
        const upstream = httpRequest({ ...options, headers: request.headers }, (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        });
        upstream.on('error', () => response.destroy());
        response.on('close', () => upstream.destroy());
        upstream.end(Buffer.concat(chunks));
      };
      if (request.method !== 'POST' || request.url !== '/api/votes') return forward();
      setTimeout(() => (response.destroyed ? undefined : forward()), UPLINK_MS);
    });
  });
  await new Promise((done) => front.listen(0, '127.0.0.1', done));
  cleanups.push(async () => {
    front.closeAllConnections();
    await new Promise((done) => front.close(done));
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });
  return `http://127.0.0.1:${front.address().port}/`;
}

test('a vote on its way when the member follows a link reaches the host while they read the other page', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const dataDir = await dataFolder('pk-lifecycle-leave-');
  const base = await slowUplinkHost(dataDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  cleanups.push(() => browser.close());
  const page = await (await browser.newContext()).newPage();
  await signIn(page, base, MEMBER);
  const panel = page.locator('vote-panel');

  await panel.getByRole('radio', { name: 'For' }).click();
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/votes') && r.method() === 'POST');
  await panel.getByRole('button', { name: /^Cast vote/ }).click();
  await sent;
  // The meeting papers: a page of the site without the kit's outbox on it.
  await page.goto(`${base}demo/index.html`);

  const stored = await pollUntil(
    () => storedVoteRows({ file: join(dataDir, 'sutton.db') }),
    (rows) => rows.length > 0,
    UPLINK_MS + 5_000,
  );
  assert.deepEqual(
    stored.map(([, n]) => n),
    [1],
    'the vote, stored once, with the member on the other page',
  );

  // Back on the vote page, the outbox sends it again (it never heard the answer): the host knows its id.
  await page.goBack();
  await panel
    .getByText(/^Recorded/)
    .first()
    .waitFor();
  const after = await storedVoteRows({ file: join(dataDir, 'sutton.db') });
  assert.deepEqual(
    after.map(([, n]) => n),
    [1],
    'still once',
  );
});
