// A member with the portal open in many tabs, on a host that speaks HTTP/1.1
// (the reference host, and many intranets): a browser opens at most six
// connections to a site, and each tab's live stream held one, so the seventh
// tab loaded nothing. The tabs now share one stream (src/data/shared-channel.ts).
// End to end in Chromium against the demo host: eight tabs of /vote open, and a
// vote another member casts reaches every one of them live.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../scripts/chromium.js';
import { startHost } from '../../../demo/server.js';
import { cleanups, dataFolder, DEMO_NOW, executablePath, signIn } from './demo-browser.js';

const TABS = 8;
const MEMBER = 'p-cognus-sd';
const OTHER_MEMBER = 'p-carew-head';

/** The vote panel's count of votes for. */
const forCount = (page) =>
  page
    .locator('vote-panel table.counts tr')
    .filter({ has: page.locator('th', { hasText: /^\s*For\s*$/ }) })
    .locator('td')
    .textContent()
    .then(Number);

test(
  `${TABS} tabs of the vote page on one HTTP/1.1 host all open, and all show another member's vote live`,
  { timeout: 120_000 },
  async (t) => {
    if (!existsSync(executablePath)) return t.skip(`no Chromium at ${executablePath} (set CHROME_PATH)`);
    const { server, url } = await startHost({ port: 0, dataDir: await dataFolder('pk-many-tabs-'), demoNow: DEMO_NOW });
    cleanups.push(async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    });
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
    cleanups.push(() => browser.close());

    const member = await browser.newContext();
    const first = await member.newPage();
    await signIn(first, url, MEMBER);
    const tabs = [first];
    for (let i = 1; i < TABS; i += 1) {
      const page = await member.newPage();
      // Before the tabs shared a stream, the seventh tab's page never arrived: six streams held every connection.
      await page.goto(`${url}vote`, { timeout: 15_000 });
      await page.locator('vote-panel table.counts').waitFor({ timeout: 15_000 });
      tabs.push(page);
    }
    const before = await forCount(tabs[TABS - 1]);

    const other = await (await browser.newContext()).newPage();
    await signIn(other, url, OTHER_MEMBER);
    await other.locator('vote-panel').getByRole('radio', { name: 'For' }).click();
    await other
      .locator('vote-panel')
      .getByRole('button', { name: /^Cast vote/ })
      .click();

    for (const [index, page] of tabs.entries()) {
      const deadline = Date.now() + 15_000;
      while ((await forCount(page)) !== before + 1 && Date.now() < deadline) await page.waitForTimeout(100);
      assert.equal(await forCount(page), before + 1, `tab ${index + 1} shows the vote`);
    }
  },
);
