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
