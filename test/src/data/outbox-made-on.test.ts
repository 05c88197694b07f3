/**
 * Changes queued offline on top of one another (an action to In progress, then to Dropped) while someone else
 * changed the same action on the host: the host refuses the first as changed-since, and would refuse each made on
 * it in turn, the person told again for each. The outbox takes those off the device unsent, as refused with the
 * first's refusal (`madeOn`), and sends everything else as before: a change to another action or seat, to the same
 * action in another document, or one made on something else.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { UseStore } from 'idb-keyval';
import {
  LEASE_MS,
  Outbox,
  type Lease,
  type OutboxItem,
  type OutboxStatus,
  type SendOutcome,
} from '../../../src/data/index.js';
import { updateStored } from '../../../src/data/outbox-lock.js';
import { SENT_ELSEWHERE_WAIT_MS } from '../../../src/data/outbox.js';
import type { ActionStatusChange, AttendanceChange } from '../../../src/rules/index.js';
import { changedSince } from '../../fixtures/changed-since.js';
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
        // Open again, not Done: Done, what the host holds now, would be no loss, and sent (below).
        statusChange('third', 'A-overdue', 'dropped', 'open'),
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

describe('the outbox, a vote beside a change refused as changed since', () => {
  failOnPageErrors();

  it('sends the vote: each record is a request of its own, and a vote is never made on a change', async () => {
    // No records go to the host together (the vote panel's saidTogether joins a vote's refusal and the close in
    // one announcement, not two records in one request), so a refusal of one drops no other but those made on it.
    const name = uniqueKey('outbox-made-on-vote');
    const outbox = new Outbox({ database: name, channelName: name });
    const vote: Queued = {
      id: 'vote',
      channel: CHANNEL,
      documentUrl: SUTTON,
      kind: 'vote',
      record: {
        id: 'vote',
        proposal: 'p1',
        seat: 'board-chair',
        by: 'p-clerk',
        choice: 'for',
        cast: '2019-12-10T16:41:00Z',
      },
    };
    const items = [
      checkIn('arrived', 'board-chair', 'absent', 'holder'),
      vote,
      checkIn('left', 'board-chair', 'holder', 'left'),
    ];
    for (const item of items) await outbox.enqueue(item);
    const sent: string[][] = [];
    const stop = outbox.register(CHANNEL, async (record) => {
      sent.push([record.id]);
      return record.id === 'arrived'
        ? changedSince({ seat: 'board-chair', meeting: 'm1', attendance: 'apologies', was: 'absent' })
        : { outcome: 'confirmed' };
    });
    try {
      await waitUntil(() => outbox.$status.get()['vote']?.state === 'recorded', 'the vote recorded');
      await waitUntil(() => outbox.$status.get()['left']?.state === 'rejected', 'the check-out dropped');
      expect(sent, 'one record a request; the vote sent, the check-out made on the refused check-in not').to.deep.equal(
        [['arrived'], ['vote']],
      );
    } finally {
      stop();
    }
  });
});

/** A sender the test answers: each record waits in `sent` until answered. */
function heldSender() {
  const sent: { id: string; answer: (outcome: SendOutcome) => void }[] = [];
  const sender = (record: { id: string }) => new Promise<SendOutcome>((answer) => sent.push({ id: record.id, answer }));
  return { sent, sender };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * How long a tab leaves a record another tab was sending (`sentElsewhereWaitMs`): a fifth of SENT_ELSEWHERE_WAIT_MS,
 * so that the tests that see it out take a fifth of the time.
 */
const SENT_ELSEWHERE_WAIT = SENT_ELSEWHERE_WAIT_MS / 5;

/**
 * Counts a tab's rounds through its outbox (`flush`, which its own timer calls too): how the tests see that the
 * tab looked again once its shortened wait was out, not only that it sent nothing meanwhile.
 */
function roundsOf(outbox: Outbox): { count: number } {
  const rounds = { count: 0 };
  const flush = outbox.flush.bind(outbox);
  outbox.flush = () => ((rounds.count += 1), flush());
  return rounds;
}

/**
 * Waits for a tab to look again at a record another tab is sending, by its own timer: within four of its
 * shortened waits, well before the default wait (five of them) were the option not obeyed.
 */
async function untilLooksAgain(rounds: { count: number }, what: string): Promise<void> {
  const before = rounds.count;
  await waitUntil(() => rounds.count > before, what, { timeout: SENT_ELSEWHERE_WAIT * 4 });
}

/** The outbox's own database, reached from the test: a write held back is what makes the race. */
function databaseOf(outbox: Outbox): { database: UseStore } {
  return outbox as unknown as { database: UseStore };
}

describe('the outbox, when a change made on a refused one is not yet where the refusal looks', () => {
  failOnPageErrors();
  const refusal = changedSince({ action: 'A-overdue', status: 'done', was: 'open' });
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('still being stored when the refusal of the first arrives: dropped unsent, not sent and refused again', async () => {
    // The owner marks the action In progress; while that is sent, Dropped, made on it. Its write to IndexedDB is
    // slow (a busy phone), so the outbox looks for changes made on the refused one before the second is there.
    const name = uniqueKey('outbox-made-on-writing');
    const outbox = new Outbox({ database: name, channelName: name });
    const host = heldSender();
    stops.push(outbox.register(CHANNEL, host.sender));
    await outbox.enqueue(statusChange('first', 'A-overdue', 'open', 'in-progress'));
    await waitUntil(() => host.sent.length === 1, 'the first is being sent');

    const real = databaseOf(outbox).database;
    const writes: (() => void)[] = [];
    databaseOf(outbox).database = (mode, callback) =>
      mode === 'readwrite'
        ? new Promise((resolve, reject) => writes.push(() => void real(mode, callback).then(resolve, reject)))
        : real(mode, callback);
    const second = outbox.enqueue(statusChange('second', 'A-overdue', 'in-progress', 'dropped'));
    await waitUntil(() => writes.length === 1, 'the second is being written');
    host.sent[0]!.answer(refusal);
    await waitUntil(() => outbox.$status.get()['first']?.state === 'rejected', 'the first refused');
    databaseOf(outbox).database = real;
    writes.splice(0).forEach((write) => write());
    await second;

    await waitUntil(() => outbox.$status.get()['second']?.state === 'rejected', 'the second dropped', {
      timeout: 3000,
    });
    const dropped = outbox.$status.get()['second'] as Extract<OutboxStatus, { state: 'rejected' }>;
    expect(dropped.madeOn?.id, 'as made on the refused change: told once').to.equal('first');
    expect(dropped.refusal).to.deep.equal(refusal.outcome === 'rejected' && refusal.refusal);
    expect(
      host.sent.map(({ id }) => id),
      'never sent',
    ).to.deep.equal(['first']);
    await waitUntil(async () => (await outbox.stored()).length === 0, 'nothing left on the device');
  });

  it('a change made on a refused one after the refusal was heard, on what the host holds now, is sent', async () => {
    // The host holds In progress by now (someone else set it after refusing the first): Done made on it is news.
    const name = uniqueKey('outbox-made-on-after');
    const outbox = new Outbox({ database: name, channelName: name });
    const host = heldSender();
    stops.push(outbox.register(CHANNEL, host.sender));
    await outbox.enqueue(statusChange('first', 'A-overdue', 'open', 'in-progress'));
    await waitUntil(() => host.sent.length === 1, 'the first is being sent');
    host.sent[0]!.answer(refusal);
    await waitUntil(() => outbox.$status.get()['first']?.state === 'rejected', 'the first refused');
    await pause(5);
    await outbox.enqueue(statusChange('later', 'A-overdue', 'in-progress', 'done'));
    await waitUntil(() => host.sent.length === 2, 'the later change is sent');
    expect(host.sent[1]!.id).to.equal('later');
    host.sent[1]!.answer({ outcome: 'confirmed' });
  });

  for (const useWebLocks of [true, false]) {
    const holding = useWebLocks ? 'Web Locks' : 'a lease';
    /** Two tabs on one outbox, one of them sending `first` and holding it; `second` queued behind it. */
    async function twoTabs(second: Queued) {
      const name = uniqueKey('outbox-made-on-tabs');
      const tab = { database: name, channelName: name, useWebLocks, sentElsewhereWaitMs: SENT_ELSEWHERE_WAIT };
      const sending = new Outbox(tab);
      const other = new Outbox(tab);
      await sending.enqueue(statusChange('first', 'A-overdue', 'open', 'in-progress'));
      await sending.enqueue(second);
      const host = heldSender();
      stops.push(sending.register(CHANNEL, host.sender));
      await waitUntil(() => host.sent.length === 1, 'the first is being sent by one tab');
      return { sending, other, host };
    }

    it(`${holding}: another tab does not send a change to the same action while one tab sends the first`, async () => {
      const { sending, other, host } = await twoTabs(statusChange('second', 'A-overdue', 'in-progress', 'dropped'));
      const sentByOther: string[] = [];
      const rounds = roundsOf(other);
      stops.push(other.register(CHANNEL, async (record) => (sentByOther.push(record.id), { outcome: 'confirmed' })));
      await waitUntil(() => rounds.count > 0, 'the other tab’s round');
      await untilLooksAgain(rounds, 'the other tab looks again once its wait for the first is out');
      expect(sentByOther, 'made on the first, it waits for the first’s answer').to.deep.equal([]);
      host.sent[0]!.answer(refusal);
      for (const tab of [sending, other]) {
        await waitUntil(() => tab.$status.get()['second']?.state === 'rejected', 'the second dropped, in both tabs');
        expect((tab.$status.get()['second'] as Extract<OutboxStatus, { state: 'rejected' }>).madeOn?.id).to.equal(
          'first',
        );
      }
      await pause(SENT_ELSEWHERE_WAIT * 1.2); // past the other tab's wait for the first
      expect(sentByOther).to.deep.equal([]);
      expect(host.sent.map(({ id }) => id)).to.deep.equal(['first']);
      expect(await other.stored()).to.deep.equal([]);
    });

    it(`${holding}: a change made in another tab while one tab sends the first does not go at once beside it`, async () => {
      const name = uniqueKey('outbox-made-on-tab-made');
      const tab = { database: name, channelName: name, useWebLocks, sentElsewhereWaitMs: SENT_ELSEWHERE_WAIT };
      const sending = new Outbox(tab);
      const other = new Outbox(tab);
      const host = heldSender();
      const sentByOther: string[] = [];
      const rounds = roundsOf(other);
      stops.push(sending.register(CHANNEL, host.sender));
      stops.push(other.register(CHANNEL, async (record) => (sentByOther.push(record.id), { outcome: 'confirmed' })));
      await sending.enqueue(statusChange('first', 'A-overdue', 'open', 'in-progress'));
      await waitUntil(() => other.$status.get()['first']?.state === 'sending', 'the other tab hears it is being sent');
      // Made in the other tab on the first (the member's page showed it): the first's answer comes before it goes.
      await other.enqueue(statusChange('second', 'A-overdue', 'in-progress', 'dropped'));
      await untilLooksAgain(rounds, 'the other tab looks again once its wait for the first is out');
      expect(sentByOther).to.deep.equal([]);
      host.sent[0]!.answer(refusal);
      await waitUntil(() => other.$status.get()['second']?.state === 'rejected', 'the second dropped');
      await pause(SENT_ELSEWHERE_WAIT * 1.2);
      expect(sentByOther).to.deep.equal([]);
      expect(host.sent.map(({ id }) => id)).to.deep.equal(['first']);
    });
  }

  it('held by a tab gone mid-send when the refusal came (a lease): dropped when its turn comes, not sent', async () => {
    const name = uniqueKey('outbox-made-on-gone');
    const clock = { t: 1_000_000 };
    const outbox = new Outbox({ database: name, channelName: name, useWebLocks: false, now: () => clock.t });
    await outbox.enqueue(statusChange('first', 'A-overdue', 'open', 'in-progress'));
    clock.t += 1;
    await outbox.enqueue(statusChange('second', 'A-overdue', 'in-progress', 'dropped'));
    // A tab that took the second and closed before sending it: its lease stands for LEASE_MS.
    await updateStored<{ lease?: Lease }>('second', databaseOf(outbox).database, (entry) => ({
      ...entry,
      lease: { owner: 'a-closed-tab', until: clock.t + LEASE_MS },
    }));
    const sent: string[] = [];
    stops.push(
      outbox.register(
        CHANNEL,
        async (record) => (
          sent.push(record.id),
          record.id === 'first'
            ? refusal
            : {
                outcome: 'confirmed',
              }
        ),
      ),
    );
    await waitUntil(() => outbox.$status.get()['first']?.state === 'rejected', 'the first refused');
    expect(outbox.$status.get()['second']?.state, 'still held by the closed tab').to.not.equal('rejected');
    clock.t += LEASE_MS + 1;
    await outbox.flush();
    await waitUntil(() => outbox.$status.get()['second']?.state === 'rejected', 'the second dropped in its turn');
    expect((outbox.$status.get()['second'] as Extract<OutboxStatus, { state: 'rejected' }>).madeOn?.id).to.equal(
      'first',
    );
    expect(sent).to.deep.equal(['first']);
    expect(await outbox.stored()).to.deep.equal([]);
  });
});

describe('the outbox, a change made on a refused one that asks for what the host holds now', () => {
  failOnPageErrors();
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));
  /** Someone else marked the action Done: the host refuses In progress, made on Open. */
  const refusedForDone = changedSince({ action: 'A-overdue', status: 'done', was: 'open' });
  const stateOf = (outbox: Outbox, id: string) => outbox.$status.get()[id]?.state;

  it('is sent and saved, not dropped: nothing the person asked for is lost', async () => {
    // Offline: In progress, then Dropped, then Done, each made on the one before; the host holds Done already.
    const name = uniqueKey('outbox-made-on-held');
    const outbox = new Outbox({ database: name, channelName: name });
    const items = [
      statusChange('first', 'A-overdue', 'open', 'in-progress'),
      statusChange('second', 'A-overdue', 'in-progress', 'dropped'),
      statusChange('third', 'A-overdue', 'dropped', 'done'),
      checkIn('arrived', 'board-chair', 'absent', 'holder'),
      checkIn('apologies', 'board-chair', 'holder', 'apologies'),
    ];
    for (const item of items) await outbox.enqueue(item);
    const sent: string[] = [];
    const refusals: Record<string, SendOutcome> = {
      first: refusedForDone,
      arrived: changedSince({ seat: 'board-chair', meeting: 'm1', attendance: 'apologies', was: 'absent' }),
    };
    stops.push(
      outbox.register(
        CHANNEL,
        async (record) => (sent.push(record.id), refusals[record.id] ?? { outcome: 'confirmed' }),
      ),
    );
    await waitUntil(
      () => items.every(({ id }) => ['recorded', 'rejected'].includes(stateOf(outbox, id) ?? '')),
      'every change answered or dropped',
    );
    expect(sent, 'Done and Apologies, what the host holds, are sent').to.deep.equal([
      'first',
      'third',
      'arrived',
      'apologies',
    ]);
    expect(stateOf(outbox, 'second'), 'Dropped, made on the refused one, is not').to.equal('rejected');
    expect(stateOf(outbox, 'third'), 'saved, as the host takes a change to what it holds').to.equal('recorded');
    expect(stateOf(outbox, 'apologies')).to.equal('recorded');
  });

  it('held by another tab when the refusal came: sent in its turn, not dropped', async () => {
    const name = uniqueKey('outbox-made-on-held-later');
    const outbox = new Outbox({ database: name, channelName: name, sentElsewhereWaitMs: SENT_ELSEWHERE_WAIT });
    const [first, second] = [uniqueKey('first'), uniqueKey('second')];
    await outbox.enqueue(statusChange(first, 'A-overdue', 'open', 'in-progress'));
    await outbox.enqueue(statusChange(second, 'A-overdue', 'in-progress', 'done'));
    let letGo = () => {};
    await new Promise<void>((held) => {
      void navigator.locks.request(`partnership-kit-outbox:${second}`, () => {
        held();
        return new Promise<void>((resolve) => (letGo = resolve));
      });
    });
    const sent: string[] = [];
    stops.push(
      outbox.register(CHANNEL, async (record) => {
        sent.push(record.id);
        return record.id === first ? refusedForDone : { outcome: 'confirmed' };
      }),
    );
    await waitUntil(() => stateOf(outbox, first) === 'rejected', 'the first refused');
    letGo();
    await outbox.flush();
    await waitUntil(() => stateOf(outbox, second) === 'recorded', 'the second sent and saved', { timeout: 4000 });
    expect(sent).to.deep.equal([first, second]);
  });
});
