/**
 * Two partnerships on one site (a council's intranet at /sutton/ and /suffolk/): the outbox is
 * one per origin, shared by both, but records go to each partnership's own endpoint. One
 * endpoint that hangs, or fails, must not hold back the other's: a vote cast at Sutton's
 * meeting waited behind every Suffolk record still being tried, a minute and more, and could
 * reach its host after the vote closed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { Outbox, type OutboxItem, type Sender, type SendOutcome } from '../../../src/data/index.js';
import { failOnPageErrors, uniqueKey } from '../../fixtures/probe-element.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const vote = (id: string, proposal: string): OutboxItem & { id: string; documentUrl: string } => ({
  id,
  documentUrl: `https://intranet.example/${proposal === 'wsoa-reporting' ? 'sutton' : 'suffolk'}/api/partnership`,
  kind: 'vote',
  record: { id, proposal, seat: 'seat-1', by: 'p-1', choice: 'for', cast: '2019-12-10T16:40:00Z' },
});

describe('the outbox with two partnerships’ endpoints', () => {
  failOnPageErrors();
  let outbox: Outbox;
  afterEach(() => outbox.register('stop', async () => ({ outcome: 'confirmed' }))());

  function outboxWith(senders: Record<string, Sender>): void {
    outbox = new Outbox({ database: uniqueKey('outbox-channels'), channelName: uniqueKey('outbox-channels') });
    for (const [channel, sender] of Object.entries(senders)) outbox.register(channel, sender);
  }
  const stateOf = (id: string) => outbox.$status.get()[id]?.state;

  it('sends one partnership’s vote while the other’s endpoint has not answered', async () => {
    const suffolkSent: string[] = [];
    let answerSuffolk!: (outcome: SendOutcome) => void;
    outboxWith({
      '/suffolk/api/votes': (record) => {
        suffolkSent.push(record.id);
        return new Promise((resolve) => (answerSuffolk = resolve));
      },
      '/sutton/api/votes': async () => ({ outcome: 'confirmed' }),
    });
    await outbox.enqueue({ ...vote('suffolk-1', 'challenge-fund'), channel: '/suffolk/api/votes' });
    await waitUntil(() => suffolkSent.length === 1, 'the Suffolk vote is on its way');
    await outbox.enqueue({ ...vote('sutton-1', 'wsoa-reporting'), channel: '/sutton/api/votes' });
    await waitUntil(() => stateOf('sutton-1') === 'recorded', 'the Sutton vote is recorded meanwhile', {
      timeout: 2000,
    });
    expect(stateOf('suffolk-1')).to.equal('sending');
    answerSuffolk({ outcome: 'confirmed' });
    await waitUntil(() => stateOf('suffolk-1') === 'recorded', 'then the Suffolk one');
  });

  it('sends one partnership’s records in the order they were made, whatever their endpoint', async () => {
    // A clerk who is also a seat's proxy checks the holder out, then votes as proxy: the vote needs the check-out.
    const answered: string[] = [];
    outboxWith({
      '/sutton/api/attendance': async (record) => (
        await pause(300),
        answered.push(record.id),
        { outcome: 'confirmed' }
      ),
      '/sutton/api/votes': async (record) => (answered.push(record.id), { outcome: 'confirmed' }),
    });
    const checkOut = { ...vote('check-out', 'wsoa-reporting'), channel: '/sutton/api/attendance' };
    await outbox.enqueue(checkOut);
    await outbox.enqueue({ ...vote('proxy-vote', 'wsoa-reporting'), channel: '/sutton/api/votes' });
    await waitUntil(() => answered.length === 2, 'both sent', { timeout: 3000 });
    expect(answered).to.deep.equal(['check-out', 'proxy-vote']);
  });

  it('sends one partnership’s vote at once after the other’s endpoint failed', async () => {
    outboxWith({
      '/suffolk/api/votes': async () => ({ outcome: 'retry', problem: 'server-error' }),
      '/sutton/api/votes': async () => ({ outcome: 'confirmed' }),
    });
    await outbox.enqueue({ ...vote('suffolk-2', 'challenge-fund'), channel: '/suffolk/api/votes' });
    await waitUntil(() => stateOf('suffolk-2') === 'queued' && !!outbox.$status.get()['suffolk-2'], 'failed once');
    await pause(50);
    const cast = Date.now();
    await outbox.enqueue({ ...vote('sutton-2', 'wsoa-reporting'), channel: '/sutton/api/votes' });
    await waitUntil(() => stateOf('sutton-2') === 'recorded', 'the Sutton vote is recorded', { timeout: 3000 });
    expect(Date.now() - cast, 'no wait for Suffolk’s failure').to.be.below(500);
  });
});
