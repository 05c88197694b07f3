// partnership-kit/server refuses a record of the wrong shape before the rules
// judge it, with the core's parseVote, parseAttendanceChange and
// parseActionChange: 400, reason `malformed`, every problem at its path inside
// the record with its code, values and English message, and `error` those
// messages in one text, as before the check moved into the core. Nothing is
// stored, and nothing a member sends answers 500.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { freshStore, openStore, post, pruCheckIn, startApi, storeKinds, vote } from './harness.js';

/** POSTs a body that may not be a record at all, signed in as `person`, keyed `key` when given. */
async function send(base, path, body, person, key) {
  const response = await fetch(`${base}/api/${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'x-person': person,
      ...(key === undefined ? {} : { 'Idempotency-Key': key }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const CLERK = 'p-elg-chair';
const attendance = (fields = {}) => pruCheckIn({ by: CLERK, ...fields });
const action = (fields = {}) => ({
  id: randomUUID(),
  action: 'some-action',
  status: 'in-progress',
  by: CLERK,
  at: '2019-12-10T16:29:50Z',
  ...fields,
});

/** Each route, a well-formed record for it, and the malformed versions a portal must refuse. */
const ROUTES = [
  {
    path: 'votes',
    kind: 'vote',
    record: (fields) => vote('p-wilsons-head', 'elg-secondary', 'for', fields),
    wrongEnum: { choice: 'maybe' },
    enumField: 'choice',
  },
  {
    path: 'attendance',
    kind: 'attendance',
    record: attendance,
    wrongEnum: { attendance: 'late' },
    enumField: 'attendance',
  },
  { path: 'actions', kind: 'action', record: action, wrongEnum: { status: 'finished' }, enumField: 'status' },
];

const pathsAndCodes = (problems) => problems.map((p) => [p.path, p.code]);

/** Asserts a 400 malformed answer whose `error` is its problems' messages, each message after its path. */
function assertMalformed(answer, expected) {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.equal(answer.body.reason, 'malformed');
  const { problems, error } = answer.body;
  assert.deepEqual(pathsAndCodes(problems), expected);
  for (const p of problems) {
    assert.ok(p.message.startsWith(`${p.path} `), p.message);
    assert.equal(typeof p.values, 'object');
  }
  assert.equal(error, problems.map((p) => p.message).join(' '));
}

for (const storeKind of storeKinds()) {
  describe(`partnership-kit/server on ${storeKind}: records of the wrong shape`, () => {
    let host;
    before(async () => (host = await startApi(await openStore(await freshStore(storeKind)))));
    after(() => host.close());

    for (const { path, kind, record, wrongEnum, enumField } of ROUTES) {
      test(`${path}: not an object (null, a number, a list, text) is 400 at "${kind}"`, async () => {
        for (const body of [null, 7, [], 'a record']) {
          const answer = await send(host.base, path, body, CLERK, 'k1');
          assertMalformed(answer, [[kind, 'wrong-value']]);
          assert.equal(answer.body.record, 'k1');
        }
      });

      test(`${path}: a missing field, a wrong ${enumField}, an id of "../../etc", unknown fields, a received`, async () => {
        const { id: _id, ...noId } = record();
        assertMalformed(await send(host.base, path, noId, CLERK, 'k2'), [[`${kind}.id`, 'missing']]);
        assertMalformed(await post(host.base, path, record(wrongEnum)), [[`${kind}.${enumField}`, 'wrong-value']]);
        const field = kind === 'vote' ? 'seat' : kind === 'attendance' ? 'meeting' : 'action';
        const badId = await post(host.base, path, record({ [field]: '../../etc' }));
        assertMalformed(badId, [[`${kind}.${field}`, 'wrong-value']]);
        assert.deepEqual(badId.body.problems[0].values.expected, { kind: 'format', format: 'id' });
        const unknown = await post(host.base, path, record({ weight: 2 }));
        assertMalformed(unknown, [[kind, 'unknown-fields']]);
        // A change as sent has no ext, so its words do not tell the sender to move the field there.
        const noExt = kind === 'vote' ? {} : { extAllowed: false };
        assert.deepEqual(unknown.body.problems[0].values, { keys: ['weight'], ...noExt });
        const stamped = await post(host.base, path, record({ received: '2019-12-10T16:00:00Z' }));
        assert.equal(stamped.status, 400);
        assert.ok(
          pathsAndCodes(stamped.body.problems).some(
            ([at, code]) => at === `${kind}.received` && code === 'set-by-host',
          ),
        );
      });

      test(`${path}: a JSON "__proto__" key is an unknown field, never a 500`, async () => {
        const text = JSON.stringify(record()).replace(/^\{/, '{"__proto__":{"isAdmin":true},');
        const response = await fetch(`${host.base}/api/${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-person': CLERK, 'Idempotency-Key': 'k3' },
          body: text,
        });
        const answer = { status: response.status, body: await response.json() };
        assertMalformed(answer, [[kind, 'unknown-fields']]);
      });
    }

    test('the English error reads as it did before the check moved into the core', async () => {
      const answer = await post(host.base, 'votes', vote('p-wilsons-head', 'elg-secondary', 'maybe'));
      assert.deepEqual(answer.body.problems, [
        {
          path: 'vote.choice',
          code: 'wrong-value',
          values: {
            expected: { kind: 'one-of', values: ['for', 'against', 'abstain'] },
            value: { type: 'text', text: 'maybe' },
          },
          message: 'vote.choice must be one of "for", "against" or "abstain", but it is "maybe".',
        },
      ]);
      assert.equal(answer.body.error, 'vote.choice must be one of "for", "against" or "abstain", but it is "maybe".');
    });

    test('nothing malformed is stored; a well-formed vote still is', async () => {
      const before = host.api.document().votes.length;
      await post(host.base, 'votes', vote('p-wilsons-head', 'elg-secondary', 'maybe'));
      assert.equal(host.api.document().votes.length, before);
      const good = await post(host.base, 'votes', vote('p-wilsons-head', 'elg-secondary'));
      assert.equal(good.status, 201, JSON.stringify(good.body));
      assert.equal(host.api.document().votes.length, before + 1);
    });
  });
}

describe('partnership-kit/core on Node: checkVote on a vote of the wrong shape', () => {
  test('refuses as malformed with the problems and an English message, and never throws', async () => {
    const core = await import('../../../dist/core.js');
    const { sutton } = await import('./harness.js');
    const parsed = core.parseDocument(sutton);
    assert.ok(parsed.ok);
    for (const bad of [null, 3, {}, { ...vote('p-wilsons-head', 'elg-secondary'), choice: 'maybe' }]) {
      const check = core.checkVote(parsed.document, bad, { now: '2019-12-10T16:30:00Z' });
      assert.equal(check.ok, false);
      assert.equal(check.reason, 'malformed');
      assert.ok(check.values.problems.length > 0);
      assert.match(check.message, /^There (is a problem|are \d+ problems) with the vote: vote/);
    }
    const parsedVote = core.parseVote(vote('p-wilsons-head', 'elg-secondary'));
    assert.ok(parsedVote.ok);
    assert.ok(core.parseAttendanceChange(attendance()).ok);
    assert.ok(core.parseActionChange(action()).ok);
  });
});
