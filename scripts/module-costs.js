// What each part of a bundle costs (issue 12: "measure what each module
// costs"). `npm run size` prints it for the one-file kit and the core; `npm
// run bench` too.
//
// The source map says which source module wrote each minified byte. A part's
// cost is given twice:
// - min: the minified bytes its modules wrote, exactly;
// - gzip: what the bundle's min+gzip would lose without it, measured by
//   compressing the bundle again with that part's bytes taken out. Parts
//   compress against each other, so these do not add up to the whole: what
//   is left over is shared (words and names every part repeats).
// Bytes no module wrote (esbuild's glue, the import lines between chunks)
// are "unmapped".
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { moduleClosure } from './size.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment ("AAAA" → [0, 0, 0, 0]). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return values;
}

/** Each run of `code` as [start, end, source], from a version 3 source map (offsets in UTF-16 units, as map columns are). */
export function sourceRuns(code, map) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
  const starts = [];
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) source += sourceDelta;
      starts.push([lineStarts[index] + column, sourceDelta === undefined ? undefined : map.sources[source]]);
    }
  });
  const runs = [];
  let covered = 0;
  starts.forEach(([start, file], i) => {
    const end = i + 1 < starts.length ? starts[i + 1][0] : code.length;
    if (start > covered) runs.push([covered, start, undefined]);
    runs.push([start, end, file]);
    covered = end;
  });
  if (covered < code.length) runs.push([covered, code.length, undefined]);
  return runs;
}

/** The part of the kit a source module belongs to, in the layers' own names. */
export function partOf(source) {
  if (source === undefined) return 'unmapped';
  const path = source.replace(/^(\.\.\/)+/, '');
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (npm) return npm[1].startsWith('@lit/') || npm[1].startsWith('lit') ? 'lit' : npm[1];
  const messages = /^src\/messages\/(en-core|en|cy)\.ts$/.exec(path);
  if (messages) return `words: ${messages[1]}.ts`;
  const layer = /^(src\/[^/]+|components\/[^/]+)\//.exec(path);
  return layer ? layer[1] : path;
}

const gzipped = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Min and gzip bytes of each part of `file` with every module it imports, each module once. */
export function moduleCosts(file) {
  const costs = new Map();
  let whole = 0;
  for (const module of moduleClosure(file)) {
    const code = readFileSync(module, 'utf8');
    const runs = sourceRuns(code, JSON.parse(readFileSync(`${module}.map`, 'utf8')));
    const gzip = gzipped(code);
    whole += gzip;
    const byPart = new Map();
    for (const run of runs) byPart.set(partOf(run[2]), [...(byPart.get(partOf(run[2])) ?? []), run]);
    for (const [part, partRuns] of byPart) {
      const cost = costs.get(part) ?? { part, min: 0, gzip: 0 };
      const taken = new Set(partRuns);
      cost.min += partRuns.reduce((sum, [start, end]) => sum + Buffer.byteLength(code.slice(start, end)), 0);
      cost.gzip +=
        gzip -
        gzipped(
          runs
            .filter((run) => !taken.has(run))
            .map(([s, e]) => code.slice(s, e))
            .join(''),
        );
      costs.set(part, cost);
    }
  }
  return { whole, parts: [...costs.values()].sort((a, b) => b.gzip - a.gzip) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The costs of `file` as a Markdown table, largest first. */
export function moduleCostTable(file) {
  const { whole, parts } = moduleCosts(file);
  const rows = parts.map(({ part, min, gzip }) => `| ${part} | ${kb(min)} | ${kb(gzip)} |`);
  return [
    `${file}: ${kb(whole)} min+gzip. Each part: its minified bytes, and what min+gzip loses without it.`,
    '',
    '| part | min | gzip without it |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}
