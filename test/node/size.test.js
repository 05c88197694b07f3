// The size budgets of scripts/size.js, in `npm test`: a bundle that grows past
// its budget fails CI, and so does a new bundle without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, bundles, loadedSize } from '../../scripts/size.js';

test('every bundle has a size budget', () => {
  assert.deepEqual(
    bundles().filter((file) => !(file in BUDGETS)),
    [],
  );
});

for (const [file, budget] of Object.entries(BUDGETS)) {
  test(`${file} is within its ${budget / 1024} KB min+gzip budget`, () => {
    const size = loadedSize(file);
    assert.ok(
      size <= budget,
      `${file} is ${(size / 1024).toFixed(1)} KB min+gzip, over its ${budget / 1024} KB budget`,
    );
  });
}
