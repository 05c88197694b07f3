/**
 * What this browser holds for the host and has not sent: for a portal's sign-in page, where a member who signed
 * out (or whose session ended) with a vote still queued would otherwise see nothing of it until they sign in
 * again. DESIGN.md, "Writing back: the outbox": a vote is on the server once, or visibly still queued on their device.
 */
import { entries } from 'idb-keyval';
import { OUTBOX_DATABASE, inQueueOrder, recordStore, type OutboxEntry } from './outbox-records.js';

/** A record waiting on this device: what kind and whose, never what it chose or changed. */
export interface WaitingRecord {
  /** `vote`, `attendance` (a check-in) or `action-status` (an action's status changed). */
  kind: OutboxEntry['kind'];
  /** The person who made it: the record is sent only under their session. */
  by: string;
  /** When it was queued, as this device's clock read (ISO 8601). */
  queuedAt: string;
  /** The document it changes, where the element that queued it had one. */
  documentUrl?: string;
  /**
   * The partnership it belongs to (its document's `partnership.id`), where the kit that queued it kept one: a page
   * showing two partnerships to one person (with one id in both) says whose vote waits. Absent from records queued
   * before kits kept it.
   */
  partnership?: string;
}

/**
 * The records this browser keeps for a host, in the order they were made: whose and what kind, so a sign-in
 * page can say "a vote by Jo Bloggs is waiting to be sent" to whoever comes back. Reading them sends nothing,
 * and a record the host stores leaves the list once it has. Empty where the browser gives the page no storage.
 *
 * @example
 * import { waitingOnThisDevice } from 'partnership-kit';
 * const waiting = await waitingOnThisDevice();
 * const votes = waiting.filter((record) => record.kind === 'vote' && record.by === personId);
 */
export async function waitingOnThisDevice(): Promise<WaitingRecord[]> {
  try {
    const kept = await entries<string, OutboxEntry>(recordStore(OUTBOX_DATABASE));
    return inQueueOrder(kept).map(({ kind, record, queuedAt, documentUrl, partnership }) => ({
      kind,
      by: record.by,
      queuedAt,
      ...(documentUrl === undefined ? {} : { documentUrl }),
      ...(partnership === undefined ? {} : { partnership }),
    }));
  } catch {
    // Storage blocked or unavailable: nothing can have been kept.
    return [];
  }
}
