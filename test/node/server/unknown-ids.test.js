// A record naming an id the host's document lacks (a proposal, seat, meeting or action renamed or removed since the
// page loaded, or a portal's own id) is refused with its code unchanged, and an English `message` that tells the
// developer reading the JSON which field it is and where its ids come from: GOV.UK's "what happened, and how to fix
// it". The member's page says the same code in its own words (reload the page), never these.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { freshStore, openStore, post, pruCheckIn, startApi, vote } from './harness.js';

/** The developer's fix, the same for every field: ids come from the document the host serves. */
const FROM_THE_HOST =
  'Send ids from the document the host serves: a page holding an older copy can send one the host no longer has, and reloading it gets the latest.';

describe('a sent record naming an id the host lacks', () => {
  let host;
  before(async () => {
    host = await startApi(await openStore(await freshStore('sqlite')));
  });
  after(() => host.close());

  const refusedWith = async (route, record) => {
    const { status, body } = await post(host.base, route, record);
    assert.equal(status, 422, JSON.stringify(body));
    assert.equal(body.problems[0].message, body.error, 'the one problem says what the error says');
    return [body.reason, body.path, body.error];
  };

  test('a vote on a proposal or for a seat the document lacks names the field and where its ids come from', async () => {
    assert.deepEqual(await refusedWith('votes', vote('p-limes-head', 'elg-pru', 'for', { proposal: 'gone' })), [
      'unknown-proposal',
      'vote.proposal',
      `There is no proposal with the id 'gone' in the partnership document. vote.proposal must be the id of one of its proposals (proposals[].id). ${FROM_THE_HOST}`,
    ]);
    assert.deepEqual(await refusedWith('votes', vote('p-limes-head', 'gone')), [
      'unknown-seat',
      'vote.seat',
      `There is no seat with the id 'gone' in the partnership document. vote.seat must be the id of one of its seats, in the proposal's group (groups[].seats[].id). ${FROM_THE_HOST}`,
    ]);
  });

  test('a check-in at a meeting, or for a seat, the document lacks names the field and where its ids come from', async () => {
    assert.deepEqual(await refusedWith('attendance', pruCheckIn({ meeting: 'gone' })), [
      'unknown-meeting',
      'attendance.meeting',
      `There is no meeting with the id 'gone' in the partnership document. attendance.meeting must be the id of one of its meetings (meetings[].id). ${FROM_THE_HOST}`,
    ]);
    const [reason, path, message] = await refusedWith('attendance', pruCheckIn({ seat: 'gone' }));
    assert.deepEqual([reason, path], ['unknown-seat', 'attendance.seat']);
    assert.match(message, /^The .+ has no seat with the id 'gone' in the partnership document\. attendance\.seat must/);
    assert.match(message, /\(groups\[\]\.seats\[\]\.id, in group 'elg'\)/);
  });

  test('a change of an action the document lacks names the field and where its ids come from', async () => {
    const change = { id: randomUUID(), action: 'gone', status: 'done', completed: '2019-12-09', by: 'p-lbs-ad-send' };
    assert.deepEqual(await refusedWith('actions', { ...change, at: '2019-12-10T16:29:00Z' }), [
      'unknown-action',
      'action.action',
      `There is no action with the id 'gone' in the partnership document. action.action must be the id of one of its actions (actions[].id). ${FROM_THE_HOST}`,
    ]);
  });
});
