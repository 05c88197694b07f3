// Every bundle has a size budget in scripts/size.js, so none can grow
// unmeasured. The budgets themselves are targets, and targets live in
// `npm run bench` and `npm run size`, which print each bundle against its
// budget and the size targets (DEVELOPERS: speed and size targets are never
// test assertions). What is tested here is the shape of the build
// (scripts/build.js): the split build shares its chunks, the one-file kit
// stands alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, bundles, elementFiles, moduleClosure, onDemandChunks } from '../../scripts/size.js';

const read = (file) => readFileSync(file, 'utf8');
const chunksOf = (file) => [...moduleClosure(file)].filter((module) => module.startsWith('dist/chunks/')).sort();
/** The modules among `files` and their imports that create Lit's Trusted Types policy. */
const policies = (files) => {
  const modules = new Set();
  for (const file of files) moduleClosure(file, modules);
  return [...modules].filter((module) => read(module).includes('createPolicy("lit-html"'));
};

test('every bundle has a size budget', () => {
  assert.deepEqual(
    bundles().filter((file) => !(file in BUDGETS)),
    [],
  );
});

test('every element file imports the same shared chunks, and dist/index.js the element files', () => {
  const [first, ...others] = elementFiles();
  const shared = chunksOf(first);
  assert.ok(shared.length > 0, `${first} imports a chunk`);
  for (const file of others) assert.deepEqual(chunksOf(file), shared, `${file} imports the chunks ${first} does`);
  const index = moduleClosure('dist/index.js');
  for (const file of elementFiles()) assert.ok(index.has(file), `dist/index.js imports ${file}`);
  assert.deepEqual(chunksOf('dist/index.js'), shared);
});

test('any mix of element files, dist/index.js and dist/core.js creates one Trusted Types policy', () => {
  assert.equal(policies([...elementFiles(), 'dist/index.js', 'dist/core.js']).length, 1);
  assert.deepEqual(policies(['dist/core.js']), [], 'dist/core.js loads no Lit, so it runs in Node');
  // A chunk of the core is shared with the elements, or with a module they load on demand (the calendar writer).
  const elementsReach = new Set(chunksOf(elementFiles()[0]));
  for (const lazy of onDemandChunks()) moduleClosure(lazy, elementsReach);
  for (const chunk of chunksOf('dist/core.js')) {
    assert.ok(elementsReach.has(chunk), `the elements share ${chunk} with the core`);
  }
});

test('a module loaded on demand is a chunk of its own, and inlined in the one-file kit', () => {
  const importers = [...readdirSync('dist/chunks').map((file) => join('dist/chunks', file)), ...elementFiles()].filter(
    (file) => file.endsWith('.js'),
  );
  const dynamicImports = importers.flatMap((file) =>
    [...read(file).matchAll(/import\("(?:\.\/|\.\.\/chunks\/)([^"]+\.js)"\)/g)].map(([, name]) => name),
  );
  assert.deepEqual(
    onDemandChunks().map((file) => file.replace('dist/chunks/', '')),
    dynamicImports.sort(),
    'every chunk no bundle imports is loaded through import()',
  );
  const kit = read('dist/partnership-kit.js');
  assert.doesNotMatch(kit, /(?:from|import)\s*\(?\s*"\.{1,2}\//, 'the one-file kit imports no other file');
  assert.equal(policies(['dist/partnership-kit.js']).length, 1);
});

/** The `@license` comments of the packages' sources a bundle's source map holds, each once. */
function noticesOfSources(file) {
  const { sources, sourcesContent } = JSON.parse(read(`${file}.map`));
  const notices = new Set();
  for (const [i, source] of sources.entries()) {
    if (!source.includes('node_modules/')) continue;
    const text = sourcesContent[i] ?? '';
    for (const [comment] of text.matchAll(/\/\*\*?(?:(?!\*\/)[\s\S])*@license(?:(?!\*\/)[\s\S])*\*\//g)) {
      notices.add(comment.replace(/\s+/g, ' '));
    }
  }
  return notices;
}

test('a bundle keeps every licence notice of the packages in it, each once with its packages, not each file', () => {
  const chunks = readdirSync('dist/chunks').filter((name) => name.endsWith('.js'));
  for (const file of ['dist/partnership-kit.js', ...chunks.map((name) => join('dist/chunks', name))]) {
    const code = read(file);
    const block = code.slice(code.indexOf('/*! Bundled license information:'));
    const expected = noticesOfSources(file);
    if (expected.size === 0) continue;
    const kept = [...block.matchAll(/\(\*\*?(?:(?!\*\))[\s\S])*\*\)/g)].map(([notice]) =>
      notice.replace(/^\(/, '/').replace(/\)$/, '/').replace(/\s+/g, ' '),
    );
    // esbuild keeps the notice of a file whose code it left out (lit-html/is-server.js), so `kept` may hold more.
    for (const notice of expected) assert.ok(kept.includes(notice), `${file} keeps ${notice}`);
    assert.equal(kept.length, new Set(kept).size, `${file} writes each notice once`);
    assert.doesNotMatch(block, /\.js:$/m, `${file} names packages, not each of their files`);
  }
});

test('the elements’ style sheets ship without their comments', () => {
  // The build minifies a css`` only while it has no ${…}: one with it ships as written, its comments with it.
  const files = ['dist/partnership-kit.js', ...[...moduleClosure('dist/index.js')].filter((f) => f.endsWith('.js'))];
  for (const file of files) {
    const comments = read(file).match(/\/\*\s*[A-Za-z][^*]{0,60}/g) ?? [];
    assert.deepEqual(comments, [], `${file}: a comment shipped (write it in JavaScript, beside the css\`\`)`);
  }
});

test('the core ships no index that only the server asks', async () => {
  // rules/indexes.ts makes its indexings at load; `votesCastAt`'s (votes by the instant cast, the only one that
  // reads an instant with Number.isNaN) serves src/server alone, and an unmarked call kept it in the browser's core.
  const { sourceRuns } = await import('../../scripts/module-costs.js');
  for (const file of ['dist/core.js', 'dist/partnership-kit.js']) {
    let written = '';
    for (const module of moduleClosure(file)) {
      const code = read(module);
      for (const [start, end, source] of sourceRuns(code, JSON.parse(read(`${module}.map`)))) {
        if (source?.endsWith('src/rules/indexes.ts')) written += code.slice(start, end);
      }
    }
    assert.ok(written.length > 0, `${file} has the indexes`);
    assert.doesNotMatch(written, /isNaN/, `${file} carries votesCastAt's index`);
  }
});
