/**
 * Lookups built once and kept: records by id, a seat's group by the seat's
 * id, a proposal's votes. The rules ask these instead of scanning a list, so
 * a rule asked about every record of a document costs in proportion to the
 * document, not to its square.
 *
 * Each index belongs to the list it reads (a WeakMap keyed by the array), not
 * to the whole document: a change makes a new document that shares every list
 * it did not touch (`withVote` makes a new `votes` and keeps `groups`,
 * `meetings` and `proposals`; see changes.ts), so the indexes of the lists it
 * kept go on serving. A list is read as append-only: the host's ledger
 * (src/server/ledger.ts) appends each stored vote to its document's `votes`
 * in place, so a list that has grown since its index was built has its new
 * records added to the index, and one that has shrunk is indexed again. No
 * layer replaces a record inside a list in place; one that did would have to
 * make a new list, as the changes here do. A list no longer referenced takes
 * its index with it. A list a change made by adding records after another's
 * (`appended`) starts its indexes from copies of that list's.
 *
 * Where a list holds an id twice (a document that breaks the contract), the
 * first record wins, as `find` would have it.
 */
import type { Group, PartnershipDocument, Proposal, Seat, Vote } from '../contract/schema.js';
import { instantOf } from './calendar.js';
import { compareVotes } from './vote-order.js';

interface Built<K, V> {
  /** How many records of the list the index has read. */
  read: number;
  index: Map<K, V>;
}

/**
 * An index of a list, a Map: how to add a record to it, how to copy it for a longer list (`appended`) without
 * changing it, and the index built for each list.
 */
interface Indexing<R, K, V> {
  cache: WeakMap<readonly R[], Built<K, V>>;
  add: (index: Map<K, V>, record: R) => void;
  copy: (index: Map<K, V>) => Map<K, V>;
}

/**
 * Every indexing made, that `appended` may start each one's index of a longer list from a copy. A bundle that
 * drops an indexing its code never asks drops its place here too.
 */
const indexings: Indexing<unknown, unknown, unknown>[] = [];

/**
 * An indexing that adds each record with `add`. Every index is a Map, so an
 * indexing is only its `add`, its `copy` (by default the Map's entries, for
 * an index whose values `add` never changes) and its cache; the module's
 * indexings are made once, at load, and each call is marked pure so that a
 * bundle drops the ones its code never asks (the server's `votesCastAt` in
 * the browser's core).
 */
function indexing<R, K, V>(
  add: Indexing<R, K, V>['add'],
  copy: Indexing<R, K, V>['copy'] = (index) => new Map(index),
): Indexing<R, K, V> {
  const made: Indexing<R, K, V> = { cache: new WeakMap(), add, copy };
  indexings.push(made as unknown as Indexing<unknown, unknown, unknown>);
  return made;
}

/** Where a list's index of one indexing starts: the index of a list it begins with, built so far, and that list's length. */
interface Start {
  built: Built<unknown, unknown>;
  length: number;
}

/** The lists `appended` made, each with the start of every index it has not built yet. */
const startsOf = new WeakMap<readonly unknown[], Map<Indexing<unknown, unknown, unknown>, Start>>();

/**
 * `list` with `records` after it, as a new list (`list` unchanged) whose indexes start from copies of `list`'s:
 * a vote on a page makes a new `votes`, and reading every vote again for each of its indexes cost more than the
 * rest of the vote's check and count at 1,000 seats. The new list keeps what its indexes start from (not `list`,
 * which a page drops once it shows the new one), and each index is copied when it is first asked.
 */
export function appended<R>(list: readonly R[], ...records: R[]): R[] {
  const longer = [...list, ...records];
  const starts = new Map<Indexing<unknown, unknown, unknown>, Start>();
  for (const indexing of indexings) {
    const built = indexing.cache.get(list);
    const start = built ? { built, length: list.length } : startsOf.get(list)?.get(indexing);
    if (start) starts.set(indexing, start);
  }
  if (starts.size > 0) startsOf.set(longer, starts);
  return longer;
}

/** A copy of the index `list` starts from (`appended`), or undefined: the index is built from its first record. */
function startOf<R, K, V>(list: readonly R[], indexing: Indexing<R, K, V>): Built<K, V> | undefined {
  const starts = startsOf.get(list);
  const key = indexing as unknown as Indexing<unknown, unknown, unknown>;
  const start = starts?.get(key);
  if (!start) return undefined;
  starts!.delete(key);
  const { built, length } = start as { built: Built<K, V>; length: number };
  // An index read past the shorter list's end (a list grown in place, as the host's ledger grows its own) is not its.
  return built.read <= length ? { read: built.read, index: indexing.copy(built.index) } : undefined;
}

/** The index of `list`, built once and extended by the records appended since. */
export function indexOf<R, K, V>(list: readonly R[], indexing: Indexing<R, K, V>): Map<K, V> {
  const { cache, add } = indexing;
  let built = cache.get(list);
  if (!built || built.read > list.length) {
    built = startOf(list, indexing) ?? { read: 0, index: new Map() };
    cache.set(list, built);
  }
  for (; built.read < list.length; built.read++) add(built.index, list[built.read] as R);
  return built.index;
}

const addFirst = <K, V>(map: Map<K, V>, key: K, value: V) => {
  if (!map.has(key)) map.set(key, value);
};

/** An index of a list's records by one key of theirs, each key's first record (as `find` would have it). */
export const firstBy = <R, K>(keyOf: (record: R) => K): Indexing<R, K, R> =>
  indexing((index, record) => addFirst(index, keyOf(record), record));

const byIdIndexing = /* @__PURE__ */ firstBy((record: { id: string }) => record.id);

/**
 * The record of `records` with the id `id`, or undefined: `records.find((r)
 * => r.id === id)`, from an index built once for the list.
 *
 * @example
 * byId(doc.meetings, 'elg-2019-10-15')?.start;
 */
export function byId<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
  return indexOf(records, byIdIndexing).get(id) as T | undefined;
}

/** A seat with its group. */
export interface SeatInGroup {
  group: Group;
  seat: Seat;
}

const seatIndexing = /* @__PURE__ */ indexing((index: Map<string, SeatInGroup>, group: Group) => {
  for (const seat of group.seats) addFirst(index, seat.id, { group, seat });
});

/**
 * The seat `seatId` of any group, with its group; the first group's when two
 * groups both name a seat so. Undefined when no group has it.
 */
export function seatAnywhere(doc: PartnershipDocument, seatId: string): SeatInGroup | undefined {
  return indexOf(doc.groups, seatIndexing).get(seatId);
}

/**
 * The seat `seatId` of the group `groupId`, or undefined: a seat id is unique
 * only within its group (contract "Identifiers"), so two groups may each have
 * a seat "chair" held by different people.
 */
export function seatInGroup(doc: PartnershipDocument, groupId: string, seatId: string): Seat | undefined {
  const group = byId(doc.groups, groupId);
  return group ? byId(group.seats, seatId) : undefined;
}

const groupOfSeatIndexing = /* @__PURE__ */ indexing((index: Map<Seat, Group>, group: Group) => {
  for (const seat of group.seats) addFirst(index, seat, group);
});

/**
 * The group that holds this very seat (the record, not its id, which another
 * group may share), or undefined when the document's groups do not hold it.
 */
export function groupOfSeat(doc: PartnershipDocument, seat: Seat): Group | undefined {
  return indexOf(doc.groups, groupOfSeatIndexing).get(seat);
}

/**
 * An index of a list's records by one key of theirs, each key's records in the list's order. A copy shares each
 * key's records with the index it was copied from until a record is added under that key, when they are copied:
 * a key no record was added to keeps the very list it had.
 */
function grouping<R>(keyOf: (record: R) => string | undefined): Indexing<R, string, R[]> {
  const shared = new WeakSet<R[]>();
  return indexing(
    (index, record) => {
      const key = keyOf(record);
      if (key === undefined) return;
      const records = index.get(key);
      if (records && !shared.has(records)) records.push(record);
      else index.set(key, [...(records ?? []), record]);
    },
    (index) => {
      for (const records of index.values()) shared.add(records);
      return new Map(index);
    },
  );
}

const votesIndexing = /* @__PURE__ */ grouping((vote: Vote) => vote.proposal);
const proposalsIndexing = /* @__PURE__ */ grouping((proposal: Proposal) => proposal.meeting);
const NONE: readonly never[] = Object.freeze([]);

/**
 * The votes for `proposalId`, in the order the document lists them:
 * `doc.votes.filter((v) => v.proposal === proposalId)`, from an index built
 * once for the list. The list returned is the index's own: read it, never
 * change it.
 */
export function votesFor(doc: PartnershipDocument, proposalId: string): readonly Vote[] {
  return indexOf(doc.votes, votesIndexing).get(proposalId) ?? NONE;
}

/** An index of a list's votes by one key of theirs, keeping only each key's latest vote (`compareVotes`). */
function latestBy(keyOf: (vote: Vote) => string): Indexing<Vote, string, Vote> {
  return indexing((index, vote) => {
    const key = keyOf(vote);
    const latest = index.get(key);
    if (!latest || compareVotes(vote, latest) > 0) index.set(key, vote);
  });
}

const latestOwnIndexing = /* @__PURE__ */ latestBy((vote) => JSON.stringify([vote.proposal, vote.seat, vote.by]));
const sameInstantIndexing = /* @__PURE__ */ grouping((vote: Vote) => {
  const instant = instantOf(vote.cast);
  return Number.isNaN(instant) ? undefined : JSON.stringify([vote.proposal, vote.seat, instant]);
});

/**
 * The latest vote (`compareVotes`) `personId` cast for `seatId` on
 * `proposalId`, or undefined: kept as the list grows, so a host deciding a
 * vote with 200,000 stored reads one vote, however often the member voted.
 */
export function latestOwnVote(
  doc: PartnershipDocument,
  proposalId: string,
  seatId: string,
  personId: string,
): Vote | undefined {
  return indexOf(doc.votes, latestOwnIndexing).get(JSON.stringify([proposalId, seatId, personId]));
}

/**
 * The votes for `seatId` on `proposalId` cast at the instant `instant` (ms
 * since 1970; a cast written in another offset is the same instant), in the
 * order the document lists them; like `votesFor`, the index's own list.
 */
export function votesCastAt(
  doc: PartnershipDocument,
  proposalId: string,
  seatId: string,
  instant: number,
): readonly Vote[] {
  return indexOf(doc.votes, sameInstantIndexing).get(JSON.stringify([proposalId, seatId, instant])) ?? NONE;
}

/**
 * The proposals taken at `meetingId`, in the order the document lists them;
 * like `votesFor`, the index's own list.
 */
export function proposalsAt(doc: PartnershipDocument, meetingId: string): readonly Proposal[] {
  return indexOf(doc.proposals, proposalsIndexing).get(meetingId) ?? NONE;
}
