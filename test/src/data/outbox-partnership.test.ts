/**
 * A record queued from a document given inline has no document URL: two partnerships' documents on one endpoint,
 * with the same action, meeting and person ids, were told apart by nothing, so one partnership's refused change
 * took the other's change to "the same" action off the device unsent, and the page took one's check-in as
 * superseding the other's. A record now keeps its partnership (its document's `partnership.id`): it is that
 * partnership's alone, and still sent, once, to the channel it was queued for. One an earlier kit queued without
 * it is its channel's, as before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createStore, set } from 'idb-keyval';
import {
  Outbox,
  isSuperseded,
  waitingOnThisDevice,
  type OutboxEntry,
  type OutboxItem,
  type OutboxStatus,
} from '../../../src/data/index.js';
import { laneOf, madeOnTopOf, sameThing } from '../../../src/data/outbox-refusals.js';
import { changedSince as changedSinceAs } from '../../fixtures/changed-since.js';
import { failOnPageErrors, uniqueKey } from '../../fixtures/probe-element.js';

const CHANNEL = 'https://intranet.example/api/changes';

type Queued = OutboxItem & { id: string; channel: string; partnership?: string };

/** A change to action A-01's status, from a document of `partnership` given inline. */
const statusChange = (id: string, partnership: string | undefined, was: string, status: string) =>
  ({
    id,
    channel: CHANNEL,
    ...(partnership === undefined ? {} : { partnership }),
    kind: 'action-status',
    record: { id, action: 'A-01', status, was, by: 'p-owner', at: '2019-12-10T16:40:00Z' },
  }) as Queued;

/** `item` as the outbox stores it, queued `sequence`-th. */
const stored = (item: Queued, sequence: number): OutboxEntry =>
  ({ ...item, queuedAt: '2019-12-10T16:40:00Z', sequence, attempts: 0, nextAttemptAt: 0 }) as OutboxEntry;

/** The host's refusal of a change to A-01 made on a copy someone has changed since: it holds Done. */
const changedSince = changedSinceAs({ action: 'A-01', status: 'done', was: 'open' });

describe('the outbox: a record queued from an inline document belongs to its partnership', () => {
  failOnPageErrors();
  let stop = () => {};
  afterEach(() => stop());

  it('tells two inline partnerships’ changes on one channel apart, sent in its one lane, in the order they were made', () => {
    const sutton = stored(statusChange('s', 'sutton-ep', 'open', 'done'), 1);
    const suffolk = stored(statusChange('f', 'suffolk-ep', 'open', 'done'), 2);
    const legacy = stored(statusChange('l', undefined, 'open', 'done'), 3);
    expect(sameThing(sutton, suffolk), 'another partnership’s A-01').to.equal(false);
    expect(sameThing(sutton, stored(statusChange('s2', 'sutton-ep', 'done', 'open'), 4))).to.equal(true);
    expect(sameThing(legacy, sutton), 'an earlier kit’s: any partnership’s on its channel').to.equal(true);
    expect(sameThing(sutton, legacy)).to.equal(true);
    // One host, one lane: an earlier kit's record keeps its place before those queued since.
    expect([laneOf(sutton), laneOf(suffolk)]).to.deep.equal([laneOf(legacy), laneOf(legacy)]);
  });

  it('takes no change of one partnership as made on another’s, nor as superseding it', () => {
    const sutton = stored(statusChange('s', 'sutton-ep', 'open', 'in-progress'), 1);
    const suffolk = stored(statusChange('f', 'suffolk-ep', 'in-progress', 'done'), 2);
    expect(madeOnTopOf(sutton, suffolk)).to.equal(false);
    expect(madeOnTopOf(sutton, { ...suffolk, partnership: 'sutton-ep' } as OutboxEntry)).to.equal(true);
    const waiting: Record<string, OutboxStatus> = { f: { state: 'queued', entry: suffolk, retryAt: 0 } };
    expect(isSuperseded(sutton, waiting)).to.equal(false);
    const ownLater = { ...suffolk, id: 's-later', partnership: 'sutton-ep' } as OutboxEntry;
    expect(isSuperseded(sutton, { 's-later': { state: 'queued', entry: ownLater, retryAt: 0 } })).to.equal(true);
  });

  it('sends another partnership’s change to the same action, once, when one partnership’s is refused as changed-since', async () => {
    const outbox = new Outbox({
      database: uniqueKey('outbox-partnership'),
      channelName: uniqueKey('outbox-partnership'),
    });
    const refused = statusChange('sutton-change', 'sutton-ep', 'open', 'in-progress');
    // Suffolk's action A-01 was In progress on its own page: a change made on it, not on Sutton's.
    const suffolk = statusChange('suffolk-change', 'suffolk-ep', 'in-progress', 'dropped');
    for (const item of [refused, suffolk]) await outbox.enqueue(item);
    const sent: string[] = [];
    stop = outbox.register(CHANNEL, async (record) => {
      sent.push(record.id);
      return record.id === refused.id ? changedSince : { outcome: 'confirmed' };
    });
    await waitUntil(
      () => ['sutton-change', 'suffolk-change'].every((id) => outbox.$status.get()[id]?.state !== 'queued'),
      'both answered',
      { timeout: 4000 },
    );
    await waitUntil(() => outbox.$status.get()['suffolk-change']?.state === 'recorded', 'Suffolk’s recorded', {
      timeout: 4000,
    });
    expect([...sent].sort()).to.deep.equal(['suffolk-change', 'sutton-change']);
    expect(await outbox.stored(), 'nothing left on the device').to.deep.equal([]);
  });

  it('drops, for a refusal an earlier kit kept with no partnership, only a change kept with none, never another partnership’s', async () => {
    const name = uniqueKey('outbox-partnership-kept-refusal');
    // Kept on the device by a kit older than the partnership field: its change to A-01 (Open to In progress), of a
    // document given inline, refused as changed-since, and a change it made on it still queued. Suffolk's A-01 was In
    // progress on its own page: its change was made on that, not on the refused one.
    const legacyRefused = stored(statusChange('legacy-refused', undefined, 'open', 'in-progress'), 0);
    const { reason, refusal } = changedSince;
    const status = { state: 'rejected', entry: legacyRefused, reason, refusal } as const;
    const kept = { refusedChange: { status, knownBefore: Number.MAX_SAFE_INTEGER } };
    await set('refused-change:legacy-refused', kept, createStore(name, 'records'));
    const outbox = new Outbox({ database: name, channelName: name, useWebLocks: false });
    const legacyMadeOn = statusChange('legacy-made-on', undefined, 'in-progress', 'open');
    const suffolk = statusChange('suffolk-change', 'suffolk-ep', 'in-progress', 'dropped');
    for (const item of [legacyMadeOn, suffolk]) await outbox.enqueue(item);
    const sent: string[] = [];
    stop = outbox.register(CHANNEL, async (record) => (sent.push(record.id), { outcome: 'confirmed' }));
    await waitUntil(
      () => ['legacy-made-on', 'suffolk-change'].every((id) => outbox.$status.get()[id]?.state !== 'queued'),
      'both answered',
      { timeout: 4000 },
    );
    const legacy = outbox.$status.get()['legacy-made-on'];
    expect(legacy?.state === 'rejected' && legacy.madeOn?.id, 'the earlier kit’s change, made on it').to.equal(
      'legacy-refused',
    );
    await waitUntil(() => outbox.$status.get()['suffolk-change']?.state === 'recorded', 'Suffolk’s recorded', {
      timeout: 4000,
    });
    expect(sent, 'Suffolk’s sent, once; the one made on the refused change not').to.deep.equal(['suffolk-change']);
  });

  it('says whose partnership each record waiting on this device is, where it was kept', async () => {
    // The kit's own database, which waitingOnThisDevice reads; each record by a person of its own, to find it.
    const outbox = new Outbox({ channelName: uniqueKey('outbox-partnership') });
    const madeBy = (item: Queued, by: string) => ({ ...item, record: { ...item.record, by } }) as Queued;
    const own = madeBy(statusChange(`own-${Math.random()}`, 'sutton-ep', 'open', 'done'), `p-${Math.random()}`);
    const legacy = madeBy(statusChange(`legacy-${Math.random()}`, undefined, 'open', 'done'), `p-${Math.random()}`);
    for (const item of [own, legacy]) await outbox.enqueue(item);
    const waiting = await waitingOnThisDevice();
    expect(waiting.find(({ by }) => by === own.record.by)).to.have.property('partnership', 'sutton-ep');
    expect(waiting.find(({ by }) => by === legacy.record.by)).to.include({ kind: 'action-status' });
    expect(waiting.find(({ by }) => by === legacy.record.by)).to.not.have.property('partnership');
  });
});
