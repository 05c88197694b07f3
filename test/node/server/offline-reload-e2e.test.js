// A member on a phone loses the connection, votes, and reloads the page (DESIGN.md,
// "Writing back: the outbox": nothing is lost, and what waits is seen). Without the
// page itself the kit's saved document and queued vote cannot be shown: the reference
// host's service worker (demo/service-worker.js) keeps the pages. End to end in a real
// browser against the demo host on SQLite, with the host stopped for the reload (a
// service worker's own fetches do not see Playwright's offline switch), then back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../scripts/chromium.js';
import { startHost } from '../../../demo/server.js';
import { pollUntil, storedVoteRows } from './processes.js';
import { cleanups, dataFolder, DEMO_NOW, executablePath, signIn, voteForOffline } from './demo-browser.js';

const MEMBER = 'p-cognus-sd';
/** An action the member owns, done in the demo's document. */
const OWN_ACTION = 'Draft the SEND place-planning options paper';
const PAGES = 'partnership-demo-pages';

/**
 * The demo host over `dataDir`, reached at a port the test holds from start to end, which passes each
 * connection to the host. `stop()` stops the host, and the port then resets every connection, as the network
 * fails a page whose host is gone; `start()` starts a host again, on the same data, behind the same port. The
 * page and its service worker are bound to the origin, so the host must come back at the same one: stopping
 * it and listening again on its own port would leave that port free in between, for any other process on the
 * machine to take (EADDRINUSE).
 */
async function demoHost(dataDir) {
  let running;
  const sockets = new Set();
  const front = createServer((socket) => {
    socket.on('error', () => undefined);
    if (!running) {
      socket.resetAndDestroy();
      return;
    }
    const behind = connect(running.port, '127.0.0.1');
    behind.on('error', () => undefined);
    for (const end of [socket, behind]) {
      sockets.add(end);
      end.once('close', () => sockets.delete(end));
    }
    socket.once('close', () => behind.destroy());
    behind.once('close', () => socket.destroy());
    socket.pipe(behind).pipe(socket);
  });
  await new Promise((done) => front.listen(0, '127.0.0.1', done));
  const host = {
    base: `http://127.0.0.1:${front.address().port}/`,
    async start() {
      const { server, api } = await startHost({ port: 0, dataDir, demoNow: DEMO_NOW });
      running = { server, api, port: server.address().port };
    },
    /** The host runs on, but its store is closed under it, as a database that went away. */
    async loseStore() {
      await running.api.close();
    },
    async stop() {
      if (!running) return;
      const { server } = running;
      running = undefined;
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
  cleanups.push(async () => {
    await host.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise((done) => front.close(done));
  });
  await host.start();
  return host;
}

/**
 * The member signed in on a fresh browser, their vote page kept by the service worker. `prepare` readies the
 * browser's context first (its clock).
 */
async function memberOnVotePage(prefix, prepare = async () => {}) {
  const dataDir = await dataFolder(prefix);
  const host = await demoHost(dataDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  cleanups.push(() => browser.close());
  const context = await browser.newContext();
  await prepare(context);
  const page = await context.newPage();
  await signIn(page, host.base, MEMBER);
  assert.equal(await pollUntil(() => kept(page, '/vote'), Boolean), true, 'the vote page is kept');
  return { dataDir, host, context, page };
}

/** The paths of every copy the page's worker keeps. */
const keptPaths = (page) =>
  page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), PAGES);

/** Whether the page's kept copies hold `path`. */
const kept = (page, path) =>
  page.evaluate(async ([name, p]) => !!(await (await caches.open(name)).match(p)), [PAGES, path]);

test('a member reloads the vote page with no connection: it opens, with their vote and action change still queued and shown, and the vote then reaches the host once', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const { dataDir, host, context, page } = await memberOnVotePage('pk-offline-reload-');
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const panel = page.locator('vote-panel');

  await context.setOffline(true);
  await host.stop();
  await assert.rejects(fetch(host.base), TypeError, 'nothing answers at the page’s origin');
  await voteForOffline(panel);
  // The member's action too, done until now: back to in progress, waiting on this device.
  const action = page.locator('action-tracker tr', { hasText: OWN_ACTION });
  await action.getByLabel('In progress', { exact: true }).check();
  await action.getByRole('button', { name: /Save/ }).click();
  await action.getByText(/waiting to be sent/).waitFor();

  const reloaded = await page.reload();
  assert.ok(reloaded?.fromServiceWorker(), 'the page comes from the kept copy');
  await panel.locator('table.counts').waitFor();
  // On a busy machine Playwright's offline switch can miss the reloaded page (a quarter of runs with the CPU
  // loaded): its `navigator.onLine` stays true while every request fails, the vote waits as "the server could not
  // be reached", and going online again fires no `online` for the page to send at once. Setting offline again
  // does nothing; switched off and on, the page is offline as a phone's would be.
  await context.setOffline(false);
  await context.setOffline(true);
  await page.waitForFunction(() => navigator.onLine === false, undefined, { timeout: 5_000 });
  // Still queued, for whichever reason it last failed (the words for each are the vote panel's own tests).
  await panel
    .getByText(/^Queued: /)
    .first()
    .waitFor();
  assert.match(await page.locator('main').innerText(), /Signed in as/);
  // The saved copy shows the waiting change, as the row's words say, not the status the host still holds.
  await action.getByText(/waiting to be sent/).waitFor();
  await page.waitForFunction(
    (title) =>
      [...document.querySelector('action-tracker').shadowRoot.querySelectorAll('tbody tr')]
        .find((row) => row.textContent.includes(title))
        ?.querySelector('input[type=radio]:checked')?.value === 'in-progress',
    OWN_ACTION,
    { timeout: 5_000 },
  );

  await host.start();
  const sent = page.waitForResponse((r) => r.url().endsWith('/api/votes') && r.request().method() === 'POST');
  await context.setOffline(false);
  assert.equal((await sent).status(), 201);
  const stored = await pollUntil(
    () => storedVoteRows({ file: join(dataDir, 'sutton.db') }),
    (rows) => rows.length > 0,
  );
  assert.deepEqual(
    stored.map(([, n]) => n),
    [1],
    'the one vote, stored once',
  );
  assert.deepEqual(errors, []);
});

test('a member reloads the vote page while the host’s store is down: the kept page, not an error page', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const { host, context, page } = await memberOnVotePage('pk-offline-store-down-');
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await host.loseStore();
  const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const direct = await fetch(`${host.base}vote`, { headers: { accept: 'text/html', cookie } });
  assert.equal(direct.status, 500, 'the host cannot make the page');
  const consoleError = console.error;
  console.error = () => undefined; // the host logs each page it cannot make
  try {
    const reloaded = await page.reload();
    assert.ok(reloaded?.fromServiceWorker(), 'the page comes from the kept copy');
    await page.locator('vote-panel table.counts').waitFor();
    assert.match(await page.locator('main').innerText(), /Signed in as/);
    assert.doesNotMatch(await page.locator('main').innerText(), /problem with the service/);
  } finally {
    console.error = consoleError;
  }
  assert.deepEqual(errors, []);
});

test('signing out drops the pages kept, which name who was signed in', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const { host, page } = await memberOnVotePage('pk-offline-sign-out-');
  await page.getByRole('button', { name: 'sign out' }).click();
  await page.waitForURL(`${host.base}sign-in`);
  assert.equal(await kept(page, '/vote'), false);
});

test('signing out with no connection says the member is still signed in, keeps the vote page offline, and works once back', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const { host, context, page } = await memberOnVotePage('pk-offline-sign-out-failed-');
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await context.setOffline(true);
  await host.stop();

  // The browser's own "This site can't be reached" was all it showed, and the kept pages were gone.
  await page.getByRole('button', { name: 'sign out' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'You are not signed out' });
  await banner.waitFor({ timeout: 10_000 });
  assert.match(await banner.innerText(), /no connection/);
  assert.match(await banner.innerText(), /sign out again/);
  assert.match(await page.locator('main').innerText(), /Signed in as/);
  assert.equal(new URL(page.url()).search, '', 'a reload does not say it again');
  // In the language the member chose, on the copy kept.
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'allgofnodi' }).click();
  await page.getByRole('alert').filter({ hasText: 'Nid ydych wedi allgofnodi eto' }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();

  const reopened = await page.goto(`${host.base}vote`);
  assert.ok(reopened?.fromServiceWorker(), 'the vote page comes from the kept copy');
  await page.locator('vote-panel table.counts').waitFor();
  assert.equal(await banner.count(), 0);

  // Back online, the host never heard the sign-out: the member is signed in until they sign out again.
  await host.start();
  await context.setOffline(false);
  await page.goto(`${host.base}vote`);
  await page.locator('vote-panel table.counts').waitFor();
  assert.match(await page.locator('main').innerText(), /Signed in as/);
  await page.getByRole('button', { name: 'sign out' }).click();
  await page.waitForURL(`${host.base}sign-in`);
  assert.equal(await kept(page, '/vote'), false);
  await page.goto(`${host.base}vote`);
  await page.waitForURL(`${host.base}sign-in`);
  assert.deepEqual(errors, []);
});

test('a sign-in sent from this browser drops the pages kept, whatever its answer', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const { page } = await memberOnVotePage('pk-offline-sign-in-');
  // Sent as the sign-in form sends it, with nobody chosen: the host answers 400, and the kept vote page is gone
  // (a successful sign-in would put the next person's in its place, so it cannot show the drop).
  const status = await page.evaluate(async () => {
    const body = new URLSearchParams();
    return (await fetch('/sign-in', { method: 'POST', body })).status;
  });
  assert.equal(status, 400);
  assert.equal(await kept(page, '/vote'), false);
});

test('a session ended without signing out (expired, cookies cleared) drops the pages kept at the next page', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const { host, context, page } = await memberOnVotePage('pk-offline-expired-');
  await context.clearCookies();
  await page.goto(`${host.base}vote`);
  await page.waitForURL(`${host.base}sign-in`);
  assert.equal(await kept(page, '/vote'), false, 'the next person at this computer cannot open it offline');
});

test('the pages and the kit’s files are kept, never the API', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const { page } = await memberOnVotePage('pk-offline-api-');
  await page.reload();
  await page.locator('vote-panel table.counts').waitFor();
  const paths = await keptPaths(page);
  assert.ok(paths.includes('/dist/partnership-kit.js'), paths.join(' '));
  assert.deepEqual(
    paths.filter((path) => path.startsWith('/api/') || path.endsWith('.json')),
    [],
  );
});

test('the vote page reloaded offline runs its demo clock on from when the host wrote it, by the host’s clock as last heard', async (t) => {
  if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
  const MINUTE = 60_000;
  // The member's phone is ten minutes fast: the kit hears the host's Date header, and keeps the offset.
  const { host, context, page } = await memberOnVotePage('pk-offline-clock-', (c) =>
    c.clock.install({ time: Date.now() + 10 * MINUTE }),
  );
  const panel = page.locator('vote-panel');
  const written = Date.parse(await panel.getAttribute('now'));
  assert.ok(Number.isFinite(written), 'the demo writes its moment into the page');

  await context.setOffline(true);
  await host.stop();
  // Twenty minutes later, with no connection, the member opens the page again.
  await context.clock.setSystemTime((await page.evaluate(() => Date.now())) + 20 * MINUTE);
  const reloaded = await page.reload();
  assert.ok(reloaded?.fromServiceWorker(), 'the page comes from the kept copy');
  await panel.locator('table.counts').waitFor();
  const ran =
    (await pollUntil(
      async () => Date.parse(await panel.getAttribute('now')) - written,
      (ms) => ms > 0,
    )) / MINUTE;
  // Twenty minutes on, give or take the seconds the test took: not the moment written (0), nor the phone's own
  // clock, which is ten minutes fast (30).
  assert.ok(ran > 19.5 && ran < 21.5, `the page's clock ran ${ran.toFixed(2)} minutes on`);
  const [today] = new Date(written + ran * MINUTE).toISOString().split('T');
  assert.equal(await panel.getAttribute('today'), today);
});
