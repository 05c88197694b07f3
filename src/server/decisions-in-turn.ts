/**
 * A PostgreSQL store's decisions take their turn for the write lock (postgres-transaction.ts) within their
 * process, rather than each waiting for it on a pooled connection of its own. A burst of votes (fifty members
 * at a show of hands) held all of the pool's connections waiting on the lock while one decision held it, and
 * every read queued behind them: the load balancer's health probe (slow enough to be pulled from service
 * mid-meeting), the live streams' catch-up, the portal's sessions. Only a few connections now wait on the
 * lock, and the rest stay free for reads. The lock still orders the decisions of every process.
 */

/** Why a decision was refused before it reached the store: the ones ahead of it took longer than its wait. */
const backlogged = (waitMs: number) =>
  new Error(
    `The PostgreSQL store is busy: a decision waited ${waitMs} ms behind this process's others for its turn at the write lock (the pool's connectionTimeoutMillis). The record stays on the member's device, which sends it again.`,
  );

/**
 * Runs decisions `atOnce` at a time, the others in the order they came. One that waits longer than
 * `maxWaitMs` for its turn is refused (0: it waits as long as it takes), as pg's pool refused one that
 * waited that long for a connection, so a member's device sends it again rather than wait on a stalled store.
 */
export function decisionsInTurn(atOnce: number, maxWaitMs: number): <T>(decide: () => Promise<T>) => Promise<T> {
  let running = 0;
  /** Each waiting decision's wake-up, first come first: a Set keeps the order, and one that gave up leaves it. */
  const waiting = new Set<() => void>();

  const takeTurn = (): Promise<void> => {
    if (running < atOnce) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer =
        maxWaitMs > 0
          ? setTimeout(() => {
              waiting.delete(wake);
              reject(backlogged(maxWaitMs));
            }, maxWaitMs)
          : undefined;
      waiting.add(wake);
    });
  };

  /** Hands the turn straight to the first waiting, so none that came later can take it first. */
  const passTurn = () => {
    const [next] = waiting;
    if (!next) {
      running -= 1;
      return;
    }
    waiting.delete(next);
    next();
  };

  return async (decide) => {
    await takeTurn();
    try {
      return await decide();
    } finally {
      passTurn();
    }
  };
}
