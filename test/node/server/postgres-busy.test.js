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
import { memberId, membersDocument, memberVotes, seatId } from './members.js';
import { postgresProxy } from './tcp-proxy.js';

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

/** How many connections of the database wait on the store's write lock, asked through `client`. */
async function waitingOnLock(client) {
  const { rows } = await client.query(
    "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted",
    [0x706b],
  );
  return rows[0].n;
}

/** Runs `work` with a connection of its own to the database of `where`. */
async function withClient(where, work) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: where.connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Waits until `count` connections of the database wait on the store's write lock. */
async function untilWaiting(where, count) {
  await withClient(where, async (client) => {
    const end = Date.now() + 10_000;
    while (Date.now() < end) {
      if ((await waitingOnLock(client)) >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`fewer than ${count} decisions came to wait on the write lock`);
  });
}

const closing = [];
after(async () => {
  for (const close of closing.reverse()) await close();
});

/** The API for 50 members, on `store`, at the clock's time; closed after the suite. */
async function membersHost(store, options = {}) {
  const host = await startApi(store, {
    document: membersDocument(50),
    now: () => new Date().toISOString(),
    ...options,
  });
  closing.push(() => host.close());
  return host;
}

/** The status of `sent` POSTed until the host answers other than 503, as the outbox sends it: at most five times. */
async function sentUntilAnswered(host, sent) {
  for (let tries = 1; ; tries += 1) {
    const { status } = await post(host.base, 'votes', sent);
    if (status !== 503 || tries === 5) return status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Sends `votes` at once while the write lock is held, as another process's decision holds it; frees it `heldMs`
 * after the first waits on it. Resolves with the answers.
 */
async function sentWhileLocked(where, host, votes, heldMs) {
  const release = await holdWriteLock(where);
  const answers = Promise.all(votes.map((sent) => post(host.base, 'votes', sent)));
  // A failed assertion closes the host under them: that is the assertion's to report, not theirs.
  answers.catch(() => undefined);
  try {
    await untilWaiting(where, 1);
    await new Promise((resolve) => setTimeout(resolve, heldMs));
  } finally {
    await release();
  }
  return answers;
}

describe('health during a burst of votes, on PostgreSQL', { skip: !postgres }, () => {
  test(
    'the probe answers at once while 200 votes from 50 members wait on the write lock',
    { timeout: 60_000 },
    async () => {
      const where = await freshStore('postgres');
      const host = await membersHost(await openStore(where));
      const votes = memberVotes(200);
      const release = await holdWriteLock(where);
      let answers;
      try {
        // Probed once the lock is held, straight before the burst: a keep-alive socket the probe left idle while the
        // lock was taken on a loaded machine (5 s, the host's keep-alive) closed under the burst's first vote.
        const quiet = await probe(host.base);
        assert.equal(quiet.status, 200);
        answers = Promise.all(votes.map((sent) => post(host.base, 'votes', sent)));
        // A failed assertion below closes the host under them: that is the assertion's to report, not theirs.
        answers.catch(() => undefined);
        // The votes have reached the store: one at least waits on the lock (before, all ten of the pool's did).
        await untilWaiting(where, 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
        // What keeps the probe answered is checked, not how fast this machine is (a 2 s bound failed at 2.5 s
        // under a loaded run's disk): the burst holds one or two of the pool's ten connections, not all ten, and
        // the probe is answered while the lock is still held, within a load balancer's 5 s. Before, it waited
        // for a connection until pg gave up, and was answered 503.
        const waiting = await withClient(where, waitingOnLock);
        assert.ok(waiting <= 2, `${waiting} of the pool's connections wait on the write lock, leaving reads too few`);
        const busy = await probe(host.base);
        assert.equal(
          busy.status,
          200,
          `the probe during the burst was answered ${busy.status} after ${Math.round(busy.ms)} ms (${Math.round(quiet.ms)} ms before)`,
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
    'a burst of votes that waited on the write lock is stored in a few commits, not one a vote',
    { timeout: 60_000 },
    async () => {
      // Each commit waits for the disk: on a busy one, 200 in turn took longer than the 10 s a vote may wait, and
      // the last were answered 503. Counted at a proxy in front of PostgreSQL (three round trips a commit), not timed.
      const where = await freshStore('postgres');
      const proxy = await postgresProxy(where.connectionString);
      closing.push(() => proxy.close());
      const host = await membersHost(await openStore({ connectionString: proxy.via }));
      const votes = memberVotes(200);
      const before = proxy.roundTrips();
      const statuses = (await sentWhileLocked(where, host, votes, 500)).map((answer) => answer.status);
      assert.deepEqual(
        statuses.filter((status) => status !== 201),
        [],
      );
      const commits = (proxy.roundTrips() - before) / 3;
      assert.ok(commits <= 10, `the 200 votes took ${commits} commits`);
      const stored = host.api.document().votes;
      assert.equal(stored.length, 200);
      assert.deepEqual(new Set(stored.map((vote) => vote.id)), new Set(votes.map((sent) => sent.id)));
    },
  );

  test(
    'votes decided together each see those before them: one sent twice is stored once, one refused alone',
    {
      timeout: 60_000,
    },
    async () => {
      const where = await freshStore('postgres');
      const host = await membersHost(await openStore(where));
      const [first, second] = memberVotes(2);
      // Member 2 casting for member 3's seat: not theirs to vote for.
      const notTheirs = { ...memberVotes(3)[2], id: 'not-theirs', seat: seatId(3) };
      const answers = await sentWhileLocked(where, host, [first, first, notTheirs, second], 300);
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [201, 200, 403, 201],
      );
      assert.equal(answers[2].body.reason, 'not-holder-or-proxy');
      assert.deepEqual(
        host.api.document().votes.map((vote) => vote.id),
        [first.id, second.id],
      );
      const reader = await openStore(where);
      closing.push(() => reader.close());
      assert.deepEqual(
        (await reader.since(0)).map((record) => record.id),
        [first.id, second.id],
      );
    },
  );

  test(
    'a joint decision whose records were not stored leaves the host deciding as the store has it',
    {
      timeout: 60_000,
    },
    async () => {
      // Its votes, tried on the host's copy so that each saw those before it, stayed in the rules' indexes of the
      // copy's votes, though taken off it: once other processes' votes brought it back to that length, the host
      // judged new votes against votes the store lacked.
      const where = await freshStore('postgres');
      const proxy = await postgresProxy(where.connectionString);
      closing.push(() => proxy.close());
      const host = await membersHost(await openStore({ connectionString: proxy.via }));
      const other = await membersHost(await openStore(where));
      const minuteAgo = new Date(Date.now() - 60_000).toISOString();
      const votes = (from, count, cast) => memberVotes(count, { from }).map((sent) => ({ ...sent, cast }));
      // One alone, then three together, each cut as its records go to the store: none is on the host's copy.
      proxy.cutAt('INSERT INTO pk_records');
      assert.equal((await post(host.base, 'votes', votes(5, 1, minuteAgo)[0])).status, 503);
      assert.deepEqual(host.api.document().votes, []);
      const release = await holdWriteLock(where);
      const answers = Promise.all(votes(0, 3, minuteAgo).map((sent) => post(host.base, 'votes', sent)));
      try {
        await untilWaiting(where, 1);
        await new Promise((resolve) => setTimeout(resolve, 300));
        proxy.cutAt('INSERT INTO pk_records');
      } finally {
        await release();
      }
      assert.deepEqual(
        (await answers).map((answer) => answer.status),
        [503, 503, 503],
      );
      assert.deepEqual(host.api.document().votes, []);
      // Another process stores two votes; this host reads them.
      for (const sent of votes(3, 2, new Date().toISOString()))
        assert.equal((await post(other.base, 'votes', sent)).status, 201);
      await host.api.catchUp();
      assert.deepEqual(
        host.api.document().votes.map((vote) => vote.by),
        [memberId(3), memberId(4)],
      );
      // Member 0 has no vote stored: one cast before the one the store never took is theirs to cast.
      const earlier = { ...votes(0, 1, new Date(Date.now() - 90_000).toISOString())[0], id: 'earlier' };
      const answer = await post(host.base, 'votes', earlier);
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
    },
  );

  test(
    'votes that wait on the write lock longer than the pool would for a connection are answered 503, to be sent again',
    { timeout: 60_000 },
    async () => {
      // Another process's decision stalled holding the lock: a vote waits for it as long as pg's pool would wait
      // for a connection (connectionTimeoutMillis), then is answered, and the outbox keeps it to send again.
      const where = await freshStore('postgres');
      const errors = [];
      const host = await membersHost(await openStore({ ...where, pool: { connectionTimeoutMillis: 500 } }), {
        onError: (error) => errors.push(error.message),
      });
      const votes = memberVotes(6);
      const statuses = (await sentWhileLocked(where, host, votes, 1_000)).map((answer) => answer.status);
      assert.deepEqual(statuses, [503, 503, 503, 503, 503, 503]);
      assert.ok(errors.length >= 1);
      assert.match(errors[0], /The PostgreSQL store is busy: a decision waited 500 ms for the write lock/);
      assert.equal(host.api.document().votes.length, 0);
      // Sent again, each is stored once. Sent as the outbox sends: a 503 again (this machine loaded, a decision can
      // wait its 500 ms for its turn with the lock free) is sent again after a moment, as the member's device would.
      for (const sent of votes) assert.equal(await sentUntilAnswered(host, sent), 201);
      assert.equal(host.api.document().votes.length, 6);
    },
  );

  test(
    'a vote that waited out the write lock is logged on one line with its code, as SQLite’s busy store is',
    { timeout: 60_000 },
    async () => {
      // The refusal had no code, so the default log took it for a fault in code and wrote it with its stack.
      const where = await freshStore('postgres');
      const host = await membersHost(await openStore({ ...where, pool: { connectionTimeoutMillis: 500 } }));
      const written = [];
      const { error } = console;
      console.error = (...parts) => written.push(parts);
      try {
        const [answer] = await sentWhileLocked(where, host, memberVotes(1), 1_000);
        assert.equal(answer.status, 503);
      } finally {
        console.error = error;
      }
      // The store's listener connects under the same 500 ms limit; on a loaded machine it can fail and be tried
      // again, which is logged as what it is. Only what the vote's request logged is this test's.
      const aboutTheVote = written.filter(([first]) => String(first).startsWith('partnership-kit/server: POST '));
      assert.equal(aboutTheVote.length, 1, JSON.stringify(written));
      const [parts] = aboutTheVote;
      assert.equal(parts.length, 1, 'one line, no error object');
      assert.match(
        parts[0],
        /^partnership-kit\/server: POST \/api\/votes failed: The PostgreSQL store is busy: a decision waited 500 ms for the write lock.* \(55P03\)\. /,
      );
      assert.doesNotMatch(parts[0], /\n/);
    },
  );
});
