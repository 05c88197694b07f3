// A host that cannot follow its store in the background (another process's
// records unreadable, PostgreSQL's listening connection lost) serves the
// meeting without the others' latest records until it recovers. It used to
// say nothing: the operator learnt of it from members. `onStoreError` is told,
// and a failed poll of a SQLite file no longer throws out of a timer (which
// would end the process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, startApi } from './harness.js';

const until = async (condition, ms = 5000) => {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
};

test("a failed read of other processes' records is told to onStoreError, and the next one is tried", async () => {
  const store = await openStore(await freshStore('sqlite'));
  let failing = false;
  let heard;
  const flaky = Object.assign(Object.create(store), {
    since: (seq) => (failing ? Promise.reject(new Error('the disk is gone')) : store.since(seq)),
    watch(listener, onTrouble) {
      heard = listener;
      return store.watch(() => undefined, onTrouble);
    },
  });
  const errors = [];
  const host = await startApi(flaky, { onStoreError: (error) => errors.push(error.message) });
  try {
    failing = true;
    heard();
    assert.ok(await until(() => errors.length === 1), 'told once');
    assert.deepEqual(errors, ['the disk is gone']);
    failing = false;
    heard();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(errors.length, 1, 'a read that works says nothing');
  } finally {
    await host.close();
  }
});

test('a SQLite poll that fails is told to its watcher, and does not end the process', async () => {
  const store = await openStore(await freshStore('sqlite'));
  const troubles = [];
  const stop = store.watch(
    () => undefined,
    (error) => troubles.push(error),
  );
  try {
    store.db.close(); // the file gone from under the host: every read now throws
    assert.ok(await until(() => troubles.length > 0), 'the failed poll is told');
  } finally {
    stop();
  }
});
