// Votes sent at the same moment (a show of hands) are decided together under one hold of the store's write lock
// and stored in one commit, where the store offers `appendTogether`: each commit waits for the disk, and on
// SQLite it holds the event loop while it does. A store of a portal's own without it is given one at a time.
// PostgreSQL's side, with the lock held by another process, is in postgres-busy.test.js.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { freshStore, openStore, post, startApi } from './harness.js';
import { membersDocument, memberVotes } from './members.js';

const closing = [];
after(async () => {
  for (const close of closing.reverse()) await close();
});

/** `store` with only the methods a portal's own store has, and `appendTogether` if `together`; counts the writes. */
function counted(store, { together }) {
  const writes = [];
  const own = {
    since: (seq) => store.since(seq),
    append: async (decision) => {
      const made = await store.append(decision);
      writes.push(made.seq === null ? 0 : 1);
      return made;
    },
    watch: (...given) => store.watch(...given),
    sessions: store.sessions,
    close: () => store.close(),
  };
  if (together)
    own.appendTogether = async (decision) => {
      const made = await store.appendTogether(decision);
      writes.push(made.seqs.length);
      return made;
    };
  return { store: own, writes };
}

/**
 * Sends `votes` at once to a host for 50 members on `store`. `hold`, if given, is called first and returns what
 * ends it, which is called once every vote has reached the host. Resolves with the statuses and the host.
 */
async function burst(store, votes, hold) {
  let arrived = 0;
  const host = await startApi(store, {
    document: membersDocument(50),
    now: () => new Date().toISOString(),
    portal: async () => void (arrived += 1),
  });
  closing.push(() => host.close());
  const release = hold?.();
  const answers = Promise.all(votes.map((sent) => post(host.base, 'votes', sent)));
  if (release) {
    while (arrived < votes.length) await new Promise((resolve) => setTimeout(resolve, 20));
    // Their bodies read, and each decision waiting for the write lock.
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
  }
  return { statuses: (await answers).map((answer) => answer.status), host };
}

/** Holds the SQLite file's write lock from another connection, as another process's commit does; returns its end. */
function holdingWriteLock(file) {
  const other = new Database(file);
  closing.push(() => other.close());
  other.exec('BEGIN IMMEDIATE');
  return () => other.exec('COMMIT');
}

test('on SQLite, 100 votes that wait while another process writes are each stored once, in a few commits', async () => {
  // Another process's write, or a slow disk's sync, holds the lock: the votes arriving meanwhile were stored one
  // commit (one sync, holding the event loop) each, once it was free.
  const where = await freshStore('sqlite');
  const { store, writes } = counted(await openStore(where), { together: true });
  const votes = memberVotes(100);
  const { statuses, host } = await burst(store, votes, () => holdingWriteLock(where.file));
  assert.deepEqual(
    statuses.filter((status) => status !== 201),
    [],
  );
  assert.equal(
    writes.reduce((sum, stored) => sum + stored, 0),
    100,
  );
  assert.ok(writes.length <= 3, `${writes.length} commits: ${writes.join(' ')}`);
  assert.deepEqual(
    (await store.since(0)).map((record) => record.id),
    host.api.document().votes.map((vote) => vote.id),
    'the host applied them in the order they were stored',
  );
});

test('a store without appendTogether (a portal’s own) is given one vote at a time, and stores each', async () => {
  const { store, writes } = counted(await openStore(await freshStore('sqlite')), { together: false });
  const { statuses, host } = await burst(store, memberVotes(20));
  assert.deepEqual(
    statuses.filter((status) => status !== 201),
    [],
  );
  assert.deepEqual(
    writes,
    Array.from({ length: 20 }, () => 1),
  );
  assert.equal(host.api.document().votes.length, 20);
});

test('on SQLite, records decided together are stored all or none: one that cannot be stores none of them', async () => {
  const store = await openStore(await freshStore('sqlite'));
  closing.push(() => store.close());
  const record = (id) => ({ kind: 'vote', id, body: { id } });
  const together = (ids) => ({
    after: () => 0,
    catchUp: () => undefined,
    decide: () => ({ records: ids.map(record), answer: ids.length }),
  });
  assert.deepEqual(await store.appendTogether(together(['a', 'b', 'c'])), { answer: 3, seqs: [1, 2, 3] });
  // 'b' again breaks the log's one record per id: the commit fails, and 'd' is not stored either.
  await assert.rejects(store.appendTogether(together(['d', 'b'])), /UNIQUE/);
  assert.deepEqual(
    (await store.since(0)).map((stored) => [stored.seq, stored.id]),
    [
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ],
  );
});
