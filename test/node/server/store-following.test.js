// PostgreSQL restarted under two host processes: each wrote a stack trace at every try to follow the store again,
// and nothing once it did, so an operator reading the log could not tell whether the process had come back or
// was still serving the meeting without the other's records. The default log now says when it follows again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, startApi } from './harness.js';

/** A SQLite store whose background following the test drives: `lose(error)` and `notice()`. */
async function drivenStore() {
  const store = await openStore(await freshStore('sqlite'));
  const driven = {};
  return {
    driven,
    store: {
      since: (...args) => store.since(...args),
      append: (...args) => store.append(...args),
      close: () => store.close(),
      watch(listener, onTrouble) {
        driven.notice = listener;
        driven.lose = onTrouble;
        return () => undefined;
      },
    },
  };
}

/** Runs `act` with console.error's lines kept, and resolves with them. */
async function errorLines(act) {
  const lines = [];
  const consoleError = console.error;
  console.error = (...parts) =>
    lines.push(parts.map((part) => (part instanceof Error ? part.message : part)).join(' '));
  try {
    await act();
  } finally {
    console.error = consoleError;
  }
  return lines;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

test('the default log says once when the store is followed again, with how many failures there were', async () => {
  const { store, driven } = await drivenStore();
  const host = await startApi(store);
  try {
    const lines = await errorLines(async () => {
      driven.notice();
      await settled();
      driven.lose(new Error('terminating connection due to administrator command'));
      driven.lose(new Error('the database system is shutting down'));
      driven.notice();
      await settled();
      driven.notice();
      await settled();
    });
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0], /following the store failed \(it is tried again\): terminating connection/);
    assert.match(lines[2], /^partnership-kit\/server: following the store again, after it failed 2 times/);
  } finally {
    await host.close();
  }
});

test('an onStoreError of the portal’s own is told each failure, and the console nothing', async () => {
  const { store, driven } = await drivenStore();
  const told = [];
  const host = await startApi(store, { onStoreError: (error) => told.push(error.message) });
  try {
    const lines = await errorLines(async () => {
      driven.lose(new Error('lost'));
      driven.notice();
      await settled();
    });
    assert.deepEqual(lines, []);
    assert.deepEqual(told, ['lost']);
  } finally {
    await host.close();
  }
});

test('the same failure, tried again every few seconds, is written once and counted in the line that says it is over', async () => {
  const { store, driven } = await drivenStore();
  const host = await startApi(store);
  try {
    const lines = await errorLines(async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) driven.lose(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
      driven.notice();
      await settled();
      // After it was over, the same failure again is news.
      driven.lose(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    });
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0], /following the store failed \(it is tried again\): connect ECONNREFUSED/);
    assert.match(lines[1], /following the store again, after it failed 5 times/);
    assert.match(lines[2], /following the store failed \(it is tried again\): connect ECONNREFUSED/);
  } finally {
    await host.close();
  }
});

test('a PostgreSQL failure while following is one line, its code and what to do, not pg’s whole error', async () => {
  const { DatabaseError } = (await import('pg')).default;
  const { store, driven } = await drivenStore();
  const host = await startApi(store);
  const written = [];
  const consoleError = console.error;
  console.error = (...parts) => written.push(parts);
  try {
    driven.lose(Object.assign(new DatabaseError('the database system is starting up', 97, 'error'), { code: '57P03' }));
  } finally {
    console.error = consoleError;
    await host.close();
  }
  assert.deepEqual(written, [
    [
      'partnership-kit/server: following the store failed (it is tried again): the database system is starting up (57P03). PostgreSQL is starting or recovering: it is tried again.',
    ],
  ]);
});

test('a read that fails once the host has closed its store is the closing, not a failure to log', async () => {
  const { store, driven } = await drivenStore();
  const host = await startApi(store);
  const lines = await errorLines(async () => {
    await host.close();
    // A notice that came as the host closed: its read meets the closed store.
    driven.notice();
    await settled();
  });
  assert.deepEqual(lines, []);
});
