// Two host processes on one PostgreSQL database, the second reaching it
// through a TCP proxy that then drops its open connections without a word,
// as a firewall's idle timeout between machines does: no FIN, no reset, no
// data. New connections still get through. The second process must notice,
// listen again, and serve the first one's records; before, it kept serving
// the meeting as it stood, its live streams' heartbeats telling pages all
// was well.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, startApi, storeKinds, vote } from './harness.js';
import { postgresProxy } from './tcp-proxy.js';

async function until(condition, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const postgres = storeKinds().includes('postgres');

describe('a process whose PostgreSQL connections a network dropped without a word', { skip: !postgres }, () => {
  // The proxy first: the silenced connections end, so the second process's pool can close.
  const closing = [];
  after(async () => {
    for (const close of closing) await close();
  });

  test('listens again and serves the other process’s records', { timeout: 60_000 }, async () => {
    const where = await freshStore('postgres');
    const proxy = await postgresProxy(where.connectionString);
    closing.unshift(() => proxy.close());

    const a = await startApi(await openStore(where));
    closing.push(() => a.close());
    const bStore = await openStore({
      connectionString: proxy.via,
      listenerCheckMs: 200,
      pool: { query_timeout: 1_000 },
    });
    const troubles = [];
    const b = await startApi(bStore, { onStoreError: (error) => troubles.push(error) });
    closing.push(() => b.close());
    const seen = (id) => b.api.document().votes.some((v) => v.id === id);

    const first = vote('p-carew-head', 'elg-special');
    assert.equal((await post(a.base, 'votes', first)).status, 201);
    assert.ok(await until(() => seen(first.id), 5_000), 'B hears A’s first vote');

    proxy.silence();
    const second = vote('p-carew-head', 'elg-special', 'against', { cast: '2019-12-10T16:29:30+00:00' });
    assert.equal((await post(a.base, 'votes', second)).status, 201);
    assert.ok(await until(() => seen(second.id), 15_000), 'B hears A’s vote made after its connections went silent');
    assert.ok(troubles.length > 0, 'the lost listening connection is told to the operator');
  });
});
