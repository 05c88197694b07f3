import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';

const { SendRate } = await tsImport('../../../src/server/send-rate.ts', import.meta.url);

test('SendRate: a person may send perMinute records in any minute; the minute slides', () => {
  let now = 0;
  const rate = new SendRate(3, () => now);
  assert.deepEqual([rate.take('a'), rate.take('a'), rate.take('a'), rate.take('a')], [true, true, true, false]);
  assert.equal(rate.take('b'), true, 'another person is counted alone');
  now = 30_000;
  assert.equal(rate.waitSeconds('a'), 30);
  assert.equal(rate.take('a'), false, 'a refused record is not counted, so the wait does not grow');
  now = 60_001;
  assert.equal(rate.take('a'), true);
  assert.equal(new SendRate(Number.POSITIVE_INFINITY).take('a'), true);
});
