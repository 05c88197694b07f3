/**
 * The page's one polling timer, for the documents that have no live channel: each is fetched again every
 * `pollMs` while the page is seen. Apart from the live document because it is the page's, not a document's.
 */
import { dataOptions } from './data-options.js';
import { pageShared } from './page-shared.js';

interface PagePolls {
  refetches: Set<() => void>;
  timer?: ReturnType<typeof setInterval>;
  every?: number;
}

/**
 * Adds `refetch` to the page's one polling timer, which asks for every polling document
 * each `pollMs` while the page is seen. One timer for the page, as the elements' clocks
 * share one: an element's `live` coming and going starts and stops its document's
 * polling, and a timer of each document's own made that a fixed cost of mounting (issue
 * 12). The timer stops itself at the first tick with nothing to poll.
 */
export function pollOnTimer(refetch: () => void): () => void {
  const polls = pageShared<PagePolls>('page-polls', () => ({ refetches: new Set() }));
  polls.refetches.add(refetch);
  if (polls.every !== dataOptions.pollMs) {
    clearInterval(polls.timer);
    polls.timer = undefined;
  }
  polls.every = dataOptions.pollMs;
  polls.timer ??= setInterval(() => {
    if (polls.refetches.size === 0) {
      clearInterval(polls.timer);
      polls.timer = undefined;
    }
    if (globalThis.document?.visibilityState === 'hidden') return;
    for (const each of polls.refetches) each();
  }, polls.every);
  return () => polls.refetches.delete(refetch);
}
