/**
 * What `partnership-kit/server` asks of a store: an append-only log of the
 * records members and clerks send, a write lock held while one record is
 * decided, word when another process appended, and the demo portal's
 * sessions. `sqliteStore` and `postgresStore` implement it.
 */

/**
 * The version of the stores' tables, kept in the store (SQLite's `user_version`, PostgreSQL's `pk_meta`): a
 * process meeting a store a newer partnership-kit wrote refuses to start, rather than write to tables it does
 * not know (a rolling upgrade of several machines, a backup restored under an older release). A store from
 * before versions were kept has the tables of version 1. The table of the partnership a store belongs to
 * (SQLite's `meta`, PostgreSQL's `pk_meta` row) came later without a new version: an older release neither
 * reads nor needs it, so it goes on running beside a newer one, and each table is made when missing.
 */
export const STORE_VERSION = 1;

/** Refuses a store whose tables a newer partnership-kit wrote; `found` is the version it keeps, 0 for none. */
export function checkStoreVersion(found: number, where: string): void {
  if (found <= STORE_VERSION) return;
  throw new Error(
    `${where} was written by a newer partnership-kit (its tables are version ${found}; this one knows up to ${STORE_VERSION}). Upgrade partnership-kit on this machine to the release the others run.`,
  );
}

/** The kinds of record the host stores. */
export type RecordKind = 'vote' | 'attendance' | 'action';

/** A record as stored: its place in the log, its kind, its client-chosen id and the record itself. */
export interface StoredRecord {
  seq: number;
  kind: RecordKind;
  id: string;
  body: Record<string, unknown>;
}

/** A record to append, decided inside the write lock. */
export type NewRecord = Omit<StoredRecord, 'seq'>;

/**
 * One decision under the store's write lock. `catchUp` receives every
 * record stored after `after` (by any process) before `decide` runs, so a
 * decision always sees the whole log; the record `decide` returns is
 * durable when `append` resolves.
 */
export interface Decision<T> {
  /**
   * The last seq this process has applied: read as the lock is asked for (the PostgreSQL store reads the log in
   * the round trip that takes it) or once it is held. `catchUp` may be given records at or below the seq applied
   * meanwhile, and skips them.
   */
  after: () => number;
  catchUp: (records: StoredRecord[]) => void;
  decide: () => { record?: NewRecord; answer: T };
}

/**
 * Decisions made together under one hold of the store's write lock, their records stored in one commit: a burst
 * of votes (a show of hands) costs a few commits, each a wait for the disk, rather than one a vote. As `Decision`,
 * but `decide` returns every record, in the order they were decided.
 */
export interface JointDecision<T> {
  after: () => number;
  catchUp: (records: StoredRecord[]) => void;
  decide: () => { records: NewRecord[]; answer: T };
}

/** `decision` decided as a joint one of at most one record, by a store's `appendTogether`. */
export async function appendedAlone<T>(
  appendTogether: (decision: JointDecision<T>) => Promise<{ answer: T; seqs: number[] }>,
  decision: Decision<T>,
): Promise<{ answer: T; seq: number | null }> {
  const { answer, seqs } = await appendTogether({
    after: decision.after,
    catchUp: decision.catchUp,
    decide: () => {
      const { record, answer } = decision.decide();
      return { records: record ? [record] : [], answer };
    },
  });
  return { answer, seq: seqs[0] ?? null };
}

/** A portal's signed-in sessions, kept server-side. */
export interface SessionStore {
  /**
   * Starts session `id` for `person`, ending at `expires` (ms since the epoch). `id` is what the caller keeps of a
   * random session id: the reference host passes its SHA-256, so that a copy of the store signs no one in.
   */
  create(id: string, person: string, expires: number): Promise<void>;
  /** The person of an unexpired session, or null. */
  person(id: string, now: number): Promise<string | null>;
  /** Ends a session (sign-out), and any that have expired. */
  end(id: string, now: number): Promise<void>;
}

export interface Store {
  /** Every record after `seq`, in order. */
  since(seq: number): Promise<StoredRecord[]>;
  /** Decides one record under the write lock, appending it durably; resolves with the answer and the record's seq. */
  append<T>(decision: Decision<T>): Promise<{ answer: T; seq: number | null }>;
  /**
   * Optional: decides under the write lock and appends every record `decide` returns in one commit, in order;
   * resolves with the answer and the records' seqs, in the same order. The host gives a store without it one
   * decision at a time.
   */
  appendTogether?<T>(decision: JointDecision<T>): Promise<{ answer: T; seqs: number[] }>;
  /**
   * Calls `listener` when any process may have appended, and `onTrouble` when watching fails and is tried again
   * (a PostgreSQL listening connection lost). Returns a function that stops it.
   */
  watch(listener: () => void, onTrouble?: (error: unknown) => void): () => void;
  sessions: SessionStore;
  close(): Promise<void>;
}

/** A stored record as its row: the body as the JSON text stored, so that a copy is the same, byte for byte. */
export interface StoredRow {
  seq: number;
  kind: RecordKind;
  id: string;
  body: string;
}

/** A signed-in session as its row. */
export interface SessionRow {
  id: string;
  person: string;
  expires: number;
}

/**
 * What `copyStore` reads and writes of a store `sqliteStore` or `postgresStore` made, beside `Store`: rows as
 * stored, seq included. Not part of `Store`, which a portal may implement itself.
 */
export interface StoreTables {
  /** The store, for people: "The SQLite store data/sutton.db". */
  where: string;
  /** Up to `limit` rows after `seq`, in order. */
  rows(after: number, limit: number): Promise<StoredRow[]>;
  /** The sessions unexpired at `now`. */
  sessions(now: number): Promise<SessionRow[]>;
  /**
   * Appends `rows` as they are, seq included, and adds `sessions` it lacks, in one transaction under the write
   * lock; throws, storing nothing, when the last seq stored is not `after` (a host stored a record meanwhile).
   */
  put(after: number, rows: StoredRow[], sessions: SessionRow[]): Promise<void>;
  /**
   * The id of the partnership the store belongs to. A store that records none yet takes `partnership` (unless
   * opened read-only): a new store, and one an older release made, before the partnership was recorded, whose
   * records are taken to be those of the first partnership a host starts on it with.
   */
  owner(partnership: string): Promise<string>;
  /** The id of the partnership the store records, without taking one; undefined when it records none. */
  recordedOwner(): Promise<string | undefined>;
}

/** The tables of each store `sqliteStore` and `postgresStore` made. */
export const storeTables = new WeakMap<Store, StoreTables>();

/** Why `put` stores nothing: the store's log no longer ends where the copy left it. */
export function notWhereLeft(where: string, after: number, last: number): Error {
  return new Error(
    `${where} now ends at record ${last}, not at ${after} where the copy left it: a host stored records in it while it was copied into. Stop every host on it, then copy into an empty store.`,
  );
}
