/**
 * What the outbox remembers of the changes the host refused as `changed-since`, so that a change made on one of
 * them (its `was` is what the refused one asked for, a status the host never held) is taken off the device unsent
 * and the person is told of the refusal once: in this page, in every tab of the site, and after a reload.
 *
 * A refusal is kept in memory for the page's life (the latest few) and on the device, beside the records in the
 * outbox's own IndexedDB store, for as long as a record it concerns is still queued there: a change still waiting
 * when the page is reloaded is dropped on the next load, not sent and refused again. One no queued record concerns
 * is taken off the device on the outbox's next round (`tidy`).
 *
 * A change is taken as made on a refused one only when both are surely of one document (`keptOfOneDocument`): the
 * same document address; else, both given inline on one endpoint, kept with the same partnership, or both with
 * none. A record queued by a kit older than the `partnership` field (and so a refusal of one, kept by that kit or
 * this) cannot say whose it is: a refusal of it drops only records kept with no partnership themselves, the ones
 * that kit queued, which may have been made on it; never a record kept with a partnership, which may be another
 * partnership's with the same action or seat ids. Such a record, were it made on the refused one all the same, is
 * sent: its `was` is what the refused one asked for, which the host does not hold, so the host refuses it as
 * changed-since in its turn (or takes it, where it asks for what the host holds), and the person is told.
 */
import { del, set, type UseStore } from 'idb-keyval';
import { ofPartnership, type OutboxEntry } from './outbox-records.js';
import type { OutboxStatus } from './outbox-status.js';
import type { Refusal } from './outbox-senders.js';

type Rejected = Extract<OutboxStatus, { state: 'rejected' }>;
/** How a change made on a refused one is refused with it: the host's words of that one, and that one. */
export type MadeOnRefusal = Pick<Rejected, 'reason' | 'refusal' | 'madeOn'>;

/** How many refusals as changed-since a tab keeps to drop what was made on them, in memory and on the device. */
const REFUSALS_KEPT = 50;
/** A refusal's key in the outbox's store: no record's id (a UUID) starts so. */
const KEY_PREFIX = 'refused-change:';

/** A refusal as changed-since; `knownBefore`: the last sequence of a record made before it was known. */
interface RefusedChange {
  status: Rejected;
  knownBefore: number;
}

/** A refusal as kept on the device: it has no `id`, so the outbox never takes it for a record. */
interface KeptRefusal {
  refusedChange: RefusedChange;
}

export class RefusalMemory {
  /** The refusals this tab knows of, the latest last (its own answers, other tabs' news, and an earlier page's). */
  private readonly known: RefusedChange[] = [];
  /** The keys of the refusals on the device, as far as this tab knows. */
  private readonly onDevice = new Set<string>();
  private restored = false;
  private markRestored!: () => void;
  /** Settles once the refusals an earlier page kept were read (or could not be): nothing is sent before. */
  readonly ready = new Promise<void>((resolve) => (this.markRestored = resolve));

  /** `database`: the outbox's store, as it is now (a test may swap it). */
  constructor(private readonly database: () => UseStore) {}

  /**
   * Takes up the refusals kept on the device among `stored` (every key and value of the outbox's store), the first
   * time the outbox reads it; `undefined` when it could not be read.
   */
  restore(stored: [IDBValidKey, unknown][] | undefined): void {
    if (this.restored) return;
    // Unreadable: nothing is held back for it; the next read that succeeds takes them up.
    if (stored === undefined) return this.markRestored();
    this.restored = true;
    const kept = stored.filter((pair): pair is [string, KeptRefusal] => isKeptRefusal(pair));
    const earlier: RefusedChange[] = [];
    for (const [key, { refusedChange }] of kept.sort(([, a], [, b]) => byKnownBefore(a, b))) {
      this.onDevice.add(key);
      if (!this.known.some(({ status }) => status.entry.id === refusedChange.status.entry.id)) {
        earlier.push(refusedChange);
      }
    }
    // Known before anything this page heard: the oldest first, so the oldest go first when there are too many.
    this.known.unshift(...earlier);
    this.forgetOldest();
    this.markRestored();
  }

  /**
   * Keeps `status`, a refusal as changed-since known in this tab from now (`knownBefore`: the last sequence of a
   * record made before), in memory and on the device.
   */
  remember(status: Rejected, knownBefore: number): void {
    const refusedChange = { status, knownBefore };
    this.known.push(refusedChange);
    const key = KEY_PREFIX + status.entry.id;
    this.onDevice.add(key);
    set(key, { refusedChange } satisfies KeptRefusal, this.database()).catch(() => this.onDevice.delete(key));
    this.forgetOldest();
  }

  /**
   * The refusal `entry` falls under when it was made on a change the host refused as changed-since (or on one
   * dropped with it): with `before`, only one known after `entry` was made (a change made since, on what the
   * device shows now, is the person's new change).
   */
  madeOnRefused(entry: OutboxEntry, before = true): MadeOnRefusal | undefined {
    const sequence = entry.sequence ?? 0;
    const known = this.known.findLast(
      (refused) => (!before || sequence <= refused.knownBefore) && madeOnTopOf(refused.status.entry, entry),
    );
    return known && refusalOf(known.status);
  }

  /** Takes off the device the refusals that no record still queued (`stored`, every record) concerns. */
  async tidy(stored: OutboxEntry[]): Promise<void> {
    for (const key of [...this.onDevice]) {
      const refused = this.known.find(({ status }) => KEY_PREFIX + status.entry.id === key);
      if (refused && stored.some((record) => concerns(refused, record))) continue;
      this.onDevice.delete(key);
      await del(key, this.database()).catch(() => undefined);
    }
  }

  private forgetOldest(): void {
    while (this.known.length > REFUSALS_KEPT) {
      const oldest = this.known.shift()!;
      const key = KEY_PREFIX + oldest.status.entry.id;
      if (this.onDevice.delete(key)) void del(key, this.database()).catch(() => undefined);
    }
  }
}

/** The host's words of `status`, a refusal as changed-since, for a change made on its change: told with it. */
export function refusalOf({ reason, refusal, madeOn, entry }: Rejected): MadeOnRefusal {
  return { reason, refusal, madeOn: madeOn ?? entry };
}

/** Whether a record still queued may have been made on `refused` before it was known: it is still needed. */
function concerns({ status, knownBefore }: RefusedChange, record: OutboxEntry): boolean {
  const sequence = record.sequence ?? 0;
  return (
    sameTarget(status.entry, record) &&
    keptOfOneDocument(status.entry, record) &&
    sequence > (status.entry.sequence ?? 0) &&
    sequence <= knownBefore
  );
}

function isKeptRefusal(pair: [IDBValidKey, unknown]): boolean {
  const [key, value] = pair;
  const kept = (value as Partial<KeptRefusal> | undefined)?.refusedChange;
  return typeof key === 'string' && key.startsWith(KEY_PREFIX) && kept?.status?.state === 'rejected';
}

const byKnownBefore = (a: KeptRefusal, b: KeptRefusal) => a.refusedChange.knownBefore - b.refusedChange.knownBefore;

/**
 * The lane a record is sent in: its document's, else its channel's (a document given inline has no URL). Records of
 * one lane go one at a time in the order they were made, whatever their endpoint (a clerk's check-out before the
 * proxy's vote it allows); lanes go side by side, so one partnership's host that hangs or fails holds back no other
 * partnership's records. Two partnerships given inline on one endpoint share its lane, as they share its host: a
 * record an earlier kit queued, with no partnership, keeps its place before those queued since.
 */
export function laneOf(entry: OutboxEntry): string {
  return entry.documentUrl === undefined ? `channel:${entry.channel}` : `document:${entry.documentUrl}`;
}

/**
 * Whether two records are of one document: the same URL; else, given inline, the same channel and partnership (two
 * partnerships on one endpoint may both have an action A-01). A record an earlier kit queued with no partnership
 * may be any partnership's on its channel (ofPartnership), as before.
 */
export function sameDocument(a: OutboxEntry, b: OutboxEntry): boolean {
  if (a.documentUrl !== undefined || b.documentUrl !== undefined) return a.documentUrl === b.documentUrl;
  return a.channel === b.channel && ofPartnership(a, b.partnership);
}

/**
 * Whether two records are surely of one document: the same URL; else, given inline, the same channel and the same
 * partnership kept with each, or none with either (both queued by a kit older than the field). Unlike `sameDocument`,
 * a record kept with no partnership is not taken as any partnership's: what is dropped for a refusal must be the
 * refused record's own document's.
 */
function keptOfOneDocument(a: OutboxEntry, b: OutboxEntry): boolean {
  if (a.documentUrl !== undefined || b.documentUrl !== undefined) return a.documentUrl === b.documentUrl;
  return a.channel === b.channel && a.partnership === b.partnership;
}

/** Whether the host refused a record because what it changes was changed since it was made (`changed-since`). */
export function isChangedSince(refusal: Refusal): boolean {
  return refusal.by === 'host' && refusal.code === 'changed-since';
}

/** Whether two records of one document change the same action, or the same seat at the same meeting. */
export function sameThing(a: OutboxEntry, b: OutboxEntry): boolean {
  return sameTarget(a, b) && sameDocument(a, b);
}

/** Whether two records are changes to the same action, or the same seat at the same meeting, of whatever document. */
function sameTarget(a: OutboxEntry, b: OutboxEntry): boolean {
  const target = changeOf(a)?.target;
  return target !== undefined && target === changeOf(b)?.target;
}

/** What a change is to (one action, or one seat at one meeting), what it asks for, and what it was made on. */
function changeOf(entry: OutboxEntry): { target: string; asks: string; was?: string } | undefined {
  if (entry.kind === 'action-status') {
    const { action, status, was } = entry.record;
    return { target: JSON.stringify(['action', action]), asks: status, was };
  }
  if (entry.kind === 'attendance') {
    const { meeting, seat, attendance, was } = entry.record;
    return { target: JSON.stringify(['attendance', meeting, seat]), asks: attendance, was };
  }
  return undefined;
}

/**
 * Whether `later` was made on this device on top of `earlier`: a change to the same action, or the same seat at the
 * same meeting, surely of the same document (`keptOfOneDocument`), queued after it, whose `was` is what `earlier`
 * asked for (the device showed `earlier` laid over the document when `later` was made). Votes are never made on one
 * another.
 */
export function madeOnTopOf(earlier: OutboxEntry, later: OutboxEntry): boolean {
  const first = changeOf(earlier);
  const next = changeOf(later);
  return (
    first !== undefined &&
    next !== undefined &&
    keptOfOneDocument(later, earlier) &&
    (later.sequence ?? 0) > (earlier.sequence ?? 0) &&
    next.target === first.target &&
    next.was === first.asks
  );
}
