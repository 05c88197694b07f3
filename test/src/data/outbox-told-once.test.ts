/**
 * A refusal as changed-since is told once, however the changes made on the refused one reach the host: one still
 * queued on the device when the page is reloaded is dropped on the next load, unsent (the refusal is kept on the
 * device beside the records, and taken off once nothing it concerns is queued).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createStore, keys } from 'idb-keyval';
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

/** The host's refusal of a change made on a copy someone else has changed since: it holds Done. */
const changedSince = (was: string): SendOutcome => ({
  outcome: 'rejected',
  reason: 'Someone else changed it.',
  refusal: {
    by: 'host',
    status: 422,
    code: 'changed-since',
    values: { action: 'A-overdue', status: 'done', was },
    message: 'Someone else changed it.',
  },
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stateIn = (outbox: Outbox, id: string) => outbox.$status.get()[id]?.state;
const rejectedIn = (outbox: Outbox, id: string) => outbox.$status.get()[id] as Rejected;
/** The refusals a tab's elements say: those not made on another (the elements say nothing of `madeOn` ones). */
const toldIn = (outbox: Outbox) =>
  Object.values(outbox.$status.get())
    .filter((status): status is Rejected => status.state === 'rejected' && !status.madeOn)
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
      record.id === 'first' ? changedSince('open') : { outcome: 'confirmed' },
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
    expect(dropped.refusal).to.deep.equal(
      (changedSince('open') as Extract<SendOutcome, { outcome: 'rejected' }>).refusal,
    );
    expect(toldIn(reloaded), 'nothing told on the next load').to.deep.equal([]);

    await reloaded.flush();
    expect(
      await keys(createStore(name, 'records')),
      'nothing left on the device, the kept refusal neither',
    ).to.deep.equal([]);
  });

  it('keeps no refusal on the device that no queued change was made on', async () => {
    const name = uniqueKey('outbox-told-once-nothing-on');
    const outbox = new Outbox({ database: name, channelName: name, useWebLocks: false });
    await outbox.enqueue(statusChange('first', 'open', 'in-progress'));
    await outbox.enqueue(statusChange('other', 'open', 'done'));
    stops.push(
      outbox.register(CHANNEL, async (record) =>
        record.id === 'first' ? changedSince('open') : { outcome: 'confirmed' },
      ),
    );
    await waitUntil(() => stateIn(outbox, 'other') === 'recorded', 'every change answered');
    await outbox.flush();
    await waitUntil(async () => (await keys(createStore(name, 'records'))).length === 0, 'nothing on the device');
  });
});
