// The host records an action's completion date only on or after the day the action was raised: its meeting's
// date. An owner's year typed wrong (1/1/2018 for an action raised at the meeting of 8 October 2019) was stored,
// and the late action read "Done", on time. It is refused as the editor refuses it, with the field and the day.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { documentAs, freshStore, openStore, post, startApi, storeKinds } from './harness.js';

/** A change of action A-06 (raised at eog-2019-11-05, owned by p-lbs-ad-send) to done on `completed`. */
const doneOn = (completed) => ({
  id: randomUUID(),
  action: 'A-06',
  status: 'done',
  completed,
  by: 'p-lbs-ad-send',
  at: '2019-12-10T16:29:00Z',
});

for (const kind of storeKinds()) {
  describe(`partnership-kit/server on ${kind}: a completion date before the action was raised`, () => {
    let host;
    before(async () => {
      host = await startApi(await openStore(await freshStore(kind)));
    });
    after(() => host.close());

    test('is refused, 422 at action.completed, saying the day it was raised; nothing is stored', async () => {
      const refused = await post(host.base, 'actions', doneOn('2018-11-04'));
      assert.deepEqual(
        [refused.status, refused.body.reason, refused.body.path, refused.body.values],
        [
          422,
          'completed-before-raised',
          'action.completed',
          { action: 'A-06', completed: '2018-11-04', raised: '2019-11-05' },
        ],
      );
      assert.equal(
        refused.body.error,
        'Enter a completion date on or after 5 November 2019, when the action was raised.',
      );
      const { body } = await documentAs(host.base, 'p-lbs-ad-send');
      assert.equal(body.actions.find((a) => a.id === 'A-06').completed, undefined);
    });

    test('is recorded on the day it was raised', async () => {
      assert.equal((await post(host.base, 'actions', doneOn('2019-11-05'))).status, 201);
    });
  });
}
