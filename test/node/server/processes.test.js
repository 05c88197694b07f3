// Several host processes on one store: 1,000 votes from 50 members (each a
// fresh id; members change their minds, so there are more votes than seats)
// split between 2 and then 4 processes, 20 at a time, each sent again after
// a network error or a 503 until acknowledged. Every acknowledged vote is in
// the store's table once, and every process serves the same votes.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, storeKinds } from './harness.js';
import { memberVotes } from './members.js';
import {
  eachConcurrently,
  killAllHosts,
  pollUntil,
  sendUntilAcknowledged,
  servedVotes,
  startHost,
  storedVoteRows,
  tally,
} from './processes.js';

const VOTES = 1_000;
const MEMBERS = 50;
const AT_ONCE = 20;

after(killAllHosts);

for (const kind of storeKinds()) {
  describe(`several host processes on one ${kind} store`, () => {
    for (const processes of [2, 4]) {
      test(
        `${processes} processes, ${VOTES} votes from ${MEMBERS} members: none lost, none doubled`,
        { timeout: 180_000 },
        async (t) => {
          const where = await freshStore(kind);
          const hosts = await Promise.all(Array.from({ length: processes }, () => startHost(where)));
          try {
            const votes = memberVotes(VOTES, { members: MEMBERS });
            const answers = new Array(VOTES);
            const resent = { count: 0 };
            await eachConcurrently(votes, AT_ONCE, async (vote, i) => {
              answers[i] = await sendUntilAcknowledged(hosts[i % processes].base, vote, { resent });
            });
            t.diagnostic(
              `${kind}, ${processes} processes: ${resent.count} votes sent again after a network error or a 503`,
            );
            const refused = answers.map((status, i) => [votes[i].id, status]).filter(([, s]) => s !== 201 && s !== 200);
            assert.deepEqual(refused, [], 'every vote is acknowledged');

            const sent = votes.map((v) => v.id).sort();
            const rows = await storedVoteRows(where);
            assert.deepEqual(
              rows.filter(([, n]) => n > 1),
              [],
              'no vote is stored twice',
            );
            assert.deepEqual(rows.map(([id]) => id).sort(), sent, 'every acknowledged vote is stored');

            for (const host of hosts) {
              const served = await pollUntil(
                () => servedVotes(host.base),
                (v) => v.length >= VOTES,
              );
              const ids = served.map((v) => v.id);
              assert.deepEqual(tally(ids).doubled, [], `${host.base} holds no vote twice`);
              assert.deepEqual(ids.sort(), sent, `${host.base} holds every vote`);
            }
          } finally {
            await Promise.all(hosts.map((host) => host.stop()));
          }
        },
      );
    }
  });
}
