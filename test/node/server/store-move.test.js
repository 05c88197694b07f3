// The move docs/server.md walks through ("Moving to PostgreSQL, or back"), with
// members voting all along: a first copy while the host process runs on its
// SQLite file, the host stopped, a second copy, a host process started on the
// new store. Every vote a member's device was told was stored is there once,
// every vote sent during the stop is stored when the new host answers, and a
// vote sent again after the move (its answer lost) is answered as a replay.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, server, storeKinds } from './harness.js';
import { memberVotes } from './members.js';
import {
  eachConcurrently,
  killAllHosts,
  sendUntilAcknowledged,
  sendVote,
  startHost,
  storedVoteRows,
  tally,
} from './processes.js';

after(killAllHosts);

const target = storeKinds().includes('postgres') ? 'postgres' : 'sqlite';

test(`SQLite to ${target} while members vote: nothing lost, nothing stored twice`, { timeout: 180_000 }, async () => {
  const source = await freshStore('sqlite');
  const destination = await freshStore(target);
  let host = await startHost(source);
  const votes = memberVotes(300);
  const answers = new Map();
  const sending = eachConcurrently(votes, 10, async (vote) => {
    answers.set(vote.id, await sendUntilAcknowledged(() => host.base, vote, { patience: 60_000 }));
  });

  while (answers.size < 60) await new Promise((done) => setTimeout(done, 20));
  // Each copy opens the source as the move-store.mjs of docs/server.md does, read-only: the first while the host runs
  // (read in place, through its -wal), the last once it has stopped.
  const readSource = () => server.sqliteStore({ file: source.file, readOnly: true });
  const to = await openStore(destination);
  const running = await readSource();
  const first = await server.copyStore({ from: running, to });
  assert.ok(first.copied > 0);
  await running.close();

  await host.stop();
  const stopped = await readSource();
  const last = await server.copyStore({ from: stopped, to });
  assert.equal(last.same, true, JSON.stringify(last));
  assert.equal(last.alreadyThere, first.copied, 'the second copy adds only what was stored since the first');
  await Promise.all([stopped.close(), to.close()]);
  host = await startHost(destination);

  await sending;
  assert.deepEqual([...new Set(answers.values())], [201], 'each vote stored once, by one host or the other');
  for (const vote of votes.slice(0, 50)) assert.equal(await sendVote(host.base, vote), 200, 'sent again: a replay');
  const { counts, doubled } = tally((await storedVoteRows(destination)).flatMap(([id, n]) => Array(n).fill(id)));
  assert.deepEqual(doubled, []);
  assert.equal(counts.size, votes.length);
  assert.ok(votes.every((vote) => counts.has(vote.id)));
  await host.stop();
});
