// Two host processes on one store whose clocks disagree (or one clock stepped back by NTP): a clerk's check-in
// timed by the fast one and the check-out by the slow one. Before, the check-out was timed before the arrival,
// closed nothing, and was answered "recorded": the member stayed in the room for the quorum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { freshStore, openStore, post, pruCheckIn, startApi } from './harness.js';

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

test('a time mistyped far ahead in the document does not carry a later check-in with it', async () => {
  const document = structuredClone((await import('./harness.js')).sutton);
  const meeting = document.meetings.find((m) => m.id === 'elg-2019-12-10');
  // Left "at 11pm": a mistake for 1pm, hours past the host's clock.
  meeting.attendance['elg-pru'] = { as: 'holder', arrived: '2019-12-10T16:00:00Z', left: '2019-12-10T23:00:00Z' };
  const host = await startApi(await openStore(await freshStore('sqlite')), {
    document,
    now: () => '2019-12-10T16:31:00.000Z',
  });
  try {
    const checkIn = pruCheckIn({ at: '2019-12-10T16:31:00Z' });
    assert.equal((await post(host.base, 'attendance', checkIn)).status, 201);
    const spans = host.api.document().meetings.find((m) => m.id === 'elg-2019-12-10').attendance['elg-pru'];
    assert.equal([spans].flat().at(-1).arrived, '2019-12-10T16:31:00.000Z', JSON.stringify(spans));
  } finally {
    await host.close();
  }
});
