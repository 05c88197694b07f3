/**
 * The page's one outbox. A confirmed record is applied to the document store
 * it came from, in every tab, so every element showing that document moves
 * at once.
 */
import { withActionStatus, withAttendance, withVote } from './document-changes.js';
import { updateDocument } from './document-stores.js';
import { Outbox, type OutboxEntry, type OutboxStatus } from './outbox.js';
import { pageShared } from './page-shared.js';

/** What a change is to: one seat at one meeting, one action. Votes add up, so each stands alone. */
function changeTarget(entry: OutboxEntry): string {
  if (entry.kind === 'attendance') return `attendance:${entry.record.meeting}:${entry.record.seat}`;
  if (entry.kind === 'action-status') return `action:${entry.record.action}`;
  return `vote:${entry.id}`;
}

/** Whether a later change to the same thing is still on its way: the page already shows that one. */
export function isSuperseded(entry: OutboxEntry, statuses: Record<string, OutboxStatus>): boolean {
  return Object.values(statuses).some(
    ({ state, entry: other }) =>
      (state === 'queued' || state === 'sending') &&
      changeTarget(other) === changeTarget(entry) &&
      (other.sequence ?? 0) > (entry.sequence ?? 0),
  );
}

/**
 * Applies a confirmed record to its document, unless a later change to the
 * same seat or action is still being sent: then the page keeps showing that one.
 */
export function applyConfirmed(entry: OutboxEntry, statuses: Record<string, OutboxStatus> = {}): void {
  if (!entry.documentUrl || isSuperseded(entry, statuses)) return;
  const url = entry.documentUrl;
  switch (entry.kind) {
    case 'vote':
      return updateDocument(url, (doc) => withVote(doc, entry.record));
    case 'attendance':
      return updateDocument(url, (doc) => withAttendance(doc, entry.record));
    case 'action-status':
      return updateDocument(url, (doc) => withActionStatus(doc, entry.record));
  }
}

/** The outbox every element on the page shares, whichever script defined it. */
export function outboxForPage(): Outbox {
  return pageShared('outbox', () => {
    const outbox: Outbox = new Outbox({ onConfirmed: (entry) => applyConfirmed(entry, outbox.$status.get()) });
    return outbox;
  });
}
