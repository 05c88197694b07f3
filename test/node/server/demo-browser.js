// What the browser tests against the demo host share: Chromium, the demo's moment,
// a clean-up list run after the file's tests, and signing in and voting as a member does.
import { after } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../../../scripts/chromium.js';
import { startHost } from '../../../demo/server.js';

/** The ELG meeting under way, 'wsoa-reporting' open, as in the demo. */
export const DEMO_NOW = '2019-12-10T16:31:00+00:00';

export const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * A usable Chromium (`executablePath`), or, where there is none, what to do to get one (`missing`): a test that
 * would rather skip than fail on a machine without a browser skips with it.
 */
export function chromiumOrWhyNot() {
  try {
    return { executablePath: chromiumPath() };
  } catch (error) {
    return { missing: error.message };
  }
}

/** Run in reverse after the file's tests: browsers, hosts, folders. */
export const cleanups = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A fresh data folder for a demo host, removed after the tests. */
export async function dataFolder(prefix) {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  return dataDir;
}

/** A phone's screen, for the tests of a member's phone. */
export const PHONE = { width: 360, height: 740 };

/**
 * A demo host on a fresh data folder and a phone-sized Chromium page without a service worker (a worker's fetch
 * would pass by the page's routes), both closed after the file's tests; resolves with the host's URL and the page.
 */
export async function hostAndPhone(prefix) {
  const { server, url } = await startHost({ port: 0, dataDir: await dataFolder(prefix), demoNow: DEMO_NOW });
  cleanups.push(() => (server.closeAllConnections(), new Promise((done) => server.close(done))));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  return { url, page };
}

/** Signs `person` in through the sign-in form, as a member does; resolves on their vote page. */
export async function signIn(page, base, person) {
  await page.goto(`${base}sign-in`);
  await page.locator(`label[for="p-${person}"]`).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}vote`);
  await page.locator('vote-panel table.counts').waitFor();
}

/** Presses For and Cast vote in `panel` with the page offline; resolves once the panel says the vote is queued. */
export async function voteForOffline(panel) {
  await panel.getByRole('radio', { name: 'For' }).click();
  await panel.getByRole('button', { name: /^Cast vote/ }).click();
  await panel
    .getByText(/Queued: you are offline/)
    .first()
    .waitFor();
}

/**
 * Casts (or changes to) `choice` through the page's vote panel as a member does: the radio, then the button.
 * Resolves with the host's answer to the vote's POST.
 */
export async function castThroughPage(page, choice) {
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/api/votes') && response.request().method() === 'POST',
  );
  await page.locator('vote-panel').getByRole('radio', { name: choice }).click();
  await page
    .locator('vote-panel')
    .getByRole('button', { name: /^(Cast|Change) vote/ })
    .click();
  return answered;
}

/** The records waiting in the page's outbox (IndexedDB), as stored. */
export function outboxRecords(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('partnership-kit-outbox');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction('records').objectStore('records').getAll();
          reading.onsuccess = () => resolve(reading.result);
          reading.onerror = () => reject(reading.error);
        };
      }),
  );
}
