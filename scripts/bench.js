// `npm run bench`: speed and size, every figure a ratio against a baseline
// measured in the same run, and every target of issue 12 printed with its
// verdict. bench/README.md describes the method. Nothing here fails a build.
//
// Browser part (headless Chromium, a cross-origin-isolated page, GC exposed):
// warm render from a store against same-DOM baselines, parse, a real vote to
// every widget at 20, 1,000 and 10,000 seats, cold first render in a fresh
// page, the heap after 1,000 mount cycles (twice: with V8's compilers, and in a
// second browser with them off, which leaves V8's compiled code out of the
// figure); then the bytes a page downloads.
// Then partnership-kit/server (bench/server-bench.js, bench/live-page-bench.js),
// which needs PostgreSQL (scripts/postgres.js): BENCH_SKIP_SERVER=1 leaves it out.
// BENCH_SKIP_BUILD=1 uses the dist/ already built. BENCH_ONLY=heap runs the heap
// measure alone (both browsers) and prints it with its target; BENCH_ONLY=render:<tag>
// the warm render of that one element against its baseline, at every size; BENCH_ONLY=vote
// the vote to every widget, at every seat count.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, normalize } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium.js';
import { BUDGETS, loadedSize, pageSize } from './size.js';
import { moduleCostTable } from './module-costs.js';

const KB = 1024;
// BENCH_QUICK=1: a few samples of each, to try the bench itself; its figures are not for the README.
const QUICK = !!process.env.BENCH_QUICK;
const RENDER_SIZES = [1, 10, 100];
const RENDER_SAMPLES = QUICK ? { 1: 3, 10: 3, 100: 3 } : { 1: 31, 10: 21, 100: 15 };
const PARSE_SAMPLES = QUICK ? 3 : 21;
/** Seats → the Sutton document scaled (20 seats a copy). */
const VOTE_SEATS = { 20: 1, 1000: 50, 10000: 500 };
const VOTE_SAMPLES = QUICK ? { 20: 3, 1000: 3, 10000: 2 } : { 20: 31, 1000: 31, 10000: 11 };
const COLD_SAMPLES = QUICK ? 2 : 11;
const HEAP_CYCLES = QUICK ? 100 : 1000;
// V8's flags for the second heap measure: the interpreter only (no Sparkplug, Maglev or TurboFan), so
// the forced GCs between readings discard no optimised code that later cycles compile again.
const JIT_OFF_FLAGS = '--expose-gc --no-opt --no-maglev --no-sparkplug';
// BENCH_ONLY=heap: the heap measure alone (both browsers), its section and its target; nothing else.
// BENCH_ONLY=render:<tag>: one element's warm render against its baseline, at every size, with its
// render and growth targets: a figure a reader can check in a minute rather than the whole run's half hour.
// BENCH_ONLY=vote: the vote to every widget at each seat count, with its two targets.
const ONLY = process.env.BENCH_ONLY;
const RENDER_ONLY = ONLY?.startsWith('render:') ? ONLY.slice('render:'.length) : undefined;
const ALL = ONLY === undefined;
const HEAP = ALL || ONLY === 'heap';
const RENDERS = ALL || RENDER_ONLY !== undefined;
const VOTES = ALL || ONLY === 'vote';

if (!process.env.BENCH_SKIP_BUILD) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const out = mkdtempSync(join(tmpdir(), 'pk-bench-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
await build({
  entryPoints: {
    bench: 'bench/bench-page.ts',
    'cold-baseline': 'bench/cold-baseline.ts',
    scale: 'bench/scale-document.ts',
    widgets: 'bench/widgets.ts',
  },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  minify: true,
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
const { scaleDocument } = await import(join(out, 'scale.mjs'));
const { PAGE, TODAY, ELEMENT_TAGS } = await import(join(out, 'widgets.mjs'));
if (ONLY !== undefined && ONLY !== 'heap' && ONLY !== 'vote' && !ELEMENT_TAGS.includes(RENDER_ONLY))
  throw new Error(`BENCH_ONLY=${ONLY}: it takes heap, vote, or render: and one of ${ELEMENT_TAGS.join(', ')}`);

const sutton = JSON.parse(readFileSync('demo/data/sutton.json', 'utf8'));
const factors = [...new Set([...RENDER_SIZES, ...Object.values(VOTE_SEATS)])];
const documents = new Map(
  factors.map((factor) => [`/doc/${factor}.json`, JSON.stringify(scaleDocument(sutton, factor))]),
);
const docUrl = (factor) => `/doc/${factor}.json`;

/** The kit's cold page: the element files a page loads, and the widgets of the vote's page. */
const elementFiles = readdirSync('components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'internal')
  .map((entry) => `dist/components/${entry.name}.js`)
  .filter((file) => existsSync(file));
const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
function coldKitPage(src) {
  const widgets = PAGE.map(({ tag, attributes }) => {
    const all = {
      src,
      live: 'off',
      today: TODAY,
      ...attributes,
      ...(tag === 'vote-panel' ? { endpoint: '/api/votes' } : {}),
    };
    const text = Object.entries(all).map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
    return `<${tag} ${text.join(' ')}></${tag}>`;
  });
  const tags = [...new Set(PAGE.map((widget) => widget.tag))];
  const scripts = tags.map((tag) => `<script type="module" src="/dist/components/${tag}.js"></script>`);
  return `<!doctype html><html lang="en-GB"><body>${widgets.join('')}${scripts.join('')}<script type="module" src="/cold-probe.js"></script></body></html>`;
}
/** Sets `benchDone` once every widget has rendered its document, been styled and laid out. */
const COLD_PROBE = `
const widgets = [...document.body.children].filter((e) => e.localName.includes('-'));
await Promise.all([...new Set(widgets.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
const turn = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
for (;;) {
  await Promise.all(widgets.map((e) => e.updateComplete));
  if (widgets.every((e) => e.shadowRoot && !e.shadowRoot.querySelector('.loading') && !e.isUpdatePending)) break;
  await turn();
}
void document.body.offsetHeight;
window.benchDone = performance.now();`;

const page = (script) =>
  `<!doctype html><html lang="en-GB"><body><script type="module" src="${script}"></script></body></html>`;
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname;
  let body;
  let type = 'text/html';
  if (documents.has(path)) [body, type] = [documents.get(path), 'application/json'];
  else if (path === '/bench.js') [body, type] = [readFileSync(join(out, 'bench.mjs')), 'text/javascript'];
  else if (path === '/cold-baseline.js')
    [body, type] = [readFileSync(join(out, 'cold-baseline.mjs')), 'text/javascript'];
  else if (path === '/cold-probe.js') [body, type] = [COLD_PROBE, 'text/javascript'];
  else if (path === '/cold/kit') body = coldKitPage(url.searchParams.get('src') ?? '');
  else if (path === '/cold/baseline') body = page('/cold-baseline.js');
  else if (
    path.startsWith('/dist/') &&
    normalize(path) === path &&
    existsSync(`.${path}`) &&
    statSync(`.${path}`).isFile()
  ) {
    [body, type] = [readFileSync(`.${path}`), path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream'];
  } else if (path === '/') body = page('/bench.js');
  else [body, type] = ['not found', 'text/plain'];
  // Cross-origin isolated: performance.now() to 5 µs rather than 100 µs.
  response
    .writeHead(body === 'not found' ? 404 : 200, {
      'Content-Type': type,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    })
    .end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
});
const version = browser.version();
const tab = await browser.newPage();
tab.on('pageerror', (error) => console.error('bench page error:', error.message));
await tab.goto(`${origin}/`);
await tab.waitForFunction(() => 'voteOnce' in window);
const isolated = await tab.evaluate(() => crossOriginIsolated);
const timerStep = await tab.evaluate(() => window.timerStep());
const gcExposed = await tab.evaluate(() => typeof window.gc === 'function');

const log = (text) => console.error(`bench: ${text}`);
const urls = (list) => Object.fromEntries(list.map(([key, factor]) => [key, `${origin}${docUrl(factor)}`]));

let renders, parses, votes;
if (RENDERS) {
  log(`warm render from a store, ${RENDER_ONLY ?? 'each element'} against its baseline…`);
  renders = await tab.evaluate(
    ([u, s, t]) => window.renderBench(u, s, t),
    [urls(RENDER_SIZES.map((size) => [size, size])), RENDER_SAMPLES, RENDER_ONLY ? [RENDER_ONLY] : undefined],
  );
}
if (ALL) {
  log('parse…');
  parses = await tab.evaluate(
    ([u, s]) => window.parseBench(u, s),
    [urls(RENDER_SIZES.map((size) => [size, size])), PARSE_SAMPLES],
  );
}
if (VOTES) log('a vote to every widget at 20, 1,000 and 10,000 seats…');
await tab.close();
if (VOTES) votes = await voteBench();

if (HEAP) log(`heap over ${HEAP_CYCLES} mount and unmount cycles…`);
const heap = HEAP ? await heapCycles(browser) : undefined;

const cold = { kit: [], baseline: [] };
if (ALL) {
  log('cold first render in fresh pages…');
  for (let i = 0; i < COLD_SAMPLES; i += 1) {
    for (const variant of i % 2 ? ['kit', 'baseline'] : ['baseline', 'kit']) {
      cold[variant].push(await coldRender(variant, `${origin}${docUrl(1)}`));
    }
  }
}
await browser.close();

// The same heap measure in a browser of its own whose V8 compiles nothing (bench/README.md, "Heap"),
// once the first browser is closed, so the two never share the machine's cores.
let heapJitOff;
if (HEAP) {
  log(`heap over ${HEAP_CYCLES} mount and unmount cycles, V8's compilers off (${JIT_OFF_FLAGS})…`);
  const jitOffBrowser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, `--js-flags=${JIT_OFF_FLAGS}`],
  });
  heapJitOff = await heapCycles(jitOffBrowser);
  await jitOffBrowser.close();
}
server.close();

/**
 * Each seat count's page in a browser context of its own (its own outbox,
 * IndexedDB and renderer), all open at once; the samples take turns page by page.
 */
async function voteBench() {
  const pages = [];
  for (const [seats, factor] of Object.entries(VOTE_SEATS)) {
    const context = await browser.newContext();
    const voting = await context.newPage();
    voting.on('pageerror', (error) => console.error(`vote page (${seats} seats) error:`, error.message));
    await voting.goto(`${origin}/`);
    await voting.waitForFunction(() => 'voteOnce' in window);
    const widgets = await voting.evaluate(
      ([n, u]) => window.votePrepare(n, u),
      [Number(seats), `${origin}${docUrl(factor)}`],
    );
    pages.push({ seats, context, voting, widgets });
  }
  const results = Object.fromEntries(pages.map((p) => [p.seats, []]));
  const rounds = Math.max(...Object.values(VOTE_SAMPLES));
  for (let i = 0; i < rounds; i += 1) {
    const turn = [...pages.slice(i % pages.length), ...pages.slice(0, i % pages.length)];
    for (const { seats, voting } of turn) {
      if (results[seats].length >= VOTE_SAMPLES[seats]) continue;
      results[seats].push(await voting.evaluate((choice) => window.voteOnce(choice), i % 2 ? 'against' : 'for'));
    }
  }
  for (const { context } of pages) await context.close();
  return { results, widgets: pages[0].widgets };
}

/** Heap used after forced GCs (CDP), before and after the cycles, on a page of its own in `inBrowser`. */
async function heapCycles(inBrowser) {
  const heapTab = await inBrowser.newPage();
  heapTab.on('pageerror', (error) => console.error('heap page error:', error.message));
  await heapTab.goto(`${origin}/`);
  await heapTab.waitForFunction(() => 'cycles' in window);
  const cdp = await heapTab.context().newCDPSession(heapTab);
  const used = async () => {
    for (let i = 0; i < 4; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const src = `${origin}${docUrl(1)}`;
  // Ten cycles first: code compiled, stores loaded, caches the kit keeps by design filled.
  await heapTab.evaluate((s) => window.cycles(s, 10), src);
  const start = await used();
  const steps = [];
  for (let done = 0; done < HEAP_CYCLES; done += 100) {
    await heapTab.evaluate((s) => window.cycles(s, 100), src);
    steps.push(await used());
  }
  await heapTab.close();
  return { start, end: steps.at(-1), steps };
}

/** A fresh browser context (no cache, no storage) loading the page; the time from navigation to the last layout. */
async function coldRender(variant, src) {
  const context = await browser.newContext();
  const fresh = await context.newPage();
  fresh.on('pageerror', (error) => console.error(`cold ${variant} page error:`, error.message));
  await fresh.goto(`${origin}/cold/${variant}?src=${encodeURIComponent(src)}`);
  const done = await fresh.waitForFunction(() => window.benchDone, null, { timeout: 60_000 });
  const time = await done.jsonValue();
  await context.close();
  return time;
}

// ---------------------------------------------------------------- printing

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const min = (values) => Math.min(...values);
const ms = (value) =>
  value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
const x = (value) => `${value.toFixed(2)}×`;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const targets = [];
/** `shown`: the measured figure and the verdict as printed, when they are not the plain ratio and met / NOT MET. */
const target = (name, measured, limit, met, shown) => targets.push({ name, measured, limit, met, shown });

console.log(
  `\npartnership-kit bench, ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model?.trim() ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / KB ** 3).toFixed(0)} GB, headless Chromium ${version}`,
);
console.log(
  `Page cross-origin isolated: ${isolated ? 'yes' : 'NO'}; timer step ${(timerStep * 1000).toFixed(1)} µs; GC before each sample: ${gcExposed ? 'yes' : 'NO (gc not exposed)'}. Times: min and median of n samples.`,
);

if (RENDERS) {
  console.log('\n## Warm render from a loaded store, against a same-DOM hand-written baseline\n');
  console.log(
    '| element | size | n | render min | render median | baseline min | baseline median | ÷ baseline (medians) | DOM elements el/base | text chars el/base |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of renders) {
    const ratio = median(r.element) / median(r.baseline);
    console.log(
      `| ${r.tag} | ${r.size}× | ${r.element.length} | ${ms(min(r.element))} | ${ms(median(r.element))} | ${ms(min(r.baseline))} | ${ms(median(r.baseline))} | ${x(ratio)} | ${r.shape.element.elements}/${r.shape.baseline.elements} | ${r.shape.element.text}/${r.shape.baseline.text} |`,
    );
    if (r.size >= 10)
      target(`render from a store, ${r.tag} at ${r.size}×, ÷ same-DOM baseline`, ratio, 1.2, ratio <= 1.2);
  }

  console.log('\n## Growth from 10× to 100× (median at 100× ÷ median at 10×; 10× is linear)\n');
  console.log('| what | 10× | 100× | growth | baseline growth |');
  console.log('|---|---|---|---|---|');
  for (const tag of [...new Set(renders.map((r) => r.tag))]) {
    const at = (size) => renders.find((r) => r.tag === tag && r.size === size);
    const growth = median(at(100).element) / median(at(10).element);
    const baseGrowth = median(at(100).baseline) / median(at(10).baseline);
    console.log(
      `| ${tag} | ${ms(median(at(10).element))} | ${ms(median(at(100).element))} | ${x(growth)} | ${x(baseGrowth)} |`,
    );
    target(`growth 10× → 100×, ${tag}`, growth, 11, growth <= 11);
  }
}
if (ALL) {
  const parseGrowth = median(parses[100]) / median(parses[10]);
  console.log(`| parseDocument | ${ms(median(parses[10]))} | ${ms(median(parses[100]))} | ${x(parseGrowth)} | — |`);
  target('growth 10× → 100×, parseDocument', parseGrowth, 11, parseGrowth <= 11);

  console.log('\n## parseDocument (contract check of the whole document)\n');
  console.log('| size | n | min | median |');
  console.log('|---|---|---|---|');
  for (const size of RENDER_SIZES)
    console.log(`| ${size}× | ${parses[size].length} | ${ms(min(parses[size]))} | ${ms(median(parses[size]))} |`);
}
if (VOTES) {
  console.log('\n## A vote, pressed in a vote panel and sent through its `submit`, to every widget updated\n');
  console.log(`Page: ${votes.widgets.join(', ')}, on one document.`);
  console.log(
    "Total = press → every widget rendered and laid out; to submit = the check and the outbox save on the device; after = the host's answer → every widget.\n",
  );
  console.log(
    '| seats | n | total min | total median | to submit (median) | after submit (median) | widgets re-rendered per vote |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const seats of Object.keys(VOTE_SEATS)) {
    const samples = votes.results[seats];
    const rendered = votes.widgets.map((_, i) => median(samples.map((s) => s.rendered[i]))).join(' / ');
    console.log(
      `| ${Number(seats).toLocaleString('en-GB')} | ${samples.length} | ${ms(min(samples.map((s) => s.total)))} | ${ms(median(samples.map((s) => s.total)))} | ${ms(median(samples.map((s) => s.toSubmit)))} | ${ms(median(samples.map((s) => s.afterSubmit)))} | ${rendered} |`,
    );
  }
  const voteAt = (seats) => median(votes.results[seats].map((s) => s.total));
  target('vote → every widget, 1,000 seats ÷ 20 seats', voteAt(1000) / voteAt(20), 3, voteAt(1000) / voteAt(20) <= 3);
  target('vote → every widget at 1,000 seats, ÷ one 16 ms frame', voteAt(1000) / 16, 1, voteAt(1000) < 16);
}
if (ALL) {
  console.log(
    '\n## Cold first render: a fresh context (no cache, no storage), navigation → every widget laid out, 1× document\n',
  );
  console.log('| page | n | min | median |');
  console.log('|---|---|---|---|');
  console.log(
    `| kit (${PAGE.length} widgets, ${[...new Set(PAGE.map((w) => w.tag))].length} element files) | ${cold.kit.length} | ${ms(min(cold.kit))} | ${ms(median(cold.kit))} |`,
  );
  console.log(
    `| baseline (one script, same DOM) | ${cold.baseline.length} | ${ms(min(cold.baseline))} | ${ms(median(cold.baseline))} |`,
  );
  console.log(`Kit ÷ baseline (medians): ${x(median(cold.kit) / median(cold.baseline))}`);
}

if (HEAP) {
  console.log(
    `\n## Heap after ${HEAP_CYCLES.toLocaleString('en-GB')} mount and unmount cycles of the page's ${PAGE.length} widgets (CDP, after forced GC)\n`,
  );
  console.log(
    'The same page, cycles and readings in two browsers (bench/README.md, "Heap"). With the JIT, the heap holds V8\'s compiled code too: the forced GCs discard optimised code, and the next cycles compile it again.\n',
  );
  const pct = (ratio) => `${ratio < 1 ? '-' : '+'}${Math.abs((ratio - 1) * 100).toFixed(2)} %`;
  const heapRatio = heap.end / heap.start;
  const heapRatioJitOff = heapJitOff.end / heapJitOff.start;
  console.log(
    `With the JIT (Chromium as it ships, \`--js-flags=--expose-gc\`): Start ${kb(heap.start)}; every 100 cycles: ${heap.steps.map(kb).join(', ')}. End ÷ start ${pct(heapRatio)}.`,
  );
  console.log(
    `The memory the kit holds, with V8's compiled code left out (JIT off, \`--js-flags=${JIT_OFF_FLAGS}\`): Start ${kb(heapJitOff.start)}; every 100 cycles: ${heapJitOff.steps.map(kb).join(', ')}. End ÷ start ${pct(heapRatioJitOff)}.`,
  );
  const heapMet = heapRatio <= 1.01;
  const heapMetJitOff = heapRatioJitOff <= 1.01;
  const on = pct(heapRatio);
  const off = pct(heapRatioJitOff);
  const heapVerdict =
    heapMet && heapMetJitOff
      ? `met with the JIT (${on}) and with it off (${off})`
      : heapMetJitOff
        ? `met with the JIT off (${off}); not met with it (${on}): V8's compiled code, see bench/README.md`
        : heapMet
          ? `met with the JIT (${on}); NOT MET with it off (${off})`
          : `NOT MET with the JIT off (${off}) nor with it (${on})`;
  target(
    `heap after ${HEAP_CYCLES.toLocaleString('en-GB')} cycles ÷ start`,
    heapRatio,
    1.01,
    heapMet && heapMetJitOff,
    {
      measured: `${heapRatio.toFixed(3)}× with the JIT, ${heapRatioJitOff.toFixed(3)}× JIT off`,
      verdict: heapVerdict,
      partly: heapMet !== heapMetJitOff,
    },
  );
}

// ---------------------------------------------------------------- bytes

if (ALL) {
  console.log('\n## Bytes a page downloads (min+gzip, each module once, as scripts/size.js counts them)\n');
  const single = Object.fromEntries(elementFiles.map((file) => [file, loadedSize(file)]));
  console.log('| element files | bytes | ÷ the largest one file |');
  console.log('|---|---|---|');
  for (const file of elementFiles)
    console.log(`| ${file.replace('dist/components/', '')} | ${kb(single[file])} | ${x(1)} |`);
  let worst = { ratio: 0 };
  for (let i = 0; i < elementFiles.length; i += 1) {
    for (let j = i + 1; j < elementFiles.length; j += 1) {
      const pair = [elementFiles[i], elementFiles[j]];
      const ratio = pageSize(pair) / Math.max(single[pair[0]], single[pair[1]]);
      if (ratio > worst.ratio) worst = { ratio, pair, bytes: pageSize(pair) };
    }
  }
  const name = (file) => file.replace('dist/components/', '');
  console.log(`| two: ${worst.pair.map(name).join(' + ')} (the worst pair) | ${kb(worst.bytes)} | ${x(worst.ratio)} |`);
  const all = pageSize(elementFiles);
  console.log(`| all ${elementFiles.length} | ${kb(all)} | ${x(all / Math.max(...Object.values(single)))} |`);
  target('a page with any two element files ÷ one element file (worst pair)', worst.ratio, 1.25, worst.ratio <= 1.25);
  const kit = loadedSize('dist/partnership-kit.js');
  const core = loadedSize('dist/core.js');
  target('whole kit (dist/partnership-kit.js) min+gzip, KB', kit / KB, 40, kit <= 40 * KB);
  target('dist/core.js min+gzip, KB', core / KB, 14, core <= 14 * KB);

  console.log('\n| bundle | min | min+gzip with its imports | budget (scripts/size.js) | verdict |');
  console.log('|---|---|---|---|---|');
  for (const file of ['dist/core.js', 'dist/partnership-kit.js', ...elementFiles]) {
    const budget = BUDGETS[file];
    const loaded = loadedSize(file);
    const verdict = budget === undefined ? 'NO BUDGET' : loaded <= budget ? 'within' : 'OVER';
    console.log(
      `| ${file} | ${kb(readFileSync(file).length)} | ${kb(loaded)} | ${budget === undefined ? '—' : kb(budget)} | ${verdict} |`,
    );
  }
  console.log('\n## What each part costs (scripts/module-costs.js)\n');
  for (const file of ['dist/partnership-kit.js', 'dist/core.js']) console.log(`${moduleCostTable(file)}\n`);
}

console.log('\n## Targets (issue 12), measured in this run\n');
console.log('| target | measured | limit | verdict |');
console.log('|---|---|---|---|');
for (const t of targets) {
  const measured = t.name.includes('KB') ? t.measured.toFixed(1) : x(t.measured);
  const limit = t.name.includes('KB')
    ? `≤ ${t.limit}`
    : t.name.includes('frame')
      ? `< ${x(t.limit)}`
      : `≤ ${x(t.limit)}`;
  console.log(
    `| ${t.name} | ${t.shown?.measured ?? measured} | ${limit} | ${t.shown?.verdict ?? (t.met ? 'met' : 'NOT MET')} |`,
  );
}
const partly = targets.filter((t) => t.shown?.partly).map((t) => t.name);
console.log(
  `\n${targets.filter((t) => t.met).length} of ${targets.length} targets met${partly.length ? ` (${partly.join('; ')}: met one way only, counted as not met)` : ''}${ONLY ? `; BENCH_ONLY=${ONLY}, the others not measured` : ''}.`,
);

if (process.env.BENCH_SKIP_SERVER || ONLY) {
  console.log(`\nServer bench skipped (${ONLY ? 'BENCH_ONLY' : 'BENCH_SKIP_SERVER'} is set).`);
} else {
  // partnership-kit/server under load (bench/server-bench.js): imported only now, once dist/ is built.
  const { serverBench, printServerBench } = await import('../bench/server-bench.js');
  // The live page first: the server bench leaves PK_TEST_DATABASE_URL naming the PostgreSQL it has stopped.
  const { livePageBench, printLivePageBench } = await import('../bench/live-page-bench.js');
  const livePage = await livePageBench();
  printServerBench(await serverBench());
  printLivePageBench(livePage);
  // A meeting of 50 members on two host processes (bench/live-fanout-bench.js): every record on every screen.
  const { fanoutBench, printFanout } = await import('../bench/live-fanout-bench.js');
  printFanout(await fanoutBench());
}
