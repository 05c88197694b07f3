/**
 * A sender's arrival looks for the records already waiting for its channel a task later, not in the task that
 * registered it: an element registers its sender as it connects, and its first render waited behind the read of
 * the whole outbox (a vote panel's render took a millisecond longer, issue 12). The records still go.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { Outbox, type OutboxItem } from '../../../src/data/index.js';
import { failOnPageErrors, uniqueKey } from '../../fixtures/probe-element.js';

const vote = (id: string): OutboxItem & { id: string; channel: string } => ({
  id,
  channel: '/api/votes',
  kind: 'vote',
  record: { id, proposal: 'wsoa-reporting', seat: 'seat-1', by: 'p-1', choice: 'for', cast: '2019-12-10T16:40:00Z' },
});

/** Counts the IndexedDB transactions begun until `restore()`. */
function countTransactions() {
  const counted = { begun: 0 };
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof original>) {
    counted.begun += 1;
    return original.apply(this, args);
  } as typeof original;
  return { counted, restore: () => (IDBDatabase.prototype.transaction = original) };
}

/** Lets every promise callback already due run, without giving the event loop a task. */
async function microtasks(): Promise<void> {
  for (let turn = 0; turn < 50; turn += 1) await Promise.resolve();
}

/** Registers a sender that notes each record it sends, and checks the registering task began no storage transaction. */
async function registerReadingNothingNow(outbox: Outbox, sent: string[], what: string): Promise<() => void> {
  const watch = countTransactions();
  try {
    const stop = outbox.register('/api/votes', async (record) => {
      sent.push(record.id);
      return { outcome: 'confirmed' };
    });
    await microtasks();
    expect(watch.counted.begun, what).to.equal(0);
    return stop;
  } finally {
    watch.restore();
  }
}

/**
 * A page's outbox, not started, over a device where an earlier page left a vote waiting for its owner to sign in (a
 * 401, a minute to wait), and where this page queued a vote before any sender registered.
 */
async function pageWithRecordsFromBefore(name: string): Promise<Outbox> {
  const database = uniqueKey(name);
  const earlier = new Outbox({ database, channelName: uniqueKey(`${name}-earlier`) });
  const stopEarlier = earlier.register('/api/votes', async () => ({ outcome: 'retry', problem: 'signed-out' }));
  await earlier.enqueue(vote('waiting-for-owner'));
  await waitUntil(
    () => (earlier.$status.get()['waiting-for-owner'] as { problem?: string } | undefined)?.problem === 'signed-out',
    'the earlier page kept it for its owner',
  );
  stopEarlier();
  const outbox = new Outbox({ database, channelName: uniqueKey(name) });
  await outbox.enqueue(vote('queued-before-start'));
  await outbox.flush();
  return outbox;
}

describe('the outbox as a sender registers', () => {
  failOnPageErrors();

  it('reads its storage only from the next task, then sends what waited for the channel', async () => {
    const outbox = new Outbox({ database: uniqueKey('outbox-register'), channelName: uniqueKey('outbox-register') });
    // Queued with no sender, by an earlier page: it waits on the device.
    await outbox.enqueue(vote('waiting-1'));
    // Started already, as on a page where another element sends (starting looks for records of its own).
    const other = outbox.register('/api/attendance', async () => ({ outcome: 'confirmed' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sent: string[] = [];
    const stop = await registerReadingNothingNow(outbox, sent, 'no read in the registering task');
    await waitUntil(() => sent.includes('waiting-1'), 'the waiting record sent');
    await waitUntil(() => outbox.$status.get()['waiting-1']?.state === 'recorded', 'and recorded');
    stop();
    other();
  });

  it('starting, reads nothing in the registering task, and sends what was queued before in one first round, in order', async () => {
    const outbox = await pageWithRecordsFromBefore('outbox-start');
    expect(outbox.$status.get()['queued-before-start']?.state, 'waiting for a sender').to.equal('queued');
    const sent: string[] = [];
    const stop = await registerReadingNothingNow(outbox, sent, 'no read in the task that starts the outbox');
    await waitUntil(() => sent.length === 2, 'both sent');
    expect(sent, 'in the order they were made').to.deep.equal(['waiting-for-owner', 'queued-before-start']);
    stop();
  });

  it('starting with three senders in one task, sends what was queued before in one round, oldest first', async () => {
    const outbox = await pageWithRecordsFromBefore('outbox-three');
    // Each round begins with a flush, which reads the whole outbox.
    const rounds = { begun: 0 };
    const flush = outbox.flush.bind(outbox);
    outbox.flush = () => ((rounds.begun += 1), flush());
    const sent: string[] = [];
    const send = async (record: { id: string }) => (sent.push(record.id), { outcome: 'confirmed' as const });
    // A vote panel, a quorum indicator and another panel, connected in one task.
    const stops = [
      outbox.register('/api/votes', send),
      outbox.register('/api/attendance', send),
      outbox.register('/api/votes', send),
    ];
    await waitUntil(() => sent.length === 2, 'both sent');
    expect(sent, 'in the order they were made').to.deep.equal(['waiting-for-owner', 'queued-before-start']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent, 'each once').to.have.length(2);
    expect(rounds.begun, 'one round').to.equal(1);
    for (const stop of stops) stop();
  });
});
