// A SQLite store opened only to be read, as copyStore's source: a file handed
// over read-only, or on a read-only mount (a backup volume, an archive). Opened
// as a host opens it, the copy wrote to it (WAL mode, the tables' version) and
// made a -wal and a -shm beside it, so a process that may only read it could not
// copy from it at all. Now nothing is written to the file or beside it.
//
// Root may write whatever the permissions say, so under root the copy runs in a
// child process as `nobody`, for whom the permissions hold; under any other user,
// in a child process as that user, for whom they hold too.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, post, server, startApi, vote } from './harness.js';

const { copyStore, sqliteStore, summariseStore } = server;
const serverModule = new URL('../../../dist/server.js', import.meta.url).href;

// A folder anyone may enter, so that `nobody` reaches the files under it.
const root = mkdtempSync(join(tmpdir(), 'pk-read-only-'));
chmodSync(root, 0o755);
after(() => {
  for (const folder of readdirSync(root)) chmodSync(join(root, folder), 0o755);
  rmSync(root, { recursive: true, force: true });
});

/** A store in a folder of its own under `root`, holding the records `records` sends through a host. */
async function storeWith(name, records) {
  const folder = join(root, name);
  mkdirSync(folder);
  chmodSync(folder, 0o755);
  const file = join(folder, 'sutton.db');
  const host = await startApi(await openStore({ file }));
  for (const record of records) assert.equal((await post(host.base, 'votes', record)).status, 201);
  await host.close();
  return { folder, file };
}

/** What a reader could change: the folder's names and times, and the file's bytes and time. */
function stateOf(folder, file) {
  return {
    names: readdirSync(folder).sort(),
    folderTime: statSync(folder).mtimeMs,
    fileTime: statSync(file).mtimeMs,
    digest: createHash('sha256').update(readFileSync(file)).digest('hex'),
  };
}

/** Copies `source`, opened read-only, into a new store at `target`, in a process that may not write to `source`. */
function copyAsReader(source, target) {
  const script = `
    const [module, source, target] = process.argv.slice(1);
    const { copyStore, sqliteStore } = await import(module);
    const from = await sqliteStore({ file: source, readOnly: true });
    const to = await sqliteStore({ file: target });
    const copy = await copyStore({ from, to, sessions: false });
    await Promise.all([from.close(), to.close()]);
    console.log(JSON.stringify({ copied: copy.copied, same: copy.same }));`;
  const asRoot = process.getuid?.() === 0;
  const id = (flag) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }));
  const user = asRoot ? { uid: id('-u'), gid: id('-g') } : {};
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, serverModule, source, target], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...user,
  });
  return JSON.parse(output);
}

test('a store on a read-only mount is copied, and nothing is written to it or beside it', async () => {
  const records = [vote('p-cognus-sd', 'elg-cognus'), vote('p-carew-head', 'elg-special', 'against')];
  const { folder, file } = await storeWith('mount', records);
  chmodSync(file, 0o444);
  chmodSync(folder, 0o555);
  const before = stateOf(folder, file);
  const into = join(root, 'into');
  mkdirSync(into);
  chmodSync(into, 0o777);

  const copy = copyAsReader(file, join(into, 'moved.db'));
  assert.deepEqual(copy, { copied: 2, same: true });
  assert.deepEqual(stateOf(folder, file), before, 'no -wal or -shm made, the file and its folder untouched');
  assert.deepEqual(before.names, ['sutton.db']);

  const [from, to] = [await sqliteStore({ file, readOnly: true }), await openStore({ file: join(into, 'moved.db') })];
  assert.deepEqual(await summariseStore(to), {
    ...(await summariseStore(from)),
    where: `The SQLite store ${join(into, 'moved.db')}`,
  });
  assert.deepEqual(
    (await to.since(0)).map((record) => record.id),
    records.map((record) => record.id),
  );
  await Promise.all([from.close(), to.close()]);
  assert.deepEqual(stateOf(folder, file), before);
});

test('a read-only source copied while its host runs sees what the host stores meanwhile, and stores nothing', async () => {
  const { file } = await storeWith('running', []);
  const host = await startApi(await openStore({ file }));
  try {
    assert.equal((await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'))).status, 201);
    const from = await sqliteStore({ file, readOnly: true });
    const to = await openStore({ file: join(root, 'running', 'moved.db') });
    assert.deepEqual([(await copyStore({ from, to })).copied], [1]);
    assert.equal((await post(host.base, 'votes', vote('p-carew-head', 'elg-special'))).status, 201);
    const again = await copyStore({ from, to });
    assert.deepEqual([again.alreadyThere, again.copied, again.same], [1, 1, true]);
    const record = { kind: 'vote', id: 'v-not-stored', body: {} };
    const decision = { after: () => 2, catchUp: () => undefined, decide: () => ({ record, answer: 'stored' }) };
    await assert.rejects(from.append(decision), /readonly/);
    await Promise.all([from.close(), to.close()]);
  } finally {
    await host.close();
  }
});

test('a read-only store that is not there is refused, not created empty', async () => {
  const file = join(root, 'mistyped.db');
  await assert.rejects(sqliteStore({ file, readOnly: true }), /The SQLite store .*mistyped\.db could not be opened/);
  assert.equal(existsSync(file), false);
});
