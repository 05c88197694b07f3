// DESIGN.md, "Layers": one direction of dependency, each layer a folder that may
// import only those before it (and its packages). src/contract is the JSON contract
// on zod alone; src/rules the pure core on the contract; src/data the stores on both;
// src/messages the words on all three; src/exports and src/server beside them. None of
// src/ imports an element. Every module of each folder is read, its imports and
// re-exports, static and dynamic, type-only ones too (a type import today is a value
// import tomorrow), so a module added in the wrong place fails the day it is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What each folder of src/ may import: the kit's own layers, and the packages named. */
const MAY_IMPORT = {
  contract: { layers: [], packages: ['zod/mini'] },
  rules: { layers: ['contract'], packages: [] },
  data: { layers: ['contract', 'rules'], packages: ['nanostores', 'idb-keyval', '@lit/context'] },
  messages: { layers: ['contract', 'rules', 'data'], packages: [] },
  exports: { layers: ['contract', 'rules', 'messages'], packages: [] },
  server: {
    layers: ['contract', 'rules', 'messages', 'exports', 'english.js'],
    packages: ['better-sqlite3', 'pg'],
  },
};

/** Every specifier a module imports or re-exports, with `import('…')` and `import type` too. Comments aside. */
function specifiers(code) {
  const bare = code.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  const found = [];
  const statements =
    /^\s*(?:import|export)\b[^;]*?\bfrom\s*'([^'\n]+)'|^\s*import\s*'([^'\n]+)'|\bimport\(\s*'([^'\n]+)'\s*\)/gm;
  for (const match of bare.matchAll(statements)) found.push(match[1] ?? match[2] ?? match[3]);
  return found;
}

/** The layer (folder of src/, or file beside them) a relative specifier of `file` reaches; undefined outside src/. */
function layerOf(file, specifier) {
  const target = relative(join(root, 'src'), resolve(dirname(file), specifier));
  if (target.startsWith('..')) return `outside src/: ${relative(root, resolve(dirname(file), specifier))}`;
  return target.split('/')[0];
}

for (const [layer, allowed] of Object.entries(MAY_IMPORT)) {
  const folder = join(root, 'src', layer);
  const modules = readdirSync(folder).filter((name) => name.endsWith('.ts'));

  test(`src/${layer} has modules to check`, () => {
    assert.ok(modules.length > 0);
  });

  test(`src/${layer} imports only ${[...allowed.layers, ...allowed.packages].join(', ') || 'itself'}`, () => {
    const wrong = [];
    for (const name of modules) {
      const file = join(folder, name);
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('node:')) {
          if (layer !== 'server') wrong.push(`${name}: ${specifier}`);
        } else if (specifier.startsWith('.')) {
          const reached = layerOf(file, specifier);
          if (reached !== layer && !allowed.layers.includes(reached)) wrong.push(`${name}: ${specifier} (${reached})`);
        } else if (!allowed.packages.includes(specifier)) {
          wrong.push(`${name}: ${specifier}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
}

test('the check finds an import, a re-export, a dynamic and a type import, and not one in a comment', () => {
  const code = [
    "import { a } from '../data/index.js';",
    "export { b } from './b.js';",
    "const pg = await import('pg');",
    "import './side-effect.js';",
    "import type { C } from '../rules/c.js';",
    "// import { d } from '../../components/d.js';",
    "/* import { e } from 'lit'; */",
  ].join('\n');
  assert.deepEqual(specifiers(code), ['../data/index.js', './b.js', 'pg', './side-effect.js', '../rules/c.js']);
});
