/**
 * The SQLite store's tables as rows, for `copyStore`: read in order, and written with each record's seq kept,
 * under the same write lock (`BEGIN IMMEDIATE`) as a host's decisions.
 */
import type { Database } from 'better-sqlite3';
import { whenFree } from './sqlite-busy.js';
import { notWhereLeft, type SessionRow, type StoredRow, type StoreTables } from './store.js';

export function sqliteTables(db: Database, where: string, busyTimeout: number, checkFile: () => void): StoreTables {
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
  };
}
