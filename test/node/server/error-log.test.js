// The server's default log of failed requests while its store is down. Every
// member's device sends its vote again every few seconds, and each failure
// was written with its whole stack: fifty members buried the log under
// hundreds of identical traces a minute. A repeated failure is written once a
// minute, with how many requests it failed meanwhile; another failure at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, startApi, vote } from './harness.js';

async function hostWithFailingStore(failure) {
  const store = await openStore(await freshStore('sqlite'));
  const fail = () => Promise.reject(failure());
  const failing = Object.assign(Object.create(store), { append: fail, appendTogether: fail });
  return startApi(failing);
}

/** Runs `body` with console.error and Date.now replaced; returns what was written. */
async function logged(clock, body) {
  const written = [];
  const { error } = console;
  const { now } = Date;
  console.error = (...parts) => written.push(parts);
  Date.now = () => clock.now;
  try {
    await body();
  } finally {
    console.error = error;
    Date.now = now;
  }
  return written;
}

const voters = ['p-limes-head', 'p-carew-head', 'p-cognus-sd', 'p-ssp-head'];

test('a store failure repeated by many members is written once a minute, with the count between', async () => {
  const clock = { now: Date.parse('2019-12-10T16:30:00Z') };
  const host = await hostWithFailingStore(() =>
    Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  );
  try {
    const written = await logged(clock, async () => {
      for (let i = 0; i < 12; i += 1) {
        const answer = await post(host.base, 'votes', vote(voters[i % voters.length], 'elg-pru'));
        assert.equal(answer.status, 503, 'each is still answered 503, for the device to keep its vote');
        clock.now += 1_000;
      }
      clock.now += 60_000;
      const last = await post(host.base, 'votes', vote('p-limes-head', 'elg-pru'));
      assert.equal(last.status, 503, JSON.stringify(last));
    });
    assert.equal(written.length, 3, written.map((parts) => parts[0]).join('\n'));
    // A store's failure is one line, its code and what to do (below); a fault in code keeps its stack.
    assert.deepEqual(written[0], [
      'partnership-kit/server: POST /api/votes failed: connect ECONNREFUSED (ECONNREFUSED). Nothing answers at the database: check that the database is running and listening there.',
    ]);
    assert.match(written[1][0], /11 more requests failed with Error ECONNREFUSED: connect ECONNREFUSED/);
    assert.match(written[2][0], /POST \/api\/votes failed:/, 'a minute on, the failure in full again');
  } finally {
    await host.close();
  }
});

test('a different failure is written at once, after the count of the one before', async () => {
  const clock = { now: Date.parse('2019-12-10T16:30:00Z') };
  let message = 'the disk is full';
  const host = await hostWithFailingStore(() => new Error(message));
  try {
    const written = await logged(clock, async () => {
      await post(host.base, 'votes', vote('p-limes-head', 'elg-pru'));
      await post(host.base, 'votes', vote('p-carew-head', 'elg-pru'));
      message = 'the file was deleted or replaced while the host ran';
      await post(host.base, 'votes', vote('p-cognus-sd', 'elg-pru'));
    });
    assert.deepEqual(
      written.map((parts) => (parts[1] instanceof Error ? parts[1].message : parts[0])),
      [
        'the disk is full',
        'partnership-kit/server: 1 more request failed with Error: the disk is full (not written one by one)',
        'the file was deleted or replaced while the host ran',
      ],
    );
  } finally {
    await host.close();
  }
});

// pg's error, written whole, was some thirty lines (its stack through pg-pool, then `length`, `severity`,
// `routine`, …): what failed and what to do had to be found in them. A store's failure is now one line.
test('a PostgreSQL failure is one line: what failed, its code and message, and what to do', async () => {
  const { DatabaseError } = (await import('pg')).default;
  const shutDown = Object.assign(
    new DatabaseError('terminating connection due to administrator command', 116, 'error'),
    {
      severity: 'FATAL',
      code: '57P01',
      routine: 'ProcessInterrupts',
    },
  );
  const host = await hostWithFailingStore(() => shutDown);
  try {
    const written = await logged({ now: 0 }, () => post(host.base, 'votes', vote('p-limes-head', 'elg-pru')));
    assert.deepEqual(written, [
      [
        'partnership-kit/server: POST /api/votes failed: terminating connection due to administrator command (57P01). PostgreSQL is shutting down or restarting: it is tried again; if it repeats, check that it is running.',
      ],
    ]);
  } finally {
    await host.close();
  }
});

test('a decision that waited too long for the write lock is one line saying what to look for', async () => {
  const { DatabaseError } = (await import('pg')).default;
  const lockWait = Object.assign(new DatabaseError('canceling statement due to lock timeout', 60, 'error'), {
    code: '55P03',
  });
  const busy = new Error(
    "The PostgreSQL store is busy: a decision waited 2000 ms behind this process's others for its turn at the write lock.",
  );
  for (const [failure, said] of [
    [lockWait, /\(55P03\)\. A decision waited too long for the store's write lock: .*pg_stat_activity/],
    [busy, /write lock\. Decisions came faster than the store took them: .*pg_stat_activity/],
  ]) {
    const host = await hostWithFailingStore(() => failure);
    try {
      const written = await logged({ now: 0 }, () => post(host.base, 'votes', vote('p-limes-head', 'elg-pru')));
      assert.equal(written.length, 1);
      assert.equal(written[0].length, 1, 'one line, no stack');
      assert.match(written[0][0], said);
    } finally {
      await host.close();
    }
  }
});

test('a database refusing the connection: the host and port, never a password in a URL', async () => {
  // Node's own error for a port nothing listens on, as pg passes it on.
  const refused = await new Promise((done) =>
    import('node:net').then(({ connect }) => connect(1, '127.0.0.1').on('error', done)),
  );
  const leaked = new Error('could not connect to postgres://portal:s3cret@db.council.internal:5432/partnership');
  let failure = refused;
  const host = await hostWithFailingStore(() => failure);
  try {
    const written = await logged({ now: 0 }, async () => {
      await post(host.base, 'votes', vote('p-limes-head', 'elg-pru'));
      failure = Object.assign(leaked, { code: '08001' });
      await post(host.base, 'votes', vote('p-carew-head', 'elg-pru'));
    });
    assert.equal(written.length, 2);
    assert.ok(
      written.every((parts) => parts.length === 1 && !parts[0].includes('\n')),
      'one line each',
    );
    assert.match(
      written[0][0],
      /failed: connect ECONNREFUSED 127\.0\.0\.1:1 \(ECONNREFUSED\)\. Nothing answers at 127\.0\.0\.1:1: check/,
    );
    assert.match(
      written[1][0],
      /postgres:\/\/portal:\*\*\*@db\.council\.internal:5432\/partnership \(08001\)\. The connection to PostgreSQL failed/,
    );
    assert.doesNotMatch(written[1][0], /s3cret/);
  } finally {
    await host.close();
  }
});

test('a fault in code, not a store failure, is still written with its stack, where it is put right', async () => {
  const host = await hostWithFailingStore(() => new TypeError("Cannot read properties of undefined (reading 'seq')"));
  try {
    const written = await logged({ now: 0 }, () => post(host.base, 'votes', vote('p-limes-head', 'elg-pru')));
    assert.equal(written[0][0], 'partnership-kit/server: POST /api/votes failed:');
    assert.ok(written[0][1] instanceof TypeError && written[0][1].stack);
  } finally {
    await host.close();
  }
});
