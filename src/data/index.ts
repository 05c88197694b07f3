export * from './document-state.js';
export * from './document-stores.js';
export { fetchDocument, checkJson, checkJsonText, type FetchOptions, type LoadResult } from './document-loader.js';
export {
  readSavedDocument,
  saveDocument,
  forgetSavedDocuments,
  CACHE_DATABASE,
  type SavedDocument,
} from './document-cache.js';
export { documentContext } from './context.js';
export * from './outbox.js';
export * from './outbox-senders.js';
export { whileHolding, LEASE_MS, type Lease } from './outbox-lock.js';
export { recordId } from './record-id.js';
export { outboxForPage, isSuperseded, withWaiting } from './page-outbox.js';
export { waitingOnThisDevice, type WaitingRecord } from './waiting-on-this-device.js';
export { configureData, dataOptions, type DataOptions } from './data-options.js';
export type { LiveTrouble } from './channel-trouble.js';
export { hostMomentAt, hostNow, hostNowText, hostToday, noteHostDate } from './host-clock.js';
export { LiveDocument, type LiveHooks, type LivePreference, type LiveRecord, type LiveToken } from './document-live.js';
export { hostNoteIn, type HostNote, type HostNoteReason } from './host-note.js';
