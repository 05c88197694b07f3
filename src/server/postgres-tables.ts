/**
 * The PostgreSQL store's tables as rows, for `copyStore`: read in order, and written with each record's seq
 * kept, under the advisory lock a host's decisions take. The seq sequence is moved past the last row copied:
 * left behind, it would give a host's next record a seq the table holds, and every record would fail.
 */
import type { Pool } from 'pg';
import { CHANNEL, underWriteLock } from './postgres-transaction.js';
import { notWhereLeft, type SessionRow, type StoredRow, type StoreTables } from './store.js';

interface Row extends Omit<StoredRow, 'seq'> {
  seq: string;
}

export function postgresTables(pool: Pool, where: string, readOnly: boolean): StoreTables {
  return {
    where,
    rows: async (after, limit) =>
      (
        await pool.query<Row>('SELECT seq, kind, id, body FROM pk_records WHERE seq > $1 ORDER BY seq LIMIT $2', [
          after,
          limit,
        ])
      ).rows.map((row) => ({ ...row, seq: Number(row.seq) })),
    sessions: async (now) =>
      (
        await pool.query<{ id: string; person: string; expires: string }>(
          'SELECT id, person, expires FROM pk_sessions WHERE expires > $1',
          [now],
        )
      ).rows.map((row) => ({ ...row, expires: Number(row.expires) })),
    put: (after, rows, sessions) => underWriteLock(pool, (client) => put(client, where, after, rows, sessions)),
    owner: async (partnership) =>
      (readOnly ? await recordedOwner(pool) : await takenOwner(pool, partnership)) ?? partnership,
    recordedOwner: () => recordedOwner(pool),
  };
}

const OWNER = "SELECT value FROM pk_meta WHERE key = 'partnership'";

/** The partnership the store records; undefined when it has none, or no pk_meta (tables from before versions). */
async function recordedOwner(pool: Pool): Promise<string | undefined> {
  const meta = await pool.query<{ meta: string | null }>("SELECT to_regclass('pk_meta') AS meta");
  if (!meta.rows[0]?.meta) return undefined;
  return (await pool.query<{ value: string }>(OWNER)).rows[0]?.value;
}

/**
 * The store's owner, recorded first when it has none: new tables, or those an older release made, whose
 * records are taken for the first partnership's to start a host on it. Of two hosts starting at once, the
 * first to insert owns it, and the other reads that.
 */
async function takenOwner(pool: Pool, partnership: string): Promise<string | undefined> {
  await pool.query("INSERT INTO pk_meta (key, value) VALUES ('partnership', $1) ON CONFLICT (key) DO NOTHING", [
    partnership,
  ]);
  return (await pool.query<{ value: string }>(OWNER)).rows[0]?.value;
}

type Client = Parameters<Parameters<typeof underWriteLock>[1]>[0];

async function put(client: Client, where: string, after: number, rows: StoredRow[], sessions: SessionRow[]) {
  const found = Number(
    (await client.query<{ last: string }>('SELECT coalesce(max(seq), 0) AS last FROM pk_records')).rows[0]?.last,
  );
  if (found !== after) throw notWhereLeft(where, after, found);
  const column = <K extends keyof StoredRow>(name: K) => rows.map((row) => row[name]);
  await client.query(
    'INSERT INTO pk_records (seq, kind, id, body) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])',
    [column('seq'), column('kind'), column('id'), column('body')],
  );
  const last = rows.at(-1)?.seq;
  if (last !== undefined) {
    await client.query("SELECT setval(pg_get_serial_sequence('pk_records', 'seq'), $1)", [last]);
    // A host already running on this store reads the copied records now, not at its next check.
    await client.query('SELECT pg_notify($1, $2)', [CHANNEL, String(last)]);
  }
  await client.query(
    'INSERT INTO pk_sessions (id, person, expires) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[]) ON CONFLICT (id) DO NOTHING',
    [sessions.map((s) => s.id), sessions.map((s) => s.person), sessions.map((s) => s.expires)],
  );
}

/** "The PostgreSQL store (database sutton on db.example)": its name for people, without the password. */
export const postgresWhere = (connectionString: string | undefined): string =>
  `The PostgreSQL store${named(connectionString)}`;

/** " (database sutton on db.example)", from the connection string, its password left out; "" when it has none. */
function named(connectionString: string | undefined): string {
  try {
    const url = new URL(connectionString ?? '');
    const database = decodeURIComponent(url.pathname.slice(1));
    return ` (${database ? `database ${database} on ` : ''}${url.hostname || 'the local socket'})`;
  } catch {
    return '';
  }
}
