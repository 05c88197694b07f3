/**
 * The records the outbox keeps on this device: what each holds, the IndexedDB store they are kept in, and how a
 * record answered for good leaves it. Apart from the outbox that sends them, since the modules that reason about
 * records (refusals, what the person is told) need their shape and nothing of how they are sent.
 */
import { del, type UseStore } from 'idb-keyval';
import { reopeningStore } from './idb-store.js';
import type { RetryReason } from './outbox-senders.js';
import type { Lease } from './outbox-lock.js';
import type { Vote } from '../contract/index.js';
import type { ActionStatusChange, AttendanceChange } from '../rules/changes.js';

/** The IndexedDB database the outbox keeps its records in: the kit's own, never idb-keyval's default. */
export const OUTBOX_DATABASE = 'partnership-kit-outbox';

/** What the outbox carries: votes, and the clerk's and owners' changes. */
export type OutboxItem =
  | { kind: 'vote'; record: Vote }
  | { kind: 'attendance'; record: AttendanceChange }
  | { kind: 'action-status'; record: ActionStatusChange };

/** A record waiting in the outbox, as stored in IndexedDB. */
export type OutboxEntry = OutboxItem & OutboxEntryState;

export interface OutboxEntryState {
  /** The record's own id: its idempotency key. */
  id: string;
  /** Where it goes: the endpoint URL, or the name the host's submit function registered. */
  channel: string;
  /** The document store to update once it is confirmed. */
  documentUrl?: string;
  /**
   * The partnership the record belongs to: its document's `partnership.id` when it was queued. A document given
   * inline has no URL, and two partnerships' documents may share an endpoint and their proposal, meeting and person
   * ids: only this tells whose record it is. Absent from records an earlier kit queued (`ofPartnership`).
   */
  partnership?: string;
  queuedAt: string;
  /** Sending order: records go in the order they were queued, even within one millisecond. */
  sequence?: number;
  attempts: number;
  nextAttemptAt: number;
  lastProblem?: RetryReason;
  /**
   * With `lastProblem` `signed-out`: the host said someone else is signed in. Kept with the record, so a page
   * opened again while it waits says whom to sign in as, as the page that sent it did.
   */
  byOtherPerson?: true;
  lease?: Lease;
}

/**
 * Whether `entry` may belong to `partnership` (a document's `partnership.id`): it was queued for it, or by an earlier
 * kit that kept no partnership. Such a record cannot be told apart, and is taken as any partnership's on its channel
 * (where it is sent, as before): shown where it may be the person's, rather than hidden while it waits.
 */
export function ofPartnership(entry: OutboxEntryState, partnership: string | undefined): boolean {
  return entry.partnership === undefined || partnership === undefined || entry.partnership === partnership;
}

/**
 * The kit's IndexedDB store (reopened when the browser closed its connection: idb-store.ts), or, where the
 * browser gives the page none, one that refuses every use. A page whose storage is blocked (a sandboxed
 * iframe, an opaque origin, cookies blocked) has an `indexedDB` whose `open` throws at once: idb-keyval opens
 * on first use, so that throw would leave every call synchronously, never as the rejection its callers await.
 * Turned into one there.
 */
export function recordStore(database: string): UseStore {
  try {
    if (typeof indexedDB !== 'undefined') return reopeningStore(database, 'records');
  } catch {
    // Fall through: blocked storage is a refusal, like missing storage.
  }
  const missing = new Error('this browser gives the page no storage for it');
  return () => Promise.reject(missing);
}

/**
 * The records among everything kept in the outbox's store, in the order they were queued (IndexedDB returns them
 * by id). The refusals kept beside them have no `id`, and are left out; so is anything else that is not a record
 * this kit queued (`isQueuedRecord`), and it is left on the device as it is.
 */
export function inQueueOrder(kept: [IDBValidKey, OutboxEntry][]): OutboxEntry[] {
  return kept
    .map(([, entry]) => entry)
    .filter(isQueuedRecord)
    .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
}

const KINDS: readonly unknown[] = ['vote', 'attendance', 'action-status'] satisfies OutboxItem['kind'][];

/**
 * Whether `entry` is a record as the outbox queues it: of a kind it sends, for a channel, made by someone. Another
 * app may use the same database name, and a store may hold what no kit wrote: such an entry was posted to the
 * host every minute, as `null`, and `waitingOnThisDevice` threw on it and listed none of the member's own votes.
 */
function isQueuedRecord(entry: unknown): entry is OutboxEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { id, kind, channel, record } = entry as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    KINDS.includes(kind) &&
    typeof channel === 'string' &&
    typeof record === 'object' &&
    record !== null &&
    typeof (record as { by?: unknown }).by === 'string'
  );
}

/**
 * Records answered here whose removal from the device is not stored yet: this tab never sends one again, and
 * takes it off on its next round. Were the removal lost for good, the record would go again with its id as the
 * idempotency key, and the host knows it.
 */
export class SettledRecords {
  private readonly ids = new Set<string>();

  constructor(private readonly database: () => UseStore) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Takes record `id` off the device, known settled here until that is stored; resolves whether or not it was. */
  remove(id: string): Promise<unknown> {
    this.ids.add(id);
    return del(id, this.database()).then(
      () => this.ids.delete(id),
      () => undefined,
    );
  }
}
