/**
 * The page's one outbox. A confirmed record is applied to the document store
 * it came from, in every tab, so every element showing that document moves
 * at once; and the page's own changes still on their way are laid again over
 * every freshly fetched document, so a refetch never takes them off the screen, and over every document shown
 * when the outbox learns of one later (read back from the device after a reload, another tab's).
 * A record refused because someone changed the thing since fetches its
 * document again, once for the page, whichever elements show it, unless a
 * fetch an earlier refusal asked for brings it (refusal-fetches.ts).
 */
import { withActionStatus, withAttendance, withVote } from '../rules/changes.js';
import type { PartnershipDocument } from '../contract/index.js';
import {
  SIGNED_IN_EVENT,
  addDocumentOverlay,
  addHeardListener,
  refetchDocument,
  relayDocument,
  updateHeldDocument,
} from './document-stores.js';
import { Outbox, type OutboxEntry, type OutboxStatus } from './outbox.js';
import { RefusalFetches } from './refusal-fetches.js';
import { sameDocument } from './outbox-refusals.js';
import { whenSessionSentTo } from './host-session.js';
import { pageShared } from './page-shared.js';

/**
 * What a change is to: one seat at one meeting, one action. Votes add up, so each stands alone.
 */
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
      // Of one document (two partnerships on one site may both have an action A-01).
      sameDocument(other, entry) &&
      (other.sequence ?? 0) > (entry.sequence ?? 0),
  );
}

function applyEntry(document: PartnershipDocument, entry: OutboxEntry): PartnershipDocument {
  switch (entry.kind) {
    case 'vote':
      return withVote(document, entry.record);
    case 'attendance':
      return withAttendance(document, entry.record);
    case 'action-status':
      return withActionStatus(document, entry.record);
  }
}

/**
 * Applies a confirmed record to its document, unless a later change to the
 * same seat or action is still being sent: then the page keeps showing that one.
 */
function applyConfirmed(entry: OutboxEntry, statuses: Record<string, OutboxStatus> = {}): void {
  if (!entry.documentUrl) return;
  const url = entry.documentUrl;
  const held = (doc: PartnershipDocument) => applyEntry(doc, entry);
  // The host's copy takes it either way (relayDocument starts from that copy).
  if (isSuperseded(entry, statuses)) return updateHeldDocument(url, held, (doc) => doc);
  let behindCount = false;
  updateHeldDocument(url, held, (doc) => {
    // A vote behind a published count (a secret ballot) moves a count only the host can work out.
    behindCount = entry.kind === 'vote' && doc.proposals.some((p) => p.id === entry.record.proposal && p.count);
    return applyEntry(doc, entry);
  });
  if (behindCount) refetchDocument(url);
}

/**
 * `document` with the page's own attendance and action changes to it that are
 * still waiting (queued or sending in `statuses`), oldest first: the elements
 * show those at once, before the host has them. Waiting votes are not laid over: a waiting vote is shown by
 * the vote panel as waiting, and counted only once the host has it. Records
 * the host confirmed a moment ago (`recentlyConfirmed`), votes too, are laid
 * over again, as their confirmation applied them. A record the live channel
 * already carried back (`heardBack`) is not: the document has it in the
 * host's order, and a change someone else made after it must show.
 */
export function withWaiting(
  url: string,
  document: PartnershipDocument,
  statuses: Record<string, OutboxStatus>,
  recentlyConfirmed: (id: string) => boolean = () => false,
  heardBack: (id: string) => boolean = () => false,
): PartnershipDocument {
  const laidOver = ({ state, entry }: OutboxStatus) =>
    !heardBack(entry.id) &&
    (state === 'recorded' ? recentlyConfirmed(entry.id) : state === 'queued' || state === 'sending');
  return Object.values(statuses)
    .filter((status) => status.entry.documentUrl === url && laidOver(status))
    .filter(({ state, entry }) => state === 'recorded' || entry.kind !== 'vote')
    .map(({ entry }) => entry)
    .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0))
    .reduce(applyEntry, document);
}

/**
 * Every record's latest state in `outbox`, with the records still being written to this device (`writing()`) as
 * queued: each is shown already by the element that made it, so a document drawn again while it is written, and a
 * confirmation of an earlier change to the same thing, must take it as on its way.
 */
function onTheirWay(outbox: Outbox): Record<string, OutboxStatus> {
  const writing = outbox.writing();
  if (writing.length === 0) return outbox.$status.get();
  const statuses: Record<string, OutboxStatus> = {};
  for (const entry of writing) statuses[entry.id] = { state: 'queued', entry, retryAt: 0 };
  return { ...statuses, ...outbox.$status.get() };
}

/**
 * How long a confirmed record is laid over a refetched document. A fetch that
 * set out before the host stored it, or that another host process answered
 * before it caught up, must not take back what the member was told is saved.
 */
const READ_YOUR_WRITES_MS = 10_000;

/**
 * Lays the waiting changes again over every document already shown when the outbox learns of one it was drawn
 * without: records read back from the device after the saved copy was shown (a reload offline: the row showed the
 * old status beside "your change is waiting to be sent"), or another tab's. This tab's own are drawn by the element
 * that made them, while still being written (Outbox.writing), and records heard back are the host's already
 * (withWaiting): neither is drawn again. A waiting vote is shown by the vote panel from the outbox, not laid over.
 */
function relayWhenWaitingKnown(outbox: Outbox, heardBack: (id: string) => boolean): void {
  const known = new Set<string>();
  let due: Set<string> | undefined;
  outbox.$status.listen((statuses) => {
    const writing = new Set(outbox.writing().map((entry) => entry.id));
    for (const [id, status] of Object.entries(statuses)) {
      if (!status || (status.state !== 'queued' && status.state !== 'sending')) {
        known.delete(id);
        continue;
      }
      const { entry } = status;
      if (known.has(id) || entry.kind === 'vote' || !entry.documentUrl) continue;
      known.add(id);
      if (writing.has(id) || heardBack(id)) continue;
      // Once for every record learnt in one go (a round through the outbox reads them all).
      if (!due) queueMicrotask(() => relayAll());
      (due ??= new Set()).add(entry.documentUrl);
    }
  });
  function relayAll(): void {
    const urls = due ?? [];
    due = undefined;
    urls.forEach(relayDocument);
  }
}

/** The outbox every element on the page shares, whichever script defined it. */
export function outboxForPage(): Outbox {
  return pageShared('outbox', () => {
    const confirmedAt = new Map<string, number>();
    // This page's records the live channel carried back: from there on the channel keeps the host's order, so
    // another member's later change to the same action or seat is not covered by this page's own.
    const heardBack = new Set<string>();
    const refusalFetches = new RefusalFetches();
    const outbox: Outbox = new Outbox({
      onConfirmed: (entry) => {
        confirmedAt.set(entry.id, Date.now());
        // Heard back before the host's answer: the document already has it, and perhaps a later change over it.
        if (!heardBack.has(entry.id)) applyConfirmed(entry, onTheirWay(outbox));
      },
      onRejected: (status) => refusalFetches.refused(status),
    });
    refusalFetches.watch(outbox);
    addHeardListener((id) => {
      if (outbox.$status.get()[id]) heardBack.add(id);
      // The host holds it: one still waiting here (its answer lost) is confirmed, not sent again and again.
      void outbox.heardFromHost(id);
    });
    const recent = (id: string) => Date.now() - (confirmedAt.get(id) ?? -Infinity) < READ_YOUR_WRITES_MS;
    const heard = (id: string) => heardBack.has(id);
    addDocumentOverlay((url, document) => withWaiting(url, document, onTheirWay(outbox), recent, heard));
    relayWhenWaitingKnown(outbox, heard);
    // Documents are fetched and their channels opened again by document-stores.ts.
    globalThis.addEventListener?.(SIGNED_IN_EVENT, () => void outbox.retryNow());
    // A host newly said to take the session (credentials="include" appearing): what it refused for want of it goes.
    whenSessionSentTo((origin) => void outbox.retrySignedOutTo(origin));
    return outbox;
  });
}
