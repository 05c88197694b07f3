// A PostgreSQL connection lost while a vote is being decided: the database
// restarted (pg_ctl restart -m fast), a failover, or pg_terminate_backend.
// pg rejects the query under way and then emits 'error' on the connection,
// which the pool does not listen to while the connection is checked out: the
// host process ended, every member's page with it, mid-meeting. The vote must
// be answered 503 with Retry-After (the kit's outbox sends it again), and the
// vote sent again stored once. The connection is cut by a proxy, so the
// shared test database is not restarted.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, startApi, storeKinds, vote } from './harness.js';
import { postgresProxy } from './tcp-proxy.js';

const postgres = storeKinds().includes('postgres');

describe('a PostgreSQL connection lost while a vote is decided', { skip: !postgres }, () => {
  const closing = [];
  after(async () => {
    for (const close of closing) await close();
  });

  test('is answered 503 with Retry-After, the host stays up, and the vote sent again is stored once', async () => {
    const where = await freshStore('postgres');
    const proxy = await postgresProxy(where.connectionString);
    closing.unshift(() => proxy.close());
    const store = await openStore({ connectionString: proxy.via });
    const errors = [];
    const host = await startApi(store, { onError: (error) => errors.push(error) });
    closing.push(() => host.close());

    // A decision's first query: its connection is lost as the decision begins.
    proxy.cutAt('pg_advisory_xact_lock');
    const sent = vote('p-carew-head', 'elg-special');
    const response = await fetch(`${host.base}/api/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sent.id, 'x-person': sent.by },
      body: JSON.stringify(sent),
    });
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '5');
    assert.equal((await response.json()).record, undefined, 'no record named: the outbox keeps the vote');
    assert.equal(errors.length, 1, 'the operator is told');

    assert.equal((await post(host.base, 'votes', sent)).status, 201, 'sent again, it is stored');
    assert.equal((await post(host.base, 'votes', sent)).status, 200, 'and a third time, it is the stored one');
    const stored = (await store.since(0)).filter((record) => record.id === sent.id);
    assert.equal(stored.length, 1);
  });
});

describe('PostgreSQL that takes connections and never answers them (a failover under way)', { skip: !postgres }, () => {
  const closing = [];
  after(async () => {
    for (const close of closing) await close();
  });

  test(
    'a vote is answered 503 in time for the outbox, and once it answers, every process hears of it',
    { timeout: 60_000 },
    async () => {
      const where = await freshStore('postgres');
      const proxy = await postgresProxy(where.connectionString);
      closing.unshift(() => proxy.close());
      const a = await startApi(await openStore(where));
      closing.push(() => a.close());
      const b = await startApi(await openStore({ connectionString: proxy.via }), {
        onError: () => {},
        onStoreError: () => {},
      });
      closing.push(() => b.close());

      proxy.stall();
      const sent = vote('p-carew-head', 'elg-special');
      const started = Date.now();
      const response = await fetch(`${b.base}/api/votes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sent.id, 'x-person': sent.by },
        body: JSON.stringify(sent),
        // The kit's outbox waits 15 s for an answer (SEND_TIMEOUT_MS).
        signal: AbortSignal.timeout(15_000),
      }).catch((error) => error);
      assert.equal(response.status, 503, `answered within the outbox's 15 s: ${response}`);
      assert.ok(Date.now() - started < 15_000);

      proxy.flow();
      assert.equal((await post(b.base, 'votes', sent)).status, 201, 'sent again once it answers, it is stored');
      const fromA = vote('p-limes-head', 'elg-pru');
      assert.equal((await post(a.base, 'votes', fromA)).status, 201);
      const heard = async () => b.api.document().votes.some((v) => v.id === fromA.id);
      const end = Date.now() + 30_000;
      while (!(await heard()) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.ok(await heard(), 'B listens again and hears the vote A stored');
    },
  );
});
