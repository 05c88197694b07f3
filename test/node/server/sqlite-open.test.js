// A host that cannot open its SQLite store says which file: SQLite's own
// reasons ("file is not a database", "Cannot open database because the
// directory does not exist") name none, and an operator restarting a host
// after a full disk or a restore had to guess which path was meant.
// And the file it opens is in WAL mode, as DESIGN.md and docs/server.md say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freshStore, server } from './harness.js';

test('a store file that is not a database is refused, naming the file and the reason', async () => {
  const { file } = await freshStore('sqlite');
  writeFileSync(file, 'not a database, but long enough to be read as one: '.repeat(40));
  await assert.rejects(server.sqliteStore({ file }), (error) => {
    assert.equal(error.message, `The SQLite store ${file} could not be opened: file is not a database`);
    return true;
  });
});

test('a store in a folder that does not exist is refused, naming the file', async () => {
  const { file } = await freshStore('sqlite');
  const missing = join(dirname(file), 'no-such-folder', 'store.db');
  await assert.rejects(
    server.sqliteStore({ file: missing }),
    new RegExp(`^Error: The SQLite store ${missing} could not`),
  );
});

test('a store file is in WAL mode (DESIGN.md, "The host"): readers go on while a vote is written', async () => {
  const { file } = await freshStore('sqlite');
  const store = await server.sqliteStore({ file });
  await store.close();
  // The mode is kept in the file itself, so a connection of another's reads it.
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  } finally {
    db.close();
  }
});

// better-sqlite3 takes a missing or empty path for a temporary database, deleted when the connection closes: a
// host given `file: process.env.DB_FILE` with the variable unset started, acknowledged every vote, and lost them
// all at its next restart.
test('a store with no file (undefined, empty) is refused at start, saying to give its path', async () => {
  for (const file of [undefined, '', '  ']) {
    await assert.rejects(server.sqliteStore({ file }), (error) => {
      assert.match(error.message, /^The SQLite store needs a file: give sqliteStore\(\{ file \}\) the path/);
      assert.match(error.message, /deleted with every record when the host stops/);
      return true;
    });
  }
  await assert.rejects(server.sqliteStore({}), /^Error: The SQLite store needs a file/);
});
