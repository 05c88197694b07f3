// A burst of votes on SQLite held every other request until the last was committed: each commit is synchronous
// (its fsync holds the event loop), and the queued writes followed one another as promise callbacks, which never
// let the loop turn. 600 votes at once kept the health probe waiting for seconds (a load balancer pulls such a
// host mid-meeting). Now the loop turns before each commit; each write is still answered only once committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore } from './harness.js';

/** A decision that stores a vote-shaped record and notes, in `seen`, when it was decided. */
function decision(i, seen) {
  return {
    after: () => 0,
    catchUp: () => undefined,
    decide: () => {
      seen.push(`decided ${i}`);
      return { record: { kind: 'vote', id: `burst-${i}`, body: { id: `burst-${i}` } }, answer: i };
    },
  };
}

test('queued SQLite writes let the event loop turn between commits, and each is answered once committed', async () => {
  const store = await openStore(await freshStore('sqlite'));
  try {
    const seen = [];
    const writes = Array.from({ length: 20 }, (_, i) => store.append(decision(i, seen)));
    // Another request's turn, as the health probe's read would be taken by the loop.
    setImmediate(() => seen.push('another request'));
    const answers = await Promise.all(writes);
    const turn = seen.indexOf('another request');
    assert.ok(
      turn >= 0 && turn < seen.indexOf('decided 19'),
      `the loop turned only after the burst: ${seen.join(', ')}`,
    );
    assert.deepEqual(
      answers.map(({ answer }) => answer),
      Array.from({ length: 20 }, (_, i) => i),
      'answered in the order they came',
    );
    const stored = await store.since(0);
    assert.deepEqual(
      stored.map((record) => record.id),
      answers.map((_, i) => `burst-${i}`),
    );
    assert.deepEqual(
      stored.map((record) => record.seq),
      answers.map(({ seq }) => seq),
      'each answered with the seq it was committed at',
    );
  } finally {
    await store.close();
  }
});
