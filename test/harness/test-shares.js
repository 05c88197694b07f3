// Which browser test files a runner takes. `npm test` runs two runners at once, each with a Chromium of its own
// and one page at a time (scripts/test.js): two pages at a time in one Chromium stalled a file that sends keys to
// selects (web-test-runner.config.js, `concurrency`), and most files spend much of their time waiting out timers,
// leaving a core idle. Each runner takes every other file in name order, so that the heavy files of one folder
// (the data layer's, the layout files) are shared out between the two.
import { readdirSync } from 'node:fs';

/** Every browser test file, by path from the project's folder, in name order. */
function allBrowserTestFiles() {
  return readdirSync('test', { recursive: true })
    .map((file) => `test/${file}`)
    .filter((file) => file.endsWith('.test.ts') && !file.startsWith('test/node/'))
    .sort();
}

/**
 * The files for `share`, written "k/n" (the k-th of n runners, from 1), or every file where no share is named:
 * those of the k-th runner are every n-th file from the k-th.
 */
export function browserTestFiles(share) {
  if (!share) return ['test/**/*.test.ts', '!test/node/**'];
  const [k, n] = share.split('/').map(Number);
  if (!(n >= 1 && k >= 1 && k <= n)) throw new Error(`PK_WTR_SHARE is ${share}: it should be k/n, as 1/2`);
  return allBrowserTestFiles().filter((_, i) => i % n === k - 1);
}
