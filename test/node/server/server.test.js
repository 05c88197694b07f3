// partnership-kit/server on each store: a vote is judged by the host's clock,
// stored once, stamped `received`, served as each viewer may read it, and
// nothing a member sends can make it answer 500.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { documentAs, freshStore, openStore, post, pruCheckIn, startApi, storeKinds, sutton, vote } from './harness.js';
import { openEvents } from './event-stream.js';

/** A refusal's problems as [path, code, values]: where, what, and what its message needs. */
const pathsCodesValues = (body) => body.problems.map((p) => [p.path, p.code, p.values]);

/** A change of action A-06, whose owner is p-lbs-ad-send, to done; `fields` change any of it. */
const actionChange = (fields = {}) => ({
  id: randomUUID(),
  action: 'A-06',
  status: 'done',
  completed: '2019-12-09',
  by: 'p-lbs-ad-send',
  at: '2019-12-10T16:29:00Z',
  ...fields,
});

/** A host on a clock the test moves (`clock.now`), whose wsoa-reporting proposal closes at 18:00. */
async function closingAtSix(kind) {
  const document = structuredClone(sutton);
  document.proposals.find((p) => p.id === 'wsoa-reporting').closes = '2019-12-10T18:00:00+00:00';
  const clock = { now: '2019-12-10T16:30:00.000+00:00' };
  const host = await startApi(await openStore(await freshStore(kind)), { document, now: () => clock.now });
  return { host, clock };
}

/**
 * The text `reader` sends, read until it holds `until` (with none, until the stream ends). Fails, with what
 * came, when the stream ends short of it or `ms` pass: a bare loop on reader.read() spins for good on a stream
 * that has ended, or waits for good for an event that never comes, and node --test would hang, not fail.
 */
async function readText(reader, until, ms = 5_000) {
  const decoder = new TextDecoder();
  let text = '';
  let timer;
  const late = new Promise((_, reject) => {
    const missing = until === undefined ? 'did not end' : `did not send ${until}`;
    timer = setTimeout(() => reject(new Error(`The stream ${missing} within ${ms} ms; it sent:\n${text}`)), ms);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), late]);
      if (done && until === undefined) return text;
      if (done) assert.fail(`The stream ended before it sent ${until}; it sent:\n${text}`);
      text += decoder.decode(value, { stream: true });
      if (until !== undefined && text.includes(until)) return text;
    }
  } finally {
    clearTimeout(timer);
  }
}

for (const kind of storeKinds()) {
  describe(`partnership-kit/server on ${kind}`, () => {
    let host;
    before(async () => (host = await startApi(await openStore(await freshStore(kind)))));
    after(() => host.close());

    test('a valid vote is stored once, stamped with the host clock; a replay gets the stored answer', async () => {
      const cast = vote('p-cognus-sd', 'elg-cognus');
      const first = await post(host.base, 'votes', cast);
      assert.equal(first.status, 201);
      assert.equal(first.body.stored.received, '2019-12-10T16:30:00.000+00:00');
      const again = await post(host.base, 'votes', cast);
      assert.equal(again.status, 200);
      assert.equal(again.body.repeated, true);
      const stored = host.api.document().votes.filter((v) => v.id === cast.id);
      assert.equal(stored.length, 1);
    });

    test('a second vote cast at the same instant, sent within the same millisecond, is accepted and stamped after the first', async () => {
      // The host's clock stands still here, as two requests in one millisecond see it: the ids decided between
      // the two stamps, so the member's second vote was refused, as followed by their first, about half the time.
      for (let i = 0; i < 8; i++) {
        const first = vote('p-muschamp-gov', 'elg-primary-governors', 'for', { cast: `2019-12-10T16:2${i}:30+00:00` });
        const second = { ...vote('p-muschamp-gov', 'elg-primary-governors', 'against'), cast: first.cast };
        const answers = [await post(host.base, 'votes', first), await post(host.base, 'votes', second)];
        assert.deepEqual(
          answers.map((answer) => answer.status),
          [201, 201],
          JSON.stringify(answers[1].body),
        );
        const [a, b] = answers.map((answer) => Date.parse(answer.body.stored.received));
        assert.ok(b > a, `the second stamped after the first: ${a}, ${b}`);
      }
    });

    test('a different record under a used id is refused, naming it', async () => {
      const cast = vote('p-carew-head', 'elg-special');
      assert.equal((await post(host.base, 'votes', cast)).status, 201);
      const changed = await post(host.base, 'votes', { ...cast, choice: 'against' });
      assert.equal(changed.status, 422);
      assert.deepEqual([changed.body.reason, changed.body.record], ['id-reused', cast.id]);
    });

    test('a vote the rules refuse names its reason and its record', async () => {
      const cast = vote('p-cirrus-head', 'elg-cognus');
      const refused = await post(host.base, 'votes', cast);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.reason, 'not-holder-or-proxy');
      assert.equal(refused.body.record, cast.id);
    });

    test('a cast more than five minutes after the host clock is refused: cast-in-future', async () => {
      const refused = await post(
        host.base,
        'votes',
        vote('p-limes-head', 'elg-pru', 'for', { cast: '2019-12-10T16:40:00Z' }),
      );
      assert.equal(refused.body.reason, 'cast-in-future');
    });

    test('a member’s vote dated before their stored one for the seat is refused: it would never count', async () => {
      // A device four minutes fast dated the first vote 16:34 (within the five minutes allowed); the change,
      // from a device on time, is dated 16:31. Stored, it would be answered 201 and never counted.
      const ahead = vote('p-wilsons-head', 'elg-secondary', 'for', { cast: '2019-12-10T16:34:00Z' });
      assert.equal((await post(host.base, 'votes', ahead)).status, 201);
      const change = vote('p-wilsons-head', 'elg-secondary', 'against', { cast: '2019-12-10T16:31:00Z' });
      const refused = await post(host.base, 'votes', change);
      assert.equal(refused.status, 422);
      assert.deepEqual(
        [refused.body.reason, refused.body.values],
        ['later-vote-stored', { seat: 'elg-secondary', cast: '2019-12-10T16:34:00Z' }],
      );
      assert.match(refused.body.error, /later vote counts/);
      const later = vote('p-wilsons-head', 'elg-secondary', 'against', { cast: '2019-12-10T16:34:30Z' });
      assert.equal((await post(host.base, 'votes', later)).status, 201, 'a change dated after it is taken');
    });

    test('a vote cast more than a day before it arrives is refused: waited-too-long, named', async () => {
      const old = vote('p-limes-head', 'elg-pru', 'for', { cast: '2019-12-09T16:29:59Z' });
      const refused = await post(host.base, 'votes', old);
      assert.equal(refused.status, 422);
      assert.deepEqual([refused.body.reason, refused.body.record], ['waited-too-long', old.id]);
      assert.match(refused.body.error, /only up to 1 day after it was cast/);
      const withinTheDay = vote('p-limes-head', 'elg-pru', 'for', { cast: '2019-12-09T16:30:00Z' });
      assert.equal((await post(host.base, 'votes', withinTheDay)).status, 201);
    });

    test('signed out: 401 with no record; another person: 403 with no record', async () => {
      const cast = vote('p-wilsons-head', 'elg-secondary');
      const signedOut = await post(host.base, 'votes', cast, null);
      assert.equal(signedOut.status, 401);
      assert.equal(signedOut.body.record, undefined);
      // The code the member's page words in its own language.
      assert.equal(signedOut.body.reason, 'signed-out');
      const someoneElse = await post(host.base, 'votes', cast, 'p-carew-head');
      assert.equal(someoneElse.status, 403);
      assert.equal(someoneElse.body.record, undefined);
    });

    test('a client may not set received; a malformed record is refused with its path', async () => {
      const stamped = await post(
        host.base,
        'votes',
        vote('p-wilsons-head', 'elg-secondary', 'for', { received: '2019-12-10T16:00:00Z' }),
      );
      assert.equal(stamped.status, 400);
      assert.match(stamped.body.problems.map((p) => p.path).join(), /vote\.received/);
      const bad = await post(host.base, 'votes', vote('p-wilsons-head', 'elg-secondary', 'maybe'));
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.body.problems.map((p) => p.path),
        ['vote.choice'],
      );
    });

    test('a record over the size cap is 413, a deep one 400, a cross-site one 403, an odd path 404: never 500', async () => {
      const bigVote = vote('p-wilsons-head', 'elg-secondary', 'for', { ext: { note: 'x'.repeat(20_000) } });
      const big = await post(host.base, 'votes', bigVote);
      assert.deepEqual([big.status, big.body.reason, big.body.record], [413, 'too-large', bigVote.id]);
      const wideExt = vote('p-wilsons-head', 'elg-secondary', 'for', { ext: { note: 'x'.repeat(3_000) } });
      const extAnswer = await post(host.base, 'votes', wideExt);
      assert.deepEqual(
        [extAnswer.status, extAnswer.body.reason, extAnswer.body.record],
        [413, 'too-large', wideExt.id],
      );
      let deep = {};
      for (let i = 0; i < 200; i += 1) deep = { deep };
      const nested = await post(host.base, 'votes', vote('p-wilsons-head', 'elg-secondary', 'for', { ext: deep }));
      assert.equal(nested.status, 400);
      const cross = await post(host.base, 'votes', vote('p-wilsons-head', 'elg-secondary'), undefined, {
        Origin: 'https://evil.example',
      });
      assert.equal(cross.status, 403);
      for (const path of ['//[', '/api/%', '/api/votes/../votes']) {
        const response = await fetch(`${host.base}${path}`);
        assert.ok(response.status < 500, `${path} answered ${response.status}`);
      }
    });

    test('the document names its live channel, and the public sees no vote on an open proposal', async () => {
      const publicView = await documentAs(host.base, null);
      assert.match(publicView.link, /^<\/api\/partnership\/events\?after=\d+>; rel="partnership-events"$/);
      assert.equal(publicView.body.votes.filter((v) => v.proposal === 'wsoa-reporting').length, 0);
      const member = await documentAs(host.base, 'p-cognus-sd');
      assert.ok(member.body.votes.some((v) => v.proposal === 'wsoa-reporting'));
    });

    test(
      'a record stored between the document and its stream is replayed from the Link header',
      { timeout: 10_000 },
      async () => {
        const member = await documentAs(host.base, 'p-cognus-sd');
        const channel = /^<([^>]+)>/.exec(member.link)[1];
        const cast = vote('p-stcg-cm', 'elg-post16');
        assert.equal((await post(host.base, 'votes', cast)).status, 201);
        const controller = new AbortController();
        try {
          const stream = await fetch(`${host.base}${channel}`, {
            headers: { 'x-person': 'p-cognus-sd' },
            signal: controller.signal,
          });
          const text = await readText(stream.body.getReader(), cast.id);
          assert.match(text, /event: record\ndata: \{"kind":"vote"/);
        } finally {
          controller.abort();
        }
      },
    );

    test('a check-in and a check-out on the meeting day are timed by the host clock', async () => {
      const change = (attendance) => pruCheckIn({ attendance });
      for (const attendance of ['holder', 'left']) {
        const answer = await post(host.base, 'attendance', change(attendance));
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
      }
      const meeting = host.api.document().meetings.find((m) => m.id === 'elg-2019-12-10');
      assert.deepEqual(meeting.attendance['elg-pru'], {
        as: 'holder',
        arrived: '2019-12-10T16:30:00.000+00:00',
        left: '2019-12-10T16:30:00.000+00:00',
      });
    });

    test(
      'the public stream hears that attendance changed, not who checked the seat in',
      { timeout: 10_000 },
      async () => {
        const controller = new AbortController();
        try {
          const { link } = await documentAs(host.base, null);
          const channel = /^<([^>]+)>/.exec(link)[1];
          const stream = await fetch(`${host.base}${channel}`, { signal: controller.signal });
          const reader = stream.body.getReader();
          const checkIn = pruCheckIn();
          assert.equal((await post(host.base, 'attendance', checkIn)).status, 201);
          const text = await readText(reader, 'elg-2019-12-10');
          assert.match(text, /event: changed\ndata: \{"meeting":"elg-2019-12-10"\}/);
          assert.ok(!text.includes('p-elg-chair'), 'no clerk named');
        } finally {
          controller.abort();
        }
      },
    );

    test(
      "the public stream carries no more than the public document: an action's change is `changed`, and the page's fetch shows it",
      { timeout: 15_000 },
      async () => {
        const { host: own, clock } = await closingAtSix(kind);
        const live = await openEvents(own.base);
        try {
          const change = {
            id: randomUUID(),
            action: 'A-09',
            status: 'dropped',
            by: 'p-project-manager',
            at: '2019-12-10T16:29:58.123Z',
            was: 'open',
          };
          const cast = { ...vote('p-cognus-sd', 'elg-cognus'), ext: { email: 'sd@cognus.example' } };
          for (const [path, record] of [
            ['votes', cast],
            ['attendance', pruCheckIn()],
            ['actions', change],
          ])
            assert.equal((await post(own.base, path, record)).status, 201);
          // Before, the whole stored change: who made it, when by their device, the status it had, `received`.
          const heard = await live.next((e) => e.data.record?.id === change.id || e.data.action === 'A-09');
          assert.deepEqual([heard.event, heard.data], ['changed', { action: 'A-09' }]);
          const fetched = (await documentAs(own.base, null)).body;
          assert.equal(fetched.actions.find((a) => a.id === 'A-09').status, 'dropped', 'the refetch shows it');
          // Every event, live and replayed once the vote's proposal has closed, against the public document then.
          clock.now = '2019-12-10T18:30:00.000+00:00';
          const { body: published, link } = await documentAs(own.base, null);
          const last = /after=(\d+)/.exec(link)[1];
          const replay = await openEvents(own.base, { lastEventId: 0 });
          try {
            await replay.next((e) => e.id === last);
            const events = [...live.events, ...replay.events].filter((e) => e.event !== 'heartbeat');
            assert.ok(
              replay.events.some((e) => e.event === 'record'),
              'the closed vote is replayed as a record',
            );
            for (const { event, data } of events) {
              if (event === 'record') {
                const served = published[`${data.kind}s`]?.find((r) => r.id === data.record.id);
                assert.deepEqual(data.record, served, `a ${data.kind} as the public document has it`);
              } else {
                assert.equal(event, 'changed');
                assert.ok(Object.keys(data).every((name) => ['proposal', 'meeting', 'action'].includes(name)));
              }
            }
          } finally {
            replay.close();
          }
        } finally {
          live.close();
          await own.close();
        }
      },
    );

    test('a vote replayed to the public once its proposal has closed carries no ext, as publishedDocument serves it', async () => {
      const { host: own, clock } = await closingAtSix(kind);
      try {
        const cast = { ...vote('p-cognus-sd', 'elg-cognus'), ext: { email: 'sd@cognus.example' } };
        assert.equal((await post(own.base, 'votes', cast)).status, 201);
        clock.now = '2019-12-10T18:30:00.000+00:00';
        // Reconnecting from before the vote: it is replayed, now readable by the public.
        const stream = await openEvents(own.base, { lastEventId: 0 });
        try {
          const event = await stream.next((e) => e.data.record?.id === cast.id);
          assert.equal(event.data.record.ext, undefined);
          assert.equal(event.data.record.choice, cast.choice);
        } finally {
          stream.close();
        }
      } finally {
        await own.close();
      }
    });

    test('only the clerk or chair records attendance: 403 naming the record', async () => {
      const change = pruCheckIn({ by: 'p-carew-head' });
      const answer = await post(host.base, 'attendance', change);
      assert.deepEqual([answer.status, answer.body.reason, answer.body.record], [403, 'not-permitted', change.id]);
    });

    test('a record over the size cap says where: too-large at the record, with the limit and its size', async () => {
      const bigVote = vote('p-wilsons-head', 'elg-secondary', 'for', { ext: { note: 'x'.repeat(20_000) } });
      const big = await post(host.base, 'votes', bigVote);
      const size = Buffer.byteLength(JSON.stringify(bigVote));
      assert.deepEqual(
        [big.status, big.body.reason, big.body.values, big.body.path, big.body.record],
        [413, 'too-large', { limit: 8192, size }, 'vote', bigVote.id],
      );
      assert.deepEqual(pathsCodesValues(big.body), [['vote', 'too-large', { limit: 8192, size }]]);
      assert.match(big.body.problems[0].message, /^vote is at least [\d,]+ bytes, more than the 8,192 bytes/);
      const change = pruCheckIn({ by: 'p-elg-chair', note: 'x'.repeat(20_000) });
      const bigChange = await post(host.base, 'attendance', change);
      assert.deepEqual(
        pathsCodesValues(bigChange.body).map(([path, code]) => [path, code]),
        [['attendance', 'too-large']],
      );
    });

    test('an ext over its cap says where: too-large at vote.ext, with the limit and the ext’s size', async () => {
      const ext = { note: 'x'.repeat(3_000) };
      const wideExt = vote('p-wilsons-head', 'elg-secondary', 'for', { ext });
      const answer = await post(host.base, 'votes', wideExt);
      const values = { limit: 2048, size: Buffer.byteLength(JSON.stringify(ext)), field: 'ext' };
      assert.deepEqual(
        [answer.status, answer.body.reason, answer.body.values, answer.body.path, answer.body.record],
        [413, 'too-large', values, 'vote.ext', wideExt.id],
      );
      assert.deepEqual(pathsCodesValues(answer.body), [['vote.ext', 'too-large', values]]);
    });

    test('a record made by another person says where: by-other-person at its by, and still names no record', async () => {
      const cast = vote('p-wilsons-head', 'elg-secondary');
      const someoneElse = await post(host.base, 'votes', cast, 'p-carew-head');
      assert.deepEqual(
        [someoneElse.status, someoneElse.body.record, someoneElse.body.path],
        [403, undefined, 'vote.by'],
      );
      assert.deepEqual(pathsCodesValues(someoneElse.body), [
        ['vote.by', 'by-other-person', { by: 'p-wilsons-head', signedIn: 'p-carew-head' }],
      ]);
      assert.match(
        someoneElse.body.problems[0].message,
        /^vote\.by is 'p-wilsons-head', but the person signed in is 'p-carew-head'/,
      );
      const change = { ...pruCheckIn(), by: 'p-limes-head' };
      const clerkElse = await post(host.base, 'attendance', change, 'p-elg-chair');
      assert.deepEqual([clerkElse.status, clerkElse.body.path], [403, 'attendance.by']);
    });

    test('a refusal of the rules names the field that names the other person: vote.seat, attendance.by, action.by', async () => {
      const cast = vote('p-cirrus-head', 'elg-cognus');
      const seat = await post(host.base, 'votes', cast);
      assert.deepEqual([seat.status, seat.body.reason, seat.body.path], [403, 'not-holder-or-proxy', 'vote.seat']);
      assert.deepEqual(pathsCodesValues(seat.body), [['vote.seat', 'not-holder-or-proxy', seat.body.values]]);
      assert.deepEqual(seat.body.values, { seat: 'elg-cognus', person: 'p-cirrus-head' });
      const checkIn = await post(host.base, 'attendance', pruCheckIn({ by: 'p-carew-head' }));
      assert.deepEqual(
        [checkIn.status, checkIn.body.reason, checkIn.body.path],
        [403, 'not-permitted', 'attendance.by'],
      );
      const action = await post(host.base, 'actions', actionChange({ by: 'p-carew-head' }));
      assert.deepEqual([action.status, action.body.reason, action.body.path], [403, 'not-permitted', 'action.by']);
      assert.deepEqual(pathsCodesValues(action.body), [['action.by', 'not-permitted', action.body.values]]);
    });

    test('a 422 says which field it is about, its reason and values as they were', async () => {
      const old = vote('p-limes-head', 'elg-pru', 'for', { cast: '2019-12-09T16:29:59Z' });
      const late = await post(host.base, 'votes', old);
      assert.deepEqual(
        [late.status, late.body.reason, late.body.values, late.body.path],
        [
          422,
          'waited-too-long',
          { cast: '2019-12-09T16:29:59Z', now: '2019-12-10T16:30:00.000+00:00', maxWaitMinutes: 1440 },
          'vote.cast',
        ],
      );
      assert.deepEqual(pathsCodesValues(late.body), [['vote.cast', 'waited-too-long', late.body.values]]);
      assert.equal(late.body.problems[0].message, late.body.error);
      const unknown = await post(host.base, 'votes', {
        ...vote('p-limes-head', 'elg-pru'),
        proposal: 'no-such-proposal',
      });
      assert.deepEqual([unknown.status, unknown.body.path], [422, 'vote.proposal']);
      const future = await post(host.base, 'actions', actionChange({ completed: '2019-12-11' }));
      assert.deepEqual(
        [future.status, future.body.reason, future.body.path],
        [422, 'completed-in-future', 'action.completed'],
      );
      const stored = actionChange({ completed: '2019-12-09' });
      assert.equal((await post(host.base, 'actions', stored)).status, 201);
      const reused = await post(host.base, 'actions', { ...stored, completed: '2019-12-08' });
      assert.deepEqual([reused.status, reused.body.reason, reused.body.path], [422, 'id-reused', 'action.id']);
      assert.deepEqual(pathsCodesValues(reused.body), [['action.id', 'id-reused', {}]]);
      assert.equal(reused.body.values, undefined, 'id-reused carries no values, as before');
    });
  });

  describe(`partnership-kit/server on ${kind}: what the review found`, () => {
    test('a path named like a built-in property is no route of the API', async () => {
      const host = await startApi(await openStore(await freshStore(kind)));
      try {
        for (const path of ['constructor', '__proto__', 'toString']) {
          const response = await fetch(`${host.base}/api/${path}`, {
            method: 'POST',
            headers: { 'x-person': 'p-cognus-sd' },
          });
          assert.equal(response.status, 404, path);
        }
      } finally {
        await host.close();
      }
    });

    test('an ext holding \\u0000 is stored like any other text', async () => {
      const host = await startApi(await openStore(await freshStore(kind)));
      try {
        const answer = await post(
          host.base,
          'votes',
          vote('p-cognus-sd', 'elg-cognus', 'for', { ext: { note: 'a\u0000b' } }),
        );
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
      } finally {
        await host.close();
      }
    });

    test('attendance is fixed once a proposal of the meeting is past its closing time, by the host clock', async () => {
      const { host, clock } = await closingAtSix(kind);
      try {
        const change = (attendance, at) => pruCheckIn({ attendance, at });
        clock.now = '2019-12-11T09:00:00.000+00:00';
        // The device says it is still the meeting; the host's clock says voting closed last night.
        const late = await post(host.base, 'attendance', change('holder', '2019-12-10T17:00:00Z'));
        assert.deepEqual([late.status, late.body.reason], [422, 'meeting-decided']);
      } finally {
        await host.close();
      }
    });

    test(
      "an open secret ballot's vote reaches its voter's stream as their own record: no count to refetch until it closes",
      { timeout: 10_000 },
      async () => {
        const document = structuredClone(sutton);
        document.proposals.find((p) => p.id === 'wsoa-reporting').ballot = 'secret';
        const host = await startApi(await openStore(await freshStore(kind)), { document });
        const controller = new AbortController();
        try {
          const { link } = await documentAs(host.base, 'p-cognus-sd');
          const channel = /^<([^>]+)>/.exec(link)[1];
          const stream = await fetch(`${host.base}${channel}`, {
            headers: { 'x-person': 'p-cognus-sd' },
            signal: controller.signal,
          });
          const reader = stream.body.getReader();
          const cast = vote('p-cognus-sd', 'elg-cognus');
          assert.equal((await post(host.base, 'votes', cast)).status, 201);
          const text = await readText(reader, 'wsoa-reporting');
          // A count moving while a secret ballot is open would tell a watcher how this member voted: none is served.
          assert.match(
            text,
            /event: record\ndata: \{"kind":"vote","record":\{"id":"[^"]+","proposal":"wsoa-reporting"/,
          );
          assert.ok(text.includes(cast.id), 'their own vote');
          assert.ok(!text.includes('event: changed'), 'nothing to refetch');
        } finally {
          controller.abort();
          await host.close();
        }
      },
    );
  });

  describe(`partnership-kit/server on ${kind}: the chair's casting vote on the public's live count`, () => {
    test(
      'a vote that ties the count tells the public to refetch, and the count it fetches carries the casting vote',
      { timeout: 10_000 },
      async () => {
        // The ELG breaking ties by the chair, the early years seat in the chair; it has voted for (2 for, 1 against).
        const document = structuredClone(sutton);
        const elg = document.groups.find((group) => group.id === 'elg');
        elg.tieBreak = 'chair';
        for (const seat of elg.seats) {
          if (seat.id === 'elg-chair') seat.role = 'member';
          if (seat.id === 'elg-early-years') seat.role = 'chair';
        }
        const host = await startApi(await openStore(await freshStore(kind)), { document });
        const controller = new AbortController();
        try {
          const { link } = await documentAs(host.base, null);
          const channel = /^<([^>]+)>/.exec(link)[1];
          const stream = await fetch(`${host.base}${channel}`, { signal: controller.signal });
          const reader = stream.body.getReader();
          assert.equal((await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus', 'against'))).status, 201);
          const text = await readText(reader, 'wsoa-reporting');
          assert.match(text, /event: changed\ndata: \{"proposal":"wsoa-reporting"\}/);
          const served = (await documentAs(host.base, null)).body;
          const count = served.proposals.find((p) => p.id === 'wsoa-reporting').count;
          assert.deepEqual(count, { for: 2, against: 2, abstain: 0, casting: 'for' });
        } finally {
          controller.abort();
          await host.close();
        }
      },
    );
  });

  describe(`partnership-kit/server on ${kind}: a live stream after sign-out`, () => {
    /** A host beating every 100 ms, and the live stream of a member signed in as session 's1'. */
    async function streamOfSignedInMember() {
      const sessions = new Map([['s1', 'p-cognus-sd']]);
      const authenticate = (request) => sessions.get(request.headers['x-session']) ?? null;
      const host = await startApi(await openStore(await freshStore(kind)), { authenticate, heartbeatMs: 100 });
      const stream = await fetch(`${host.base}/api/partnership/events`, { headers: { 'x-session': 's1' } });
      return { host, sessions, reader: stream.body.getReader() };
    }

    test(
      'a stream whose member signed out is ended, so it reconnects as who is signed in now',
      { timeout: 10_000 },
      async () => {
        const { host, sessions, reader } = await streamOfSignedInMember();
        try {
          sessions.delete('s1');
          // Resolves only once the stream has ended; fails if it is still open after the wait.
          await readText(reader);
        } finally {
          await host.close();
        }
      },
    );

    // Ended alone, the stream reconnected as the public, and the page went on showing the document it had: the
    // member's own votes, to whoever came to the computer next.
    test(
      'and is first told to fetch the document again, so the page drops what only that member could read',
      { timeout: 10_000 },
      async () => {
        const { host, sessions, reader } = await streamOfSignedInMember();
        try {
          await readText(reader, 'event: heartbeat');
          sessions.delete('s1');
          const sent = await readText(reader);
          assert.match(sent, /event: refetch\ndata: \{\}\n\n$/);
        } finally {
          await host.close();
        }
      },
    );
  });
}

describe('partnership-kit/server: a fault of the host’s own', () => {
  test('is told to onError with its request, and answered 503 in words that fit a read or a record', async () => {
    const failures = [];
    const authenticate = () => {
      throw new TypeError('the portal’s session lookup broke');
    };
    const onError = (error, request) => failures.push(`${request.method} ${request.url}: ${error.message}`);
    const host = await startApi(await openStore(await freshStore('sqlite')), { authenticate, onError });
    try {
      const read = await fetch(`${host.base}/api/partnership`);
      assert.equal(read.status, 503);
      assert.equal(read.headers.get('retry-after'), '5');
      assert.match((await read.json()).error, /could not answer just now/);
      const sent = await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'));
      assert.equal(sent.status, 503);
      assert.match(sent.body.error, /It will be sent again/);
      assert.deepEqual(failures, [
        'GET /api/partnership: the portal’s session lookup broke',
        'POST /api/votes: the portal’s session lookup broke',
      ]);
    } finally {
      await host.close();
    }
  });
});
