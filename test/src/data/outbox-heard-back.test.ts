/**
 * A record the host holds, heard back on the live channel, while the answer to its POST was lost: the connection
 * cut after the host stored it. The page said both "recorded" (the document had it) and "the server could not be
 * reached", and sent it again and again. Heard back, it is confirmed: once, and never sent again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { Outbox, type OutboxItem, type OutboxStatus } from '../../../src/data/index.js';

const vote = (id: string): OutboxItem & { id: string; channel: string } => ({
  id,
  channel: '/votes',
  kind: 'vote',
  record: { id, proposal: 'p1', seat: 's1', by: 'p-1', choice: 'against', cast: '2019-10-15T16:40:00+01:00' },
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A tab's outbox, and each state it publishes of each record. */
function tab(database: string, channelName = database) {
  const confirmed: string[] = [];
  const outbox = new Outbox({ database, channelName, onConfirmed: (entry) => confirmed.push(entry.id) });
  const seen: string[] = [];
  outbox.$status.listen((statuses) => {
    for (const status of Object.values(statuses) as OutboxStatus[]) {
      const said = `${status.entry.id}:${status.state}`;
      if (seen.at(-1) !== said) seen.push(said);
    }
  });
  return { outbox, confirmed, seen };
}

describe('the outbox hearing back a record the host holds', () => {
  it('heard while the send is on its way, then cut unanswered: confirmed, and not sent again', async () => {
    const database = `pk-outbox-heard-${Math.random()}`;
    const { outbox, confirmed } = tab(database);
    const posts: string[] = [];
    outbox.register('/votes', async (record) => {
      posts.push(record.id);
      // The host stores it and its live channel carries it back; then the connection is cut before the answer.
      void outbox.heardFromHost(record.id);
      await pause(20);
      return { outcome: 'retry', problem: 'unreachable' };
    });
    await outbox.enqueue(vote('v-cut'));
    await waitUntil(() => outbox.$status.get()['v-cut']?.state === 'recorded', 'confirmed as heard back');
    await waitUntil(async () => (await outbox.stored()).length === 0, 'taken off the device');
    await outbox.retryNow();
    await pause(50);
    expect(posts).to.deep.equal(['v-cut']);
    expect(confirmed).to.deep.equal(['v-cut']);
  });

  it('heard while it waits to be sent again: confirmed at once, once in two tabs that both hear it', async () => {
    const database = `pk-outbox-heard-waiting-${Math.random()}`;
    const first = tab(database);
    const second = tab(database);
    const posts: string[] = [];
    for (const { outbox } of [first, second]) {
      outbox.register(
        '/votes',
        async (record) => (posts.push(record.id), { outcome: 'retry', problem: 'unreachable' }),
      );
    }
    await first.outbox.enqueue(vote('v-waiting'));
    await waitUntil(() => first.outbox.$status.get()['v-waiting']?.state === 'queued' && posts.length === 1);
    await Promise.all([first.outbox.heardFromHost('v-waiting'), second.outbox.heardFromHost('v-waiting')]);
    await waitUntil(() => second.outbox.$status.get()['v-waiting']?.state === 'recorded', 'the other tab hears it');
    expect(first.outbox.$status.get()['v-waiting']?.state).to.equal('recorded');
    expect(await first.outbox.stored()).to.deep.equal([]);
    await first.outbox.retryNow();
    await second.outbox.retryNow();
    await pause(50);
    expect(posts, 'never sent again').to.deep.equal(['v-waiting']);
    expect([...first.confirmed, ...second.confirmed]).to.deep.equal(['v-waiting', 'v-waiting']);
    expect(
      first.seen.filter((s) => s === 'v-waiting:recorded'),
      'recorded once',
    ).to.have.length(1);
  });

  it('a record heard back that is not on this device, or one already answered, is left alone', async () => {
    const database = `pk-outbox-heard-other-${Math.random()}`;
    const { outbox, confirmed } = tab(database);
    outbox.register('/votes', async () => ({ outcome: 'confirmed' }));
    await outbox.heardFromHost('someone-elses');
    expect(outbox.$status.get()['someone-elses']).to.equal(undefined);
    await outbox.enqueue(vote('v-done'));
    await waitUntil(() => outbox.$status.get()['v-done']?.state === 'recorded');
    await outbox.heardFromHost('v-done');
    await pause(20);
    expect(confirmed).to.deep.equal(['v-done']);
  });
});
