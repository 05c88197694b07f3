// A page whose tabs share one live stream (src/data/shared-channel.ts) must
// still be kept in the browser's back/forward cache: a held Web Lock, or a
// message from another tab arriving while it is kept, makes Chromium drop it
// (docs/host.md, "Live": nothing in the kit keeps a page out of that cache). The
// demo host sends `no-store`, which keeps its pages out anyway, so this serves
// a page of its own, with Chromium's cache turned back on.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.js';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const root = new URL('../../', import.meta.url);
const streams = new Set();

const server = createServer((request, response) => {
  const path = (request.url ?? '/').split('?')[0];
  const html = (body) => (response.writeHead(200, { 'Content-Type': 'text/html' }), response.end(body));
  if (path === '/page.html')
    return html(`<!doctype html><html lang="en"><title>Vote</title>
<script type="module" src="/dist/partnership-kit.js"></script>
<vote-panel src="/sutton.json" proposal="hnb-plan" today="2019-12-10"></vote-panel><a href="/papers.html">Papers</a>`);
  if (path === '/papers.html') return html('<!doctype html><html lang="en"><title>Papers</title><p>Papers</p>');
  if (path === '/sutton.json') {
    response.writeHead(200, {
      'Content-Type': 'application/json',
      Link: '</events?after=0>; rel="partnership-events"',
    });
    return response.end(readFileSync(new URL('demo/data/sutton.json', root)));
  }
  if (path === '/events') {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    response.write('retry: 3000\n\n');
    const beat = setInterval(() => response.write('event: heartbeat\ndata: {}\n\n'), 500);
    streams.add(response);
    request.on('close', () => (clearInterval(beat), streams.delete(response)));
    return undefined;
  }
  if (path.startsWith('/dist/') && !path.includes('..')) {
    try {
      const body = readFileSync(new URL(`.${path}`, root));
      response.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'application/json' });
      return response.end(body);
    } catch {
      // not built: 404 below
    }
  }
  response.writeHead(404).end();
});

after(() => {
  for (const stream of streams) stream.destroy();
  server.close();
});

test(
  'tabs sharing a stream are kept in the back/forward cache, and the tab back from it leads the stream again',
  { timeout: 90_000 },
  async (t) => {
    if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${server.address().port}`;
    // Playwright turns the cache off; a member's browser has it on.
    const browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_FLAGS,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    try {
      const context = await browser.newContext();
      const tabs = [];
      for (let i = 0; i < 2; i += 1) {
        const page = await context.newPage();
        await page.goto(`${base}/page.html`);
        await page.locator('vote-panel table.counts').waitFor();
        await page.evaluate(() => (window.pkKept = true));
        tabs.push(page);
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // heartbeats passed on between the tabs
      assert.equal(streams.size, 1, 'one stream for both tabs');
      for (const [index, page] of tabs.entries()) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.enable');
        const dropped = [];
        cdp.on('Page.backForwardCacheNotUsed', ({ notRestoredExplanations }) =>
          dropped.push(...notRestoredExplanations.map((explanation) => explanation.reason)),
        );
        await page.getByRole('link', { name: 'Papers' }).click();
        await page.waitForURL('**/papers.html');
        await new Promise((resolve) => setTimeout(resolve, 1_500)); // the other tab's heartbeats go on meanwhile
        await page.goBack({ waitUntil: 'commit' });
        await page.waitForFunction(() => document.querySelector('vote-panel') !== null);
        assert.deepEqual(dropped, [], `tab ${index + 1} kept in the cache`);
        assert.equal(await page.evaluate(() => window.pkKept), true, `tab ${index + 1} is the page it left`);
      }
      await tabs[1].close();
      await tabs[0].waitForTimeout(300);
      const deadline = Date.now() + 10_000;
      while (streams.size !== 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(streams.size, 1, 'the tab left leads the stream');
    } finally {
      await browser.close();
    }
  },
);
