/**
 * One tab at a time sends a record. Web Locks where the page has them (they
 * need a secure context); otherwise a lease written into the record itself in
 * one IndexedDB transaction, so two tabs cannot both take it, and a lease left
 * by a closed tab runs out.
 */
import { get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { recordId } from './record-id.js';

export interface Lease {
  owner: string;
  until: number;
}

/** Longer than a send may take (SEND_TIMEOUT_MS), so a lease never runs out mid-send. */
export const LEASE_MS = 30_000;

/** A name for one sender: each outbox (one a tab, normally) holds leases as itself. */
export function senderName(): string {
  return recordId();
}

/**
 * Runs `task` holding record `id`, unless another tab holds it; then does nothing.
 * Resolves whether it held the record. `useWebLocks: false` forces the lease, for
 * pages without Web Locks and for tests; `owner` names who holds it (each outbox
 * passes its own name).
 */
export async function whileHolding(
  id: string,
  database: UseStore,
  task: () => Promise<void>,
  { useWebLocks = true, now = Date.now, owner = senderName() } = {},
): Promise<boolean> {
  const locks = useWebLocks && typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) {
    return locks.request(`partnership-kit-outbox:${id}`, { ifAvailable: true }, async (lock) => {
      if (lock) await task();
      return lock !== null;
    });
  }
  await updateStored<Leased>(id, database, (entry) =>
    !entry.lease || entry.lease.until < now() ? { ...entry, lease: { owner, until: now() + LEASE_MS } } : entry,
  );
  const held = await get<Leased>(id, database);
  if (held?.lease?.owner !== owner) return false;
  try {
    await task();
    return true;
  } finally {
    await updateStored<Leased>(id, database, (entry) =>
      entry.lease?.owner === owner ? { ...entry, lease: undefined } : entry,
    );
  }
}

type Leased = { lease?: Lease };

/**
 * What a task hands back when it is done with a record but must hold it a
 * little longer: the record stays held until `until` settles (its removal
 * stored, so that no tab takes it up meanwhile), while the caller moves on.
 */
export interface Holding {
  until: Promise<unknown>;
}

/**
 * Stores a new record and runs `task` holding it, as `whileHolding` would, with
 * nothing read back: no other tab knows the record's id before it is stored, so
 * the Web Lock is asked for while the record is written, and with the lease the
 * record is written already leased. `stored` is called once the write is done
 * (with the error when it failed), before `task`. Resolves, once `task` is done,
 * whether it ran: not when the write failed, nor when the lock was somehow held
 * elsewhere (the record is then stored, for the usual round to send). The record
 * is let go when `task` is done, or later if it returned a `Holding`.
 */
export async function storeHolding<T extends object>(
  id: string,
  record: T,
  database: UseStore,
  stored: (error?: unknown) => void,
  task: () => Promise<Holding | void>,
  { useWebLocks = true, now = Date.now, owner = senderName() } = {},
): Promise<boolean> {
  const locks = useWebLocks && typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) {
    // Told first, whatever becomes of the lock.
    const written = set(id, record, database).then(
      () => (stored(), true),
      (error: unknown) => (stored(error), false),
    );
    return new Promise<boolean>((resolve, reject) => {
      locks
        .request(`partnership-kit-outbox:${id}`, { ifAvailable: true }, async (lock) => {
          if (!lock || !(await written)) return resolve(false);
          let holding: Holding | void;
          try {
            holding = await task();
          } catch (error) {
            return reject(error);
          }
          resolve(true);
          await holding?.until;
        })
        // Web Locks refused (a page without them after all): the record is stored, or refused, for the usual round.
        .catch(() => written.then(() => resolve(false)));
    });
  }
  try {
    await set(id, { ...record, lease: { owner, until: now() + LEASE_MS } }, database);
  } catch (error) {
    stored(error);
    return false;
  }
  stored();
  const release = () =>
    updateStored<Leased>(id, database, (entry) =>
      entry.lease?.owner === owner ? { ...entry, lease: undefined } : entry,
    ).catch(() => undefined);
  let holding: Holding | void;
  try {
    holding = await task();
  } catch (error) {
    await release();
    throw error;
  }
  void Promise.resolve(holding?.until).then(release, release);
  return true;
}

/** Changes a stored record in one transaction; a record already removed stays removed. */
export function updateStored<T extends object>(id: string, database: UseStore, change: (entry: T) => T): Promise<void> {
  return database('readwrite', (store) => {
    const request = store.get(id);
    return new Promise<void>((resolve, reject) => {
      request.onsuccess = () => {
        const entry = request.result as T | undefined;
        if (entry !== undefined) store.put(change(entry), id);
        resolve(promisifyRequest(store.transaction));
      };
      request.onerror = () => reject(request.error);
    });
  });
}
