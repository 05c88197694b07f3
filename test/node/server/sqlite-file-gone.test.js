// The SQLite file deleted, or a backup moved over it, while the host runs.
// SQLite goes on writing to the file it has open, which no one can open
// again: the host answered each vote 201, the member's device let it go, and
// the host's next start had none of them. It must refuse to store (503 with
// Retry-After, so the kit's outbox keeps the vote) and tell the operator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freshStore, openStore, post, startApi, vote } from './harness.js';

async function hostOnItsFile() {
  const where = await freshStore('sqlite');
  const store = await openStore(where);
  const told = { errors: [], storeErrors: [] };
  const host = await startApi(store, {
    onError: (error) => told.errors.push(error.message),
    onStoreError: (error) => told.storeErrors.push(error.message),
  });
  return { file: where.file, host, told };
}

async function sendVote(base, record) {
  const response = await fetch(`${base}/api/votes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, 'x-person': record.by },
    body: JSON.stringify(record),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

const until = async (condition, ms = 5000) => {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
};

test('a vote sent after the file was deleted is answered 503, kept by the member, and the operator told', async () => {
  const { file, host, told } = await hostOnItsFile();
  try {
    assert.equal((await post(host.base, 'votes', vote('p-limes-head', 'elg-pru'))).status, 201);
    rmSync(dirname(file), { recursive: true, force: true });
    const answer = await sendVote(host.base, vote('p-carew-head', 'elg-special'));
    assert.equal(answer.status, 503);
    assert.equal(answer.retryAfter, '5');
    assert.equal(answer.body.record, undefined, 'no record named: the outbox keeps the vote');
    assert.match(told.errors[0], /was deleted or replaced while the host ran/);
    assert.ok(await until(() => told.storeErrors.length > 0), 'told without a vote sent, too');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(told.storeErrors.length, 1, 'once, not at every poll');
  } finally {
    await host.close();
  }
});

test('a vote sent after a backup was moved over the file is answered 503', async () => {
  const { file, host } = await hostOnItsFile();
  try {
    assert.equal((await post(host.base, 'votes', vote('p-limes-head', 'elg-pru'))).status, 201);
    const backup = join(dirname(file), 'backup.db');
    copyFileSync(file, backup);
    renameSync(backup, file);
    assert.equal((await sendVote(host.base, vote('p-carew-head', 'elg-special'))).status, 503);
  } finally {
    await host.close();
  }
});

test('a host that changes its folder after opening a store by a relative path still stores', async () => {
  const { file } = await freshStore('sqlite');
  const started = process.cwd();
  process.chdir(dirname(file));
  let host;
  try {
    host = await startApi(await openStore({ file: 'store.db' }));
    process.chdir(started);
    assert.equal((await post(host.base, 'votes', vote('p-carew-head', 'elg-special'))).status, 201);
  } finally {
    process.chdir(started);
    await host?.close();
  }
});
