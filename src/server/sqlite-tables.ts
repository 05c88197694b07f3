/**
 * The SQLite store's tables as rows, for `copyStore`: read in order, and written with each record's seq kept,
 * under the same write lock (`BEGIN IMMEDIATE`) as a host's decisions.
 */
import type { Database } from 'better-sqlite3';
import { whenFree } from './sqlite-busy.js';
import { notWhereLeft, type SessionRow, type StoredRow, type StoreTables } from './store.js';

/** How the store was opened, for its tables. */
export interface SqliteOpened {
  where: string;
  busyTimeout: number;
  /** Throws when the file at the store's path is no longer the one open. */
  checkFile: () => void;
  readOnly: boolean;
}

export function sqliteTables(db: Database, { where, busyTimeout, checkFile, readOnly }: SqliteOpened): StoreTables {
  const rows = db.prepare<[number, number], StoredRow>(
    'SELECT seq, kind, id, body FROM records WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const sessions = db.prepare<[number], SessionRow>('SELECT id, person, expires FROM sessions WHERE expires > ?');
  const last = db.prepare<[], { last: number }>('SELECT coalesce(max(seq), 0) AS last FROM records');
  // AUTOINCREMENT keeps the highest seq ever given in sqlite_sequence, so a host's next record follows the copy's.
  const insert = db.prepare<[number, string, string, string]>(
    'INSERT INTO records (seq, kind, id, body) VALUES (?, ?, ?, ?)',
  );
  const addSession = db.prepare<[string, string, number]>(
    'INSERT OR IGNORE INTO sessions (id, person, expires) VALUES (?, ?, ?)',
  );
  const put = db.transaction((after: number, records: StoredRow[], kept: SessionRow[]) => {
    const found = last.get()?.last ?? 0;
    if (found !== after) throw notWhereLeft(where, after, found);
    for (const row of records) insert.run(row.seq, row.kind, row.id, row.body);
    for (const session of kept) addSession.run(session.id, session.person, session.expires);
  });
  return {
    where,
    rows: async (after, limit) => rows.all(after, limit),
    sessions: async (now) => sessions.all(now),
    put: (after, records, kept) => whenFree(() => (checkFile(), put.immediate(after, records, kept)), busyTimeout),
    owner: readOnly ? async (partnership) => recordedOwner(db) ?? partnership : ownerTaker(db, busyTimeout, checkFile),
    recordedOwner: async () => recordedOwner(db),
  };
}

/** The partnership the file records; undefined when it has none, or no table for it (an older release's file). */
function recordedOwner(db: Database): string | undefined {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!table) return undefined;
  return db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'partnership'").get()?.value;
}

/**
 * The store's owner, recorded first when it has none: a new file, or one an older release made, whose
 * records are taken for the first partnership's to start a host on it. Under the write lock, so that two
 * hosts starting at once do not each take the file for theirs.
 */
function ownerTaker(db: Database, busyTimeout: number, checkFile: () => void): StoreTables['owner'] {
  const take = db.prepare<[string]>("INSERT OR IGNORE INTO meta (key, value) VALUES ('partnership', ?)");
  const taken = db.transaction((partnership: string) => {
    take.run(partnership);
    return recordedOwner(db) ?? partnership;
  });
  return (partnership) => whenFree(() => (checkFile(), taken.immediate(partnership)), busyTimeout);
}
