/**
 * Runs `write`, waiting out (with the event loop free) a lock another process holds, for up to `busyTimeout` ms.
 * Every write goes through here: two host processes on one file sign members in at the same moment.
 */
export async function whenFree<T>(write: () => T, busyTimeout: number): Promise<T> {
  const giveUpAt = Date.now() + busyTimeout;
  for (;;) {
    try {
      return write();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 10));
    }
  }
}
