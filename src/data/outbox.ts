/**
 * The outbox: nothing a member casts is lost. A record is written to
 * IndexedDB before anything else, sent with its id as the idempotency key,
 * and removed only when the host confirmed or refused it. Network errors,
 * timeouts and 5xx answers leave it queued, retried with exponential backoff
 * and jitter (at most a minute apart, or as `Retry-After` says), and at once
 * when the browser comes back online. Queued records survive reloads and
 * closed tabs and are sent on the next load. One tab sends a record at a time;
 * every tab shows its state.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { map, type MapStore } from 'nanostores';
import { senderName, updateStored, whileHolding, type Lease } from './outbox-lock.js';
import type { RetryReason, Sender, SendOutcome } from './outbox-senders.js';
import type { Vote } from '../contract/index.js';
import type { ActionStatusChange, AttendanceChange } from './document-changes.js';

/** What the outbox carries: votes, and the clerk's and owners' changes. */
export type OutboxItem =
  | { kind: 'vote'; record: Vote }
  | { kind: 'attendance'; record: AttendanceChange }
  | { kind: 'action-status'; record: ActionStatusChange };

export type OutboxKind = OutboxItem['kind'];

/** A record waiting in the outbox, as stored in IndexedDB. */
export type OutboxEntry = OutboxItem & OutboxEntryState;

interface OutboxEntryState {
  /** The record's own id: its idempotency key. */
  id: string;
  /** Where it goes: the endpoint URL, or the name the host's submit function registered. */
  channel: string;
  /** The document store to update once it is confirmed. */
  documentUrl?: string;
  queuedAt: string;
  /** Sending order: records go in the order they were queued, even within one millisecond. */
  sequence?: number;
  attempts: number;
  nextAttemptAt: number;
  lastProblem?: RetryReason;
  lease?: Lease;
}

export type OutboxStatus =
  | { state: 'sending'; entry: OutboxEntry }
  | { state: 'queued'; entry: OutboxEntry; problem?: RetryReason; retryAt: number }
  | { state: 'recorded'; entry: OutboxEntry }
  | { state: 'rejected'; entry: OutboxEntry; reason: string };

export const MAX_BACKOFF_MS = 60_000;
const FIRST_BACKOFF_MS = 1_000;

/** Backoff before attempt `attempts + 1`: doubling from a second, capped at a minute, with jitter. */
export function backoff(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface OutboxOptions {
  /** The IndexedDB database: the kit's own, never idb-keyval's default. */
  database?: string;
  /** The BroadcastChannel that tells other tabs of each record's state. */
  channelName?: string;
  useWebLocks?: boolean;
  now?: () => number;
  random?: () => number;
  /** Called once per confirmed record in this tab, whichever tab sent it. */
  onConfirmed?: (entry: OutboxEntry) => void;
}

export class Outbox {
  /** Every record's latest state, by record id, in this tab and the others. */
  readonly $status: MapStore<Record<string, OutboxStatus>> = map({});
  private readonly database: UseStore;
  /** Each channel's senders, latest last: two elements may post to one endpoint, and either may leave first. */
  private readonly senders = new Map<string, Sender[]>();
  private readonly options: Required<Omit<OutboxOptions, 'onConfirmed'>> & Pick<OutboxOptions, 'onConfirmed'>;
  private broadcast?: BroadcastChannel;
  private timer?: ReturnType<typeof setTimeout>;
  private flushing?: Promise<void>;
  private flushAgain = false;
  private queued = 0;
  /** Who this outbox is when it holds a lease. */
  private readonly name = senderName();
  private readonly goOnline = () => void this.retryNow();

  constructor(options: OutboxOptions = {}) {
    this.options = {
      database: 'partnership-kit-outbox',
      channelName: 'partnership-kit-outbox',
      useWebLocks: true,
      now: () => Date.now(),
      random: Math.random,
      ...options,
    };
    this.database = createStore(this.options.database, 'records');
  }

  /**
   * Lets records for `channel` be sent, and sends any already queued. Returns
   * the function that stops it; when nothing is registered the outbox holds no
   * timer, listener or channel.
   */
  register(channel: string, sender: Sender): () => void {
    if (this.senders.size === 0) this.start();
    this.senders.set(channel, [...(this.senders.get(channel) ?? []), sender]);
    void this.flush();
    return () => {
      const left = (this.senders.get(channel) ?? []).filter((s) => s !== sender);
      if (left.length > 0) this.senders.set(channel, left);
      else this.senders.delete(channel);
      if (this.senders.size === 0) this.stop();
    };
  }

  /** Writes the record to IndexedDB (resolving once it is there), then sends it. */
  async enqueue(entry: OutboxItem & Pick<OutboxEntryState, 'id' | 'channel' | 'documentUrl'>): Promise<void> {
    const now = this.options.now();
    this.queued = (this.queued + 1) % 1000;
    const stored: OutboxEntry = {
      ...entry,
      queuedAt: new Date(now).toISOString(),
      sequence: now * 1000 + this.queued,
      attempts: 0,
      nextAttemptAt: 0,
    };
    try {
      await set(entry.id, stored, this.database);
    } catch (error) {
      // Storage blocked or full: nothing was kept, so say so as a refusal the element already handles.
      const why = error instanceof Error ? error.message : String(error);
      this.publish({ state: 'rejected', entry: stored, reason: `this device could not save it (${why}). Try again.` });
      return;
    }
    this.publish({ state: 'queued', entry: stored, retryAt: 0 });
    void this.flush();
  }

  /** The records still on this device, in the order they were queued (IndexedDB returns them by id). */
  async stored(): Promise<OutboxEntry[]> {
    const all = await entries<string, OutboxEntry>(this.database);
    return all
      .map(([, entry]) => entry)
      .filter((entry) => entry && typeof entry.id === 'string')
      .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
  }

  /** Sends every record that is due, one at a time; resolves when this round is done. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = this.flushRounds().finally(() => {
      this.flushing = undefined;
      this.schedule();
    });
    return this.flushing;
  }

  private async flushRounds(): Promise<void> {
    do {
      this.flushAgain = false;
      for (const entry of await this.stored()) {
        if (!this.senders.has(entry.channel)) {
          this.showQueued(entry);
          continue;
        }
        if (entry.nextAttemptAt <= this.options.now()) await this.sendOne(entry.id);
        else this.showQueued(entry);
      }
    } while (this.flushAgain);
  }

  private showQueued(entry: OutboxEntry): void {
    const known = this.$status.get()[entry.id];
    if (known?.state === 'queued' && known.retryAt === entry.nextAttemptAt) return;
    this.publish({ state: 'queued', entry, problem: entry.lastProblem, retryAt: entry.nextAttemptAt });
  }

  private async sendOne(id: string): Promise<void> {
    await whileHolding(
      id,
      this.database,
      async () => {
        // Another tab may have confirmed it while this one waited.
        const entry = (await this.stored()).find((e) => e.id === id);
        const sender = entry && this.senders.get(entry.channel)?.at(-1);
        if (!entry || !sender) return;
        this.publish({ state: 'sending', entry });
        const outcome = await sender(entry.record).catch((): SendOutcome => ({
          outcome: 'retry',
          problem: 'server-error',
        }));
        await this.settle(entry, outcome);
      },
      { useWebLocks: this.options.useWebLocks, now: this.options.now, owner: this.name },
    );
  }

  private async settle(entry: OutboxEntry, outcome: SendOutcome): Promise<void> {
    if (outcome.outcome === 'retry') {
      const attempts = entry.attempts + 1;
      const wait = outcome.retryAfterMs ?? backoff(attempts, this.options.random);
      const retried: OutboxEntry = {
        ...entry,
        attempts,
        lastProblem: outcome.problem,
        nextAttemptAt: this.options.now() + Math.min(wait, MAX_BACKOFF_MS),
        lease: undefined,
      };
      await set(entry.id, retried, this.database);
      this.publish({ state: 'queued', entry: retried, problem: outcome.problem, retryAt: retried.nextAttemptAt });
      return;
    }
    await del(entry.id, this.database);
    if (outcome.outcome === 'confirmed') this.publish({ state: 'recorded', entry });
    else this.publish({ state: 'rejected', entry, reason: outcome.reason });
  }

  /** Sends everything now: the connection is back. */
  async retryNow(): Promise<void> {
    for (const entry of await this.stored()) {
      // Changed in place, in one transaction: a record confirmed meanwhile stays deleted.
      if (entry.nextAttemptAt > this.options.now()) {
        await updateStored<OutboxEntry>(entry.id, this.database, (stored) => ({ ...stored, nextAttemptAt: 0 }));
      }
    }
    await this.flush();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.senders.size === 0) return;
    void this.stored().then((all) => {
      const due = all.filter((e) => this.senders.has(e.channel)).map((e) => e.nextAttemptAt);
      if (due.length === 0 || this.senders.size === 0) return;
      const wait = Math.max(0, Math.min(...due) - this.options.now());
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), wait);
    });
  }

  private publish(status: OutboxStatus, fromAnotherTab = false): void {
    this.$status.setKey(status.entry.id, status);
    if (status.state === 'recorded') this.options.onConfirmed?.(status.entry);
    if (!fromAnotherTab) this.broadcast?.postMessage(status);
  }

  private start(): void {
    globalThis.addEventListener?.('online', this.goOnline);
    if (typeof BroadcastChannel !== 'undefined') {
      this.broadcast = new BroadcastChannel(this.options.channelName);
      this.broadcast.onmessage = (event: MessageEvent<OutboxStatus>) => this.publish(event.data, true);
    }
  }

  private stop(): void {
    globalThis.removeEventListener?.('online', this.goOnline);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.broadcast?.close();
    this.broadcast = undefined;
  }
}
