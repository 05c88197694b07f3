// `npm test`: every check and test the project has, in one command that does
// its own set-up, ending with one plain line that CI reads:
//   tests: N passed, N failed[, N skipped]
// Steps: type-check, lint and format (npm run check) while it builds; then the
// browser tests (@web/test-runner in Chromium, two runners at once, each with
// half the files) while the Node tests of the built core and of
// partnership-kit/server run on SQLite and on a throwaway PostgreSQL.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from './chromium.js';
import { freePort } from './free-port.js';
import { startPostgres } from './postgres.js';

// `npm run coverage` (--coverage): the browser tests under V8's coverage, and its summary by layer. Left out of
// `npm test`, as it has no threshold to meet and doubled the browser tests' time (completed-date: 58 s against 28 s).
const COVERAGE = process.argv.includes('--coverage');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const failedTests = [];
const slowestFiles = [];

/** Runs a command with its output shown as it comes; resolves with its exit status. */
function runShown(command, args, env = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => (console.error(error.message), resolve({ status: 1 })));
    child.on('close', (status) => resolve({ status: status ?? 1 }));
  });
}

/** Counts a step that failed; returns whether it passed. */
function counted(name, status) {
  if (status !== 0) {
    failedSteps.push(name);
    totals.failed += 1;
  }
  return status === 0;
}

/**
 * Runs a command with its output held, resolving with its exit status, everything it wrote in order (`output`),
 * and what it wrote to stdout alone (`stdout`: the Node tests' TAP, read for the counts).
 */
function runHeld(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const output = [];
    const stdout = [];
    const text = (chunks) => Buffer.concat(chunks).toString('utf8');
    child.stdout.on('data', (chunk) => (output.push(chunk), stdout.push(chunk)));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ status: 1, output: `${error.message}\n`, stdout: '' }));
    child.on('close', (status) => resolve({ status: status ?? 1, output: text(output), stdout: text(stdout) }));
  });
}

/**
 * The check and the build at once: neither reads what the other writes (the check ignores dist/ and the generated
 * demo pages), and each is mostly one single-threaded tool (tsc, ESLint, Prettier; the build's own tsc), so on
 * 2 cores the two take little longer than the build alone. Each one's output is printed whole, in turn.
 */
async function checkAndBuild() {
  const steps = [
    ['npm run check (types, lint, format)', 'npm', ['run', '--silent', 'check']],
    ['npm run build', 'npm', ['run', '--silent', 'build']],
  ];
  const results = await Promise.all(steps.map(([, command, args]) => runHeld(command, args)));
  return steps.map(([name, command, args], i) => {
    console.log(`\n> ${command} ${args.join(' ')}`);
    process.stdout.write(results[i].output);
    return counted(name, results[i].status);
  });
}

/**
 * How many browser test runners `npm test` runs at once, each with a Chromium of its own, one page at a time, and
 * its share of the files (test/harness/test-shares.js). One runner left a core idle much of the time, its files
 * waiting out timers; two pages in one Chromium stalled a file (web-test-runner.config.js, `concurrency`).
 */
const BROWSER_RUNNERS = 2;

/** The file each runner writes its counts to (counting-reporter.js). */
const resultsFile = (runner) => `.wtr-results-${runner}.json`;

/** Runs the browser tests in BROWSER_RUNNERS runners at once; the first one's output shown, the others' after it. */
async function browserTests() {
  try {
    process.env.CHROME_PATH = chromiumPath();
  } catch (error) {
    console.error(`\n${error.message}`);
    failedSteps.push('browser tests (no Chromium)');
    totals.failed += 1;
    return;
  }
  rmSync('coverage', { recursive: true, force: true });
  // Under coverage, one runner: each would write its own report to coverage/, over the other's.
  const count = COVERAGE ? 1 : BROWSER_RUNNERS;
  const runners = [];
  for (let runner = 1; runner <= count; runner += 1) {
    rmSync(resultsFile(runner), { force: true });
    // A free port each, named: two runners looking for one at once could both take the same.
    const args = ['wtr', '--port', String(await freePort()), ...(COVERAGE ? ['--coverage'] : [])];
    const env = { PK_WTR_SHARE: `${runner}/${count}`, PK_WTR_RESULTS: resultsFile(runner) };
    runners.push(runner === 1 ? runShown('npx', args, env) : runHeld('npx', args, env));
  }
  const results = await Promise.all(runners);
  results.forEach((result, i) => {
    if (result.output !== undefined) {
      console.log(`\n> npx wtr (runner ${i + 1} of ${count}, PK_WTR_SHARE=${i + 1}/${count})`);
      process.stdout.write(result.output);
    }
    countBrowserTests(i + 1, result.status);
  });
}

/** Counts one browser test runner's results from the file it wrote. */
function countBrowserTests(runner, status) {
  const file = resultsFile(runner);
  if (!existsSync(file)) {
    failedSteps.push(`browser tests, runner ${runner} (the runner stopped before reporting)`);
    totals.failed += 1;
    return;
  }
  const counted = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += counted.passed;
  totals.failed += counted.failed + counted.erroredFiles;
  totals.skipped += counted.skipped;
  failedTests.push(...(counted.failures ?? []));
  slowestFiles.push(...(counted.slowest ?? []));
  if (status !== 0 && counted.failed + counted.erroredFiles === 0) {
    failedSteps.push(`browser tests, runner ${runner}`);
    totals.failed += 1;
  }
}

/** A throwaway PostgreSQL for the server suite, unless PK_TEST_DATABASE_URL names one; undefined when it cannot start. */
async function postgresForTests() {
  if (process.env.PK_TEST_DATABASE_URL) return { stop() {} };
  try {
    const postgres = await startPostgres();
    process.env.PK_TEST_DATABASE_URL = postgres.url;
    return postgres;
  } catch (error) {
    console.error(`\n${error.message}`);
    failedSteps.push('server tests on PostgreSQL (no PostgreSQL)');
    totals.failed += 1;
    return undefined;
  }
}

/** The Node test files, named one by one: `node --test <folder>` is read differently from Node 22 on. */
function nodeTestFiles() {
  return readdirSync('test/node', { recursive: true })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => `test/node/${file}`);
}

/**
 * node --test has no timeout of its own: a test file that hangs would hold CI until its time ran out, with
 * nothing reported. Node applies --test-timeout to each test file as a whole (the file's own process), not to
 * each test in it, so this is a ceiling per file, set well above the longest a file should take (the most one
 * test allows itself is four minutes, in crash.test.js), to end only a file that hangs. Each test's own bound
 * is its `{ timeout }`.
 */
const NODE_TEST_FILE_MS = 600_000;

/**
 * Two Node test files at a time (node --test runs one at a time on 2 cores: its default is the cores less one).
 * Most of their time is waiting on other processes (host processes, Chromium, PostgreSQL, tsc), and no two
 * share anything: each takes free ports (port 0), its own temp folders, and its own PostgreSQL schemas (and
 * roles, with random names) in the one throwaway database, whose connections scripts/postgres.js allows for two.
 */
const NODE_TEST_FILES_AT_ONCE = 2;

/** Where node-file-times.js writes each Node test file's time, read for the summary. */
const NODE_TIMES_FILE = '.node-test-times.json';

/** The Node test files that took longest, as "file: N s", from what node-file-times.js wrote. */
function slowestNodeFiles() {
  if (!existsSync(NODE_TIMES_FILE)) return [];
  const times = JSON.parse(readFileSync(NODE_TIMES_FILE, 'utf8'));
  return times.slice(0, 20).map(([file, seconds]) => `${file}: ${seconds} s`);
}

async function nodeTests() {
  rmSync(NODE_TIMES_FILE, { force: true });
  const postgres = await postgresForTests();
  const args = [
    '--test',
    `--test-concurrency=${NODE_TEST_FILES_AT_ONCE}`,
    `--test-timeout=${NODE_TEST_FILE_MS}`,
    '--test-reporter=tap',
    '--test-reporter-destination=stdout',
    // How long each file's tests took, for the summary (node-file-times.js).
    `--test-reporter=${new URL('./node-file-times.js', import.meta.url).pathname}`,
    `--test-reporter-destination=${NODE_TIMES_FILE}`,
    ...nodeTestFiles(),
  ];
  // Held while the browser tests write their progress, and printed whole once both are done.
  const result = await runHeld('node', args).finally(() => postgres?.stop());
  return () => {
    console.log(`\n> node ${args.join(' ')}`);
    process.stdout.write(result.output);
    countNodeTests(result);
  };
}

/** Counts the Node tests' results from their TAP. */
function countNodeTests(result) {
  const read = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(result.stdout)?.[1] ?? 0);
  // A test past its timeout, or a file past NODE_TEST_FILE_MS, is counted `cancelled`, not `fail`: it failed.
  const failed = read('fail') + read('cancelled');
  totals.passed += read('pass');
  totals.failed += failed;
  totals.skipped += read('skipped');
  if (result.status !== 0 && failed === 0) {
    failedSteps.push('node tests');
    totals.failed += 1;
  }
  for (const [, name] of result.stdout.matchAll(/^\s*not ok \d+ - (.*)$/gm)) failedTests.push(`node: ${name}`);
}

/** The layers whose coverage the summary shows: what the browser tests run of each (the server's is run in Node). */
const LAYERS = ['src/contract', 'src/rules', 'src/data', 'src/messages', 'components'];

/** Lines and branches the browser tests ran, per layer, from the runner's coverage summary. */
function coverageSummary() {
  if (!existsSync('coverage/coverage-summary.json')) return;
  const files = Object.entries(JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8')));
  const percent = (part) => (part.total ? `${((100 * part.covered) / part.total).toFixed(1)} %` : '-');
  console.log('\nCoverage by the browser tests (lines, branches; coverage/lcov-report/index.html has each file):');
  for (const layer of LAYERS) {
    const total = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
    for (const [file, figures] of files) {
      if (!file.includes(`/${layer}/`)) continue;
      for (const kind of ['lines', 'branches']) {
        total[kind].covered += figures[kind].covered;
        total[kind].total += figures[kind].total;
      }
    }
    console.log(`  ${layer.padEnd(14)} ${percent(total.lines).padStart(8)} ${percent(total.branches).padStart(8)}`);
  }
}

/**
 * The browser tests and the Node tests at once, each once the build is done (the Node tests load dist/, and some
 * browser tests the demo pages it writes). A browser test runner leaves a core idle much of the time (tests
 * waiting out backoffs, polls and timers in real time), and the Node tests mostly wait on other processes
 * (hosts, PostgreSQL, Chromium, tsc), so they fit in the room the browser tests leave: on a shared 2-core machine
 * the data layer's browser files and seven of the heaviest Node files took 183 s together against 239 s one after
 * the other. The Node tests' output is held and printed after the browser tests'.
 */
async function browserAndNodeTests(built) {
  const nodeDone = built ? nodeTests() : Promise.resolve(() => {});
  await browserTests();
  (await nodeDone)();
}

const [checked, built] = await checkAndBuild();
await browserAndNodeTests(built);
coverageSummary();
if (!checked || !built) console.log(`\nFailed steps: ${failedSteps.join('; ')}`);
else if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join('; ')}`);
/** Each runner's twenty longest waits (counting-reporter.js), the twenty longest of them all first. */
const longestWaits = () =>
  slowestFiles
    .map((line) => ({ line, wait: Number(/a wait of (\d+) s/.exec(line)?.[1] ?? 0) }))
    .sort((a, b) => b.wait - a.wait)
    .slice(0, 20)
    .map(({ line }) => `  ${line}`);
if (slowestFiles.length) console.log(`\nBrowser test files the run waited longest for:\n${longestWaits().join('\n')}`);
const slowestNode = slowestNodeFiles();
if (slowestNode.length)
  console.log(`\nNode test files that took longest:\n${slowestNode.map((f) => `  ${f}`).join('\n')}`);
if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((name) => `  ${name}`).join('\n')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
