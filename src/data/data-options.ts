/**
 * The page's timings for loading and live updates, one set per page. Tests
 * shorten them; a host page has no reason to change them.
 */
import { LEASE_MS } from './outbox-lock.js';
import { pageShared } from './page-shared.js';

export interface DataOptions {
  /** How long a document fetch may take before it fails as a timeout. */
  documentTimeoutMs: number;
  /** How long a document may load before the element adds that it is taking longer than usual. */
  slowLoadingMs: number;
  /** The live channel's constructor: the browser's `EventSource`, or a test's stand-in. */
  EventSource?: typeof EventSource;
  /** Changes that call for a refetch within this long of each other cost one fetch. */
  refetchDebounceMs: number;
  /** Without a live channel, the document is fetched again this often (and on focus). */
  pollMs: number;
  /**
   * The longest wait before reopening a live channel that closed, or that the host could not be reached on.
   * Until it opens, the page's requests for it (the channel, the document) go a second apart, or this long
   * where it is shorter.
   */
  maxReopenMs: number;
  /**
   * The second of DESIGN.md's "never more than one request a second from a tab": while a live channel fails,
   * the page's requests for it (the channel, the document) go this far apart, and the first waits before
   * reopening it or fetching the document again grow from it.
   *
   * @internal For tests, which shorten it to run the same sequence of waits in less time; never a host page's.
   */
  askingGapMs: number;
  /**
   * How soon after it opened a live stream that carried nothing must end to count as ended at once
   * (`ENDED_AT_ONCE_MS`, channel-trouble.ts).
   *
   * @internal For tests, which shorten it so as not to hold a stream open for seconds; never a host page's.
   */
  endedAtOnceMs: number;
  /**
   * How long a live channel that sends `heartbeat` events may stay silent
   * before the page takes it for dead, closes it and opens it again. Three of
   * partnership-kit/server's heartbeats (15 s apart) and a little more: a host
   * that beats less often must lengthen this too.
   */
  liveSilenceMs: number;
  /**
   * How long a live channel that has never opened keeps failing before the page says why it likely cannot open
   * (CORS, a host it cannot reach) in the console, and that updates are not live in the elements. A page blocked by
   * its Content-Security-Policy says so at the first failure: that much is certain.
   */
  liveUnopenedMs: number;
  /**
   * How long after a proposal closes (by the host's clock, as the page keeps it) a vote panel fetches the
   * document again for the count the host withheld while it was open; as long again before each of its further tries.
   */
  countWaitMs: number;
  /**
   * How long the page's outbox stays started once its last sender has left (an element removed), so that one moved
   * in the page, or shown again by a single-page app's next view, finds its channel open. After it, the outbox holds
   * no timer, listener or channel.
   */
  outboxStopDelayMs: number;
  /**
   * How long a refusal as changed-since of a change made on another, still on its way from another tab, waits for
   * that one's answer before it is told on its own (outbox-tell-once.ts): as long as a tab holds a record it sends.
   */
  waitForEarlierMs: number;
  random: () => number;
}

/**
 * How soon after it opened a stream that carried nothing must end to count as ended at once, in ms
 * (channel-trouble.ts, `ended`). Here, not there, since that module reads these options.
 */
export const ENDED_AT_ONCE_MS = 5_000;

const defaults = (): DataOptions => ({
  documentTimeoutMs: 20_000,
  slowLoadingMs: 6_000,
  EventSource: globalThis.EventSource,
  refetchDebounceMs: 250,
  pollMs: 5 * 60_000,
  maxReopenMs: 30_000,
  askingGapMs: 1_000,
  endedAtOnceMs: ENDED_AT_ONCE_MS,
  liveSilenceMs: 50_000,
  liveUnopenedMs: 30_000,
  countWaitMs: 2_000,
  outboxStopDelayMs: 1_000,
  waitForEarlierMs: LEASE_MS,
  random: Math.random,
});

/** The options every store and live channel on the page reads. */
export const dataOptions: DataOptions = pageShared('data-options', defaults);

/**
 * Changes some of the page's options; returns the function that puts them back.
 *
 * @example
 * const restore = configureData({ documentTimeoutMs: 200 });
 */
export function configureData(changes: Partial<DataOptions>): () => void {
  const before = { ...dataOptions };
  Object.assign(dataOptions, changes);
  return () => {
    for (const key of Object.keys(dataOptions) as (keyof DataOptions)[]) delete dataOptions[key];
    Object.assign(dataOptions, before);
  };
}
