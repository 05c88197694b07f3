/**
 * Two tabs, one outbox: while one tab sends a record, the other leaves it alone
 * (it looked at the outbox a thousand times a second until the send ended), and
 * takes it up when the sending tab is gone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LEASE_MS, Outbox, type OutboxItem } from '../../../src/data/index.js';

const vote = (id: string): OutboxItem & { id: string; channel: string } => ({
  id,
  channel: '/votes',
  kind: 'vote',
  record: { id, proposal: 'p1', seat: 's1', by: 'p-1', choice: 'for', cast: '2019-10-15T16:40:00+01:00' },
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A tab's outbox, counting how often it reads the whole outbox. */
function tab(database: string, useWebLocks: boolean, now = () => Date.now()) {
  const outbox = new Outbox({ database, channelName: database, useWebLocks, now });
  const counted = { reads: 0 };
  const read = outbox.stored.bind(outbox);
  outbox.stored = () => ((counted.reads += 1), read());
  return { outbox, counted };
}

describe('the outbox in two tabs', () => {
  for (const useWebLocks of [true, false]) {
    const holding = useWebLocks ? 'Web Locks' : 'a lease';
    it(`${holding}: while one tab sends a record for a second, the other reads the outbox a few times, not hundreds`, async () => {
      const database = `pk-outbox-elsewhere-${Math.random()}`;
      const sending = tab(database, useWebLocks);
      const other = tab(database, useWebLocks);
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      const sentBy: string[] = [];
      sending.outbox.register('/votes', async () => (sentBy.push('sending'), await answered, { outcome: 'confirmed' }));
      other.outbox.register('/votes', async () => (sentBy.push('other'), { outcome: 'confirmed' }));
      await pause(100); // both tabs' first look at the outbox
      other.counted.reads = 0;
      await sending.outbox.enqueue(vote('vote-slow'));
      await pause(1_000);
      const readsWhileSending = other.counted.reads;
      answer();
      // A look is a round and its timer's reading: a few a second (it was near a thousand).
      expect(readsWhileSending, 'whole-outbox reads by the other tab while the first sent').to.be.below(10);
      await waitUntil(() => other.outbox.$status.get()['vote-slow']?.state === 'recorded', 'the other tab hears it');
      // Shown as recorded at once; its removal is stored meanwhile.
      await waitUntil(async () => (await other.outbox.stored()).length === 0, 'the record removed');
      expect(sentBy).to.deep.equal(['sending']);
    });
  }

  it('a lease left by a tab gone mid-send: the other tab sends the record once the lease runs out', async () => {
    const database = `pk-outbox-elsewhere-gone-${Math.random()}`;
    const clock = { t: 1_000_000 };
    const gone = tab(database, false, () => clock.t);
    const other = tab(database, false, () => clock.t);
    const posted: string[] = [];
    gone.outbox.register('/votes', () => new Promise(() => undefined)); // the page closed before any answer
    other.outbox.register('/votes', async (record) => (posted.push(record.id), { outcome: 'confirmed' }));
    await gone.outbox.enqueue(vote('vote-left'));
    await other.outbox.flush();
    expect(posted, 'not while the lease holds').to.deep.equal([]);
    clock.t += LEASE_MS + 1;
    await other.outbox.flush();
    expect(posted).to.deep.equal(['vote-left']);
    expect(await other.outbox.stored()).to.deep.equal([]);
  });

  it('a wait for another tab set before the clock was put back is over: the record is sent, not skipped for hours', async () => {
    // Two tabs that cannot hear each other (no news clears the wait); the second's clock is put back two hours.
    const database = `pk-outbox-elsewhere-clock-${Math.random()}`;
    const start = 10_000_000;
    const clock = { t: start };
    const first = new Outbox({ database, channelName: `${database}-a`, now: () => start });
    const second = new Outbox({ database, channelName: `${database}-b`, now: () => clock.t });
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const closeFirst = first.register(
      '/votes',
      async () => (await held, { outcome: 'retry', problem: 'server-error' }),
    );
    const posted: string[] = [];
    second.register('/votes', async (record) => (posted.push(record.id), { outcome: 'confirmed' }));
    await first.enqueue(vote('vote-clock'));
    await second.flush(); // the first tab is sending it: the second leaves it a second
    expect(posted).to.deep.equal([]);
    letGo();
    await first.flush(); // kept to send again; then the first tab closes
    closeFirst();
    clock.t = start - 2 * 3_600_000;
    await second.flush();
    expect(posted).to.deep.equal(['vote-clock']);
  });
});
