/**
 * The host's catch-up (reading what other processes stored) is asked for by the store's watch, by each health
 * probe and by `api.catchUp()`, often at once on PostgreSQL (a notification and a load balancer's probe). Run
 * one at a time: each read starts where the last applied record left off, so reads under way together all
 * read the same records, and a slow store would be asked again at every poll.
 */

/**
 * Wraps `work` so that one run is under way at a time. A call while one runs shares the next run, which
 * starts once it ends: that run reads what was stored after the call, which the run under way may have missed.
 */
export function oneAtATime(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const start = (): Promise<void> => {
    const run: Promise<void> = work().finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
