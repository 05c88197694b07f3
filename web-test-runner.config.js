// Every test runs in Debian's headless Chromium. TypeScript is compiled by
// esbuild with the project's tsconfig (Lit's experimental decorators).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/chromium.js';
import { headersPlugin } from './test/harness/headers-plugin.js';
import { respondPlugin } from './test/harness/respond-plugin.js';
import { nodeEnvPlugin } from './test/harness/node-env-plugin.js';
import { mediaFeaturesPlugin } from './test/harness/media-features-plugin.js';
import { fullTreePlugin } from './test/harness/full-tree-plugin.js';
import { eventsPlugin } from './test/harness/events-plugin.js';
import { countingReporter } from './test/harness/counting-reporter.js';
import { patientWaitsPlugin } from './test/harness/patient-waits-plugin.js';
import { freshStorageEachFile } from './test/harness/fresh-storage.js';
import { defaultReporter } from '@web/test-runner';
import { browserTestFiles } from './test/harness/test-shares.js';

export default {
  // All of them, or, where scripts/test.js runs two runners at once (PK_WTR_SHARE, test-shares.js), this one's share.
  files: browserTestFiles(process.env.PK_WTR_SHARE),
  nodeResolve: { exportConditions: ['production'] },
  // One test page at a time: with two, the check-in layout file (setViewport, emulated print media,
  // keys sent to selects) stalled in three full runs, idle until the file limit, never alone. `npm test` runs
  // two runners at once instead, each with a Chromium of its own (scripts/test.js, BROWSER_RUNNERS).
  concurrency: 1,
  testsFinishTimeout: 10 * 60_000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
      // Each page in a browser context (a window) of its own: two pages at a time in one window
      // leave the older one hidden, where a page's polling pauses and a test of it can stall.
      // Each test file with the site's storage cleared (fresh-storage.js): the runner reuses the page.
      createPage: async ({ browser }) => freshStorageEachFile(await (await browser.createBrowserContext()).newPage()),
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    headersPlugin(),
    respondPlugin(),
    nodeEnvPlugin(),
    mediaFeaturesPlugin(),
    eventsPlugin(),
    patientWaitsPlugin(),
    // What Chromium's accessibility tree names each control: the names a screen reader and voice control use.
    a11ySnapshotPlugin(),
    fullTreePlugin(),
  ],
  reporters: [defaultReporter(), countingReporter({ file: process.env.PK_WTR_RESULTS })],
  // With --coverage (npm run coverage passes it): which of the kit's own files the browser tests run, by V8's count.
  coverageConfig: {
    include: ['src/**/*.ts', 'components/**/*.ts'],
    reportDir: 'coverage',
    reporters: ['lcov', 'json-summary'],
  },
  testFramework: { config: { timeout: 10_000 } },
};
