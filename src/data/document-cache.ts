/**
 * The last valid document per URL, kept in IndexedDB so the next visit, or an
 * offline one, shows it at once. The kit has its own database: idb-keyval's
 * default one may belong to the host page.
 */
import { clear, get, set, type UseStore } from 'idb-keyval';
import { reopeningStore } from './idb-store.js';

export interface SavedDocument {
  /** The document as fetched; it is checked again when read, by the kit reading it. */
  json: unknown;
  fetchedAt: string;
}

export const CACHE_DATABASE = 'partnership-kit';
const CACHE_STORE = 'documents';

let store: UseStore | undefined;
function cacheStore(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  store ??= reopeningStore(CACHE_DATABASE, CACHE_STORE);
  return store;
}

/** The saved copy for `url`, or undefined when there is none or storage is unavailable. */
export async function readSavedDocument(url: string): Promise<SavedDocument | undefined> {
  try {
    const database = cacheStore();
    const saved: unknown = database ? await get(url, database) : undefined;
    return isSavedDocument(saved) ? saved : undefined;
  } catch {
    return undefined; // private browsing, blocked storage: carry on without a cache
  }
}

/** Saves a valid document for `url`. Storage failures only cost the offline copy. */
export async function saveDocument(url: string, saved: SavedDocument): Promise<void> {
  try {
    const database = cacheStore();
    if (database) await set(url, saved, database);
  } catch {
    // Quota or blocked storage: the page still works online.
  }
}

/**
 * Forgets every document this browser keeps for offline reading. A host's
 * document may be one person's view (their own vote in a secret ballot), so a
 * portal on a shared computer calls this when a person signs out, or when the
 * sign-in page opens. Records still queued stay: they are their owner's, and are
 * sent only under that person's session.
 *
 * @example
 * import { forgetSavedDocuments } from 'partnership-kit';
 * signOutButton.addEventListener('click', () => forgetSavedDocuments());
 */
export async function forgetSavedDocuments(): Promise<void> {
  try {
    const database = cacheStore();
    if (database) await clear(database);
  } catch {
    // Storage unavailable: there is nothing kept to forget.
  }
}

function isSavedDocument(value: unknown): value is SavedDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    'json' in value &&
    typeof (value as SavedDocument).fetchedAt === 'string'
  );
}
