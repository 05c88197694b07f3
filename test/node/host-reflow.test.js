// The host's own pages reflow on a 320 px phone at 200 % text (WCAG 1.4.10), in English and in Welsh: no page
// scrolls sideways. The Welsh sign-in button, "Mewngofnodi" at 38 px with the button's padding, was 325 px wide in
// a 290 px column, and the whole page scrolled 20 px sideways; the English "Sign in" fitted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { executablePath } from './server/demo-browser.js';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { demoHostForThisFile } from './demo-host.js';

const host = demoHostForThisFile('reflow');

/** Runs in the page: how far it scrolls sideways, and how far each button runs past its column. */
function overflow() {
  const root = document.documentElement;
  const main = document.querySelector('main');
  const column = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
  const buttons = [...document.querySelectorAll('main button, main .button')].map((button) => ({
    text: button.textContent.trim(),
    over: Math.round(button.getBoundingClientRect().right - column),
  }));
  return { sideways: root.scrollWidth - root.clientWidth, buttons: buttons.filter((b) => b.over > 0) };
}

/** Each page at `paths`, in English and in Welsh, on a 320 px phone at 200 % text: what runs past its column. */
async function overflowsAt(t, paths) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const found = {};
  for (const path of paths)
    for (const lang of ['en', 'cy']) {
      await page.goto(new URL(`${path}?lang=${lang}`, host.url).href);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      found[`${path} ${lang}`] = await page.evaluate(overflow);
    }
  return found;
}

const fits = { sideways: 0, buttons: [] };

test('the sign-in page and the page not found fit a 320 px phone at 200 % text, in English and in Welsh', async (t) => {
  const found = await overflowsAt(t, ['/sign-in', '/no-such-page']);
  assert.deepEqual(found, Object.fromEntries(Object.keys(found).map((key) => [key, fits])));
});
