// A store is one partnership's. A copied DATABASE_URL or SQLite path started a second partnership's host on
// the first one's store, with no complaint: where the two documents' ids matched (both made from one
// template), a vote sent to one portal was counted in the other's document. The store records the
// partnership it belongs to when a host first starts on it, and a host started with another partnership's
// document refuses to start, saying whose the store is, whose the document is, and what to do. A store an
// older release made, with no partnership recorded, is taken by the first host to start on it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { freshStore, openStore, post, startApi, storeKinds, sutton, vote } from './harness.js';

const Database = createRequire(import.meta.url)('better-sqlite3');

/** Sutton's document as another partnership's: the same ids throughout (one template), another partnership. */
const merton = {
  ...sutton,
  partnership: { ...sutton.partnership, id: 'merton-ep', name: 'Merton Education Partnership' },
};

/** The refusal of a host started with `document` on a store that belongs to `owner`. */
const refusal = (owner, document) => (said) =>
  said.includes(`belongs to partnership '${owner}'`) &&
  said.includes(`'${document.partnership.id}' (${document.partnership.name})`) &&
  /own store/.test(said) &&
  /new, empty one/.test(said);

/** Starts a host with `document` on `where`, closing it again if it starts: resolves with why it refused. */
async function refused(where, document) {
  let host;
  try {
    host = await startApi(await openStore(where), { document });
  } catch (error) {
    return error.message;
  }
  await host.close();
  return 'it started';
}

/** Forgets the partnership a store recorded, as a store an older release made has none. */
async function forgetOwner(where) {
  if (where.file) {
    const raw = new Database(where.file);
    raw.exec('DROP TABLE IF EXISTS meta');
    raw.close();
    return;
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: where.connectionString });
  await client.connect();
  await client.query("DELETE FROM pk_meta WHERE key <> 'version'");
  await client.end();
}

for (const kind of storeKinds()) {
  describe(`a store belongs to one partnership (${kind})`, { timeout: 60_000 }, () => {
    test("a host started with another partnership's document on it refuses to start", async () => {
      const where = await freshStore(kind);
      const host = await startApi(await openStore(where));
      try {
        const sent = vote('p-cognus-sd', 'elg-cognus', 'against');
        const said = await refused(where, merton);
        assert.ok(refusal('sutton-ep', merton)(said), said);
        assert.match(said, kind === 'sqlite' ? /^The SQLite store / : /^The PostgreSQL store/);
        // The partnership's own host is untouched, and takes its own votes.
        assert.equal((await post(host.base, 'votes', sent)).status, 201);
      } finally {
        await host.close();
      }
      // And starts again on its own store.
      const again = await startApi(await openStore(where));
      await again.close();
    });

    test('a store from before partnerships were recorded keeps its records, and is the first host’s', async () => {
      const where = await freshStore(kind);
      const first = await startApi(await openStore(where));
      const sent = vote('p-cognus-sd', 'elg-cognus', 'against');
      assert.equal((await post(first.base, 'votes', sent)).status, 201);
      await first.close();
      await forgetOwner(where);

      const adopted = await startApi(await openStore(where));
      try {
        assert.ok(adopted.api.document().votes.some((each) => each.id === sent.id));
      } finally {
        await adopted.close();
      }
      const said = await refused(where, merton);
      assert.ok(refusal('sutton-ep', merton)(said), said);
    });
  });
}
