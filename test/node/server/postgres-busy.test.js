// A load balancer probes each host process at `GET {base}/health`, and pulls a
// process that does not answer within its timeout (often 2 to 5 s) from
// service: mid-meeting, every member on it loses their page's connection. On
// PostgreSQL, a burst of votes (a show of hands, fifty members at once) waits
// for the store's write lock while another decision holds it. Each vote waited
// holding one of the pool's 10 connections, so the health probe's read queued
// behind every vote sent before it: 200 votes took it from ~10 ms to over a
// second here, 1,000 to five, and a decision that held the lock longer (another
// process stalled) kept it waiting until pg gave up at 10 s and it was
// answered 503. The same burst, with the lock held by hand, shows it every
// time, however fast the machine running the test.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, startApi, storeKinds } from './harness.js';
import { membersDocument, memberVotes } from './members.js';

const postgres = storeKinds().includes('postgres');

/**
 * A connection of its own that holds the store's write lock, as another process's slow decision does; `release`
 * frees it once, however often called. The lock is the database's, not the schema's: a test that failed holding it
 * stopped every other test file's PostgreSQL store on the shared database until its suite ended, so each test
 * frees it in a `finally` as well.
 */
async function holdWriteLock(where) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: where.connectionString });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock($1)', [0x706b]);
  let released;
  return () => (released ??= client.query('COMMIT').then(() => client.end()));
}

/** `GET /api/health`: its status and how long it took, in ms; a probe unanswered in `timeout` ms is status 0. */
async function probe(base, timeout = 5_000) {
  const started = performance.now();
  try {
    const answer = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(timeout) });
    await answer.text();
    return { status: answer.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/** Waits until `count` connections of the database wait on the store's write lock. */
async function untilWaiting(where, count) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: where.connectionString });
  await client.connect();
  try {
    const end = Date.now() + 10_000;
    while (Date.now() < end) {
      const { rows } = await client.query(
        "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted",
        [0x706b],
      );
      if (rows[0].n >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`fewer than ${count} decisions came to wait on the write lock`);
  } finally {
    await client.end();
  }
}

describe('health during a burst of votes, on PostgreSQL', { skip: !postgres }, () => {
  const closing = [];
  after(async () => {
    for (const close of closing.reverse()) await close();
  });

  test(
    'the probe answers at once while 200 votes from 50 members wait on the write lock',
    { timeout: 60_000 },
    async () => {
      const where = await freshStore('postgres');
      const host = await startApi(await openStore(where), {
        document: membersDocument(50),
        now: () => new Date().toISOString(),
      });
      closing.push(() => host.close());
      const quiet = await probe(host.base);
      assert.equal(quiet.status, 200);

      const release = await holdWriteLock(where);
      const votes = memberVotes(200);
      const answers = Promise.all(votes.map((sent) => post(host.base, 'votes', sent)));
      // A failed assertion below closes the host under them: that is the assertion's to report, not theirs.
      answers.catch(() => undefined);
      try {
        // The votes have reached the store: one at least waits on the lock (before, all ten of the pool's did).
        await untilWaiting(where, 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
        const busy = await probe(host.base);
        assert.equal(busy.status, 200, `the probe during the burst was answered ${busy.status} after ${busy.ms} ms`);
        assert.ok(
          busy.ms < 2_000,
          `the probe took ${Math.round(busy.ms)} ms during the burst (${Math.round(quiet.ms)} ms before)`,
        );
      } finally {
        await release();
      }
      const statuses = (await answers).map((answer) => answer.status);
      assert.deepEqual(
        statuses.filter((status) => status !== 201),
        [],
        'every vote of the burst is stored once the lock is free',
      );
      const stored = host.api.document().votes.map((stored) => stored.id);
      assert.equal(new Set(stored).size, 200);
      assert.deepEqual(new Set(stored), new Set(votes.map((sent) => sent.id)));
    },
  );

  test(
    'a vote that waits longer than the pool would for a connection is answered 503, to be sent again',
    { timeout: 60_000 },
    async () => {
      // One process's decisions now wait their turn within it, not on the pool's connections: the wait pg's pool
      // put on one (connectionTimeoutMillis) still bounds it, so a stalled store answers, and the outbox keeps the vote.
      const where = await freshStore('postgres');
      const errors = [];
      const host = await startApi(await openStore({ ...where, pool: { connectionTimeoutMillis: 500 } }), {
        document: membersDocument(50),
        now: () => new Date().toISOString(),
        onError: (error) => errors.push(error.message),
      });
      closing.push(() => host.close());
      const release = await holdWriteLock(where);
      const votes = memberVotes(6);
      const answers = Promise.all(votes.map((sent) => post(host.base, 'votes', sent)));
      answers.catch(() => undefined);
      try {
        await untilWaiting(where, 1);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      } finally {
        await release();
      }
      const statuses = (await answers).map((answer) => answer.status);
      // Two of the process's decisions hold a connection, one at the lock and one next; the four behind them gave up.
      assert.deepEqual(
        statuses.toSorted((a, b) => a - b),
        [201, 201, 503, 503, 503, 503],
      );
      assert.equal(errors.length, 4);
      assert.match(errors[0], /The PostgreSQL store is busy/);
      assert.equal(host.api.document().votes.length, 2);
      // The refused ones, sent again, are stored.
      const again = votes.filter((_, i) => statuses[i] === 503);
      for (const sent of again) assert.equal((await post(host.base, 'votes', sent)).status, 201);
      assert.equal(host.api.document().votes.length, 6);
    },
  );
});
