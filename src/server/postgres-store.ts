/**
 * The store for hosts on several machines: PostgreSQL through `pg`. Each
 * decision holds a transaction-scoped advisory lock, so processes decide one
 * at a time (a process's records sent together in one: decided-together.ts)
 * and each first reads what the others appended. A commit
 * notifies the channel `pk_records` with the new seq (LISTEN/NOTIFY carries
 * little and is lost while no one listens, so a listener only takes it as a
 * cue to read the log from the last seq it applied).
 */
import type { Pool, PoolClient, Client, PoolConfig } from 'pg';
import { loadOptional } from './optional-peer.js';
import { CHANNEL, underWriteLock } from './postgres-transaction.js';
import { listenForCommits } from './postgres-listening.js';
import { decisionsInTurn } from './decisions-in-turn.js';
import { checkReadable, readOnlyConfig } from './postgres-read-only.js';
import { postgresTables, postgresWhere } from './postgres-tables.js';
import {
  checkStoreVersion,
  STORE_VERSION,
  storeTables,
  appendedAlone,
  type Decision,
  type JointDecision,
  type NewRecord,
  type SessionStore,
  type Store,
  type StoredRecord,
} from './store.js';

/**
 * Options for pg's Pool (its `PoolConfig`: `max`, `ssl`, `idleTimeoutMillis`…), typed loosely here so that the
 * kit's types name nothing of `pg`: a portal on SQLite, without `pg` or `@types/pg`, still type-checks.
 */
export type PostgresPoolOptions = Readonly<Record<string, unknown>>;

export interface PostgresStoreOptions {
  /** `postgres://user@host:port/database`; default `DATABASE_URL`. */
  connectionString?: string;
  /**
   * Passed to pg's Pool (and the listening connection), beside the connection string. By default connections
   * use TCP keep-alive, a query gets no answer for 30 s fails (`query_timeout`), so a connection a network
   * dropped without a word is given up rather than waited on for ever, and so does a connection not made
   * within 10 s (`connectionTimeoutMillis`): during a failover, an address with no database behind it yet can
   * take a connection and never answer, and a vote waiting on it would outlast the outbox's 15 s.
   */
  pool?: PostgresPoolOptions;
  /**
   * How often the connection that LISTENs is checked, in ms (default 5 s): a check unanswered by the next one
   * means the network dropped it, and it is made again. Each answered check also reads the log, so a
   * notification lost on the way delays another process's record on this one's pages by at most this long.
   */
  listenerCheckMs?: number;
  /**
   * Opens the store only to read it, as `copyStore`'s source or for `summariseStore`: no table is created and
   * nothing written, so a role that may only SELECT its tables can copy from it, and every query runs in a
   * read-only transaction, so nothing can write through it. A database without the store's tables (the wrong
   * database or schema) is refused rather than given them. A host cannot store records in it. Default false.
   */
  readOnly?: boolean;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS pk_records (
    seq BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (kind, id)
  );
  CREATE TABLE IF NOT EXISTS pk_sessions (
    id TEXT PRIMARY KEY,
    person TEXT NOT NULL,
    expires BIGINT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS pk_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );`;

/** The body is JSON text, as in the SQLite store: JSONB would refuse strings with \u0000, which `ext` may hold. */
interface Row {
  seq: string;
  kind: StoredRecord['kind'];
  id: string;
  body: string;
}

type Pg = { Pool: new (config: PoolConfig) => Pool; Client: new (config: PoolConfig) => Client };

const toRecord = (row: Row): StoredRecord => ({
  ...row,
  seq: Number(row.seq),
  body: JSON.parse(row.body) as StoredRecord['body'],
});

/**
 * Connects to PostgreSQL and creates the tables when missing (unless `readOnly`).
 *
 * @example
 * const store = await postgresStore({ connectionString: process.env.DATABASE_URL });
 * const source = await postgresStore({ connectionString: process.env.READER_URL, readOnly: true }); // to copy out
 */
export async function postgresStore(options: PostgresStoreOptions = {}): Promise<Store> {
  const connectionString = options.connectionString ?? process.env.DATABASE_URL;
  checkConnectionString(connectionString);
  const pg = await loadOptional<{ default: Pg }>('pg', 'the PostgreSQL store');
  const given: PoolConfig = {
    keepAlive: true,
    query_timeout: 30_000,
    connectionTimeoutMillis: 10_000,
    ...(options.pool as PoolConfig | undefined),
    connectionString,
  };
  const config = options.readOnly ? readOnlyConfig(given) : given;
  const pool = new pg.default.Pool(config);
  // An idle connection's error (a restart, a failover, a proxy's timeout) is the pool's to drop, not a crash.
  pool.on('error', (error) => console.warn(`partnership-kit/server: a PostgreSQL connection failed: ${error.message}`));
  const where = postgresWhere(given.connectionString);
  await (options.readOnly ? checkReadable(pool, where) : prepare(pool)).catch(async (error: unknown) => {
    await pool.end();
    throw openingFailed(error, where, Boolean(connectionString));
  });
  // A decision waits for its turn, and then for the lock, no longer than pg's pool would for a connection.
  const waitMs = config.connectionTimeoutMillis ?? 0;
  const store = new PostgresStore(pool, () => new pg.default.Client(config), options.listenerCheckMs ?? 5_000, {
    inTurn: decisionsInTurn(decidingAtOnce(config.max), waitMs),
    lockWaitMs: waitMs,
  });
  storeTables.set(store, postgresTables(pool, where, options.readOnly ?? false));
  return store;
}

/** What to do about pg's and Node's errors when a store cannot be opened, by their `code`. */
const OPENING_ADVICE: Readonly<Record<string, string>> = {
  '3D000': 'Create the database first (CREATE DATABASE, as its owner), or correct its name in the connection string.',
  '28000': 'Check the user in the connection string: PostgreSQL knows no such role, or its pg_hba.conf refuses it.',
  '28P01': 'Check the user and password in the connection string.',
  '42501':
    "Grant the host's role CREATE on the schema (a host creates the store's tables when they are missing), or open a copy's source with readOnly: true.",
  ECONNREFUSED: 'Check the host and port in the connection string, and that PostgreSQL is running and listening there.',
  ENOTFOUND: 'Check the host name in the connection string.',
  ETIMEDOUT: 'Check the host and port in the connection string, and that a firewall lets this machine reach it.',
};

/** The advice when there was no connection string to check: pg connected where its defaults say. */
const NO_CONNECTION_STRING =
  'No connection string was given and DATABASE_URL is not set, so pg tried its defaults (PGHOST, PGPORT, PGDATABASE, else this machine on port 5432): pass connectionString, or set DATABASE_URL, to postgres://user:password@host:5432/database.';

/** The schemes of the connection strings pg reads (a path from `/` is a Unix socket's folder). */
const SCHEMES = new Set(['postgres:', 'postgresql:', 'socket:']);

/**
 * Refuses a connection string that is not a PostgreSQL URL before connecting: pg reads any other text (a bare
 * `sutton`, `localhost:5432/sutton`) against a host it names `base`, and the operator was told "getaddrinfo
 * ENOTFOUND base", a name in none of their settings. The string itself is not repeated: it may hold a password.
 */
function checkConnectionString(connectionString: string | undefined): void {
  if (!connectionString || connectionString.startsWith('/')) return;
  let scheme: string | undefined;
  try {
    scheme = new URL(connectionString).protocol;
  } catch {
    scheme = undefined;
  }
  if (scheme !== undefined && SCHEMES.has(scheme)) return;
  const found = scheme === undefined ? 'is not a URL' : `begins '${scheme}', not 'postgres:'`;
  throw new Error(
    `The PostgreSQL store could not be opened: its connection string (connectionString, else DATABASE_URL) ${found}. Write it as postgres://user:password@host:5432/database.`,
  );
}

/**
 * The error a store that cannot be opened throws: pg's own ("database \"sutton\" does not exist", "connect
 * ECONNREFUSED") names neither the store nor what to do, and reached a portal's operator, or the console of
 * someone moving a store, as a bare stack. The kit's own refusals (no tables, a newer version) already name the
 * store, and pass as they are.
 */
function openingFailed(error: unknown, where: string, named: boolean): unknown {
  if (!(error instanceof Error) || error.message.startsWith('The PostgreSQL store')) return error;
  const code = (error as { code?: unknown }).code;
  const advice = !named ? NO_CONNECTION_STRING : typeof code === 'string' ? OPENING_ADVICE[code] : undefined;
  const said = error.message || (typeof code === 'string' ? code : error.name);
  return Object.assign(
    new Error(`${where} could not be opened: ${said}.${advice ? ` ${advice}` : ''}`, { cause: error }),
    {
      code,
    },
  );
}

/** Makes the store's tables as this version keeps them, when missing. */
function prepare(pool: Pool): Promise<void> {
  // Under the write lock: two processes starting at once must not both create the tables.
  return underWriteLock(pool, async (client) => {
    await client.query(SCHEMA);
    const kept = await client.query<{ value: string }>("SELECT value FROM pk_meta WHERE key = 'version'");
    const found = Number(kept.rows[0]?.value ?? 0);
    checkStoreVersion(found, 'The PostgreSQL store');
    if (found < STORE_VERSION)
      await client.query(
        "INSERT INTO pk_meta (key, value) VALUES ('version', $1) ON CONFLICT (key) DO UPDATE SET value = $1",
        [String(STORE_VERSION)],
      );
  });
}

/**
 * How many of a process's decisions may hold a connection at once: one holding the write lock and one waiting
 * for it, begun, so the next starts the moment the lock is free; never the whole pool (pg's default is 10), so
 * a read always finds a connection.
 */
const decidingAtOnce = (poolMax = 10) => Math.max(1, Math.min(DECIDING_AT_ONCE, poolMax - 1));
const DECIDING_AT_ONCE = 2;

const SINCE = 'SELECT seq, kind, id, body FROM pk_records WHERE seq > $1 ORDER BY seq';

/** `SINCE` as text, for the round trip that takes the lock (which holds no parameters): `seq` is a whole number. */
function sinceText(seq: number): string {
  if (!Number.isSafeInteger(seq))
    throw new Error(`The PostgreSQL store was asked for the log after seq ${seq}, not a whole number.`);
  return SINCE.replace('$1', String(seq));
}

/**
 * The records stored in the order given and the last seq notified to every listening process, in one statement:
 * `ORDER BY n` numbers them as they were decided, and each process reads the log in that order.
 */
const STORED_AND_NOTIFIED = `WITH stored AS (
    INSERT INTO pk_records (kind, id, body)
    SELECT kind, id, body FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS sent (kind, id, body, n)
    ORDER BY n
    RETURNING seq
  ), told AS (SELECT pg_notify($4, max(seq)::text) FROM stored)
  SELECT seq FROM stored, told ORDER BY seq`;

/** Stores `records` in one statement, returning their seqs in order. */
async function storeAll(client: PoolClient, records: NewRecord[]): Promise<number[]> {
  if (records.length === 0) return [];
  const column = (field: (record: NewRecord) => string) => records.map(field);
  const inserted = await client.query<{ seq: string }>(STORED_AND_NOTIFIED, [
    column((record) => record.kind),
    column((record) => record.id),
    column((record) => JSON.stringify(record.body)),
    CHANNEL,
  ]);
  return inserted.rows.map((row) => Number(row.seq));
}

class PostgresStore implements Store {
  readonly sessions: SessionStore;

  constructor(
    private readonly pool: Pool,
    private readonly listenerClient: () => Client,
    private readonly listenerCheckMs: number,
    private readonly waits: { inTurn: ReturnType<typeof decisionsInTurn>; lockWaitMs: number },
  ) {
    this.sessions = postgresSessions(pool);
  }

  async since(seq: number): Promise<StoredRecord[]> {
    return (await this.pool.query<Row>(SINCE, [seq])).rows.map(toRecord);
  }

  append<T>(decision: Decision<T>): Promise<{ answer: T; seq: number | null }> {
    return appendedAlone((joint: JointDecision<T>) => this.appendTogether(joint), decision);
  }

  appendTogether<T>(decision: JointDecision<T>): Promise<{ answer: T; seqs: number[] }> {
    return this.waits.inTurn(() => this.decide(decision));
  }

  /**
   * Three round trips, however many records: the lock taken and the log read after this process's last record
   * (`after()` is read as the lock is asked for: the records this process applies meanwhile are skipped when
   * caught up), the records stored with their notification, the commit. None when nothing is stored.
   */
  private decide<T>(decision: JointDecision<T>): Promise<{ answer: T; seqs: number[] }> {
    return underWriteLock<{ answer: T; seqs: number[] }, Row>(
      this.pool,
      async (client, since) => {
        decision.catchUp(since.map(toRecord));
        const { records, answer } = decision.decide();
        return { answer, seqs: await storeAll(client, records) };
      },
      { first: sinceText(decision.after()), lockWaitMs: this.waits.lockWaitMs },
    );
  }

  watch(listener: () => void, onTrouble: (error: unknown) => void = () => undefined): () => void {
    return listenForCommits({ newClient: this.listenerClient, checkMs: this.listenerCheckMs, listener, onTrouble });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function postgresSessions(pool: Pool): SessionStore {
  return {
    create: async (id, person, expires) =>
      void (await pool.query('INSERT INTO pk_sessions (id, person, expires) VALUES ($1, $2, $3)', [
        id,
        person,
        expires,
      ])),
    person: async (id, now) =>
      (await pool.query<{ person: string }>('SELECT person FROM pk_sessions WHERE id = $1 AND expires > $2', [id, now]))
        .rows[0]?.person ?? null,
    end: async (id, now) =>
      void (await pool.query('DELETE FROM pk_sessions WHERE id = $1 OR expires <= $2', [id, now])),
  };
}
