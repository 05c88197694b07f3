// Two host processes on one store serving different seeds, as in a rolling upgrade: the new seed adds a
// secret ballot. A vote stored through the new process reaches the old one when it catches up. The old
// document has no such proposal, so the record is kept out of it; before, it was still sent on the old
// process's live stream to every open page, a member's vote on a secret ballot included, because privacy is
// judged by a proposal that document does not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, startApi, sutton, vote } from './harness.js';
import { openEvents } from './event-stream.js';

test('a stored record the document lacks is not sent on the live stream', async () => {
  const where = await freshStore('sqlite');
  const secret = { ...sutton.proposals.find((p) => p.id === 'wsoa-reporting'), id: 'secret-ballot', ballot: 'secret' };
  const newer = { ...sutton, proposals: [...sutton.proposals, secret] };
  const upgraded = await startApi(await openStore(where), { document: newer });
  const older = await startApi(await openStore(where));
  const stream = await openEvents(older.base, { person: 'p-carew-deputy' });
  try {
    const hidden = vote('p-carew-head', 'elg-special', 'against', { proposal: 'secret-ballot' });
    assert.equal((await post(upgraded.base, 'votes', hidden)).status, 201);
    const seen = vote('p-carew-head', 'elg-special');
    assert.equal((await post(upgraded.base, 'votes', seen)).status, 201);
    // The older process has caught up past both records once the second reaches its stream.
    await stream.next((e) => JSON.stringify(e.data).includes('wsoa-reporting'), 10_000);
    const mentions = stream.events.filter((e) => JSON.stringify(e.data).includes('secret-ballot'));
    assert.deepEqual(mentions, [], 'nothing of the secret ballot reached a member’s page on the older process');
    assert.ok(!older.api.document().votes.some((v) => v.id === hidden.id));
  } finally {
    stream.close();
    await older.close();
    await upgraded.close();
  }
});
