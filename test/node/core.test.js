// The published core, as a portal's server uses it: `dist/core.js` imported in
// Node 20 with no DOM. `npm test` builds it first.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const core = await import('../../dist/core.js');

test('the core runs in Node with no DOM', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof core.parseDocument, 'function');
});

test('parseDocument refuses a broken document with paths, and never throws', () => {
  const result = core.parseDocument({ contract: 'partnership-kit/1', partnership: { id: 'x' } });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.problems.map((p) => p.path),
    ['partnership.name'],
  );
  for (const input of [null, '', '{', [], 1]) assert.equal(core.parseDocument(input).ok, false);
});
