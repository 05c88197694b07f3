/**
 * Changes queued offline on top of one another (an action to In progress, then to Dropped) while someone else
 * changed the same action on the host: the host refuses the first as changed-since, and would refuse each made on
 * it in turn, the person told again for each. The outbox takes those off the device unsent, as refused with the
 * first's refusal (`madeOn`), and sends everything else as before: a change to another action or seat, to the same
 * action in another document, or one made on something else.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { Outbox, type OutboxItem, type OutboxStatus, type SendOutcome } from '../../../src/data/index.js';
import type { ActionStatusChange, AttendanceChange } from '../../../src/rules/index.js';
import { failOnPageErrors, uniqueKey } from '../../fixtures/probe-element.js';

const SUTTON = 'https://intranet.example/sutton/api/partnership';
const SUFFOLK = 'https://intranet.example/suffolk/api/partnership';
const CHANNEL = '/api/changes';

type Queued = OutboxItem & { id: string; channel: string; documentUrl: string };

const statusChange = (id: string, action: string, was: string | undefined, status: string, documentUrl = SUTTON) =>
  ({
    id,
    channel: CHANNEL,
    documentUrl,
    kind: 'action-status',
    record: { id, action, status, ...(was ? { was } : {}), by: 'p-owner', at: '2019-12-10T16:40:00Z' },
  }) as Queued & { record: ActionStatusChange };

const checkIn = (id: string, seat: string, was: string, attendance: string) =>
  ({
    id,
    channel: CHANNEL,
    documentUrl: SUTTON,
    kind: 'attendance',
    record: { id, meeting: 'm1', seat, attendance, was, by: 'p-clerk', at: '2019-12-10T16:40:00Z' },
  }) as Queued & { record: AttendanceChange };

/** The host's refusal of a change made on a copy someone else has changed since. */
const changedSince = (values: Record<string, string>): SendOutcome => ({
  outcome: 'rejected',
  reason: 'Someone else changed it.',
  refusal: { by: 'host', status: 422, code: 'changed-since', values, message: 'Someone else changed it.' },
});

describe('the outbox, when the host refuses a change as changed since it was made', () => {
  failOnPageErrors();
  let outbox: Outbox;
  let stop = () => {};
  afterEach(() => stop());

  /** Queues `items` with nothing registered to send them, then a host that refuses `refuse` and takes the rest. */
  async function sendAll(items: Queued[], refuse: Record<string, SendOutcome>): Promise<string[]> {
    outbox = new Outbox({ database: uniqueKey('outbox-made-on'), channelName: uniqueKey('outbox-made-on') });
    for (const item of items) await outbox.enqueue(item);
    const sent: string[] = [];
    stop = outbox.register(CHANNEL, async (record) => {
      sent.push(record.id);
      return refuse[record.id] ?? { outcome: 'confirmed' };
    });
    await waitUntil(
      () => items.every(({ id }) => ['recorded', 'rejected'].includes(outbox.$status.get()[id]?.state ?? '')),
      'every change answered or dropped',
      { timeout: 4000 },
    );
    return sent;
  }
  const statusOf = (id: string) => outbox.$status.get()[id] as OutboxStatus;

  it('drops the changes made on the refused one, one on another, and sends every other', async () => {
    const sent = await sendAll(
      [
        statusChange('first', 'A-overdue', 'open', 'in-progress'),
        statusChange('other-action', 'A-later', 'in-progress', 'done'),
        statusChange('second', 'A-overdue', 'in-progress', 'dropped'),
        statusChange('other-document', 'A-overdue', 'in-progress', 'done', SUFFOLK),
        statusChange('third', 'A-overdue', 'dropped', 'done'),
        statusChange('without-was', 'A-overdue', undefined, 'open'),
      ],
      { first: changedSince({ action: 'A-overdue', status: 'done', was: 'open' }) },
    );
    expect([...sent].sort()).to.deep.equal(['first', 'other-action', 'other-document', 'without-was']);
    expect(sent.indexOf('other-action'), 'in order, after the refused one').to.be.greaterThan(sent.indexOf('first'));
    for (const id of ['second', 'third']) {
      const dropped = statusOf(id);
      expect(dropped.state, id).to.equal('rejected');
      if (dropped.state !== 'rejected') continue;
      expect(dropped.madeOn?.id, `${id}: made on the refused change`).to.equal('first');
      expect(dropped.refusal, `${id}: with its refusal, which says what the action holds now`).to.deep.equal(
        (statusOf('first') as Extract<OutboxStatus, { state: 'rejected' }>).refusal,
      );
    }
    expect(statusOf('first')).to.not.have.property('madeOn');
    expect(statusOf('other-action').state).to.equal('recorded');
    expect(await outbox.stored(), 'nothing left on the device').to.deep.equal([]);
  });

  it('drops a check-in made on one refused, not a change to another seat, nor after another refusal', async () => {
    const sent = await sendAll(
      [
        checkIn('arrived', 'board-chair', 'absent', 'holder'),
        checkIn('left', 'board-chair', 'holder', 'left'),
        checkIn('other-seat', 'board-a', 'holder', 'left'),
        statusChange('closed', 'A-overdue', 'open', 'in-progress'),
        statusChange('after-closed', 'A-overdue', 'in-progress', 'done'),
      ],
      {
        arrived: changedSince({ seat: 'board-chair', meeting: 'm1', attendance: 'apologies', was: 'absent' }),
        closed: {
          outcome: 'rejected',
          reason: 'The action is closed.',
          refusal: { by: 'host', status: 422, message: 'The action is closed.' },
        },
      },
    );
    expect(sent).to.deep.equal(['arrived', 'other-seat', 'closed', 'after-closed']);
    expect(statusOf('left').state).to.equal('rejected');
    expect((statusOf('left') as Extract<OutboxStatus, { state: 'rejected' }>).madeOn?.id).to.equal('arrived');
  });
});
