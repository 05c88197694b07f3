// A PostgreSQL store opened only to be read, as copyStore's source: a council
// copying its record out of a production database with a role that may only
// SELECT. Opened as a host opens it, the copy ran CREATE TABLE IF NOT EXISTS and
// wrote the tables' version, so such a role could not open it at all (and one
// that could write, did). Now `postgresStore({ readOnly: true })` runs no DDL,
// writes nothing, reads in read-only transactions, and refuses a database
// without the store's tables, or with a newer version of them, saying so.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { freshStore, openStore, post, server, startApi, storeKinds, vote } from './harness.js';

const { copyStore, postgresStore, summariseStore } = server;
const skip = !storeKinds().includes('postgres');
const roles = [];

/** Runs `sql` as the tests' own (superuser) connection, in the store's schema when `where` names one. */
async function asOwner(sql, where = { connectionString: process.env.PK_TEST_DATABASE_URL }) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: where.connectionString });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

after(async () => {
  for (const role of roles) await asOwner(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
});

/** A role that may log in and SELECT the store's tables, nothing more; resolves with its connection string. */
async function readerOf(where) {
  const role = `reader_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  roles.push(role);
  const url = new URL(where.connectionString);
  const schema = /search_path=(\w+)/.exec(url.searchParams.get('options') ?? '')?.[1] ?? 'public';
  await asOwner(
    `CREATE ROLE ${role} LOGIN; GRANT USAGE ON SCHEMA ${schema} TO ${role}; GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
  );
  url.username = role;
  return url.href;
}

/** A PostgreSQL store holding two votes, each sent through a host. */
async function storeWithVotes() {
  const where = await freshStore('postgres');
  const host = await startApi(await openStore(where));
  for (const record of [vote('p-cognus-sd', 'elg-cognus'), vote('p-carew-head', 'elg-special', 'against')])
    assert.equal((await post(host.base, 'votes', record)).status, 201);
  await host.close();
  return where;
}

/** What the store's tables hold, every row as text, to show nothing changed. */
async function contentsOf(where) {
  const rows = await asOwner(
    `SELECT (SELECT json_agg(r ORDER BY seq) FROM pk_records r)::text AS records,
            (SELECT json_agg(m ORDER BY key) FROM pk_meta m)::text AS meta,
            (SELECT json_agg(s ORDER BY id) FROM pk_sessions s)::text AS sessions,
            (SELECT last_value FROM pk_records_seq_seq) AS seq`,
    where,
  );
  return rows.rows[0];
}

test('a role that may only SELECT copies the store out, read-only, and nothing in it changes', { skip }, async () => {
  const where = await storeWithVotes();
  const before = await contentsOf(where);
  const reader = await readerOf(where);
  const from = await postgresStore({ connectionString: reader, readOnly: true });
  const to = await openStore(await freshStore('sqlite'));
  try {
    const copy = await copyStore({ from, to });
    assert.deepEqual([copy.copied, copy.same], [2, true]);
    assert.deepEqual(await summariseStore(from), copy.from);
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
  assert.deepEqual(await contentsOf(where), before);
});

test('opened read-only, even by a role that may write, the store refuses every write', { skip }, async () => {
  const where = await storeWithVotes();
  const before = await contentsOf(where);
  // The schema given in the pool's `options`, beside a connection string without any: read-only still.
  const url = new URL(where.connectionString);
  const pool = { options: url.searchParams.get('options') };
  url.searchParams.delete('options');
  const from = await postgresStore({ connectionString: url.href, pool, readOnly: true });
  assert.equal((await from.since(0)).length, 2);
  try {
    const record = { kind: 'vote', id: 'v-not-stored', body: {} };
    const decision = { after: () => 2, catchUp: () => undefined, decide: () => ({ record, answer: 'stored' }) };
    await assert.rejects(from.append(decision), /read-only/);
    await assert.rejects(from.sessions.create('a-session', 'p-cognus-sd', Date.now() + 60_000), /read-only/);
  } finally {
    await from.close();
  }
  assert.deepEqual(await contentsOf(where), before);
  // Nor is anything copied into it: an empty store, opened read-only, as a mistaken `to`.
  const empty = await freshStore('postgres');
  await (await openStore(empty)).close();
  const to = await postgresStore({ ...empty, readOnly: true });
  const source = await openStore(await freshStore('sqlite'));
  try {
    await source.append({
      after: () => 0,
      catchUp: () => undefined,
      decide: () => ({ record: { kind: 'vote', id: 'v-copied', body: {} }, answer: 'stored' }),
    });
    await assert.rejects(copyStore({ from: source, to }), /read-only/);
    assert.equal((await summariseStore(to)).records, 0);
  } finally {
    await Promise.all([to.close(), source.close()]);
  }
});

test('a database without the store’s tables is refused read-only, and none are created', { skip }, async () => {
  const where = await freshStore('postgres');
  await assert.rejects(
    postgresStore({ ...where, readOnly: true }),
    /The PostgreSQL store \(database postgres on 127\.0\.0\.1\) has no partnership-kit tables \(pk_records, pk_sessions\)/,
  );
  const tables = await asOwner('SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()', where);
  assert.equal(tables.rows[0].n, 0);
});

test('tables a newer partnership-kit wrote are refused read-only too', { skip }, async () => {
  const where = await storeWithVotes();
  await asOwner("UPDATE pk_meta SET value = '99' WHERE key = 'version'", where);
  await assert.rejects(postgresStore({ ...where, readOnly: true }), /written by a newer partnership-kit.*version 99/);
});

test('tables from before versions were kept (no pk_meta) are read as they stand', { skip }, async () => {
  const where = await storeWithVotes();
  await asOwner('DROP TABLE pk_meta', where);
  const from = await postgresStore({ connectionString: await readerOf(where), readOnly: true });
  try {
    assert.equal((await summariseStore(from)).records, 2);
  } finally {
    await from.close();
  }
});
