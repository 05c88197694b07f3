/**
 * Moving a partnership's record from one store to another (SQLite to PostgreSQL when a portal grows to several
 * machines, PostgreSQL to SQLite to archive it or hand it on, a backup into a fresh store), exactly: every record
 * keeps its seq, its kind and id (so a device sending a record again is answered as a replay) and its body as
 * stored, `received` stamp included, in the same order (which the rules that compare `received` depend on).
 */
import { createHash } from 'node:crypto';
import { storeTables, type RecordKind, type Store, type StoredRow, type StoreTables } from './store.js';

/** What a store holds, to compare two: `copyStore` gives both sides'; `summariseStore` gives one. */
export interface StoreSummary {
  /** The store, for people: "The SQLite store data/sutton.db". */
  where: string;
  /** How many records it holds, and of each kind. */
  records: number;
  votes: number;
  attendance: number;
  actions: number;
  /** The seq of its last record; 0 when it has none. */
  lastSeq: number;
  /** SHA-256 (hex) of every record as stored, in order: seq, kind, id and body. Equal digests, equal records. */
  digest: string;
}

export interface CopyStoreOptions {
  /**
   * The store copied from, as `sqliteStore` or `postgresStore` opened it, each with `readOnly: true` (nothing is
   * written to it: no tables made, no version set, and for PostgreSQL read-only transactions, so a role that
   * may only SELECT can copy). It is only read.
   */
  from: Store;
  /** The store copied into: empty, or holding an earlier copy of `from` (the records after it are added). */
  to: Store;
  /**
   * Whether to copy the sessions unexpired now (`store.sessions`: the demo portal's sign-ins), so that members
   * stay signed in across a move; default true. False when handing the record to someone else.
   */
  sessions?: boolean;
}

/** What `copyStore` did, and both stores' summaries once it had. */
export interface StoreCopy {
  /** Records this copy added to the target. */
  copied: number;
  /** Records the target held already, the same as the source's (an earlier copy). */
  alreadyThere: number;
  /** Sessions copied. */
  sessions: number;
  from: StoreSummary;
  to: StoreSummary;
  /**
   * Whether the two hold the same records (the same count, last seq and digest). False when a host stored
   * records in the source while it was copied: stop every host on it, then copy again (only the rest is copied).
   */
  same: boolean;
}

/** Rows read or written at once: a year of a partnership's records is copied without holding it all in memory. */
const BATCH = 1000;

/**
 * Copies every record of one store into another, exactly, and says whether both now hold the same records.
 * Refuses a target holding records that are not the source's, and a source with none. Stop the hosts on the
 * source first (or copy while they run, then stop them and copy again: only what they stored meanwhile is
 * copied), and start none on the target until it returns `same: true`.
 *
 * @example
 * const from = await sqliteStore({ file: 'data/sutton.db', readOnly: true });
 * const to = await postgresStore({ connectionString: process.env.DATABASE_URL });
 * const copy = await copyStore({ from, to });
 * console.log(copy.same, copy.from.digest, copy.to.digest);
 */
export async function copyStore(options: CopyStoreOptions): Promise<StoreCopy> {
  const from = tablesOf(options.from, 'from');
  const to = tablesOf(options.to, 'to');
  if (options.from === options.to) throw new Error(`copyStore was given ${from.where} as both \`from\` and \`to\`.`);
  if ((await from.rows(0, 1)).length === 0) {
    throw new Error(
      `${from.where} holds no records: there is nothing to copy. Check it is the store the host ran on (sqliteStore creates a missing file, empty).`,
    );
  }
  const held = await alreadyCopied(from, to);
  await copyOwner(from, to);
  let after = held.lastSeq;
  let copied = 0;
  for (let rows = await from.rows(after, BATCH); rows.length > 0; rows = await from.rows(after, BATCH)) {
    await to.put(after, rows, []);
    copied += rows.length;
    after = rows.at(-1)?.seq ?? after;
  }
  const sessions = options.sessions === false ? [] : await from.sessions(Date.now());
  await to.put(after, [], sessions);
  // The target first: a record a host stores in the source meanwhile then shows as a difference.
  const toSummary = await summarise(to);
  const fromSummary = await summarise(from);
  return {
    copied,
    alreadyThere: held.count,
    sessions: sessions.length,
    from: fromSummary,
    to: toSummary,
    same: fromSummary.digest === toSummary.digest && fromSummary.records === toSummary.records,
  };
}

/**
 * The records a store holds, counted and digested, to check a copy: run it on the old store and the new one, and
 * compare (`copyStore` returns both).
 */
export async function summariseStore(store: Store): Promise<StoreSummary> {
  return summarise(tablesOf(store, 'store'));
}

function tablesOf(store: Store, name: string): StoreTables {
  const tables = storeTables.get(store);
  if (tables) return tables;
  throw new Error(
    `\`${name}\` is not a store sqliteStore or postgresStore opened: copyStore reads and writes their tables. Open it with one of them.`,
  );
}

/**
 * The records the target holds, each checked to be the source's record at the same place; throws at the first
 * that is not, since adding the source's after it would mix two logs.
 */
async function alreadyCopied(from: StoreTables, to: StoreTables): Promise<{ lastSeq: number; count: number }> {
  let lastSeq = 0;
  let count = 0;
  for (let held = await to.rows(0, BATCH); held.length > 0; held = await to.rows(lastSeq, BATCH)) {
    const theirs = await from.rows(lastSeq, held.length);
    held.forEach((row, i) => {
      if (!sameRow(row, theirs[i])) throw notACopy(from, to, row, theirs[i]);
    });
    lastSeq = held.at(-1)?.seq ?? lastSeq;
    count += held.length;
  }
  return { lastSeq, count };
}

/**
 * The source's partnership, recorded in the target before any record is: a host of another partnership then
 * cannot start on the copy and take its records for its own. A source that records none leaves the target to
 * the first partnership to start a host on it, as the source was.
 */
async function copyOwner(from: StoreTables, to: StoreTables): Promise<void> {
  const owner = await from.recordedOwner();
  if (owner === undefined) return;
  const theirs = await to.owner(owner);
  if (theirs === owner) return;
  throw new Error(
    `${to.where} belongs to partnership '${theirs}', and ${midSentence(from.where)} to partnership '${owner}': a store holds one partnership's records. Nothing was copied. Copy into an empty store (a new database, schema or file).`,
  );
}

const sameRow = (a: StoredRow, b: StoredRow | undefined) =>
  b !== undefined && a.seq === b.seq && a.kind === b.kind && a.id === b.id && a.body === b.body;

function notACopy(from: StoreTables, to: StoreTables, row: StoredRow, theirs: StoredRow | undefined): Error {
  const what = `record ${row.seq} (${row.kind} '${row.id}')`;
  if (!theirs) return storedSinceTheCopy(from, to, what);
  const why = `where it has record ${theirs.seq} (${theirs.kind} '${theirs.id}')`;
  return new Error(
    `${to.where} already holds records that are not ${midSentence(from.where)}'s: its ${what} differs from the source's, ${why}. Nothing was copied. Copy into an empty store (a new database, schema or file), or into one holding an earlier copy of this same store.`,
  );
}

/**
 * The target holds every record of the source and more after them: hosts have stored in it since it was copied.
 * Met when the move's copy is run again after the hosts started on the new store (or the old one is copied
 * into it by mistake): said as such, since "differs" sent the council looking for a fault in a move that was done.
 */
function storedSinceTheCopy(from: StoreTables, to: StoreTables, what: string): Error {
  return new Error(
    `${to.where} holds every record of ${midSentence(from.where)} and more after them, from its ${what}: a host has stored in it since it was copied. Nothing was copied. If the hosts now run on it, the move is done: copy nothing more into it, and put the old store away so that no host opens it again (the kit’s docs/server.md, "Moving to PostgreSQL, or back").`,
  );
}

/** "The SQLite store …" as a sentence's object: "the SQLite store …". */
const midSentence = (where: string) => where.replace(/^The /, 'the ');

const LISTS: Record<RecordKind, 'votes' | 'attendance' | 'actions'> = {
  vote: 'votes',
  attendance: 'attendance',
  action: 'actions',
};

async function summarise(tables: StoreTables): Promise<StoreSummary> {
  const hash = createHash('sha256');
  const summary = { where: tables.where, records: 0, votes: 0, attendance: 0, actions: 0, lastSeq: 0 };
  for (let rows = await tables.rows(0, BATCH); rows.length > 0; rows = await tables.rows(summary.lastSeq, BATCH)) {
    for (const row of rows) {
      hash.update(`${JSON.stringify([row.seq, row.kind, row.id, row.body])}\n`);
      summary[LISTS[row.kind]] += 1;
    }
    summary.records += rows.length;
    summary.lastSeq = rows.at(-1)?.seq ?? summary.lastSeq;
  }
  return { ...summary, digest: hash.digest('hex') };
}
