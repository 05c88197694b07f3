/**
 * A SQLite store opened only to be read (`sqliteStore({ file, readOnly: true })`, as `copyStore`'s source):
 * nothing is written to the file or beside it, so a process that may only read it (a file handed over
 * read-only, a read-only mount) can copy from it, and the copy leaves no trace in a host's folder.
 */
import type { Database } from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';

/** better-sqlite3's constructor: a file's path, or a database's bytes to hold in memory. */
export type OpenSqlite = (file: string | Buffer, options?: object) => Database;

/**
 * Opens `file` read-only: in place while a host has it open, else a copy of its bytes held in memory (a
 * partnership's year of records is a few MB). Throws when it is missing (a mistyped path is not created
 * empty) or cannot be read.
 */
export function openForReading(open: OpenSqlite, file: string, timeout: number): Database {
  if (!existsSync(file)) throw new Error('there is no file at that path (a store opened to be read is not created).');
  // A host has the file open (or stopped without closing it): its latest records may be only in the -wal,
  // which SQLite reads through the -shm beside it. Read in place, so what the host stores meanwhile is seen.
  if (existsSync(`${file}-wal`)) return open(file, { readonly: true, fileMustExist: true, timeout });
  // No host has it open, and the file holds every record. SQLite would still make a -wal and a -shm to read a
  // WAL-mode file in place, which fails on a read-only mount, and a read-only connection leaves them behind,
  // owned by whoever copied, where the host's user may not write them: its bytes are read into memory instead.
  const bytes = readFileSync(file);
  // Bytes 18 and 19 say a file is in WAL mode (2), which a database in memory cannot be; 1, its rollback
  // journal, changes nothing of what it holds.
  if (bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  return open(bytes, { readonly: true });
}
