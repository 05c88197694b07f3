// The README's element reference is generated from the Custom Elements
// Manifest; this fails when an element's JSDoc changed and `npm run docs`
// was not run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readmeWithDocs } from '../../scripts/element-docs.js';

test('the README documents every element as its JSDoc says (run `npm run docs`)', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  assert.equal(readme, await readmeWithDocs(readme, manifest));
});

test('the README opens with the two commands', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.match(readme, /npm install && npm start/);
  assert.match(readme, /npm install && npm test/);
});

test('every JSON document in the README keeps the contract', async () => {
  const { parseDocument } = await import('partnership-kit/core');
  const readme = readFileSync('README.md', 'utf8');
  const documents = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map(([, json]) => json);
  assert.ok(documents.length >= 2, 'a minimal and a full example');
  for (const json of documents) {
    const result = parseDocument(json);
    assert.deepEqual(result.ok ? [] : result.problems, []);
  }
});
