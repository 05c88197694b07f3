// Every bundle has a size budget in scripts/size.js, so none can grow
// unmeasured. The budgets themselves are targets, and targets live in
// `npm run bench` and `npm run size`, which print each bundle against its
// budget (DEVELOPERS: speed and size targets are never test assertions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, bundles } from '../../scripts/size.js';

test('every bundle has a size budget', () => {
  assert.deepEqual(
    bundles().filter((file) => !(file in BUDGETS)),
    [],
  );
});
