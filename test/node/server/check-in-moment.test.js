// A check-in made with no signal waits in the clerk's outbox and reaches the host later. Before, the host timed
// it when it stored it: a member checked in at 16:05, heard of at 16:40, counted as arriving at 16:40, so the
// quorum at 16:10 and the proxy's vote cast in between were judged as if they were not in the room. The host now
// keeps the moment the change was made (its `at`), within bounds it enforces, and says why when it does not.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { freshStore, openStore, post, server, startApi, sutton } from './harness.js';
import { MEETING, meetingUnderWay, PROPOSAL } from '../../fixtures/meeting-under-way.js';

const core = await import('../../../dist/core.js');

const at = (time) => `2019-12-10T${time}:00.000Z`;
const seen = (time) => `2019-12-10T${time}:00Z`;

/** A check-in (or `attendance`) of `seat` the chair made at `time` on their device. */
const checkIn = (seat, time, attendance = 'holder') => ({
  id: randomUUID(),
  meeting: MEETING,
  seat,
  attendance,
  by: 'p-elg-chair',
  at: seen(time),
});

const proxyVote = (time) => ({
  id: randomUUID(),
  proposal: PROPOSAL,
  seat: 'elg-primary',
  by: 'p-cirrus-head',
  choice: 'against',
  cast: seen(time),
});

const spansOf = (document, seat) => document.meetings.find((m) => m.id === MEETING).attendance[seat];

/** A host over `where` (a store's place, or an open store) whose clock reads `clock.now`. */
async function hostAt(store, clock, document = meetingUnderWay(sutton), options = {}) {
  return startApi(store, { document, now: () => clock.now, ...options });
}

// SQLite on disk, and SQLite held in memory (no file): the host's ledger applies what it stores either way.
// PostgreSQL runs these too when PK_TEST_DATABASE_URL names one.
const stores = [
  ['sqlite', async () => openStore(await freshStore('sqlite'))],
  ['sqlite in memory', () => server.sqliteStore({ file: ':memory:' })],
  ...(process.env.PK_TEST_DATABASE_URL ? [['postgres', async () => openStore(await freshStore('postgres'))]] : []),
];

for (const [kind, store] of stores) {
  describe(`a check-in that waited on the clerk's device, on ${kind}`, () => {
    test('counts the member present from the moment they were checked in, and judges the votes cast since with them present', async () => {
      const clock = { now: at('16:10') };
      const host = await hostAt(await store(), clock);
      try {
        // 16:05, no signal in the room: the chair checks in the PRU's head and the primary seat's holder.
        const pru = checkIn('elg-pru', '16:05');
        const primary = checkIn('elg-primary', '16:05');
        // 16:10: the primary seat's proxy, on the room's other network, votes; the host has heard of no holder.
        const vote = proxyVote('16:10');
        assert.equal((await post(host.base, 'votes', vote)).status, 201);
        // 16:40: the chair's phone finds a signal, and its outbox sends what waited.
        clock.now = at('16:40');
        for (const change of [pru, primary]) {
          const answer = await post(host.base, 'attendance', change);
          assert.equal(answer.status, 201, JSON.stringify(answer.body));
          assert.equal(answer.body.stored.received, at('16:40'));
          assert.equal(answer.body.stored.timed, at('16:05'));
          assert.equal(answer.body.note, undefined);
        }
        const document = host.api.document();
        assert.deepEqual(spansOf(document, 'elg-pru'), { as: 'holder', arrived: at('16:05') });
        assert.deepEqual(spansOf(document, 'elg-primary'), [
          { as: 'proxy', arrived: '2019-12-10T16:00:00+00:00', left: at('16:05') },
          { as: 'holder', arrived: at('16:05') },
        ]);
        const room = core.quorum(document, MEETING, { at: seen('16:10') });
        assert.equal(room.quorate, true, JSON.stringify(room.requirements));
        assert.equal(room.requirements[0].present, 5);
        // The proxy voted at 16:10, when the holder was in the room: their vote is not counted.
        const { invalid } = core.outcome(document, PROPOSAL);
        assert.deepEqual(
          invalid.map((i) => [i.vote, i.reason]),
          [[vote.id, 'holder-present']],
        );
        // A vote of the proxy's that waited on their phone from 16:12 is judged with the holder present too.
        const waited = await post(host.base, 'votes', proxyVote('16:12'));
        assert.deepEqual([waited.status, waited.body.reason], [422, 'holder-present']);
        // Sent again (its answer lost), the check-in is answered from the store, as it was stored.
        const again = await post(host.base, 'attendance', pru);
        assert.deepEqual([again.status, again.body.repeated, again.body.stored.timed], [200, true, at('16:05')]);
        assert.deepEqual(spansOf(host.api.document(), 'elg-pru'), { as: 'holder', arrived: at('16:05') });
      } finally {
        await host.close();
      }
    });

    test('a check-in and check-out that both waited keep their moments, in the order they were made', async () => {
      const clock = { now: at('16:50') };
      const host = await hostAt(await store(), clock);
      try {
        for (const change of [checkIn('elg-pru', '16:05'), checkIn('elg-pru', '16:20', 'left')]) {
          assert.equal((await post(host.base, 'attendance', change)).status, 201);
        }
        assert.deepEqual(spansOf(host.api.document(), 'elg-pru'), {
          as: 'holder',
          arrived: at('16:05'),
          left: at('16:20'),
        });
      } finally {
        await host.close();
      }
    });
  });
}

describe('the bounds on the moment a check-in keeps', () => {
  /** Sends `change` to a host whose clock reads `now`; resolves with the answer and the seat's attendance. */
  async function sent(change, now, document = meetingUnderWay(sutton), options = {}) {
    const host = await hostAt(await openStore(await freshStore('sqlite')), { now }, document, options);
    try {
      const answer = await post(host.base, 'attendance', change);
      return { answer, spans: spansOf(host.api.document(), change.seat) };
    } finally {
      await host.close();
    }
  }

  test('a moment more than a minute ahead of the host is not taken: the host times it, and says why', async () => {
    const { answer, spans } = await sent(checkIn('elg-pru', '17:40'), at('16:40'));
    assert.equal(answer.status, 201);
    assert.equal(answer.body.stored.timed, undefined);
    assert.deepEqual(answer.body.note.reason, 'at-in-future');
    assert.match(answer.body.note.message, /more than a minute after the server's clock/);
    assert.deepEqual(spans, { as: 'holder', arrived: at('16:40') });
  });

  test('a moment within a minute of the host is a change sent at once: the host’s clock times it, as before', async () => {
    for (const time of ['16:39', '16:41']) {
      const { answer, spans } = await sent(checkIn('elg-pru', time), at('16:40'));
      assert.deepEqual([answer.status, answer.body.stored.timed, answer.body.note], [201, undefined, undefined]);
      assert.deepEqual(spans, { as: 'holder', arrived: at('16:40') });
    }
  });

  test('a moment before the doors open (an hour before the start) is not taken', async () => {
    // A device whose clock is hours slow, and that never heard the host, claims the member came in at 9am.
    const { answer, spans } = await sent(checkIn('elg-pru', '09:00'), at('16:40'));
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body.note.reason, 'before-doors-open');
    assert.deepEqual(answer.body.note.values.doorsOpen, at('15:00'));
    assert.deepEqual(spans, { as: 'holder', arrived: at('16:40') });
    const early = await sent(checkIn('elg-pru', '15:30'), at('16:40'));
    assert.deepEqual(early.spans, { as: 'holder', arrived: at('15:30') }, 'half an hour early is taken');
  });

  test('a moment longer ago than a record may wait on a device is not taken', async () => {
    const change = { ...checkIn('elg-pru', '16:05'), at: '2019-12-09T16:05:00Z' };
    const { answer, spans } = await sent(change, at('16:40'));
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body.note.values, { at: change.at, now: at('16:40'), maxWaitMinutes: 1440 });
    assert.equal(answer.body.note.reason, 'waited-too-long');
    assert.deepEqual(spans, { as: 'holder', arrived: at('16:40') });
    const shorter = await sent(checkIn('elg-pru', '16:05'), at('16:40'), meetingUnderWay(sutton), {
      maxVoteWaitMinutes: 30,
    });
    assert.equal(shorter.answer.body.note.reason, 'waited-too-long', 'the host’s maxVoteWaitMinutes bounds it');
  });

  test('a check-in that reached the host after a proposal of the meeting was decided does not change it', async () => {
    // Voting closed at 16:30; the quorum was judged then, without the PRU. The check-in made at 16:05 came at 16:40.
    const { answer, spans } = await sent(
      checkIn('elg-pru', '16:05'),
      at('16:40'),
      meetingUnderWay(sutton, '2019-12-10T16:30:00Z'),
    );
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body.note.values, {
      at: seen('16:05'),
      proposal: PROPOSAL,
      closes: '2019-12-10T16:30:00Z',
    });
    assert.deepEqual(spans, { as: 'holder', arrived: at('16:40') });
    // One made after the closing time keeps its moment.
    const after = await sent(checkIn('elg-pru', '16:32'), at('16:40'), meetingUnderWay(sutton, '2019-12-10T16:30:00Z'));
    assert.deepEqual(after.spans, { as: 'holder', arrived: at('16:32') });
  });

  test('a check-in that reached the host after the meeting ended, while voting stays open, keeps its moment', async () => {
    // Before, it was stored as the plain value, as from the minutes: in the room for the whole meeting.
    const document = meetingUnderWay(sutton, '2019-12-11T17:00:00Z');
    document.meetings.find((m) => m.id === MEETING).end = '2019-12-10T18:00:00+00:00';
    const { answer, spans } = await sent(checkIn('elg-pru', '16:05'), at('18:30'), document);
    assert.deepEqual([answer.status, answer.body.note], [201, undefined]);
    assert.deepEqual(spans, { as: 'holder', arrived: at('16:05') });
  });

  test('apologies and absent are no time in the room: never timed, and never noted', async () => {
    const { answer, spans } = await sent(checkIn('elg-pru', '09:00', 'apologies'), at('16:40'));
    assert.deepEqual([answer.status, answer.body.stored.timed, answer.body.note], [201, undefined, undefined]);
    assert.equal(spans, 'apologies');
  });

  test('a change made before a time already recorded for the seat is timed by the host', async () => {
    const document = meetingUnderWay(sutton);
    document.meetings.find((m) => m.id === MEETING).attendance['elg-pru'] = { as: 'holder', arrived: at('16:20') };
    // The clerk's phone, offline, checked the PRU out at 16:10, before it knew of the arrival at 16:20.
    const { answer, spans } = await sent(checkIn('elg-pru', '16:10', 'left'), at('16:40'), document);
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body.note.values, { at: seen('16:10'), recorded: at('16:20') });
    assert.deepEqual(spans, { as: 'holder', arrived: at('16:20'), left: at('16:40') });
  });

  test('a client cannot set the moment itself', async () => {
    const { answer } = await sent({ ...checkIn('elg-pru', '16:05'), timed: at('16:05') }, at('16:40'));
    assert.equal(answer.status, 400);
    assert.equal(answer.body.reason, 'malformed');
  });
});

test('a check-in kept at its moment is applied at that moment again when the host restarts on its store', async () => {
  const where = await freshStore('sqlite');
  const clock = { now: at('16:40') };
  const first = await hostAt(await openStore(where), clock);
  try {
    assert.equal((await post(first.base, 'attendance', checkIn('elg-pru', '16:05'))).status, 201);
  } finally {
    await first.close();
  }
  const second = await hostAt(await openStore(where), clock);
  try {
    assert.deepEqual(spansOf(second.api.document(), 'elg-pru'), { as: 'holder', arrived: at('16:05') });
  } finally {
    await second.close();
  }
});
