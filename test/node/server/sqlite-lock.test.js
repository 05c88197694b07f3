// Two host processes share one SQLite file. A write from one waits out a lock
// the other holds, with the event loop free, instead of failing: a sign-in
// that failed here left a member on the sign-in page in a live meeting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { freshStore, openStore } from './harness.js';

/** Holds SQLite's write lock on `file` from another connection for `ms`. */
function holdWriteLock(file, ms) {
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  return new Promise((resolve) =>
    setTimeout(() => {
      other.exec('COMMIT');
      other.close();
      resolve();
    }, ms),
  );
}

test('a session starts and ends while another process holds the write lock for 300 ms', async () => {
  const where = await freshStore('sqlite');
  const store = await openStore(where);
  try {
    const released = holdWriteLock(where.file, 300);
    const started = performance.now();
    await store.sessions.create('s1', 'p-ann', Date.now() + 60_000);
    assert.ok(performance.now() - started >= 250, 'the sign-in waited for the lock');
    assert.equal(await store.sessions.person('s1', Date.now()), 'p-ann');

    const releasedAgain = holdWriteLock(where.file, 300);
    await store.sessions.end('s1', Date.now());
    assert.equal(await store.sessions.person('s1', Date.now()), null);
    await Promise.all([released, releasedAgain]);
  } finally {
    await store.close();
  }
});
