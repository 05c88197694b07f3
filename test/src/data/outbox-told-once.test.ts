/**
 * A refusal as changed-since is told once, however the changes made on the refused one reach the host: one still
 * queued on the device when the page is reloaded is dropped on the next load, unsent (the refusal is kept on the
 * device beside the records, and taken off once nothing it concerns is queued); and one another tab had sent
 * before the refusal was known, refused too, is shown as made on the refused one in every tab (`madeOn`), which
 * the elements do not say again, whichever answer comes first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createStore, keys, set } from 'idb-keyval';
import {
  LEASE_MS,
  Outbox,
  type Lease,
  type OutboxItem,
  type OutboxStatus,
  type SendOutcome,
} from '../../../src/data/index.js';
import { updateStored } from '../../../src/data/outbox-lock.js';
import type { ActionStatusChange } from '../../../src/rules/index.js';
import { configureData } from '../../../src/data/index.js';
import { changedSince } from '../../fixtures/changed-since.js';
import { failOnPageErrors, uniqueKey } from '../../fixtures/probe-element.js';

const SUTTON = 'https://intranet.example/sutton/api/partnership';
const CHANNEL = '/api/changes';

type Queued = OutboxItem & { id: string; channel: string; documentUrl: string };
type Rejected = Extract<OutboxStatus, { state: 'rejected' }>;

const statusChange = (id: string, was: string, status: string) =>
  ({
    id,
    channel: CHANNEL,
    documentUrl: SUTTON,
    kind: 'action-status',
    record: { id, action: 'A-overdue', status, was, by: 'p-owner', at: '2019-12-10T16:40:00Z' },
  }) as Queued & { record: ActionStatusChange };

/** The host's refusal of a change to A-overdue made on `was`, a copy someone else has changed since: it holds Done. */
const refusedOn = (was: string) => changedSince({ action: 'A-overdue', status: 'done', was });

/** A sender the test answers: each record waits in `sent` until answered. */
function heldSender() {
  const sent: { id: string; answer: (outcome: SendOutcome) => void }[] = [];
  const sender = (record: { id: string }) => new Promise<SendOutcome>((answer) => sent.push({ id: record.id, answer }));
  return { sent, sender };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stateIn = (outbox: Outbox, id: string) => outbox.$status.get()[id]?.state;
const rejectedIn = (outbox: Outbox, id: string) => outbox.$status.get()[id] as Rejected;
/**
 * The refusals a tab's elements say: those not made on another (`madeOn`), not waiting to be told with another
 * (`waitingOn`), nor told already with one made on them (`toldWith`), of which the elements say nothing.
 */
const toldIn = (outbox: Outbox) =>
  Object.values(outbox.$status.get())
    .filter(
      (status): status is Rejected =>
        status.state === 'rejected' && !status.madeOn && !status.waitingOn && !status.toldWith,
    )
    .map(({ entry }) => entry.id);

describe('the outbox, a change made on a refused one and still queued when the page is reloaded', () => {
  failOnPageErrors();
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('is dropped unsent on the next load, as made on the refused one; the kept refusal then leaves the device', async () => {
    const name = uniqueKey('outbox-told-once-reload');
    const clock = { t: 1_000_000 };
    const page = new Outbox({ database: name, channelName: name, useWebLocks: false, now: () => clock.t });
    await page.enqueue(statusChange('first', 'open', 'in-progress'));
    clock.t += 1;
    await page.enqueue(statusChange('second', 'in-progress', 'dropped'));
    // Taken by a tab that closed before sending it: when the refusal of the first comes, it cannot be dropped.
    await updateStored<{ lease?: Lease }>('second', createStore(name, 'records'), (entry) => ({
      ...entry,
      lease: { owner: 'a-closed-tab', until: clock.t + LEASE_MS },
    }));
    const stop = page.register(CHANNEL, async (record) =>
      record.id === 'first' ? refusedOn('open') : { outcome: 'confirmed' },
    );
    await waitUntil(() => stateIn(page, 'first') === 'rejected', 'the first refused');
    expect(stateIn(page, 'second'), 'still held by the closed tab').to.not.equal('rejected');
    stop();
    await pause(1200); // the page's outbox stops: the page is gone

    clock.t += LEASE_MS + 1;
    const reloaded = new Outbox({
      database: name,
      channelName: uniqueKey('outbox-told-once-reloaded'),
      useWebLocks: false,
      now: () => clock.t,
    });
    const sent: string[] = [];
    stops.push(reloaded.register(CHANNEL, async (record) => (sent.push(record.id), { outcome: 'confirmed' })));
    await waitUntil(() => stateIn(reloaded, 'second') === 'rejected' || sent.length > 0, 'the second settled');
    expect(sent, 'never sent: the host would refuse it, and the person be told again').to.deep.equal([]);
    const dropped = rejectedIn(reloaded, 'second');
    expect(dropped.madeOn?.id, 'made on the refused one: not said again').to.equal('first');
    expect(dropped.refusal).to.deep.equal(refusedOn('open').refusal);
    expect(toldIn(reloaded), 'nothing told on the next load').to.deep.equal([]);

    await reloaded.flush();
    expect(
      await keys(createStore(name, 'records')),
      'nothing left on the device, the kept refusal neither',
    ).to.deep.equal([]);
  });

  it('takes a kept refusal off the device when no record is left at all', async () => {
    const name = uniqueKey('outbox-told-once-none-left');
    // An earlier page's: the refused change and the one made on it both gone since, the refusal left behind.
    const refused = statusChange('first', 'open', 'in-progress');
    const { refusal, reason } = refusedOn('open');
    const entry = { ...refused, queuedAt: '2019-12-10T16:40:00Z', attempts: 1, nextAttemptAt: 0 } as Rejected['entry'];
    const status: Rejected = { state: 'rejected', entry, reason, refusal };
    await set('refused-change:first', { refusedChange: { status, knownBefore: 1 } }, createStore(name, 'records'));
    const outbox = new Outbox({ database: name, channelName: name, useWebLocks: false });
    stops.push(outbox.register(CHANNEL, async () => ({ outcome: 'confirmed' })));
    await outbox.flush();
    expect(await keys(createStore(name, 'records')), 'the refusal concerns nothing queued').to.deep.equal([]);
  });

  it('keeps no refusal on the device that no queued change was made on', async () => {
    const name = uniqueKey('outbox-told-once-nothing-on');
    const outbox = new Outbox({ database: name, channelName: name, useWebLocks: false });
    await outbox.enqueue(statusChange('first', 'open', 'in-progress'));
    await outbox.enqueue(statusChange('other', 'open', 'done'));
    stops.push(
      outbox.register(CHANNEL, async (record) =>
        record.id === 'first' ? refusedOn('open') : { outcome: 'confirmed' },
      ),
    );
    await waitUntil(() => stateIn(outbox, 'other') === 'recorded', 'every change answered');
    await outbox.flush();
    await waitUntil(async () => (await keys(createStore(name, 'records'))).length === 0, 'nothing on the device');
  });
});

describe('the outbox, two tabs that each sent one of two changes, the second made on the first', () => {
  failOnPageErrors();
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  /** Two tabs, each sending its change at once, before either heard of the other's: both go to the host. */
  async function crossedSends() {
    const name = uniqueKey('outbox-told-once-tabs');
    const one = new Outbox({ database: name, channelName: name });
    // The other tab's change is made a moment later (the member's second tab showed the first laid over).
    const other = new Outbox({ database: name, channelName: name, now: () => Date.now() + 5 });
    const hosts = { one: heldSender(), other: heldSender() };
    stops.push(one.register(CHANNEL, hosts.one.sender), other.register(CHANNEL, hosts.other.sender));
    await pause(100); // each tab's first look at the outbox: nothing queued
    // Ids of this test's own: Web Locks are named by record id, and a test that failed may still hold its own.
    const [first, second] = [uniqueKey('first'), uniqueKey('second')];
    await Promise.all([
      one.enqueue(statusChange(first, 'open', 'in-progress')),
      other.enqueue(statusChange(second, 'in-progress', 'dropped')),
    ]);
    await waitUntil(() => hosts.one.sent.length === 1 && hosts.other.sent.length === 1, 'both sent');
    await waitUntil(() => stateIn(other, first) === 'sending' && stateIn(one, second) === 'sending', 'heard');
    return { tabs: [one, other], hosts, first, second };
  }

  it('the first refused, then the second: told once, in every tab', async () => {
    const { tabs, hosts, first, second } = await crossedSends();
    hosts.one.sent[0]!.answer(refusedOn('open'));
    await waitUntil(() => tabs.every((tab) => stateIn(tab, first) === 'rejected'), 'the first refused');
    hosts.other.sent[0]!.answer(refusedOn('in-progress'));
    await waitUntil(() => tabs.every((tab) => stateIn(tab, second) === 'rejected'), 'the second refused');
    for (const tab of tabs) {
      expect(rejectedIn(tab, second).madeOn?.id, 'the second, made on the first').to.equal(first);
      expect(toldIn(tab), 'the first’s refusal said, once').to.deep.equal([first]);
    }
  });

  it('the second refused before the first is answered: told with the first’s refusal, once, in every tab', async () => {
    const { tabs, hosts, first, second } = await crossedSends();
    hosts.other.sent[0]!.answer(refusedOn('in-progress'));
    await pause(200);
    for (const tab of tabs) expect(toldIn(tab), 'nothing said before the first is answered').to.deep.equal([]);
    hosts.one.sent[0]!.answer(refusedOn('open'));
    // Both answered: the second, shown refused as soon as its answer came, is told with the first's.
    await waitUntil(
      () => tabs.every((tab) => stateIn(tab, first) === 'rejected' && stateIn(tab, second) === 'rejected'),
      'both refused',
    );
    for (const tab of tabs) {
      expect(rejectedIn(tab, second).madeOn?.id).to.equal(first);
      expect(toldIn(tab)).to.deep.equal([first]);
    }
  });

  it('the second refused, then the first taken: the second is told on its own', async () => {
    const { tabs, hosts, first, second } = await crossedSends();
    hosts.other.sent[0]!.answer(refusedOn('in-progress'));
    await pause(200);
    hosts.one.sent[0]!.answer({ outcome: 'confirmed' });
    await waitUntil(
      () => tabs.every((tab) => stateIn(tab, first) === 'recorded' && stateIn(tab, second) === 'rejected'),
      'the first taken, the second refused',
    );
    for (const tab of tabs) {
      expect(stateIn(tab, first)).to.equal('recorded');
      expect(rejectedIn(tab, second)).to.not.have.property('madeOn');
      expect(toldIn(tab)).to.deep.equal([second]);
    }
  });

  it('the second refused before the first is answered: shown at once as refused, waiting on the first, never as sending', async () => {
    const { tabs, hosts, first, second } = await crossedSends();
    hosts.other.sent[0]!.answer(refusedOn('in-progress'));
    await waitUntil(
      () => tabs.every((tab) => rejectedIn(tab, second)?.waitingOn?.id === first),
      'the host’s answer shown in every tab: refused, waiting on the first',
    );
    for (const tab of tabs) expect(toldIn(tab), 'not told yet').to.deep.equal([]);
    hosts.one.sent[0]!.answer(refusedOn('open'));
    await waitUntil(() => tabs.every((tab) => rejectedIn(tab, second)?.madeOn?.id === first), 'told with the first');
    for (const tab of tabs) {
      expect(rejectedIn(tab, second)).to.not.have.property('waitingOn');
      expect(toldIn(tab)).to.deep.equal([first]);
    }
  });

  it('the first unanswered longer than the wait: the second told on its own, and the first’s refusal, later, not again', async () => {
    // The first's tab lost its connection mid-send: its answer comes long after the second's.
    const restore = configureData({ waitForEarlierMs: 300 });
    try {
      const { tabs, hosts, first, second } = await crossedSends();
      hosts.other.sent[0]!.answer(refusedOn('in-progress'));
      await waitUntil(
        () => tabs.every((tab) => toldIn(tab).includes(second)),
        'the second told on its own, in every tab',
      );
      hosts.one.sent[0]!.answer(refusedOn('open'));
      await waitUntil(() => tabs.every((tab) => stateIn(tab, first) === 'rejected'), 'the first refused');
      for (const tab of tabs) {
        expect(rejectedIn(tab, first).toldWith?.id, 'said already, with the second').to.equal(second);
        expect(toldIn(tab), 'the person told once').to.deep.equal([second]);
      }
    } finally {
      restore();
    }
  });
});
