/**
 * The embedded store: one SQLite file (better-sqlite3 12), in WAL mode with
 * `synchronous=FULL`, so an acknowledged record survives a crash or a power
 * cut. Several processes may share the file: each decision takes SQLite's
 * write lock (`BEGIN IMMEDIATE`) and first reads what the others appended.
 */
import type { Database, Statement } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadOptional } from './optional-peer.js';
import { openForReading, type OpenSqlite } from './sqlite-read-only.js';
import { whenFree } from './sqlite-busy.js';
import { sqliteTables } from './sqlite-tables.js';
import {
  checkStoreVersion,
  STORE_VERSION,
  storeTables,
  appendedAlone,
  type Decision,
  type JointDecision,
  type SessionStore,
  type Store,
  type StoredRecord,
} from './store.js';

export interface SqliteStoreOptions {
  /** The database file, created when missing. */
  file: string;
  /** How long a decision waits for another process's write lock, in ms, in all. */
  busyTimeout?: number;
  /** How often to look for records other processes appended, in ms. */
  pollInterval?: number;
  /**
   * Opens the store only to read it, as `copyStore`'s source or for `summariseStore`: nothing is written to
   * the file or beside it (no -wal, no -shm), so a file the process may only read, or one on a read-only
   * mount, can be copied from. A missing file is refused rather than created. A host cannot store records in
   * it. Default false.
   */
  readOnly?: boolean;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (kind, id)
  );
  CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    person TEXT NOT NULL,
    expires INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );`;

interface Row {
  seq: number;
  kind: StoredRecord['kind'];
  id: string;
  body: string;
}

/** How long one try waits in SQLite's own (blocking) busy handler. */
const BUSY_SLICE_MS = 25;

const toRecord = (row: Row): StoredRecord => ({ ...row, body: JSON.parse(row.body) as StoredRecord['body'] });

/**
 * Opens (or creates) a SQLite store.
 *
 * @example
 * const store = await sqliteStore({ file: 'data/partnership.db' });
 */
export async function sqliteStore(options: SqliteStoreOptions): Promise<Store> {
  checkFileGiven(options.file);
  const { default: open } = await loadOptional<{ default: OpenSqlite }>('better-sqlite3', 'the SQLite store');
  const where = `The SQLite store ${options.file}`;
  // SQLite's own busy wait blocks the event loop (every request and live stream of this process), so it
  // waits only briefly; `append` waits out a longer lock between tries, with the event loop free.
  let db: Database;
  try {
    db = options.readOnly
      ? openForReading(open, options.file, BUSY_SLICE_MS)
      : open(options.file, { timeout: BUSY_SLICE_MS });
  } catch (error) {
    throw notOpened(options.file, error);
  }
  const busyTimeout = options.busyTimeout ?? 15_000;
  try {
    await whenFree(() => (options.readOnly ? checkVersion(db, where) : prepare(db, where)), busyTimeout);
    const checkFile = fileKeeper(db);
    const store = new SqliteStore(db, options.pollInterval ?? 200, busyTimeout, checkFile);
    storeTables.set(store, sqliteTables(db, { where, busyTimeout, checkFile, readOnly: options.readOnly ?? false }));
    return store;
  } catch (error) {
    db.close();
    throw notOpened(options.file, error);
  }
}

/**
 * Refuses a store with no file: better-sqlite3 takes a missing or empty path (`file: process.env.DB_FILE`,
 * unset) for a temporary database deleted when the host stops, and every record acknowledged to a member would
 * be gone at the next restart, with nothing said. `':memory:'`, written out, is a choice, and is kept.
 */
function checkFileGiven(file: unknown): void {
  if (typeof file === 'string' && file.trim() !== '') return;
  throw new Error(
    `The SQLite store needs a file: give sqliteStore({ file }) the path of the database file, like 'data/partnership.db' (created when missing). It was given ${file === '' ? "''" : String(file)}, which SQLite would take for a temporary database, deleted with every record when the host stops.`,
  );
}

/** Puts the file in WAL mode, with every change synced, and makes its tables as this version keeps them. */
function prepare(db: Database, where: string): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.transaction(() => {
    db.exec(SCHEMA);
    const found = checkVersion(db, where);
    if (found < STORE_VERSION) db.pragma(`user_version = ${STORE_VERSION}`);
  }).immediate();
}

/** The version of the file's tables; throws when a newer partnership-kit wrote them. */
function checkVersion(db: Database, where: string): number {
  const found = db.pragma('user_version', { simple: true }) as number;
  checkStoreVersion(found, where);
  return found;
}

/**
 * SQLite's reasons ("file is not a database", "attempt to write a readonly database") do not say which file: a
 * host that will not start names it, for the operator.
 */
function notOpened(file: string, error: unknown): unknown {
  if (!(error instanceof Error) || error.message.includes(file)) return error;
  return new Error(`The SQLite store ${file} could not be opened: ${error.message}`, { cause: error });
}

/**
 * Throws when the file at the store's path is no longer the one it opened (deleted, or a backup moved over it).
 * SQLite goes on writing to the file it has open, which no one can open again: every record acknowledged from
 * then on would be gone when the host restarts, and a member's device, told it was stored, would not send it again.
 */
function fileKeeper(db: Database): () => void {
  if (db.memory) return () => undefined;
  // From the folder the host started in: a process that changes its folder later still checks the same file.
  const path = resolve(db.name);
  const identity = (): string | undefined => {
    try {
      const { dev, ino } = statSync(path);
      return `${dev}:${ino}`;
    } catch {
      return undefined;
    }
  };
  const opened = identity();
  return () => {
    if (identity() === opened) return;
    throw new Error(
      `The SQLite store ${path} was deleted or replaced while the host ran. Nothing is stored until the host restarts (members' devices keep what they send, and send it again): restore the file from a backup if it was deleted, then restart the host to open the file at that path.`,
    );
  };
}

class SqliteStore implements Store {
  private readonly sinceQuery: Statement<[number], Row>;
  private readonly insert: Statement<[string, string, string]>;
  readonly sessions: SessionStore;
  /** The last write this process queued: the next waits for it. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly pollInterval: number,
    private readonly busyTimeout: number,
    /** Throws when the file at the store's path is no longer the one open. */
    private readonly checkFile: () => void,
  ) {
    this.sinceQuery = db.prepare('SELECT seq, kind, id, body FROM records WHERE seq > ? ORDER BY seq');
    this.insert = db.prepare('INSERT INTO records (kind, id, body) VALUES (?, ?, ?)');
    this.sessions = sqliteSessions(db, busyTimeout, checkFile);
  }

  async since(seq: number): Promise<StoredRecord[]> {
    return this.sinceQuery.all(seq).map(toRecord);
  }

  append<T>(decision: Decision<T>): Promise<{ answer: T; seq: number | null }> {
    return appendedAlone((joint: JointDecision<T>) => this.appendTogether(joint), decision);
  }

  appendTogether<T>(decision: JointDecision<T>): Promise<{ answer: T; seqs: number[] }> {
    const decide = this.db.transaction(() => {
      decision.catchUp(this.sinceQuery.all(decision.after()).map(toRecord));
      const { records, answer } = decision.decide();
      const stored = records.map((record) => this.insert.run(record.kind, record.id, JSON.stringify(record.body)));
      return { answer, seqs: stored.map(({ lastInsertRowid }) => Number(lastInsertRowid)) };
    });
    // One write of this process at a time waits for the lock: many waiting at once each held the event loop
    // for a busy slice per try, and a meeting's votes queued behind one another's retries.
    const written = this.writes.then(async () => {
      // A commit is synchronous (its fsync holds the event loop), and the queued writes followed one another as
      // promise callbacks, which never let the loop turn: a burst of votes held every other request (the health
      // probe, the document, the live streams) until the last was committed. A turn of the loop before each
      // lets them in between, and the records sent meanwhile join the next (decided-together.ts); each write is
      // still answered only once committed.
      await new Promise((turn) => setImmediate(turn));
      this.checkFile();
      return whenFree(() => decide.immediate(), this.busyTimeout);
    });
    this.writes = written.catch(() => undefined);
    return written;
  }

  /** SQLite cannot notify another process: `data_version` changes when another connection commits. */
  watch(listener: () => void, onTrouble: (error: unknown) => void = () => undefined): () => void {
    let version = this.dataVersion();
    /** The file was found gone at the last tick: told once, not five times a second. */
    let fileGone = false;
    const timer = setInterval(() => {
      // A read that fails (a disk error) is told, and tried again at the next tick: thrown here, it would end the process.
      let now: number;
      try {
        now = this.dataVersion();
      } catch (error) {
        return onTrouble(error);
      }
      try {
        this.checkFile();
        fileGone = false;
      } catch (error) {
        if (!fileGone) onTrouble(error);
        fileGone = true;
      }
      if (now !== version) {
        version = now;
        listener();
      }
    }, this.pollInterval);
    timer.unref();
    // Whatever another process committed since the host last read the log is read now.
    queueMicrotask(listener);
    return () => clearInterval(timer);
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function sqliteSessions(db: Database, busyTimeout: number, checkFile: () => void): SessionStore {
  const insert = db.prepare<[string, string, number]>('INSERT INTO sessions (id, person, expires) VALUES (?, ?, ?)');
  const find = db.prepare<[string, number], { person: string }>(
    'SELECT person FROM sessions WHERE id = ? AND expires > ?',
  );
  const remove = db.prepare<[string, number]>('DELETE FROM sessions WHERE id = ? OR expires <= ?');
  return {
    // A session started in a file no longer at its path would end with the host's next restart.
    create: (id, person, expires) => whenFree(() => (checkFile(), void insert.run(id, person, expires)), busyTimeout),
    person: (id, now) => whenFree(() => find.get(id, now)?.person ?? null, busyTimeout),
    end: (id, now) => whenFree(() => void remove.run(id, now), busyTimeout),
  };
}
