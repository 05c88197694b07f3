/**
 * `partnership-kit/server`: the partnership API for a portal's Node server,
 * and its stores. SQLite (better-sqlite3) and PostgreSQL (pg) are optional
 * peer dependencies: install the one you use.
 */
export {
  createPartnershipServer,
  type PartnershipServer,
  type PartnershipServerOptions,
} from './partnership-server.js';
export { readPartnershipDocument, DocumentRefused } from './document-file.js';
export type { ServedDocument } from '../contract/served-document.js';
export { sqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { postgresStore, type PostgresPoolOptions, type PostgresStoreOptions } from './postgres-store.js';
export type { Store, StoredRecord, SessionStore, RecordKind, Decision, JointDecision, NewRecord } from './store.js';
/** For a host writing its own route with the core's rules: the answer, and the field, partnership-kit/server gives. */
export {
  refusalAnswer,
  refusalPath,
  type RecordRefusal,
  type RefusalAnswer,
  type RefusalAnswerProblem,
  type RefusalProblem,
} from './refusal-paths.js';
/** The Welsh words, which the server carries for its `?lang=cy` feed: `toICalendar(doc, { messages: cy })`. */
export { cy } from '../messages/cy.js';
export { copyStore, summariseStore, type CopyStoreOptions, type StoreCopy, type StoreSummary } from './copy-store.js';
