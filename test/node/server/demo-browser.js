// What the browser tests against the demo host share: Chromium, the demo's moment,
// a clean-up list run after the file's tests, and signing in as a member does.
import { after } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The ELG meeting under way, 'wsoa-reporting' open, as in the demo. */
export const DEMO_NOW = '2019-12-10T16:31:00+00:00';

export const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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
