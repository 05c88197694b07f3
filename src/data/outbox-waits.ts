/**
 * When each record may be sent next: its backoff after a failed try (doubling from a second, capped at a minute,
 * with jitter, or as the host's `Retry-After` says), the quiet a document's lane keeps after any request that did
 * not settle its record, what storage could not keep, and a record another tab was sending a moment ago. Whatever
 * fails, a tab sends at most one request a second for each document; and no wait is ever set further off than the
 * longest backoff, so one further off was set by a clock since put back, and is over.
 */
import { laneOf, sameThing } from './outbox-refusals.js';
import type { OutboxEntry } from './outbox-records.js';
import type { SendOutcome } from './outbox-senders.js';

export const MAX_BACKOFF_MS = 60_000;
const FIRST_BACKOFF_MS = 1_000;
/** After any request that did not settle its record, the tab waits this long before the next one in its lane. */
export const MIN_GAP_AFTER_FAILURE_MS = 1_000;
/**
 * How long a tab leaves a record that another tab was sending before it looks again, unless that tab's news
 * of it comes first: a send takes up to SEND_TIMEOUT_MS, and looking at once read the outbox a thousand
 * times a second meanwhile. The other tab's news comes when it settles; this covers its closing mid-send.
 */
export const SENT_ELSEWHERE_WAIT_MS = 1_000;

/** Backoff before attempt `attempts + 1`: doubling from a second, capped at a minute, with jitter. */
export function backoff(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** What the host (or the network) answered when a record is to be sent again later. */
export type RetryOutcome = Extract<SendOutcome, { outcome: 'retry' }>;

/** The waits of one outbox, kept in memory: those a record stores itself are its `nextAttemptAt`. */
export class Waits {
  /** No request in a lane before this time: set after every request in it that did not settle its record. */
  private readonly quietUntil = new Map<string, number>();
  /** When records whose new state could not be stored may be tried again (storage failing); none once settled. */
  readonly held = new Map<string, number>();
  /**
   * Records another tab held when this one came to send them: when to look again, unless its news comes first (or
   * this tab holds it after all).
   */
  readonly sentElsewhere = new Map<string, number>();

  /** The outbox's options: their `now`, `random` and `sentElsewhereWaitMs`, which tests may set. */
  constructor(private readonly options: { now: () => number; random: () => number; sentElsewhereWaitMs: number }) {}

  /**
   * When a record may be sent: its own backoff, what storage could not keep,
   * another tab sending it, and its lane's gap after a failure. None is ever set more than the longest
   * backoff ahead, so a time further off was set by a clock since put back (a
   * device two hours fast, corrected, would otherwise wait two hours): due now.
   */
  dueAt(entry: OutboxEntry): number {
    const now = this.options.now();
    const { id } = entry;
    const quiet = this.quietUntil.get(laneOf(entry)) ?? 0;
    const due = Math.max(entry.nextAttemptAt, this.held.get(id) ?? 0, this.sentElsewhere.get(id) ?? 0, quiet);
    return due > now + MAX_BACKOFF_MS ? now : due;
  }

  /**
   * A request left `entry` to be sent again: its lane keeps quiet a while, and the record waits its backoff.
   * Returns the record as it is to be stored.
   */
  retry(entry: OutboxEntry, outcome: RetryOutcome): OutboxEntry {
    const now = this.options.now();
    this.quietUntil.set(laneOf(entry), now + MIN_GAP_AFTER_FAILURE_MS);
    const attempts = entry.attempts + 1;
    // A session refusal waits for its owner: a sign-in, a focus, or the slow cap; never the quick retries.
    // Nor does a record the host turned away unnamed, or for the page's site: a wrong address, or a host that
    // does not list the site, stays so until a person mends it.
    const wait =
      outcome.problem === 'signed-out' || outcome.problem === 'refused' || outcome.problem === 'other-site'
        ? MAX_BACKOFF_MS
        : (outcome.retryAfterMs ?? backoff(attempts, this.options.random));
    this.held.delete(entry.id);
    // Only this answer says whose session it is: an earlier one's `byOtherPerson` is not kept.
    const { byOtherPerson: _earlier, ...rest } = entry;
    return {
      ...rest,
      attempts,
      lastProblem: outcome.problem,
      ...(outcome.byOtherPerson ? { byOtherPerson: true } : {}),
      nextAttemptAt: now + Math.min(wait, MAX_BACKOFF_MS),
      lease: undefined,
    };
  }

  /** Storage failed while sending: back off in memory, since the stored record cannot say so. */
  hold(entry: OutboxEntry): void {
    const now = this.options.now();
    this.quietUntil.set(laneOf(entry), now + MIN_GAP_AFTER_FAILURE_MS);
    this.held.set(entry.id, now + backoff(entry.attempts + 1, this.options.random));
  }

  /**
   * Whether another tab held the record a moment ago (and shows it as sending): this tab neither sends it nor
   * says it waits. A wait further off than it is ever set was set by a clock since put back: it is over.
   */
  heldElsewhere(id: string): boolean {
    const now = this.options.now();
    const until = this.sentElsewhere.get(id) ?? 0;
    if (until > now && until <= now + this.options.sentElsewhereWaitMs) return true;
    this.sentElsewhere.delete(id);
    return false;
  }

  /**
   * Whether `entry` must wait for a change to the same action or seat that another tab is sending (`elsewhere`):
   * were it made on that one, and that one refused as changed-since, the tab that hears the refusal takes it off
   * the device unsent (dropMadeOn); sent meanwhile from here, the host would refuse it too, and the person would be
   * told twice. It waits as that one does, until that tab's news or `sentElsewhereWaitMs` (SENT_ELSEWHERE_WAIT_MS).
   */
  heldBack(entry: OutboxEntry, elsewhere: OutboxEntry[]): boolean {
    const before = elsewhere.find((other) => sameThing(other, entry));
    if (!before) return false;
    this.sentElsewhere.set(
      entry.id,
      this.sentElsewhere.get(before.id) ?? this.options.now() + this.options.sentElsewhereWaitMs,
    );
    return true;
  }
}
