// What the reference host's store holds, read straight from its SQLite file
// (read-only, beside the running host): the tests' view of durable storage.
import Database from 'better-sqlite3';
import { join } from 'node:path';

const LISTS = { vote: 'votes', attendance: 'attendance', action: 'actionChanges' };

/** The records stored for `partnership` in `dataDir`, by kind: `{ votes, attendance, actionChanges }`. */
export function storedRecords(dataDir, partnership = 'sutton') {
  const db = new Database(join(dataDir, `${partnership}.db`), { readonly: true, fileMustExist: true });
  try {
    const stored = { votes: [], attendance: [], actionChanges: [] };
    for (const row of db.prepare('SELECT kind, body FROM records ORDER BY seq').all()) {
      stored[LISTS[row.kind]].push(JSON.parse(row.body));
    }
    return stored;
  } finally {
    db.close();
  }
}
