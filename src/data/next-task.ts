/**
 * A later task, for work that would otherwise hold a phone's main thread for hundreds of milliseconds at once
 * (checking a fetched document, the elements' first drawing of it): between two tasks the browser paints and
 * answers a tap.
 */

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/**
 * Settles in a later task: `scheduler.yield()` where the browser has it (ahead of timers), else a message's task
 * (Firefox and Safari): not a timer's, which a page's test with fake timers would hold for ever, and a browser may
 * put off by 4 ms or more.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
