// `npm run size`: each bundle's min+gzip size against its budget, nanostores
// style: one budget per entry point, measured with any module it imports
// (each bundle is self-contained today, so that is the file alone). Exits 1
// when a bundle is over; `npm run bench` prints the same verdicts, and
// test/node/size.test.js checks in `npm test` that every bundle has a budget.
//
// The budgets are the sizes measured on 2026-11-24 with under 1 KB of
// headroom, so that growth is a decision rather than an accident. Why they
// are above the first targets (core 14, kit 30, element 20 KB) is in the
// README's performance section.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const BUDGETS = {
  'dist/core.js': 17 * KB,
  'dist/partnership-kit.js': 48 * KB,
  'dist/components/partnership-data.js': 21 * KB,
  'dist/components/partnership-roster.js': 28 * KB,
  'dist/components/quorum-indicator.js': 31 * KB,
  'dist/components/vote-panel.js': 35 * KB,
  'dist/components/risk-register.js': 30 * KB,
  'dist/components/action-tracker.js': 33 * KB,
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

/** Min+gzip bytes of `file` with its imports, each file compressed on its own as a server sends it. */
export function loadedSize(file) {
  let bytes = 0;
  for (const module of moduleClosure(file)) bytes += gzipSync(readFileSync(module), { level: 9 }).length;
  return bytes;
}

/** Every bundle in dist/ that a page or a server loads, so a new one cannot go unmeasured. */
export function bundles() {
  const elements = readdirSync('dist/components').filter((file) => file.endsWith('.js'));
  return ['dist/core.js', 'dist/partnership-kit.js', ...elements.map((file) => `dist/components/${file}`)];
}

function main() {
  const unbudgeted = bundles().filter((file) => !(file in BUDGETS));
  let over = unbudgeted.length;
  for (const file of unbudgeted) console.log(`NO BUDGET ${file}: add one to scripts/size.js`);
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const size = loadedSize(file);
    if (size > budget) over += 1;
    const verdict = size <= budget ? 'within' : 'OVER';
    console.log(`${verdict.padEnd(6)} ${file.padEnd(40)} ${(size / KB).toFixed(1)} KB of ${budget / KB} KB`);
  }
  return over;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main() > 0 ? 1 : 0);
