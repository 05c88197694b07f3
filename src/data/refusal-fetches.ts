/**
 * Which refusals as changed-since fetch their document again. A refusal says the host holds something newer than
 * the change was made on, so the page fetches the document for what the host holds now: once for the page, for
 * every element that shows it (each hears the refusal), and for each time the refusal is shown (waiting for the
 * change it was made on, then told). A change dropped unsent with the refusal of the one it was made on
 * (`madeOn`) needs no fetch of its own: that refusal's fetched it.
 *
 * Nor does a change sent before the answer to the fetch an earlier refusal of its document asked for (or while
 * that fetch is still on its way): it was refused for what that fetch brings, however long after the first its
 * refusal comes (a slow host, a second change queued offline). A change sent after that answer was refused for
 * something newer than it brought, and fetches again.
 */
import { addFetchedListener, refetchDocument, resolveDocumentUrl } from './document-stores.js';
import type { Outbox, OutboxStatus } from './outbox.js';
import { isChangedSince } from './outbox-refusals.js';

type Rejected = Extract<OutboxStatus, { state: 'rejected' }>;

/** How many refused records a page remembers having fetched their document for, or found fetched for. */
const REFUSALS_KEPT = 100;

/** The fetch a refusal asked for: when (`performance.now()`), and when a fetch set out since was answered. */
interface RefusalFetch {
  askedAt: number;
  answeredAt?: number;
}

export class RefusalFetches {
  /** The refused records whose document this page fetched again, or found fetched for them already. */
  private readonly handled = new Set<string>();
  /** When each record still on its way was last sent, by id, in this tab or another (its `sending`). */
  private readonly sentAt = new Map<string, number>();
  /** Each document's latest fetch asked for by a refusal, by its resolved URL. */
  private readonly asked = new Map<string, RefusalFetch>();

  /** Follows when `outbox`'s records are sent, and when their documents' fetches are answered. */
  watch(outbox: Outbox): void {
    outbox.$status.listen((statuses, _before, id) => {
      const status = id === undefined ? undefined : statuses[id];
      if (status) this.follow(status);
    });
    addFetchedListener((url, { setOutAt, answeredAt, ok }) => this.fetched(url, setOutAt, answeredAt, ok));
  }

  /** A refusal shown in this page (`onRejected`): fetches its document again, unless a fetch covers it already. */
  refused(status: Rejected): void {
    const { entry, refusal, madeOn } = status;
    const sentAt = this.sentAt.get(entry.id);
    this.sentAt.delete(entry.id);
    if (!entry.documentUrl || !isChangedSince(refusal) || madeOn || this.handled.has(entry.id)) return;
    this.handled.add(entry.id);
    for (const oldest of [...this.handled].slice(0, -REFUSALS_KEPT)) this.handled.delete(oldest);
    const url = resolveDocumentUrl(entry.documentUrl);
    if (this.fetchedFor(url, sentAt)) return;
    this.asked.set(url, { askedAt: performance.now() });
    refetchDocument(url);
  }

  /** Whether the fetch an earlier refusal of `url` asked for brings what refused a change sent at `sentAt`. */
  private fetchedFor(url: string, sentAt: number | undefined): boolean {
    const asked = this.asked.get(url);
    // A change never seen sent here (a page that heard only its refusal) may have been sent at any time.
    return asked !== undefined && sentAt !== undefined && sentAt < (asked.answeredAt ?? Infinity);
  }

  private follow({ state, entry }: OutboxStatus): void {
    if (state === 'sending') this.sentAt.set(entry.id, performance.now());
    // A refusal reads it (refused); any other news ends the send it dated.
    else if (state !== 'rejected') this.sentAt.delete(entry.id);
  }

  /**
   * A fetch of `url` answered: the first set out since a refusal asked for one is the answer to it. One that
   * brought no document brings nothing any refusal needs: the next refusal asks again.
   */
  private fetched(url: string, setOutAt: number, answeredAt: number, ok: boolean): void {
    const asked = this.asked.get(url);
    if (!asked || asked.answeredAt !== undefined || setOutAt < asked.askedAt) return;
    if (ok) asked.answeredAt = answeredAt;
    else this.asked.delete(url);
  }
}
