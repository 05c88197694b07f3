// The JSX types (components/react.ts) list each element's properties by hand. An attribute an element gains later
// (the action tracker's `now`, `credentials` on every element) was a type error in a TSX project until someone
// added it there: each element's entry must name every attribute the Custom Elements Manifest gives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const types = readFileSync('components/react.ts', 'utf8');
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

/** The properties every document element's entry takes through `DocumentProps`. */
const documentProps = /type DocumentProps = ([^;]+);/
  .exec(types)?.[1]
  .match(/'([A-Za-z]+)'/g)
  ?.map((quoted) => quoted.slice(1, -1));

/** The text of `tag`'s entry in `IntrinsicElements`: from its key to the next element's. */
function entryOf(tag) {
  const start = types.indexOf(`'${tag}': `);
  assert.ok(start >= 0, `${tag} has no JSX entry`);
  const next = types.slice(start + 1).search(/\n {6}'[a-z]+-[a-z-]+': /);
  return types.slice(start, next < 0 ? undefined : start + 1 + next);
}

test('the JSX types name every attribute of every element', () => {
  assert.ok(documentProps && documentProps.length > 0, 'DocumentProps is read');
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const missing = [];
  for (const { tagName, attributes = [] } of elements) {
    const entry = entryOf(tagName);
    const documented = entry.includes('Documented<');
    for (const { name, fieldName } of attributes) {
      // `lang` is React's own HTML attribute.
      if (fieldName === undefined) continue;
      const named = entry.includes(`'${fieldName}'`) || entry.includes(`'${name}'?:`);
      if (!named && !(documented && documentProps.includes(fieldName))) missing.push(`${tagName} ${name}`);
    }
  }
  assert.deepEqual(missing, []);
});
