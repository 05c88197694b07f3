/**
 * A later task, for work that would otherwise hold a phone's main thread for hundreds of milliseconds at once
 * (checking a fetched document, the elements' first drawing of it): between two tasks the browser paints and
 * answers a tap.
 */

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/** Settles in a later task: `scheduler.yield()` where the browser has it (ahead of timers), else a timer's. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
