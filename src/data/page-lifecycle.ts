/**
 * The moments of a page's life a live document acts on: the page seen again (focused, or visible), woken
 * (visible again, resumed after the browser froze it, or shown again from the back/forward cache), and the
 * browser back online. One set of listeners for the page, added once and kept: documents come and go far
 * more often than pages, and each adds and removes only its own watcher.
 */
import { pageShared } from './page-shared.js';

/** What runs when the browser comes back online. */
export function whenPageOnline(): Set<() => void> {
  return pageShared('page-online', () => {
    const set = new Set<() => void>();
    globalThis.addEventListener?.('online', () => set.forEach((watcher) => watcher()));
    return set;
  });
}

/**
 * What runs when the page may have slept: visible again, resumed after the browser froze it, or shown
 * again from the back/forward cache.
 */
export function whenPageWakes(): Set<() => void> {
  return pageShared('page-woken', () => {
    const watchers = new Set<() => void>();
    const woke = () => watchers.forEach((watcher) => watcher());
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (globalThis.document?.visibilityState === 'visible') woke();
    });
    globalThis.document?.addEventListener('resume', woke);
    globalThis.addEventListener?.('pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) woke();
    });
    return watchers;
  });
}

/** What runs when the page comes back into view (focus, or visible again). */
export function whenPageSeen(): Set<() => void> {
  return pageShared('page-seen', () => {
    const watchers = new Set<() => void>();
    const seen = () => {
      for (const watcher of watchers) watcher();
    };
    globalThis.addEventListener?.('focus', seen);
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (globalThis.document?.visibilityState === 'visible') seen();
    });
    return watchers;
  });
}
