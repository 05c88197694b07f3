// partnership-kit/server exports what it answers a refused record with, for a host that writes its own route
// with the core's rules: `refusalAnswer` (403 or 422, with `path` and the one problem there, naming the record)
// and `refusalPath` (the field a reason is about). Before, only partnership-kit/server's own routes could say
// where, so a host's own route answered without `path` and the member's page could not name the field.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { actionChangeRefusal, checkVote, parseDocument } from 'partnership-kit/core';
import { refusalAnswer, refusalPath } from 'partnership-kit/server';
import { MEETING_NOW, freshStore, openStore, post, startApi, storeKinds, sutton, vote } from './harness.js';

const document = (() => {
  const parsed = parseDocument(sutton);
  if (!parsed.ok) throw new Error('the Sutton document keeps the contract');
  return parsed.document;
})();

describe('refusalPath and refusalAnswer, from partnership-kit/server', () => {
  test('refusalPath names the field of a reason, or the record for a reason no field carries', () => {
    assert.equal(refusalPath('vote', 'not-holder-or-proxy'), 'vote.seat');
    assert.equal(refusalPath('vote', 'waited-too-long'), 'vote.cast');
    assert.equal(refusalPath('attendance', 'not-permitted'), 'attendance.by');
    assert.equal(refusalPath('action', 'completed-in-future'), 'action.completed');
    assert.equal(refusalPath('action', 'id-reused'), 'action.id');
    assert.equal(refusalPath('vote', 'a-host-own-reason'), 'vote');
    assert.equal(refusalPath('vote', 'constructor'), 'vote', 'a reason named like a built-in is no field');
  });

  test('refusalAnswer: 403 for a seat the member does not hold, with its path, one problem there and the record', () => {
    const cast = vote('p-cirrus-head', 'elg-cognus');
    const check = checkVote(document, cast, { now: MEETING_NOW });
    assert.equal(check.ok, false);
    const { status, body } = refusalAnswer('vote', cast.id, check);
    assert.equal(status, 403);
    assert.deepEqual(body, {
      error: check.message,
      reason: 'not-holder-or-proxy',
      values: check.values,
      path: 'vote.seat',
      problems: [{ path: 'vote.seat', code: 'not-holder-or-proxy', values: check.values, message: check.message }],
      record: cast.id,
    });
  });

  test('refusalAnswer: 422 for what the person may make but not now, and for a reason with no values', () => {
    const change = { id: randomUUID(), action: 'A-06', status: 'done', completed: '2019-12-11', by: 'p-lbs-ad-send' };
    const refusal = actionChangeRefusal(document, change, '2019-12-10');
    const late = refusalAnswer('action', change.id, refusal);
    assert.deepEqual([late.status, late.body.reason, late.body.path], [422, 'completed-in-future', 'action.completed']);
    // Appointed to the seat from a later date: they may vote for it then (as with a term not started), so not 403.
    const values = { seat: 'elg-cognus', person: 'p-cirrus-head', from: '2019-12-11', as: 'holder' };
    const notYet = refusalAnswer('vote', 'v-2', {
      reason: 'not-holder-or-proxy',
      message: 'From 11 December.',
      values,
    });
    assert.deepEqual([notYet.status, notYet.body.path], [422, 'vote.seat']);
    const reused = refusalAnswer('vote', 'v-1', { reason: 'id-reused', message: 'Another vote has this id.' });
    assert.equal(reused.status, 422);
    assert.equal('values' in reused.body, false, 'no values when the refusal has none');
    assert.deepEqual(reused.body.problems, [
      { path: 'vote.id', code: 'id-reused', values: {}, message: 'Another vote has this id.' },
    ]);
  });

  for (const kind of storeKinds()) {
    describe(`on ${kind}`, () => {
      let host;
      before(async () => {
        host = await startApi(await openStore(await freshStore(kind)));
      });
      after(() => host.close());

      test('a host’s own route answers as partnership-kit/server does, status and body', async () => {
        for (const cast of [
          vote('p-cirrus-head', 'elg-cognus'),
          vote('p-limes-head', 'elg-pru', 'for', { cast: '2019-12-09T16:29:59Z' }),
        ]) {
          const served = await post(host.base, 'votes', cast);
          const check = checkVote(document, cast, { now: MEETING_NOW, maxWaitMinutes: 1440 });
          const own = refusalAnswer('vote', cast.id, check);
          assert.deepEqual([own.status, own.body], [served.status, served.body], cast.seat);
        }
      });
    });
  }
});
