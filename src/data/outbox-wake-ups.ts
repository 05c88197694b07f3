/**
 * What tells a started outbox to look again at the records it keeps, rather than wait for its timer: the browser
 * back online, the window focused (someone may have signed in meanwhile), and the page woken. Listened for only
 * while the outbox is started, and each listener taken off when it stops: a page with no element sending holds
 * none. (page-lifecycle.ts keeps one set of listeners for the page's life instead, for live documents.)
 */

/**
 * Listens for the moments the outbox acts on; returns the function that takes every listener off again.
 *
 * @param online the browser is back online: everything is sent now.
 * @param focus the window has focus again: records waiting for their owner to sign in are tried once more.
 * @param woke the page seen again, resumed, or shown from the back/forward cache: its timer counted only time
 * awake, so a laptop opened an hour on would wait out the rest of a record's backoff (up to a minute, long enough
 * for a proposal to close). Timed again by the clock, a record whose wait is over goes now; a lane still sending
 * (its host slow) only takes another turn when it is done, and holds back no other lane.
 */
export function listenForWakeUps(online: () => void, focus: () => void, woke: () => void): () => void {
  const page = globalThis.document;
  const awake = (event: Event) => {
    if (event.type === 'visibilitychange' && globalThis.document?.visibilityState !== 'visible') return;
    if (event.type === 'pageshow' && !(event as PageTransitionEvent).persisted) return;
    woke();
  };
  globalThis.addEventListener?.('online', online);
  globalThis.addEventListener?.('focus', focus);
  globalThis.addEventListener?.('pageshow', awake);
  page?.addEventListener('visibilitychange', awake);
  page?.addEventListener('resume', awake);
  return () => {
    globalThis.removeEventListener?.('online', online);
    globalThis.removeEventListener?.('focus', focus);
    globalThis.removeEventListener?.('pageshow', awake);
    page?.removeEventListener('visibilitychange', awake);
    page?.removeEventListener('resume', awake);
  };
}
