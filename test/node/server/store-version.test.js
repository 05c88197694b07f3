// A store keeps the version of its tables. A process meeting a store that a
// newer partnership-kit wrote (a rolling upgrade of several machines, a backup
// restored under an older release) refuses to start, saying what to do,
// rather than write to tables it does not know. A store from before versions
// were kept opens, its records intact, and is marked version 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { freshStore, openStore, storeKinds } from './harness.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
const newer = /written by a newer partnership-kit \(its tables are version 99; this one knows up to 1\)/;

test('SQLite: a new store is version 1; one a newer kit wrote is refused; an unversioned one opens', async () => {
  const where = await freshStore('sqlite');
  const store = await openStore(where);
  await store.close();
  const raw = new Database(where.file);
  assert.equal(raw.pragma('user_version', { simple: true }), 1);

  raw.pragma('user_version = 99');
  raw.close();
  await assert.rejects(openStore(where), (error) => newer.test(error.message) && error.message.includes(where.file));

  const old = new Database(where.file);
  old.pragma('user_version = 0');
  old.prepare("INSERT INTO records (kind, id, body) VALUES ('vote', 'v1', '{}')").run();
  old.close();
  const reopened = await openStore(where);
  assert.deepEqual(
    (await reopened.since(0)).map((r) => r.id),
    ['v1'],
  );
  await reopened.close();
  const stamped = new Database(where.file);
  assert.equal(stamped.pragma('user_version', { simple: true }), 1);
  stamped.close();
});

test('PostgreSQL: a store a newer kit wrote is refused', { skip: !storeKinds().includes('postgres') }, async () => {
  const where = await freshStore('postgres');
  const store = await openStore(where);
  await store.close();
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: where.connectionString });
  await client.connect();
  assert.deepEqual((await client.query("SELECT value FROM pk_meta WHERE key = 'version'")).rows, [{ value: '1' }]);
  await client.query("UPDATE pk_meta SET value = '99' WHERE key = 'version'");
  await client.end();
  await assert.rejects(openStore(where), (error) => newer.test(error.message));
});
