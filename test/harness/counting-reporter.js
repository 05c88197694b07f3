// Counts every browser test's result and writes the totals, with the names of
// the tests that failed, where scripts/test.js reads them for the summary CI
// prints (CI shows only the end of the output, so failures are named there).
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

export function countingReporter({ file = '.wtr-results.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0, failures: [] };
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
