// scripts/module-costs.js reads the source maps right: every minified byte is
// counted once, under the module that wrote it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { moduleClosure } from '../../scripts/size.js';
import { moduleCosts, partOf, sourceRuns } from '../../scripts/module-costs.js';

/** A two-module bundle built in memory, with its source map. */
async function twoModules() {
  const files = {
    'entry.js': 'import { quorum } from "./rules.js";\nexport const seats = ["élève", quorum(12)];\n',
    'rules.js': 'export function quorum(seats) {\n  return Math.ceil(seats / 3) + "-quorum";\n}\n',
  };
  const { outputFiles } = await build({
    stdin: { contents: files['entry.js'], sourcefile: 'entry.js', resolveDir: '/virtual' },
    bundle: true,
    minify: true,
    format: 'esm',
    sourcemap: 'external',
    charset: 'utf8', // so that columns (UTF-16 units) and bytes differ, as a map's must be read
    outfile: '/virtual/out.js',
    write: false,
    plugins: [
      {
        name: 'virtual',
        setup(b) {
          b.onResolve({ filter: /^\.\/rules\.js$/ }, () => ({ path: 'rules.js', namespace: 'virtual' }));
          b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: files['rules.js'], loader: 'js' }));
        },
      },
    ],
  });
  const text = (suffix) => outputFiles.find((file) => file.path.endsWith(suffix)).text;
  return { code: text('out.js'), map: JSON.parse(text('out.js.map')) };
}

test('each run of a bundle is attributed to the module that wrote it, and the runs cover it once', async () => {
  const { code, map } = await twoModules();
  const runs = sourceRuns(code, map);
  assert.equal(runs[0][0], 0);
  for (let i = 1; i < runs.length; i += 1) assert.equal(runs[i][0], runs[i - 1][1], 'runs meet end to start');
  assert.equal(runs.at(-1)[1], code.length);
  const written = (name) =>
    runs
      .filter(([, , source]) => source?.endsWith(name))
      .map(([start, end]) => code.slice(start, end))
      .join('');
  assert.match(written('rules.js'), /Math\.ceil/);
  assert.doesNotMatch(written('rules.js'), /élève/);
  assert.match(written('entry.js'), /élève/);
  assert.doesNotMatch(written('entry.js'), /Math\.ceil/);
});

test('the parts of the kit are named by layer, package and language', () => {
  assert.equal(partOf('../src/rules/quorum.ts'), 'src/rules');
  assert.equal(partOf('../../components/vote-panel/tally-view.ts'), 'components/vote-panel');
  assert.equal(partOf('../node_modules/lit-html/lit-html.js'), 'lit');
  assert.equal(partOf('../node_modules/@lit/reactive-element/css-tag.js'), 'lit');
  assert.equal(partOf('../node_modules/zod/v4/core/schemas.js'), 'zod');
  assert.equal(partOf('../src/messages/cy.ts'), 'words: cy.ts');
  assert.equal(partOf('../src/messages/format.ts'), 'src/messages');
  assert.equal(partOf(undefined), 'unmapped');
});

test("the core's parts add up to every byte of it and its chunks", () => {
  const { parts, whole } = moduleCosts('dist/core.js');
  let bytes = 0;
  for (const module of moduleClosure('dist/core.js')) bytes += readFileSync(module).length;
  assert.equal(
    parts.reduce((sum, part) => sum + part.min, 0),
    bytes,
  );
  assert.ok(whole > 0);
  for (const part of parts) assert.ok(part.gzip > 0 && part.gzip < whole, `${part.part} costs part of the whole`);
  assert.deepEqual(
    ['src/contract', 'src/rules', 'zod'].filter((name) => !parts.some((part) => part.part === name)),
    [],
  );
});
