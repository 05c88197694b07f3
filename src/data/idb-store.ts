/**
 * An idb-keyval store that outlives its connection. Safari, above all on an
 * iPad left asleep through a meeting, closes a page's IndexedDB connection
 * without the `close` event idb-keyval listens for; every transaction on it
 * then throws `InvalidStateError` ("The database connection is closing") until
 * the page is reloaded, so a vote cast after the break could not be kept, and
 * was refused on the device. A store here opens a new connection when that
 * happens and tries the operation once more: safe, since the error is thrown
 * by `transaction()` before anything is read or written.
 *
 * It also turns a synchronous throw (blocked storage: a sandboxed iframe, an
 * opaque origin, cookies blocked, where `indexedDB.open` throws at once) into
 * the rejection its callers await.
 */
import { createStore, type UseStore } from 'idb-keyval';

const closing = (error: unknown) => error instanceof DOMException && error.name === 'InvalidStateError';

export function reopeningStore(database: string, storeName: string): UseStore {
  let store = createStore(database, storeName);
  const use: UseStore = (mode, callback) => {
    try {
      return store(mode, callback);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return (mode, callback) => {
    const failing = store;
    return use(mode, callback).catch((error: unknown) => {
      if (!closing(error)) throw error;
      // Operations that failed together open one new connection between them.
      if (store === failing) store = createStore(database, storeName);
      return use(mode, callback);
    });
  };
}
