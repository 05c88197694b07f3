/**
 * The PostgreSQL store's write lock and transactions, shared by its decisions and by `copyStore`'s writes.
 */
import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';

/** One lock for every writer of the log: "pk" in ASCII, as a 64-bit key. */
export const LOCK = 0x706b;
export const CHANNEL = 'pk_records';
/** PostgreSQL's SQLSTATE for a lock not taken within `lock_timeout`. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * A connection lost while it is checked out (PostgreSQL restarted, `pg_terminate_backend`, a failover) rejects
 * the query under way, and then emits 'error': the pool listens only to its idle connections, and an 'error'
 * no one listens to ends the process, every member's page with it. The rejection is what answers the request.
 */
const lostWhileCheckedOut = (): void => undefined;

/**
 * Begins the transaction and takes the write lock in one round trip (a query without parameters may hold several
 * statements), then runs `first`, whose rows are returned: every round trip a decision makes while it holds the
 * lock is one the next decision waits out.
 */
const opening = (lockWaitMs: number) =>
  [
    'BEGIN',
    // A process that dies holding the lock (its connection gone without a word) must not stop every other
    // process's decisions until the database notices: its transaction ends after 15 s idle.
    "SET LOCAL idle_in_transaction_session_timeout = '15s'",
    ...(lockWaitMs > 0 ? [`SET LOCAL lock_timeout = '${Math.round(lockWaitMs)}ms'`] : []),
    `SELECT pg_advisory_xact_lock(${LOCK})`,
  ].join('; ');

/**
 * Why a decision gave up: another process held the write lock longer than it may wait (`lock_timeout`). It keeps
 * PostgreSQL's code, which makes it a store's failure, logged on one line as SQLite's busy file is (store-failure.ts),
 * not a fault in code logged with its stack; the line adds the code and what to do after the message.
 */
const lockHeld = (lockWaitMs: number) =>
  Object.assign(
    new Error(
      `The PostgreSQL store is busy: a decision waited ${lockWaitMs} ms for the write lock, which another decision held (the pool's connectionTimeoutMillis); the record stays on the member's device, which sends it again`,
    ),
    { code: LOCK_NOT_AVAILABLE },
  );

/** How a transaction under the write lock opens: `first`, a query without parameters, runs as the lock is taken; `lockWaitMs` (0: as long as it takes) bounds the wait for it. */
export interface Opening {
  first?: string;
  lockWaitMs?: number;
}

/**
 * Runs `work` in one transaction holding the store's write lock, on a connection of its own: committed when it
 * resolves, rolled back when it throws. `work` is given the rows of `opening.first`.
 */
export async function underWriteLock<T, R extends QueryResultRow = QueryResultRow>(
  pool: Pool,
  work: (client: PoolClient, firstRows: R[]) => Promise<T>,
  { first, lockWaitMs = 0 }: Opening = {},
): Promise<T> {
  const client = await pool.connect();
  client.on('error', lostWhileCheckedOut);
  let result: T;
  try {
    const begun = opening(lockWaitMs);
    const opened = (await client.query(first ? `${begun}; ${first}` : begun)) as unknown as QueryResult<R>[];
    result = await work(client, first ? (opened.at(-1)?.rows ?? []) : []);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.off('error', lostWhileCheckedOut);
    // A connection that failed is not handed back to the pool for the next decision.
    client.release(error instanceof Error ? error : true);
    throw (error as { code?: unknown }).code === LOCK_NOT_AVAILABLE ? lockHeld(lockWaitMs) : error;
  }
  client.off('error', lostWhileCheckedOut);
  client.release();
  return result;
}
