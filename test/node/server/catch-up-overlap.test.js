// Two catch-ups at once: a load balancer's health probe (`GET /api/health`
// reads the store) while the store's watch reads what another process stored
// (on PostgreSQL, a notification; on SQLite, the poll). Both read from the same
// last seq, and both got the same records back. The ledger applies a record
// once, so the live stream carried it once; but the warning naming a stored
// record the document lacks was written once for each catch-up under way, and
// the operator read of the same record twice, as if twice stored (up to five
// times here). Now one catch-up runs at a time (the others wait for it, then
// share one more read), and each record is reported once, whichever read
// applied it: one a vote's decision read first, under the write lock, had never
// been reported at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openEvents } from './event-stream.js';
import { freshStore, openStore, post, server, startApi, storeKinds, vote } from './harness.js';

/** The store, its reads held while `held.gate` is set, and the listener the host gave its watch. */
async function heldStore(where) {
  const store = await openStore(where);
  const held = { gate: undefined, reads: 0, wake: () => undefined };
  const wrapped = Object.assign(Object.create(store), {
    since: async (seq) => {
      held.reads += 1;
      await held.gate;
      return store.since(seq);
    },
    watch: (listener, onTrouble) => {
      held.wake = listener;
      return store.watch(listener, onTrouble);
    },
  });
  return { store: wrapped, held };
}

/** A record the host's document has nothing for, as another process on another document stored it. */
const elsewhere = {
  kind: 'vote',
  id: 'v-for-another-document',
  body: { id: 'v-for-another-document', proposal: 'not-in-this-document', seat: 'elg-cognus', by: 'p-cognus-sd' },
};

for (const kind of storeKinds()) {
  test(`${kind}: a health probe and the watch catching up at once report each record once`, async () => {
    const where = await freshStore(kind);
    const { store, held } = await heldStore(where);
    const host = await startApi(store);
    const other = await startApi(await openStore(where)); // another process
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(String(message));
    const stream = await openEvents(host.base, { person: 'p-cognus-sd' });
    try {
      let release;
      held.gate = new Promise((done) => (release = done));
      held.reads = 0;
      const sent = vote('p-carew-head', 'elg-special');
      assert.equal((await post(other.base, 'votes', sent)).status, 201);
      await other.close(); // so that only the host under test reads, and reports, what follows
      const direct = await openStore(where);
      await direct.append({
        after: () => 1,
        catchUp: () => undefined,
        decide: () => ({ record: elsewhere, answer: 0 }),
      });
      await direct.close();

      held.wake();
      const probe = fetch(`${host.base}/api/health`);
      await new Promise((done) => setTimeout(done, 300));
      assert.equal(held.reads, 1, 'one read under way; the probe and the watch wait for it, then read once more');
      held.gate = undefined;
      release();
      assert.equal((await probe).status, 200);
      await host.api.catchUp();
      await new Promise((done) => setTimeout(done, 300));

      const records = stream.events.filter((event) => event.event === 'record').map((event) => event.data.record.id);
      // The record the document lacks is not sent at all (rolling-upgrade.test.js): no page could apply it.
      assert.deepEqual(records, [sent.id], 'the vote reached the live stream once');
      const named = warnings.filter((message) => message.includes('v-for-another-document'));
      assert.equal(named.length, 1, `the record the document lacks was reported once, not:\n${named.join('\n')}`);
    } finally {
      console.warn = warn;
      stream.close();
      await host.close();
    }
  });
}

test('a record the document lacks, first read under the write lock by a vote, is reported too', async () => {
  const where = await freshStore('sqlite');
  // The poll is slow, so the vote's decision is what reads the other process's record.
  const host = await startApi(await server.sqliteStore({ file: where.file, pollInterval: 60_000 }));
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(String(message));
  try {
    const direct = await openStore(where);
    await direct.append({ after: () => 0, catchUp: () => undefined, decide: () => ({ record: elsewhere, answer: 0 }) });
    await direct.close();
    assert.equal((await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'))).status, 201);
    assert.equal(host.api.document().votes.length > 0, true);
    await host.api.catchUp();
    assert.equal(warnings.filter((message) => message.includes('v-for-another-document')).length, 1);
  } finally {
    console.warn = warn;
    await host.close();
  }
});
