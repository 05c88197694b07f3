/**
 * One tab at a time sends a record. Web Locks where the page has them (they
 * need a secure context); otherwise a lease written into the record itself in
 * one IndexedDB transaction, so two tabs cannot both take it, and a lease left
 * by a closed tab runs out.
 */
import { get, promisifyRequest, type UseStore } from 'idb-keyval';

export interface Lease {
  owner: string;
  until: number;
}

/** Longer than a send may take (SEND_TIMEOUT_MS), so a lease never runs out mid-send. */
export const LEASE_MS = 30_000;

/** A name for one sender: each outbox (one a tab, normally) holds leases as itself. */
export function senderName(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
}

/**
 * Runs `task` holding record `id`, unless another tab holds it; then does nothing.
 * `useWebLocks: false` forces the lease, for pages without Web Locks and for tests;
 * `owner` names who holds it (each outbox passes its own name).
 */
export async function whileHolding(
  id: string,
  database: UseStore,
  task: () => Promise<void>,
  { useWebLocks = true, now = Date.now, owner = senderName() } = {},
): Promise<void> {
  const locks = useWebLocks && typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) {
    await locks.request(`partnership-kit-outbox:${id}`, { ifAvailable: true }, async (lock) => {
      if (lock) await task();
    });
    return;
  }
  await updateStored<Leased>(id, database, (entry) =>
    !entry.lease || entry.lease.until < now() ? { ...entry, lease: { owner, until: now() + LEASE_MS } } : entry,
  );
  const held = await get<Leased>(id, database);
  if (held?.lease?.owner !== owner) return;
  try {
    await task();
  } finally {
    await updateStored<Leased>(id, database, (entry) =>
      entry.lease?.owner === owner ? { ...entry, lease: undefined } : entry,
    );
  }
}

type Leased = { lease?: Lease };

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
