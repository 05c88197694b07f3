// Two host processes on one store whose clocks disagree (or one clock stepped back by NTP): a clerk's check-in
// timed by the fast one and the check-out by the slow one. Before, the check-out was timed before the arrival,
// closed nothing, and was answered "recorded": the member stayed in the room for the quorum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { freshStore, openStore, post, startApi } from './harness.js';

const core = await import('../../../dist/core.js');

test('a check-out through a host whose clock is behind the one that timed the check-in still checks the seat out', async () => {
  const where = await freshStore('sqlite');
  const fast = await startApi(await openStore(where), { now: () => '2019-12-10T16:31:00.000Z' });
  const slow = await startApi(await openStore(where), { now: () => '2019-12-10T16:30:20.000Z' });
  try {
    const change = { meeting: 'elg-2019-12-10', seat: 'elg-pru', by: 'p-elg-chair', at: '2019-12-10T16:30:00Z' };
    const checkIn = { ...change, id: randomUUID(), attendance: 'holder' };
    assert.equal((await post(fast.base, 'attendance', checkIn)).status, 201);
    const checkOut = { ...change, id: randomUUID(), attendance: 'left' };
    assert.equal((await post(slow.base, 'attendance', checkOut)).status, 201);
    for (const host of [slow, fast]) {
      await host.api.catchUp();
      const { quorum } = core;
      const room = quorum(host.api.document(), 'elg-2019-12-10', { at: '2019-12-10T16:45:00Z' });
      const missing = room.requirements.some((r) => r.missing.includes('elg-pru'));
      assert.ok(missing, 'the seat checked out is not present a quarter of an hour later');
    }
  } finally {
    await slow.close();
    await fast.close();
  }
});
