// kill -9 under load, 50 times: a host process on one SQLite file takes a
// stream of votes and is SIGKILLed at a random moment, then started again on
// the same file. Each time it opens the store cleanly, every vote it
// acknowledged before the kill is there once, and the votes that were in
// flight, sent again as the outbox would, are stored once too.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { freshStore } from './harness.js';
import { memberVotes } from './members.js';
import { killAllHosts, sendVote, servedVotes, startHost, storedVoteRows, tally } from './processes.js';

const KILLS = 50;
const SENDERS = 4;
/** The latest moment of a kill after the stream starts, in ms. */
const WITHIN = 200;

after(killAllHosts);

async function integrity(file) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

/** Every acknowledged vote is stored once in the table and served once by `host`. */
async function assertKept(where, host, acknowledged, round) {
  const rows = await storedVoteRows(where);
  assert.deepEqual(
    rows.filter(([, n]) => n > 1),
    [],
    `after kill ${round}: no vote stored twice`,
  );
  const stored = new Set(rows.map(([id]) => id));
  const lost = [...acknowledged].filter((id) => !stored.has(id));
  assert.deepEqual(lost, [], `after kill ${round}: no acknowledged vote lost from the table`);
  const served = tally((await servedVotes(host.base)).map((v) => v.id));
  assert.deepEqual(served.doubled, [], `after kill ${round}: the host holds no vote twice`);
  const missing = [...acknowledged].filter((id) => !served.counts.has(id));
  assert.deepEqual(missing, [], `after kill ${round}: the restarted host holds every acknowledged vote`);
  assert.equal(await integrity(where.file), 'ok', `after kill ${round}: integrity_check`);
}

test(
  `kill -9 at random moments under load, ${KILLS} times: no acknowledged vote lost or doubled`,
  { timeout: 240_000 },
  async (t) => {
    const where = await freshStore('sqlite');
    const acknowledged = new Set();
    const unanswered = [];
    let fresh = 0;
    let killedInFlight = 0;
    let storedUnanswered = 0;
    let host = await startHost(where);
    for (let round = 1; round <= KILLS; round += 1) {
      let killed = false;
      let inFlight = 0;
      const sender = async (base) => {
        while (!killed) {
          const vote = unanswered.shift() ?? memberVotes(1, { from: fresh++ })[0];
          inFlight += 1;
          const status = await sendVote(base, vote);
          inFlight -= 1;
          if (status === 200) storedUnanswered += 1;
          if (status === 201 || status === 200) acknowledged.add(vote.id);
          else if (status === null || status === 503) unanswered.push(vote);
          else assert.fail(`vote ${vote.id} was answered ${status}`);
        }
      };
      const senders = Array.from({ length: SENDERS }, () => sender(host.base));
      await sleep(Math.random() * WITHIN);
      killed = true;
      if (inFlight > 0) killedInFlight += 1;
      await host.kill();
      await Promise.all(senders);
      host = await startHost(where);
      await assertKept(where, host, acknowledged, round);
    }
    // What was in flight at the last kill reaches the host once, as the outbox would send it.
    for (const vote of unanswered.splice(0)) {
      const status = await sendVote(host.base, vote);
      assert.ok(status === 201 || status === 200, `vote ${vote.id} was answered ${status}`);
      if (status === 200) storedUnanswered += 1;
      acknowledged.add(vote.id);
    }
    await assertKept(where, host, acknowledged, 'the last');
    await host.stop();
    t.diagnostic(
      `${acknowledged.size} votes acknowledged; ${killedInFlight} of ${KILLS} kills came with votes in flight; ` +
        `${storedUnanswered} votes stored just before a kill took their answer were answered 200 when sent again`,
    );
    assert.ok(acknowledged.size > KILLS, 'votes were stored between kills');
  },
);
