/**
 * The host's start-up over its store: the ledger made from the seed document, every stored record read into
 * it, and the document checked with them before any request is answered; then the live stream of what is
 * stored, and reading what other processes store.
 */
import type { IncomingMessage } from 'node:http';
import type { PartnershipDocument } from '../contract/index.js';
import { Ledger } from './ledger.js';
import { LiveEvents, streamLimits, type StreamLimits } from './live-events.js';
import { oneAtATime } from './one-at-a-time.js';
import { storeTables, type Store, type StoredRecord } from './store.js';
import { storeFollowing } from './store-following.js';
import { storedRecordProblems } from './stored-problems.js';
import { checkedAuthenticate } from './unknown-viewers.js';

/** What the start-up takes from the host's options (`PartnershipServerOptions`). */
export interface LedgerOptions {
  store: Store;
  authenticate: (request: IncomingMessage) => string | null | Promise<string | null>;
  heartbeatMs?: number;
  maxLiveStreams?: Partial<StreamLimits>;
}

/** The ledger as stored, its live stream, and how the host reads what the store has that it has not. */
export interface StoredLedger {
  ledger: Ledger;
  events: LiveEvents;
  /** `authenticate`, which says in the log when it names someone the document has no person for. */
  authenticate: (request: IncomingMessage) => Promise<string | null>;
  /** Applies records read from the store, each once, and sends them to the open pages. */
  applyStored: (records: StoredRecord[]) => void;
  /** Reads what other processes stored, one read at a time. */
  catchUp: () => Promise<void>;
}

/**
 * Says which stored records the document has nothing for (the seed edited while records were stored, or
 * another process on another document): they are kept in the store, and no page shows them.
 */
function reportUnapplied(unapplied: Ledger['unapplied']): void {
  if (unapplied.length === 0) return;
  const some = unapplied.slice(0, 5).map(({ record, missing }) => `  ${record.kind} '${record.id}' names ${missing}`);
  const more = unapplied.length > 5 ? [`  and ${unapplied.length - 5} more`] : [];
  console.warn(
    `partnership-kit/server: ${unapplied.length} stored record(s) name what the document does not have, so they are kept in the store but not applied. Put the ids back in the document to apply them:\n${[...some, ...more].join('\n')}`,
  );
}

/**
 * Refuses a store another partnership's host started on first: a copied DATABASE_URL or SQLite path put a
 * second partnership on the first one's store, where each document took the other's records wherever their
 * ids matched (two documents made from one template). A store the portal made itself records no owner, and is
 * not checked. One from an older release, which recorded none, becomes this document's partnership's.
 */
async function checkOwner(store: Store, { partnership }: PartnershipDocument): Promise<void> {
  const tables = storeTables.get(store);
  if (!tables) return;
  const owner = await tables.owner(partnership.id);
  if (owner === partnership.id) return;
  throw new Error(
    `${tables.where} belongs to partnership '${owner}', and this host was started with the document of partnership '${partnership.id}' (${partnership.name}): a store holds one partnership's records, so this host did not start. Point it at ${partnership.name}'s own store (its own SQLite file, or its own DATABASE_URL), or at a new, empty one, which becomes that partnership's. If this document is partnership '${owner}' with its id changed, put the id back to '${owner}'.`,
  );
}

/** The ledger of `document` with every record `options.store` holds; throws when they break the contract. */
export async function openLedger(
  options: LedgerOptions,
  document: PartnershipDocument,
  clock: () => string,
): Promise<StoredLedger> {
  await checkOwner(options.store, document);
  const ledger = new Ledger(structuredClone(document));
  const authenticate = checkedAuthenticate(options.authenticate, (person) =>
    ledger.document.people.some((each) => each.id === person),
  );
  const events = new LiveEvents(
    () => ledger.document,
    clock,
    () => ledger.lastSeq,
    authenticate,
    options.heartbeatMs,
    streamLimits(options.maxLiveStreams),
    () => catchUp(),
  );
  const { store } = options;
  /** How many of `ledger.unapplied` the operator has been told of: each once, whichever read applied it. */
  let reported = 0;
  const applyStored = (records: StoredRecord[]) => {
    events.publish(ledger.apply(records));
    reportUnapplied(ledger.unapplied.slice(reported));
    reported = ledger.unapplied.length;
  };
  const catchUp = oneAtATime(async () => applyStored(await store.since(ledger.lastSeq)));
  await catchUp();
  const broken = storedRecordProblems(ledger);
  if (broken) {
    events.close();
    throw new Error(broken);
  }
  return { ledger, events, authenticate, applyStored, catchUp };
}

/** Reads what other processes store whenever the store's watch tells of it; returns the function that stops it. */
export function followStore(
  store: Store,
  catchUp: () => Promise<void>,
  onStoreError?: (error: unknown) => void,
): () => void {
  const following = storeFollowing(onStoreError);
  let stopped = false;
  // A read under way as the host closes fails on the closed store: that is the closing, not trouble to tell.
  const trouble = (error: unknown) => void (stopped || following.trouble(error));
  const stopWatching = store.watch(() => void catchUp().then(following.followed, trouble), trouble);
  return () => {
    stopped = true;
    stopWatching();
  };
}
