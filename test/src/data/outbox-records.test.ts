/**
 * What the outbox takes for its records on this device: only what a kit queued. Another app on the origin may open
 * a database of the same name, and a store may hold what no kit wrote; neither is sent to the host, nor stops the
 * member's own records being sent and listed. They are left on the device as they are.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createStore, del, get, set } from 'idb-keyval';
import { OUTBOX_DATABASE } from '../../../src/data/outbox-records.js';
import { Outbox, waitingOnThisDevice, type OutboxItem } from '../../../src/data/index.js';
import { failOnPageErrors, uniqueKey } from '../../fixtures/probe-element.js';

const vote = (id: string, by: string): OutboxItem & { id: string; channel: string } => ({
  id,
  channel: '/api/votes',
  kind: 'vote',
  record: { id, proposal: 'wsoa-reporting', seat: 'seat-1', by, choice: 'for', cast: '2019-12-10T16:40:00Z' },
});

/** Entries no kit queued, under keys that sort before the member's own ('aaa' < 'zzz'). */
const NOT_QUEUED: [string, unknown][] = [
  ['aaa-other-app', { id: 'aaa-other-app', theme: 'dark' }],
  ['aaa-no-record', { id: 'aaa-no-record', channel: '/api/votes', kind: 'vote', nextAttemptAt: 0, attempts: 0 }],
  [
    'aaa-null-record',
    { id: 'aaa-null-record', channel: '/api/votes', kind: 'vote', record: null, lastProblem: 'signed-out' },
  ],
  ['aaa-number-record', { id: 'aaa-number-record', channel: '/api/votes', kind: 'action-status', record: 5 }],
  ['aaa-no-one', { id: 'aaa-no-one', channel: '/api/votes', kind: 'vote', record: { id: 'aaa-no-one' } }],
  ['aaa-other-kind', { id: 'aaa-other-kind', channel: '/api/votes', kind: 'minutes', record: { by: 'p-1' } }],
  ['aaa-text', 'a string value'],
];

async function keep(database: string): Promise<void> {
  const store = createStore(database, 'records');
  for (const [key, value] of NOT_QUEUED) await set(key, value, store);
}

describe('the outbox beside entries no kit queued', () => {
  failOnPageErrors();

  it('sends the member’s vote, sends none of them, and leaves them on the device', async () => {
    const database = uniqueKey('not-queued');
    await keep(database);
    const outbox = new Outbox({ database, channelName: uniqueKey('not-queued') });
    const sent: unknown[] = [];
    const stop = outbox.register('/api/votes', async (record) => {
      sent.push(record);
      return { outcome: 'confirmed' };
    });
    try {
      await outbox.enqueue(vote('zzz-member', 'p-member'));
      await waitUntil(() => outbox.$status.get()['zzz-member']?.state === 'recorded', 'the member’s vote recorded');
      await outbox.flush();
      expect(sent.map((record) => (record as { id?: unknown } | null)?.id ?? record)).to.deep.equal(['zzz-member']);
      expect(await get('aaa-other-app', createStore(database, 'records'))).to.deep.equal(NOT_QUEUED[0]![1]);
    } finally {
      stop();
    }
  });

  it('waitingOnThisDevice lists the member’s records, where it listed nothing', async () => {
    await keep(OUTBOX_DATABASE);
    const member = `p-not-queued-${crypto.randomUUID()}`;
    const channel = `/not-queued-${crypto.randomUUID()}`;
    // No sender: the vote waits on the device.
    const outbox = new Outbox({ channelName: channel });
    const id = `zzz-${crypto.randomUUID()}`;
    try {
      await outbox.enqueue({ ...vote(id, member), channel });
      const mine = (await waitingOnThisDevice()).filter((record) => record.by === member);
      expect(mine.map(({ kind, by }) => [kind, by])).to.deep.equal([['vote', member]]);
    } finally {
      const store = createStore(OUTBOX_DATABASE, 'records');
      for (const key of [id, ...NOT_QUEUED.map(([key]) => key)]) await del(key, store);
    }
  });
});
