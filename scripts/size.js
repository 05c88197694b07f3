// `npm run size`: each bundle's min+gzip size against its budget, nanostores
// style: one budget per entry point, measured with every module it imports
// statically (the chunks of the split build, each once), then the size
// targets of issue 12, then what each part of the kit and the core costs
// (scripts/module-costs.js). Exits 1 when a bundle is over its budget or a target
// is missed; `npm run bench` prints the same verdicts (`sizeReport`), and
// test/node/size.test.js checks in `npm test` that every bundle has a budget.
//
// The budgets are the sizes measured on 2026-11-24 with under 1 KB of
// headroom, so that growth is a decision rather than an accident. Why they
// are above the first targets (core 14, kit 30, element 20 KB) is in
// docs/performance.md ("Sizes"). A chunk in dist/chunks/ has no budget of its
// own: it counts in every entry that imports it. A chunk loaded on demand
// (a language, through `import()`) is printed on its own.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleCostTable } from './module-costs.js';

const KB = 1024;
export const BUDGETS = {
  'dist/core.js': 17 * KB,
  'dist/partnership-kit.js': 48 * KB,
  // The whole kit again, split (`partnership-kit` in a bundler): the one-file kit's budget.
  'dist/index.js': 48 * KB,
  'dist/components/partnership-data.js': 21 * KB,
  'dist/components/partnership-roster.js': 28 * KB,
  'dist/components/quorum-indicator.js': 31 * KB,
  'dist/components/vote-panel.js': 35 * KB,
  'dist/components/risk-register.js': 30 * KB,
  'dist/components/action-tracker.js': 33 * KB,
  // Measured with its chunks on 2026-12-01 (58.0 KB), rounded up to the next KB.
  'dist/components/highlight-report.js': 59 * KB,
};

/** The size targets of issue 12 ("Fast at any size"). */
export const TARGETS = {
  /** The whole kit, one file. */
  kit: { file: 'dist/partnership-kit.js', bytes: 40 * KB },
  /** The core, with the chunk it imports. */
  core: { file: 'dist/core.js', bytes: 14 * KB },
  /** A page with any two element files, against the larger of the two alone. */
  twoElements: { ratio: 1.25 },
};

const IMPORT = /(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g;

/** `file` and every module it imports statically, each once. */
export function moduleClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    moduleClosure(join(dirname(file), specifier), seen);
  }
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Min+gzip bytes a page downloads for `files` with their static imports, each module once and compressed on its own as a server sends it. */
export function pageSize(files) {
  const modules = new Set();
  for (const file of files) moduleClosure(file, modules);
  let bytes = 0;
  for (const module of modules) bytes += gzipped(module);
  return bytes;
}

/** Min+gzip bytes of `file` with its imports. */
export const loadedSize = (file) => pageSize([file]);

/** The element files, dist/components/<element>.js. */
export const elementFiles = () =>
  readdirSync('dist/components')
    .filter((file) => file.endsWith('.js'))
    .map((file) => `dist/components/${file}`);

/** Every bundle in dist/ that a page, a bundler or a server loads, so a new one cannot go unmeasured. */
export function bundles() {
  return ['dist/core.js', 'dist/partnership-kit.js', 'dist/index.js', ...elementFiles()];
}

/** The chunks that no bundle imports statically: loaded on demand, through `import()`. */
export function onDemandChunks() {
  const reached = new Set();
  for (const file of bundles()) moduleClosure(file, reached);
  return readdirSync('dist/chunks')
    .filter((file) => file.endsWith('.js'))
    .map((file) => join('dist/chunks', file))
    .filter((file) => !reached.has(file));
}

/** The pair of element files whose page grows most over the larger of the two alone. */
export function worstPair() {
  const files = elementFiles();
  let worst = { files: [], ratio: 0, bytes: 0 };
  for (const [i, a] of files.entries()) {
    for (const b of files.slice(i + 1)) {
      const bytes = pageSize([a, b]);
      const ratio = bytes / Math.max(loadedSize(a), loadedSize(b));
      if (ratio > worst.ratio) worst = { files: [a, b], ratio, bytes };
    }
  }
  return worst;
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Every size verdict, as rows: `label`, `size` and `limit` as text, `ok`.
 * The budgets first, then the targets; a bundle without a budget is a row that is not ok.
 */
export function sizeReport() {
  const rows = [];
  for (const file of bundles()) {
    const size = loadedSize(file);
    const budget = BUDGETS[file];
    rows.push({
      label: file,
      size: kb(size),
      limit: budget === undefined ? 'NO BUDGET: add one to scripts/size.js' : `budget ${budget / KB} KB`,
      ok: budget !== undefined && size <= budget,
    });
  }
  for (const [name, { file, bytes }] of [
    ['whole kit', TARGETS.kit],
    ['core', TARGETS.core],
  ]) {
    const size = loadedSize(file);
    rows.push({ label: `${name}, ${file}`, size: kb(size), limit: `target ${bytes / KB} KB`, ok: size <= bytes });
  }
  const pair = worstPair();
  rows.push({
    label: `two element files (worst: ${pair.files.map((file) => file.replace(/.*\//, '')).join(' + ')})`,
    size: `${pair.ratio.toFixed(2)}× one (${kb(pair.bytes)})`,
    limit: `target ${TARGETS.twoElements.ratio}×`,
    ok: pair.ratio <= TARGETS.twoElements.ratio,
  });
  return rows;
}

function main() {
  const rows = sizeReport();
  const width = Math.max(...rows.map((row) => row.label.length));
  for (const { label, size, limit, ok } of rows) {
    console.log(`${(ok ? 'within' : 'OVER').padEnd(6)} ${label.padEnd(width)} ${size.padEnd(18)} ${limit}`);
  }
  for (const file of onDemandChunks()) {
    console.log(`${'-'.padEnd(6)} ${file.padEnd(width)} ${kb(gzipped(file)).padEnd(18)} loaded on demand`);
  }
  for (const file of [TARGETS.kit.file, TARGETS.core.file]) console.log(`\n${moduleCostTable(file)}`);
  return rows.filter((row) => !row.ok).length;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main() > 0 ? 1 : 0);
