// Counts every browser test's result and writes the totals, with the names of
// the tests that failed and the slowest files, where scripts/test.js reads
// them for the summary CI prints (CI shows only the end of the output).
import { writeFileSync } from 'node:fs';

function count(suite, totals, file, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const why = test.error?.message?.split('\n')[0] ?? '';
      totals.failures.push(`${file}: ${[...path, test.name].join(' › ')}${why ? ` (${why})` : ''}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, file, [...path, child.name]);
}

/**
 * When each file's results came in, from the start of the run. The files after
 * the longest waits are named, so a run that stalls on one file says which.
 */
function finishTimes() {
  const start = Date.now();
  const finished = [];
  return {
    finished(testFile) {
      finished.push([testFile.replace(`${process.cwd()}/`, ''), (Date.now() - start) / 1000]);
    },
    /**
     * The twenty files the run waited longest for, as "file: in at N s, after a wait of M s". With one page at a
     * time (the config's concurrency), a file's wait is its own time, so this is where the run's time goes.
     */
    longestWaits() {
      return finished
        .map(([file, at], i) => ({ file, at, wait: at - (finished[i - 1]?.[1] ?? 0) }))
        .sort((a, b) => b.wait - a.wait)
        .slice(0, 20)
        .map(({ file, at, wait }) => `${file}: in at ${at.toFixed(0)} s, after a wait of ${wait.toFixed(0)} s`);
    },
  };
}

/** Writes the counts to `file`: .wtr-results.json, or where scripts/test.js names one for each of its runners. */
export function countingReporter({ file = '.wtr-results.json' } = {}) {
  const times = finishTimes();
  return {
    reportTestFileResults({ testFile }) {
      times.finished(testFile);
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0, failures: [], slowest: times.longestWaits() };
      for (const session of sessions) {
        const name = session.testFile.replace(`${process.cwd()}/`, '');
        count(session.testResults, totals, name);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.erroredFiles += 1;
          totals.failures.push(`${name}: ${session.errors[0]?.message?.split('\n')[0] ?? 'the file did not run'}`);
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
