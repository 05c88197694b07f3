// A member back on the vote page (the governor of the fifteenth session's "A governor's phone", the next day):
// the kit shows the copy saved on their device at once, with a notice that it is the saved copy, and the latest
// replaces it a moment later. The notice said its piece where it stood: taken away, it moved the proposal and the
// Cast vote button up 108 px under the member's thumb (a layout shift of 0.081 on a phone). End to end in
// Chromium against the demo host, the document request held until the saved copy is on the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { executablePath, hostAndPhone, signIn } from './demo-browser.js';
/**
 * The layout shift allowed while the saved copy gives way: the latest is the same document here, so nothing
 * should move at all; 0.005 leaves room for a text line's sub-pixel rounding, and is a sixteenth of the 0.081
 * the notice's going cost (a fifth of a line of text moving on the phone's screen would pass 0.005).
 */
const MOST_SHIFT = 0.005;

/** Every layout shift from now on, summed in the page's `window.shiftsSince(t)`. */
function watchShifts() {
  const shifts = [];
  new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({
    type: 'layout-shift',
    buffered: true,
  });
  window.shiftsSince = (since) => shifts.filter((s) => s.startTime >= since).reduce((sum, s) => sum + s.value, 0);
}

test(
  'the latest replacing the saved copy moves nothing on the vote page',
  { skip: !existsSync(executablePath) && `no Chromium at ${executablePath}` },
  async () => {
    const { url, page } = await hostAndPhone('pk-swap-');
    // The first visit saves the document on the device.
    await signIn(page, url, 'p-carew-head');
    await page.goto('about:blank');

    let release;
    const latestArrives = new Promise((done) => (release = done));
    await page.route('**/api/partnership', async (route) => (await latestArrives, route.continue()));
    await page.addInitScript(watchShifts);
    await page.goto(`${url}vote`);
    const savedCopy = page.locator('vote-panel').getByText('Showing the copy saved on this device');
    await savedCopy.waitFor();
    await page
      .locator('vote-panel')
      .getByRole('button', { name: /^Cast vote/ })
      .waitFor();
    const castVote = async () =>
      (
        await page
          .locator('vote-panel')
          .getByRole('button', { name: /^Cast vote/ })
          .boundingBox()
      )?.y;
    const before = await castVote();
    const since = await page.evaluate(() => performance.now());

    release();
    await savedCopy.waitFor({ state: 'hidden' });
    // Two frames: a shift is reported after the frame that made it.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shift = await page.evaluate((t) => window.shiftsSince(t), since);
    assert.ok(shift < MOST_SHIFT, `the page moved as the latest replaced the saved copy: layout shift ${shift}`);
    assert.equal(await castVote(), before, 'the Cast vote button stays where the member saw it');
    assert.equal(
      await page
        .locator('vote-panel [part=saved-notice]')
        .textContent()
        .then((text) => text?.trim()),
      'The latest has loaded in place of the copy saved on this device.',
      'the notice says the saved copy has gone, where it stood',
    );
  },
);
