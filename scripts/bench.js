// `npm run bench`: speed and size, measured in one run in headless Chromium,
// each element against a hand-written DOM baseline rendering the same table
// in the same run, so the figures are ratios that a shared, noisy machine
// does not skew. Prints a table of medians; nothing here fails a build.
// Then partnership-kit/server (bench/server-bench.js): votes per second, latency
// and live delay across processes, on SQLite and on PostgreSQL; and from a vote
// stored through one demo portal process to the count on another's page
// (bench/live-page-bench.js).
import { createServer } from 'node:http';
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium.js';
import { BUDGETS, loadedSize } from './size.js';

const out = mkdtempSync(join(tmpdir(), 'pk-bench-'));
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
await build({
  entryPoints: { bench: 'bench/bench-page.ts' },
  outdir: out,
  bundle: true,
  format: 'esm',
  minify: true,
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
const sutton = readFileSync('demo/data/sutton.json');
const page = '<!doctype html><html lang="en-GB"><body><script type="module" src="/bench.js"></script></body></html>';
const server = createServer((request, response) => {
  const body =
    request.url === '/bench.js' ? readFileSync(join(out, 'bench.js')) : request.url === '/sutton.json' ? sutton : page;
  const type = request.url?.endsWith('.js')
    ? 'text/javascript'
    : request.url?.endsWith('.json')
      ? 'application/json'
      : 'text/html';
  response.writeHead(200, { 'Content-Type': type }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const tab = await browser.newPage();
await tab.goto(url);
await tab.waitForFunction(() => 'runBench' in window);
const report = await tab.evaluate(
  async (src) => window.runBench(await (await fetch(src)).json(), src),
  `${url}sutton.json`,
);
await browser.close();
server.close();

const ms = (value) => `${value.toFixed(2)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
console.log(
  `\npartnership-kit bench, ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(await browser.version?.()) ?? 'Chromium'}`,
);
console.log('\n| element | size | render (median) | baseline | render ÷ baseline | update (median) |');
console.log('|---|---|---|---|---|---|');
for (const r of report.results) {
  console.log(
    `| ${r.tag} | ${r.size}× | ${ms(r.render)} | ${ms(r.baseline)} | ${ratio(r.render, r.baseline)} | ${ms(r.update)} |`,
  );
}
console.log('\nGrowth from 10× to 100× (render time ratio; 10.0× is linear):');
for (const tag of ['partnership-roster', 'risk-register', 'action-tracker']) {
  const at = (size) => report.results.find((r) => r.tag === tag && r.size === size);
  console.log(
    `  ${tag}: ${ratio(at(100).render, at(10).render)} (baseline ${ratio(at(100).baseline, at(10).baseline)})`,
  );
}
console.log(`\nVote to count, five elements sharing one store: ${ms(report.voteToCount)} (median)`);
console.log(`Parse and check the 100× document: ${ms(report.parse100)} (median)`);

console.log('\n| bundle | min | min+gzip | budget | verdict |');
console.log('|---|---|---|---|---|');
const files = [
  'core.js',
  'partnership-kit.js',
  ...readdirSync('dist/components')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `components/${f}`),
];
for (const file of files) {
  const code = readFileSync(join('dist', file));
  const budget = BUDGETS[`dist/${file}`];
  const loaded = loadedSize(`dist/${file}`);
  const verdict = budget === undefined ? 'NO BUDGET' : loaded <= budget ? 'within' : 'OVER';
  console.log(
    `| dist/${file} | ${(code.length / 1024).toFixed(1)} KB | ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB | ${budget === undefined ? '—' : `${budget / 1024} KB`} | ${verdict} |`,
  );
}

// partnership-kit/server under load (bench/server-bench.js): imported only now, once dist/ is built.
const { serverBench, printServerBench } = await import('../bench/server-bench.js');
// The live page first: the server bench leaves PK_TEST_DATABASE_URL naming the PostgreSQL it has stopped.
const { livePageBench, printLivePageBench } = await import('../bench/live-page-bench.js');
const livePage = await livePageBench();
printServerBench(await serverBench());
printLivePageBench(livePage);
