/**
 * The page's one outbox. A confirmed record is applied to the document store
 * it came from, in every tab, so every element showing that document moves
 * at once.
 */
import { withActionStatus, withAttendance, withVote } from './document-changes.js';
import { updateDocument } from './document-stores.js';
import { Outbox, type OutboxEntry } from './outbox.js';

/** Applies a confirmed record to its document. */
export function applyConfirmed(entry: OutboxEntry): void {
  if (!entry.documentUrl) return;
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

let pageOutbox: Outbox | undefined;

/** The outbox every element on the page shares. */
export function outboxForPage(): Outbox {
  pageOutbox ??= new Outbox({ onConfirmed: applyConfirmed });
  return pageOutbox;
}
