/**
 * What the page is told of each record in the outbox: sending, queued (and why), recorded, or refused, in this
 * tab and the others alike. Its own module because the elements, the page's outbox and the modules that tell a
 * refusal once all read these states, and none of them needs how a record is sent.
 */
import type { HostNote } from './host-note.js';
import type { OutboxEntry } from './outbox-records.js';
import type { Refusal, RetryReason } from './outbox-senders.js';

export type OutboxStatus =
  | { state: 'sending'; entry: OutboxEntry }
  | {
      state: 'queued';
      entry: OutboxEntry;
      problem?: RetryReason;
      retryAt: number;
      /** With `signed-out`: the person who made the record (its `by`), who must sign in to send it. */
      owner?: string;
      /** With `signed-out`: the host said someone else is signed in, not that nobody is (a 403 naming no record). */
      byOtherPerson?: true;
      /** The host's words, when it answered and kept the record waiting. */
      message?: string;
      /** The language of `message`, from the answer's Content-Language; English when it named none. */
      lang?: string;
      /** With `refused`: the host's HTTP status (a 4xx), when it answered with one. */
      status?: number;
    }
  /** `note`: what the host said of how it stored it (a check-in timed by its own clock: host-note.ts). */
  | { state: 'recorded'; entry: OutboxEntry; note?: HostNote }
  /**
   * `reason`: the host's words (or HTTP status), or the browser's why it could not be stored; `refusal`, its parts.
   * With `madeOn`: never sent. It was made on this device on top of `madeOn` (its `was` is what that change asked
   * for), which the host refused as `changed-since`; `reason` and `refusal` are the host's of that one, which say
   * what the action or seat holds now. The host would refuse it too, and the person is told once (madeOnTopOf): in
   * every tab, after a reload (the refusal is kept on the device while a change made on it is queued), and when
   * another tab had sent it before the refusal was known, the host refusing it too (outbox-tell-once.ts).
   */
  | ({ state: 'rejected'; entry: OutboxEntry; reason: string; refusal: Refusal; madeOn?: OutboxEntry } & ToldOnce);

/** How a refusal as changed-since stands to the one the person is told: see outbox-tell-once.ts. */
export interface ToldOnce {
  /** Refused, and not told yet: it is told with the answer to `waitingOn`, the change it was made on. */
  waitingOn?: OutboxEntry;
  /** Told already, with the refusal of `toldWith`, a change made on this one that waited for it in vain. */
  toldWith?: OutboxEntry;
}

/** Whom a record waits for, when the host refused the session, and whether it said someone else is signed in. */
export function ownerOf(entry: OutboxEntry): { owner?: string; byOtherPerson?: true } {
  if (entry.lastProblem !== 'signed-out') return {};
  return { owner: entry.record.by, ...(entry.byOtherPerson ? { byOtherPerson: true } : {}) };
}

/** Storage blocked or full: nothing was kept, so it is told as a refusal the element already handles. */
export function refusedUnstored(entry: OutboxEntry, error: unknown): OutboxStatus {
  const why = error instanceof Error ? error.message : String(error);
  return { state: 'rejected', entry, reason: why, refusal: { by: 'device', error: why } };
}
