// Every round trip a decision makes while it holds the store's write lock is one
// the next decision waits out, on every process: with the database on another
// machine (a millisecond away, say), a burst of votes is decided no faster than
// that. A decision takes the lock and reads the log in one round trip, stores
// its record and notifies the other processes in the next, and commits: three
// (it made six). Counted at a proxy in front of PostgreSQL, not timed.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, storeKinds } from './harness.js';
import { postgresProxy } from './tcp-proxy.js';

const postgres = storeKinds().includes('postgres');

/** A decision that stores a vote record `id`, keeping what it was caught up with. */
function storing(id, after) {
  const caughtUp = [];
  return {
    caughtUp,
    after: () => after,
    catchUp: (records) => caughtUp.push(...records),
    decide: () => ({ record: { kind: 'vote', id, body: { id } }, answer: id }),
  };
}

describe('a decision on PostgreSQL', { skip: !postgres }, () => {
  const closing = [];
  after(async () => {
    for (const close of closing) await close();
  });

  /** A fresh store whose connections pass a proxy that counts their round trips. */
  async function proxiedStore() {
    const proxy = await postgresProxy((await freshStore('postgres')).connectionString);
    closing.unshift(() => proxy.close());
    const store = await openStore({ connectionString: proxy.via });
    closing.push(() => store.close());
    return { proxy, store };
  }

  test('takes three round trips: the lock with the log, the record with its notice, the commit', async () => {
    const { proxy, store } = await proxiedStore();
    const first = await store.append(storing('v1', 0));
    assert.deepEqual(first, { answer: 'v1', seq: 1 });

    const before = proxy.roundTrips();
    const second = storing('v2', 0);
    assert.deepEqual(await store.append(second), { answer: 'v2', seq: 2 });
    assert.equal(proxy.roundTrips() - before, 3);
    // The log after the seq it gave was read in the first: the record another process (here, itself) stored.
    assert.deepEqual(
      second.caughtUp.map((record) => [record.seq, record.id]),
      [[1, 'v1']],
    );
    const stored = await store.since(0);
    assert.deepEqual(
      stored.map((record) => [record.seq, record.kind, record.id, record.body]),
      [
        [1, 'vote', 'v1', { id: 'v1' }],
        [2, 'vote', 'v2', { id: 'v2' }],
      ],
    );
  });

  test('decided together, any number of records take the same three, in one commit, in the order decided', async () => {
    const { proxy, store } = await proxiedStore();
    await store.append(storing('v1', 0));
    const before = proxy.roundTrips();
    const ids = ['v2', 'v3', 'v4', 'v5'];
    const together = {
      after: () => 1,
      catchUp: () => undefined,
      decide: () => ({ records: ids.map((id) => ({ kind: 'vote', id, body: { id } })), answer: 'four' }),
    };
    assert.deepEqual(await store.appendTogether(together), { answer: 'four', seqs: [2, 3, 4, 5] });
    assert.equal(proxy.roundTrips() - before, 3);
    assert.deepEqual(
      (await store.since(1)).map((record) => [record.seq, record.id]),
      ids.map((id, at) => [at + 2, id]),
    );
  });

  test('that stores nothing takes two: the lock with the log, and the commit', async () => {
    const { proxy, store } = await proxiedStore();
    await store.append(storing('v1', 0));
    const before = proxy.roundTrips();
    const refused = { after: () => 1, catchUp: () => undefined, decide: () => ({ answer: 'refused' }) };
    assert.deepEqual(await store.append(refused), { answer: 'refused', seq: null });
    assert.equal(proxy.roundTrips() - before, 2);
  });
});
