// A page open across a backup restore (the host stopped, the backup put back, the host started, as
// docs/server.md "Backups" says) reconnects with a Last-Event-ID beyond the restored store's last record.
// It was sent nothing, and kept showing votes the host no longer held: it is sent `refetch`, with the id of
// the store's last record, so that it fetches the document and resumes from there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { copyFileSync, rmSync } from 'node:fs';
import { freshStore, openStore, post, startApi, vote } from './harness.js';
import { openEvents } from './event-stream.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
const VIEWER = 'p-cognus-sd';

test('a page whose Last-Event-ID is past the restored store’s last record is told to refetch', async () => {
  const { file } = await freshStore('sqlite');
  const backup = `${file}.backup`;
  let host = await startApi(await openStore({ file }));
  const kept = vote('p-limes-head', 'elg-pru');
  const lost = [];
  assert.equal((await post(host.base, 'votes', kept)).status, 201);
  new Database(file).exec(`VACUUM INTO '${backup}'`);
  const page = await openEvents(host.base, { person: VIEWER });
  for (const [by, seat] of [
    ['p-stcg-cm', 'elg-post16'],
    ['p-carew-head', 'elg-special'],
  ]) {
    const sent = vote(by, seat, 'against');
    lost.push(sent.id);
    const heard = page.next((event) => event.data.record?.id === sent.id);
    assert.equal((await post(host.base, 'votes', sent)).status, 201);
    await heard;
  }
  const lastSeen = page.lastEventId();
  assert.equal(lastSeen, '3');
  page.close();
  await host.close();

  for (const beside of ['-wal', '-shm']) rmSync(`${file}${beside}`, { force: true });
  copyFileSync(backup, file);
  host = await startApi(await openStore({ file }));
  try {
    const held = host.api.document().votes.map((each) => each.id);
    assert.ok(held.includes(kept.id) && !lost.some((id) => held.includes(id)));
    const reconnected = await openEvents(host.base, { person: VIEWER, lastEventId: lastSeen });
    try {
      const told = await reconnected.next((event) => event.event !== 'heartbeat');
      assert.deepEqual({ id: told.id, event: told.event }, { id: '1', event: 'refetch' });
    } finally {
      reconnected.close();
    }
    // A page that has what the store holds is sent nothing to catch up on.
    const current = await openEvents(host.base, { person: VIEWER, lastEventId: '1' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    current.close();
    assert.deepEqual(current.events, []);
  } finally {
    await host.close();
  }
});
