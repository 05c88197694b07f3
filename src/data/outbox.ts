/**
 * The outbox: nothing a member casts is lost. A record is written to
 * IndexedDB before anything else, sent with its id as the idempotency key,
 * and removed only when the host confirmed or refused it. Network errors,
 * timeouts and 5xx answers leave it queued, retried with exponential backoff
 * and jitter (at most a minute apart, or as `Retry-After` says), and at once
 * when the browser comes back online. Queued records survive reloads and
 * closed tabs and are sent on the next load. One tab sends a record at a time;
 * every tab shows its state. Each document's records go in order, one at a
 * time, beside other documents': two partnerships on one site share the outbox,
 * and one's host that hangs or fails holds back none of the other's (laneOf).
 *
 * A record belongs to the person who made it (`by`): when the host refuses the
 * session rather than the record (a 401, or a 403 naming no record), it waits
 * for them, tried again when the page says someone signed in (`retryNow()`),
 * on focus, and a minute later, never in a loop. Storage that fails is a
 * refusal in place; whatever fails, a tab sends at most one request a second for each document.
 *
 * Its parts: the records kept on the device (outbox-records.ts) and what the page is told of each
 * (outbox-status.ts); how a record reaches the host (outbox-senders.ts); when each may be sent next
 * (outbox-waits.ts); one tab at a time holding a record (outbox-lock.ts); what wakes a started outbox
 * (outbox-wake-ups.ts); and the changes refused as changed-since, those made on them, and telling the person
 * once (outbox-refusals.ts, outbox-held.ts, outbox-tell-once.ts). This module runs the rounds that send them,
 * each document's records in order in its own lane (laneOf).
 */
import { entries, get, set, type UseStore } from 'idb-keyval';
import { map, type MapStore } from 'nanostores';
import { dataOptions } from './data-options.js';
import { senderName, storeHolding, updateStored, whileHolding, type Holding } from './outbox-lock.js';
import type { Refusal, Sender, SendOutcome } from './outbox-senders.js';
import { RefusalMemory, isChangedSince, laneOf, madeOnTopOf } from './outbox-refusals.js';
import { TellOnce } from './outbox-tell-once.js';
import { asksWhatIsHeld } from './outbox-held.js';
import { originOf } from './host-session.js';
import {
  OUTBOX_DATABASE,
  SettledRecords,
  inQueueOrder,
  recordStore,
  type OutboxEntry,
  type OutboxEntryState,
  type OutboxItem,
} from './outbox-records.js';
import { ownerOf, refusedUnstored, type OutboxStatus } from './outbox-status.js';
import { MAX_BACKOFF_MS, SENT_ELSEWHERE_WAIT_MS, Waits, type RetryOutcome } from './outbox-waits.js';
import { listenForWakeUps } from './outbox-wake-ups.js';

export type { OutboxEntry, OutboxItem, OutboxStatus };

/**
 * How long the outbox stays started once its last sender has left: an element moved in the page, or shown
 * again by a single-page app's next view, finds its channel and listeners still open (nanostores keeps a
 * store mounted a second after its last listener, for the same reason). The default of the page's
 * `outboxStopDelayMs` (data-options.ts), which a test may shorten.
 */
export const STOP_DELAY_MS = 1_000;

export { madeOnTopOf };
export { MAX_BACKOFF_MS, MIN_GAP_AFTER_FAILURE_MS, SENT_ELSEWHERE_WAIT_MS, backoff } from './outbox-waits.js';

export interface OutboxOptions {
  /** The IndexedDB database: the kit's own, never idb-keyval's default. */
  database?: string;
  /** The BroadcastChannel that tells other tabs of each record's state. */
  channelName?: string;
  useWebLocks?: boolean;
  now?: () => number;
  random?: () => number;
  /**
   * How long a record another tab was sending is left before this tab looks again: SENT_ELSEWHERE_WAIT_MS.
   *
   * @internal For tests, which shorten it to see the same wait out in less time; never a host page's.
   */
  sentElsewhereWaitMs?: number;
  /** Called once per confirmed record in this tab, whichever tab sent it. */
  onConfirmed?: (entry: OutboxEntry) => void;
  /**
   * Called for each refusal shown in this tab, whichever tab sent the record: once, or twice when it is shown
   * waiting for the answer to the change it was made on and then told (outbox-tell-once.ts).
   */
  onRejected?: (status: Extract<OutboxStatus, { state: 'rejected' }>) => void;
}

export class Outbox {
  /** Every record's latest state, by record id, in this tab and the others. */
  readonly $status: MapStore<Record<string, OutboxStatus>> = map({});
  private readonly database: UseStore;
  /** Each channel's senders, latest last: two elements may post to one endpoint, and either may leave first. */
  private readonly senders = new Map<string, Sender[]>();
  private readonly options: Required<Omit<OutboxOptions, 'onConfirmed' | 'onRejected'>> &
    Pick<OutboxOptions, 'onConfirmed' | 'onRejected'>;
  private broadcast?: BroadcastChannel;
  private timer?: ReturnType<typeof setTimeout>;
  /** Set while the last sender has left and the outbox waits `outboxStopDelayMs` before it stops. */
  private stopping?: ReturnType<typeof setTimeout>;
  /** Each lane's sending round while one runs (laneOf), and whether another turn was asked for meanwhile. */
  private readonly lanes = new Map<string, { running?: Promise<void>; again: boolean }>();
  private queued = 0;
  /** The round a sender's arrival asked for, until it begins: senders arriving meanwhile join it (askTurn). */
  private turnAsked?: { startUp: boolean };
  /** Who this outbox is when it holds a lease. */
  private readonly name = senderName();
  /** Records answered here whose removal is not stored yet: never sent again from this tab. */
  private readonly settled = new SettledRecords(() => this.database);
  /** When each record may be sent next, beside what the record stores itself. */
  private readonly waits: Waits;
  /** The moves `adopt` made in this page: each is needed once. */
  private readonly adopted = new Set<string>();
  /**
   * The records `enqueue` is writing to the device, by id, until their write is done and they are in `$status`:
   * the element that made one shows it already, and a document drawn again meanwhile lays it over too (writing).
   */
  private readonly beingWritten = new Map<string, OutboxEntry>();
  /** The latest sequence this tab gave a record: a change made before a refusal was known here is at most this. */
  private lastSequence = 0;
  /**
   * The changes refused as changed-since that this tab knows of (its own answers, other tabs' news, and those an
   * earlier page kept on the device): a change made on one of them that reaches its turn later is dropped there,
   * unsent (madeOnRefused).
   */
  private readonly refusals = new RefusalMemory(() => this.database);
  /** Each refusal as changed-since shown so that the person is told it once, whichever tab sent what. */
  private readonly telling = new TellOnce(
    this.refusals,
    () => this.$status.get(),
    (status) => this.show(status),
  );
  /** Records still on this device that the host's live channel carried back (heardFromHost): the host holds them. */
  private readonly heardHeld = new Set<string>();
  /** Takes off the listeners for what wakes the outbox (outbox-wake-ups.ts), while it is started. */
  private stopListening?: () => void;

  constructor(options: OutboxOptions = {}) {
    this.options = {
      database: OUTBOX_DATABASE,
      channelName: 'partnership-kit-outbox',
      useWebLocks: true,
      now: () => Date.now(),
      random: Math.random,
      sentElsewhereWaitMs: SENT_ELSEWHERE_WAIT_MS,
      ...options,
    };
    this.database = recordStore(this.options.database);
    this.waits = new Waits(this.options);
  }

  /**
   * Lets records for `channel` be sent, and sends any already queued, from the next task. Returns
   * the function that stops it; a second (STOP_DELAY_MS, the page's
   * `outboxStopDelayMs`) after nothing is registered the outbox holds no
   * timer, listener or channel.
   */
  register(channel: string, sender: Sender): () => void {
    const starting = this.stopping === undefined && this.senders.size === 0;
    if (this.stopping !== undefined) {
      clearTimeout(this.stopping);
      this.stopping = undefined;
    } else if (starting) this.start();
    this.senders.set(channel, [...(this.senders.get(channel) ?? []), sender]);
    this.askTurn(starting);
    return () => {
      const left = (this.senders.get(channel) ?? []).filter((s) => s !== sender);
      if (left.length > 0) this.senders.set(channel, left);
      else this.senders.delete(channel);
      if (this.senders.size === 0 && this.stopping === undefined) {
        this.stopping = setTimeout(() => {
          this.stopping = undefined;
          this.stop();
        }, dataOptions.outboxStopDelayMs);
      }
    };
  }

  /**
   * Asks for the round a sender's arrival wants, a task later: an element registers as it connects, and its first
   * render need not wait behind the read of the whole outbox (a vote panel's render took a millisecond longer with
   * it, issue 12). Starting, the round tries once what waits for its owner too: a page starting to send may come
   * with a new sign-in (portals sign in with a page load). Every sender arriving before that round begins joins
   * it (a page's elements connect in one task): one round for everything queued before the start, in the order it
   * was made: a round of each one's own, begun beside it, would send a later record before one still waiting for its
   * owner.
   */
  private askTurn(starting: boolean): void {
    if (this.turnAsked) {
      this.turnAsked.startUp ||= starting;
      return;
    }
    const turn = { startUp: starting };
    this.turnAsked = turn;
    setTimeout(() => {
      this.turnAsked = undefined;
      void (turn.startUp ? this.retryWaitingForOwner() : this.flush());
    }, 0);
  }

  /**
   * Writes the record to IndexedDB (resolving once it is there), then sends it.
   * When nothing else is due before it and this tab is not already sending, it
   * goes at once from memory: held (Web Lock or lease) from its write, so it is
   * neither read back nor found by a round through the whole outbox first.
   */
  async enqueue(
    entry: OutboxItem & Pick<OutboxEntryState, 'id' | 'channel' | 'documentUrl' | 'partnership'>,
  ): Promise<void> {
    const now = this.options.now();
    this.queued = (this.queued + 1) % 1000;
    const stored: OutboxEntry = {
      ...entry,
      queuedAt: new Date(now).toISOString(),
      sequence: now * 1000 + this.queued,
      attempts: 0,
      nextAttemptAt: 0,
    };
    this.lastSequence = Math.max(this.lastSequence, stored.sequence ?? 0);
    this.beingWritten.set(stored.id, stored);
    if (this.mayGoAtOnce(stored)) {
      let saved!: () => void;
      const isSaved = new Promise<void>((resolve) => (saved = resolve));
      void this.flushWith(laneOf(stored), () => this.storeAndSend(stored, saved));
      return isSaved;
    }
    try {
      await set(entry.id, stored, this.database);
    } catch (error) {
      this.written(stored, () => this.publish(refusedUnstored(stored, error)));
      return;
    }
    this.written(stored, () => this.publish({ state: 'queued', entry: stored, retryAt: 0 }));
    void this.flush();
  }

  /**
   * The records being written to this device by `enqueue` now, oldest first: not in `$status` yet (a write to a
   * busy phone's IndexedDB may take a while), though the element that made each shows it already. A document drawn
   * again meanwhile lays them over with the records in `$status` (page-outbox.ts), or the change would leave the
   * screen until its write is done.
   */
  writing(): OutboxEntry[] {
    return [...this.beingWritten.values()];
  }

  /** `record`'s write is done, and `tell` shows what became of it: from then on `$status` has it, not `writing()`. */
  private written(record: OutboxEntry, tell: () => void): void {
    try {
      tell();
    } finally {
      this.beingWritten.delete(record.id);
    }
  }

  /**
   * Whether a new record may be sent without a round through the outbox: this tab
   * is not sending in its lane (laneOf), its channel has a sender, no failure holds
   * the lane back, no record of the lane queued before (that this tab knows of) is due,
   * and none is being sent by another tab: the round waits for that one where it must (heldBack).
   */
  private mayGoAtOnce(entry: OutboxEntry): boolean {
    const now = this.options.now();
    if (this.lanes.has(laneOf(entry)) || !this.senders.has(entry.channel) || this.waits.dueAt(entry) > now)
      return false;
    const sequence = entry.sequence ?? 0;
    return !Object.values(this.$status.get()).some(
      ({ state, entry: other }) =>
        (other.sequence ?? 0) < sequence &&
        laneOf(other) === laneOf(entry) &&
        (state === 'sending' ||
          (state === 'queued' && this.senders.has(other.channel) && this.waits.dueAt(other) <= now)),
    );
  }

  /** Stores a new record and sends it, holding it from its write; then the usual round, if anything asked for one. */
  private async storeAndSend(entry: OutboxEntry, saved: () => void): Promise<void> {
    const sent = await storeHolding(
      entry.id,
      entry,
      this.database,
      (error) => {
        try {
          this.written(entry, () =>
            this.publish(error === undefined ? { state: 'queued', entry, retryAt: 0 } : refusedUnstored(entry, error)),
          );
        } finally {
          saved();
        }
      },
      () => this.sendHeld(entry),
      this.lockOptions(),
    ).catch(() => (this.waits.hold(entry), true));
    if (!sent || this.lanes.get(laneOf(entry))?.again) await this.flushRounds(laneOf(entry));
  }

  /** The records still on this device, in the order they were queued (IndexedDB returns them by id). */
  async stored(): Promise<OutboxEntry[]> {
    const all = await entries<string, OutboxEntry>(this.database).catch((error: unknown) => {
      this.refusals.restore(undefined);
      throw error;
    });
    // The outbox's first read takes up the refusals an earlier page kept beside the records.
    this.refusals.restore(all);
    return inQueueOrder(all);
  }

  /**
   * Moves the records stored for channel `from` that belong to the document at `documentUrl` to channel `to`,
   * then sends what is due: records kept under a channel name an earlier version gave them.
   */
  async adopt(from: string, to: string, documentUrl: string): Promise<void> {
    // Once a page for each document: every element mounted would otherwise read the whole outbox again, a cost of
    // each mount (issue 12), for records only an earlier version wrote.
    const key = JSON.stringify([from, to, documentUrl]);
    if (this.adopted.has(key)) return;
    this.adopted.add(key);
    const all = await this.stored().catch((): OutboxEntry[] => []);
    const theirs = all.filter((entry) => entry.channel === from && entry.documentUrl === documentUrl);
    if (theirs.length === 0) return;
    for (const { id } of theirs) {
      // In place, in one transaction: a record settled meanwhile stays deleted.
      await updateStored<OutboxEntry>(id, this.database, (stored) => ({ ...stored, channel: to })).catch(
        () => undefined,
      );
    }
    await this.flush();
  }

  /**
   * Sends every record that is due, one at a time for each document, the documents side by side (laneOf);
   * resolves when these rounds are done.
   */
  async flush(): Promise<void> {
    const all = await this.stored().catch(() => undefined);
    // Storage unreadable, or nothing kept: nothing to send; the slow timer looks again. With no record left, no
    // refusal kept beside them concerns anything: the round that dropped the last one may have read before it did.
    if (!all?.length) {
      if (all) await this.refusals.tidy(all);
      return this.schedule();
    }
    const lanes = new Set(all.map(laneOf));
    await Promise.all([...lanes].map((lane) => this.flushWith(lane, () => this.flushRounds(lane))));
  }

  /** Runs `send` as the lane's one sending round in this tab, or, while one runs, asks it for another turn. */
  private flushWith(name: string, send: () => Promise<void>): Promise<void> {
    const known = this.lanes.get(name);
    if (known) {
      known.again = true;
      return known.running ?? Promise.resolve();
    }
    const lane: { running?: Promise<void>; again: boolean } = { again: false };
    this.lanes.set(name, lane);
    lane.running = send().finally(() => {
      this.lanes.delete(name);
      this.schedule();
    });
    return lane.running;
  }

  private async flushRounds(name: string): Promise<void> {
    const lane = this.lanes.get(name);
    do {
      if (lane) lane.again = false;
      const all = await this.stored().catch(() => undefined);
      if (!all) return; // storage unreadable: nothing to send; the slow timer looks again
      await this.refusals.tidy(all);
      const elsewhere: OutboxEntry[] = [];
      for (const entry of all) {
        if (laneOf(entry) !== name) continue;
        if (this.settled.has(entry.id)) {
          await this.settled.remove(entry.id);
          continue;
        }
        if (this.waits.heldBack(entry, elsewhere) || this.waits.heldElsewhere(entry.id)) {
          elsewhere.push(entry);
          continue;
        }
        const due = this.waits.dueAt(entry);
        if (!this.senders.has(entry.channel) || due > this.options.now()) {
          this.showQueued(entry, due);
          continue;
        }
        await this.sendOne(entry.id).catch(() => this.waits.hold(entry));
        if (this.waits.sentElsewhere.has(entry.id)) elsewhere.push(entry);
      }
    } while (lane?.again);
  }

  private showQueued(entry: OutboxEntry, retryAt = entry.nextAttemptAt): void {
    const known = this.$status.get()[entry.id];
    if (known?.state === 'queued' && known.retryAt === retryAt) return;
    this.publish({ state: 'queued', entry, problem: entry.lastProblem, retryAt, ...ownerOf(entry) });
  }

  private async sendOne(id: string): Promise<void> {
    const held = await whileHolding(
      id,
      this.database,
      async () => {
        // Another tab may have confirmed it while this one waited: read the one record again, not the whole outbox.
        const found = await get<OutboxEntry>(id, this.database);
        if (found && found.id === id) await (await this.sendHeld(found))?.until;
      },
      this.lockOptions(),
    );
    if (held) this.waits.sentElsewhere.delete(id);
    else this.waits.sentElsewhere.set(id, this.options.now() + this.options.sentElsewhereWaitMs);
  }

  /**
   * Sends a record this tab holds, and stores what became of it; the `Holding` says until when it must be held. A
   * change made on one the host refused as changed-since is not sent: its turn may come after that refusal was
   * heard (it was still being stored when dropMadeOn looked, or another tab held it then), or on the next load
   * (the refusal kept on the device is read before anything is sent).
   */
  private async sendHeld(entry: OutboxEntry): Promise<Holding | void> {
    await this.refusals.ready;
    const sender = this.senders.get(entry.channel)?.at(-1);
    if (!sender) return;
    const refused = this.refusals.madeOnRefused(entry);
    if (refused && !asksWhatIsHeld(entry, refused.refusal))
      return this.settleForGood(entry, { state: 'rejected', entry, ...refused });
    this.publish({ state: 'sending', entry });
    const outcome = await sender(entry.record).catch((): SendOutcome => ({
      outcome: 'retry',
      problem: 'server-error',
    }));
    return this.settle(entry, outcome);
  }

  /**
   * The host holds record `id`: its live channel carried it back. One still on this device is confirmed: the answer
   * to its POST can be lost after the host stored it (a connection cut), and the page said both that it was recorded
   * and that the server could not be reached, sending it again and again. Held as a send holds it, so no tab sends or
   * confirms it twice; one held now (being sent, or still being written) is confirmed when that send ends unanswered.
   */
  async heardFromHost(id: string): Promise<void> {
    const state = this.$status.get()[id]?.state;
    if (!this.beingWritten.has(id) && state !== 'queued' && state !== 'sending') return;
    this.heardHeld.add(id);
    const confirm = async () => {
      const found = await get<OutboxEntry>(id, this.database);
      if (found?.id === id && !this.settled.has(id))
        await this.settleForGood(found, { state: 'recorded', entry: found }).until;
    };
    await whileHolding(id, this.database, confirm, this.lockOptions()).catch(() => false);
  }

  private lockOptions() {
    return { useWebLocks: this.options.useWebLocks, now: this.options.now, owner: this.name };
  }

  /**
   * Stores what the host said of a record. A record settled for good is shown so at once; its removal is
   * stored meanwhile, and the record held until it is (the `Holding`): this tab may send the next one.
   */
  private async settle(entry: OutboxEntry, outcome: SendOutcome): Promise<Holding | void> {
    // Unanswered, but heard back on the live channel meanwhile: the host holds it (heardFromHost).
    if (outcome.outcome === 'retry' && this.heardHeld.has(entry.id))
      return this.settleForGood(entry, { state: 'recorded', entry });
    if (outcome.outcome === 'retry') return this.keepForRetry(entry, outcome);
    // Dropped before the refusal is shown, so the page says it once, with what was made on it, in one render.
    const followers = refusedAsChangedSince(outcome) ? await this.dropMadeOn(entry, outcome.refusal) : [];
    if (outcome.outcome === 'confirmed') {
      return this.settleForGood(entry, { state: 'recorded', entry, ...(outcome.note ? { note: outcome.note } : {}) });
    }
    const { reason, refusal } = outcome;
    const holding = this.settleForGood(entry, { state: 'rejected', entry, reason, refusal });
    for (const follower of followers) {
      this.publish({ state: 'rejected', entry: follower, reason, refusal, madeOn: entry });
    }
    return holding;
  }

  /** Stores `entry` to be sent again, with its new wait, and shows it queued with the host's words, if any. */
  private async keepForRetry(entry: OutboxEntry, outcome: RetryOutcome): Promise<void> {
    const retried = this.waits.retry(entry, outcome);
    await set(entry.id, retried, this.database).catch(() => this.waits.held.set(entry.id, retried.nextAttemptAt));
    this.publish({
      state: 'queued',
      entry: retried,
      problem: outcome.problem,
      retryAt: retried.nextAttemptAt,
      ...ownerOf(retried),
      ...(outcome.message === undefined ? {} : { message: outcome.message }),
      ...(outcome.lang === undefined ? {} : { lang: outcome.lang }),
      ...(outcome.status === undefined ? {} : { status: outcome.status }),
    });
  }

  /**
   * Shows `entry` settled for good (`status`) while its removal is stored, and holds it till then (so no tab sends
   * it again; this one knows it settled): were the removal lost, the record goes again with its id as the
   * idempotency key, and the host knows it.
   */
  private settleForGood(entry: OutboxEntry, status: OutboxStatus): Holding {
    this.waits.held.delete(entry.id);
    this.heardHeld.delete(entry.id);
    const removed = this.settled.remove(entry.id);
    this.publish(status);
    return { until: removed };
  }

  /**
   * Keeps a refusal as changed-since, this tab's or another's, for madeOnRefused, on the device too: a tab that hears
   * it may be the one left open when the one that sent the change is closed.
   */
  private rememberRefusal(status: OutboxStatus): void {
    if (status.state !== 'rejected' || !isChangedSince(status.refusal)) return;
    this.refusals.remember(status, Math.max(this.lastSequence, this.options.now() * 1000 - 1));
  }

  /**
   * Takes off this device, unsent, the changes queued after `refused` that were made on top of it, one on another
   * (madeOnTopOf), and resolves with them. Each was made on what `refused` asked for, which the host does not hold:
   * it would refuse each in turn, and the person would be told again for every one. A change to anything else, or
   * one made on something else, stays and is sent as before. One another tab holds, or one not stored yet, stays
   * until its turn, when the tab that comes to send it drops it instead (madeOnRefused). One that asks for what the
   * host holds now (`refusal` says) is no loss: it stays, and is sent (outbox-held.ts).
   */
  private async dropMadeOn(refused: OutboxEntry, refusal: Refusal): Promise<OutboxEntry[]> {
    const all = await this.stored().catch((): OutboxEntry[] => []);
    const dropped: OutboxEntry[] = [];
    let madeOn = refused;
    for (const later of all) {
      if (this.settled.has(later.id) || !madeOnTopOf(madeOn, later) || asksWhatIsHeld(later, refusal)) continue;
      const taken = await this.dropHeld(later.id);
      if (!taken) continue;
      dropped.push(taken);
      madeOn = taken;
    }
    return dropped;
  }

  /** Removes record `id` unsent, holding it as a send would; resolves with it, or undefined when another tab holds it or it is gone. */
  private async dropHeld(id: string): Promise<OutboxEntry | undefined> {
    let taken: OutboxEntry | undefined;
    await whileHolding(
      id,
      this.database,
      async () => {
        taken = await get<OutboxEntry>(id, this.database);
        if (!taken) return;
        // As a settled record: were its removal lost, this tab still never sends it, and removes it on its next round.
        this.waits.held.delete(id);
        await this.settled.remove(id);
      },
      this.lockOptions(),
    ).catch(() => false);
    return taken;
  }

  /**
   * Sends everything now: the connection is back, or someone signed in. Still
   * no sooner than a second after a request that failed.
   */
  async retryNow(): Promise<void> {
    await this.makeDue(() => true);
  }

  /**
   * Sends now the records to a host at `origin` that refused the session (a 401, `signed-out`): the page has just
   * said that host takes the member's session (`credentials="include"` on an element connected or set since, or
   * `includeSession`), which they went without. Only those: nothing else waiting goes sooner, and none sooner than
   * a second after a request that failed.
   */
  async retrySignedOutTo(origin: string): Promise<void> {
    await this.makeDue((entry) => entry.lastProblem === 'signed-out' && originOf(entry.channel) === origin);
  }

  /** Sends now the records waiting for their owner to sign in: the page came back into view. */
  async retryWaitingForOwner(): Promise<void> {
    await this.makeDue((entry) => entry.lastProblem === 'signed-out');
  }

  private async makeDue(which: (entry: OutboxEntry) => boolean): Promise<void> {
    const all = await this.stored().catch((): OutboxEntry[] => []);
    for (const entry of all.filter(which)) {
      this.waits.held.delete(entry.id);
      // Changed in place, in one transaction: a record confirmed meanwhile stays deleted.
      if (entry.nextAttemptAt > this.options.now()) {
        await updateStored<OutboxEntry>(entry.id, this.database, (stored) => ({ ...stored, nextAttemptAt: 0 })).catch(
          () => undefined,
        );
      }
    }
    await this.flush();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.senders.size === 0) return;
    void this.stored().then(
      (all) => {
        const due = all.filter((e) => this.senders.has(e.channel)).map((e) => this.waits.dueAt(e));
        if (due.length === 0 || this.senders.size === 0) return;
        this.wake(Math.max(0, Math.min(...due) - this.options.now()));
      },
      // Storage unreadable: look again at the slow pace, never in a loop.
      () => this.wake(MAX_BACKOFF_MS),
    );
  }

  private wake(wait: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Tells every tab of `status`, and shows it here, as the person is told once (TellOnce). */
  private publish(status: OutboxStatus, fromAnotherTab = false): void {
    if (!fromAnotherTab) this.broadcast?.postMessage(status);
    this.telling.hear(status);
  }

  private show(status: OutboxStatus): void {
    this.rememberRefusal(status);
    this.$status.setKey(status.entry.id, status);
    if (status.state === 'recorded') this.options.onConfirmed?.(status.entry);
    if (status.state === 'rejected') this.options.onRejected?.(status);
  }

  private start(): void {
    this.stopListening = listenForWakeUps(
      () => void this.retryNow(),
      () => void this.retryWaitingForOwner(),
      () => this.schedule(),
    );
    if (typeof BroadcastChannel !== 'undefined') {
      this.broadcast = new BroadcastChannel(this.options.channelName);
      this.broadcast.onmessage = (event: MessageEvent<OutboxStatus>) => {
        this.publish(event.data, true);
        if (event.data.state !== 'sending') this.waits.sentElsewhere.delete(event.data.entry.id);
        // Another tab kept a record to send again: if that tab closes, this one must, so it sets its own timer.
        if (event.data.state === 'queued' && this.senders.has(event.data.entry.channel) && !this.timer) {
          this.schedule();
        }
      };
    }
  }

  private stop(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.broadcast?.close();
    this.broadcast = undefined;
    this.telling.stop();
  }
}

/** Whether the host refused a record because what it changes was changed since it was made (`changed-since`). */
function refusedAsChangedSince(outcome: SendOutcome): outcome is Extract<SendOutcome, { outcome: 'rejected' }> {
  return outcome.outcome === 'rejected' && isChangedSince(outcome.refusal);
}
