// `npm test` (scripts/test.js) runs the Node tests while the browser tests run, not after them: one after the
// other took three minutes more on CI's 2 cores. Here scripts/test.js runs in a folder of its own, with stand-ins
// for npm (the check and the build), for the test runner and for the Node tests: the stand-in runner waits for a
// sign that the Node tests have begun, and fails if none comes while it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPTS = ['test.js', 'chromium.js', 'postgres.js', 'free-port.js', 'node-file-times.js'];

/** How long the stand-in runner waits for the Node tests to begin, in tenths of a second. */
const BROWSER_TESTS_TENTHS = 100;

/** A project folder holding scripts/test.js, with npm and npx standing in on PATH; returns its path. */
function projectWithStandIns() {
  const folder = mkdtempSync(join(tmpdir(), 'pk-npm-test-'));
  mkdirSync(join(folder, 'scripts'));
  for (const file of SCRIPTS)
    copyFileSync(new URL(`../../scripts/${file}`, import.meta.url), join(folder, 'scripts', file));
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
  mkdirSync(join(folder, 'test', 'node'), { recursive: true });
  // The Node tests: one test, which leaves its sign in the folder as it begins.
  writeFileSync(
    join(folder, 'test', 'node', 'begins.test.js'),
    "import { test } from 'node:test';\nimport { writeFileSync } from 'node:fs';\n" +
      "writeFileSync('node-tests-began', '');\ntest('begins', () => {});\n",
  );
  const bin = join(folder, 'bin');
  mkdirSync(bin);
  const script = (name, body) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}`);
    chmodSync(join(bin, name), 0o755);
  };
  script('npm', 'exit 0\n'); // the check and the build pass
  // Each browser test runner writes its counts where scripts/test.js names (PK_WTR_RESULTS).
  const results = (passed, failed) =>
    `'{"passed":${passed},"failed":${failed},"skipped":0,"erroredFiles":0,"failures":[],"slowest":[]}' > "$PK_WTR_RESULTS"`;
  script(
    'npx',
    `for i in $(seq ${BROWSER_TESTS_TENTHS}); do\n` +
      `  if [ -e node-tests-began ]; then echo ${results(1, 0)}; exit 0; fi\n` +
      '  sleep 0.1\ndone\n' +
      `echo ${results(0, 1)}\nexit 1\n`,
  );
  return folder;
}

/** This process's environment without what `node --test` set in it, which would make the inner `node --test` its child. */
function outsideNodeTest() {
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  return env;
}

test('npm test runs the Node tests while the browser tests run, and counts both', { timeout: 60_000 }, () => {
  const folder = projectWithStandIns();
  try {
    const run = spawnSync(process.execPath, ['scripts/test.js'], {
      cwd: folder,
      encoding: 'utf8',
      env: {
        ...outsideNodeTest(),
        PATH: `${join(folder, 'bin')}:${process.env.PATH}`,
        CHROME_PATH: process.execPath, // a file that is there: the stand-in runner starts no browser
        PK_TEST_DATABASE_URL: 'postgres://unused', // no PostgreSQL started for a test that uses none
      },
    });
    // One passed in each of the two browser test runners, and the Node test.
    assert.match(run.stdout, /^tests: 3 passed, 0 failed$/m, `${run.stdout}\n${run.stderr}`);
    assert.equal(run.status, 0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
