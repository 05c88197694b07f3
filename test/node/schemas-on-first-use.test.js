// Importing the kit or the core makes no zod schema: made as the contract's modules evaluated, the document's
// schemas were 40 to 70 ms of the kit's first task on a governor's phone (the CPU 4× slower), before any
// document had arrived (docs/performance-history.md, thirty-first session). Each is made on first use, once.
// zod gives every schema (and every check) its internals with `Object.defineProperty(schema, '_zod', …)`, so
// wrapping `defineProperty` counts them; the bundles carry zod inside them. Each import runs in a fresh process.
// `npm test` builds dist/ first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

/** The zod schemas made by importing `specifier`, then by each of `calls` (code run with the module as `entry`). */
function schemasMade(specifier, calls = []) {
  const script = `
    let made = 0;
    const define = Object.defineProperty;
    Object.defineProperty = function (target, key, descriptor) {
      if (key === '_zod') made += 1;
      return define(target, key, descriptor);
    };
    const entry = await import(${JSON.stringify(specifier)});
    const counts = [made];
    for (const call of ${JSON.stringify(calls)}) {
      const before = made;
      new Function('entry', call)(entry);
      counts.push(made - before);
    }
    console.log(JSON.stringify(counts));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

/** The smallest document that keeps the contract: a broken one would count its zod error too. */
const CHECK = `entry.parseDocument({ contract: 'partnership-kit/1', partnership: { id: 'p', name: 'P' } })`;

test('importing partnership-kit/core makes no zod schema; its first check of a document makes them, once', () => {
  const [atImport, firstCheck, secondCheck] = schemasMade('partnership-kit/core', [CHECK, CHECK]);
  assert.equal(atImport, 0);
  assert.ok(firstCheck > 100, `the first check made ${firstCheck}`);
  assert.equal(secondCheck, 0);
});

test('a sent vote makes its own schema and not the whole document’s', () => {
  const [atImport, vote, document] = schemasMade('partnership-kit/core', ['entry.parseVote({})', CHECK]);
  assert.equal(atImport, 0);
  assert.ok(vote > 0 && vote < document, `the vote made ${vote}, the document then ${document}`);
});

test('importing partnership-kit (every element) makes no zod schema', () => {
  assert.deepEqual(schemasMade('partnership-kit'), [0]);
});
