/**
 * What a document's references may point at, read from the raw input. It is
 * read from the input rather than the parsed document so that a record with a
 * problem of its own still counts as existing: one typo must not also report
 * every reference to that record as dangling.
 */

import { isCalendarDate, isDateTime } from './primitives.js';
import type { SeatAppointments } from './appointments.js';

/**
 * A seat's appointments as far as they can be read; entries with a problem of their own are left out.
 * `unsure`: a holder or proxy is there but cannot be read (a job-share written as a list, an id as a number), or
 * an earlier appointment has a problem of its own (a date that is not one, an end before its start, a holder left
 * out), so who held the seat, when, is not known until it is put right.
 */
export type SeatFacts = SeatAppointments & {
  unsure: boolean;
  /**
   * Whether a counted vote may have come from the seat: it votes now, or did in an earlier standing (1.2), or what
   * it says of its vote cannot be read (its own problem), so that a count is not refused for that mistake again.
   */
  votedAtSomeTime: boolean;
};

/**
 * A group's seats by id. `idLost`: a seat in its list has no id that can be read (the seat left as null, its id
 * deleted), so an attendance or vote naming a seat not here may be naming that one, and is not told otherwise.
 */
export type GroupSeats = Map<string, SeatFacts> & { idLost: boolean };

export interface Targets {
  partners: Set<string>;
  people: Set<string>;
  groups: Set<string>;
  /** group id → seat id → facts about the seat. */
  seats: Map<string, GroupSeats>;
  /** Every seat id of every group, for a reference that may name a seat of any group. */
  allSeats: Set<string>;
  /** meeting id → its group id (undefined when its own group field has a problem). */
  meetings: Map<string, string | undefined>;
  /** meeting id → its start, when that is a date-time: the order of meetings a rule depends on. */
  meetingStarts: Map<string, string>;
  /** proposal id → its group id (likewise). */
  proposals: Map<string, string | undefined>;
  /** group id → the group's own decision rule (simple majority when it names none), with its earlier ones (1.2). */
  decisionRules: Map<string, DecisionRuleHistory>;
}

type Loose = Record<string, unknown>;

/** The objects of `input[key]`, with their indices, ignoring anything that is not an object. */
export function looseRecords(input: unknown, key: string): [number, Loose][] {
  // Every caller passes the document (an object once parse.ts's shape check passed) or a record that is one;
  // the `undefined` arm guards the unknown parameter and is not reached.
  const list = isObject(input) ? input[key] : undefined;
  if (!Array.isArray(list)) return [];
  const out: [number, Loose][] = [];
  list.forEach((item, index) => {
    if (isObject(item)) out.push([index, item]);
  });
  return out;
}

export function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A record's id, to find it by. An id with characters no id has (a space typed after it, a zero-width space
 * pasted in) is found by the id without them, which its references name: its own problem says what to
 * delete, and each reference to it is not reported again as naming nothing.
 */
function idOf(record: Loose): string | undefined {
  return typeof record.id === 'string' ? record.id.replace(/[^A-Za-z0-9._:-]/g, '') : undefined;
}

/**
 * The ids of a list that is not a list (`"people": "everyone"`): its own problem says what is wrong, and
 * every reference to it is taken as found, rather than reported again, one problem a reference.
 */
class UnreadableList extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/** The document's lists of records, each held to MAX_RECORDS. */
export const LIST_KEYS = [
  'partners',
  'people',
  'groups',
  'meetings',
  'proposals',
  'votes',
  'risks',
  'actions',
  'projects',
] as const;

/** A group's lists of records: a list under another name in a group is a misspelling of one. */
const GROUP_LIST_KEYS = ['quorum', 'seats'] as const;

/** A seat's lists, likewise: "Previous" for "previous" leaves its earlier appointments unread. */
const SEAT_LIST_KEYS = ['tags', 'previous', 'previousStanding'] as const;

/**
 * A list that cannot be read: not a list, or left out while its record (`lists`, the record's own lists) holds a
 * list under a name the contract does not know ("persons" for "people"), whose own problem says so. A list
 * simply left out is an empty one (the contract's default), and can be read.
 */
const unreadable = (input: unknown, key: string, lists: readonly string[] = LIST_KEYS): boolean => {
  if (!isObject(input)) return false;
  if (input[key] !== undefined) return !Array.isArray(input[key]);
  return Object.entries(input).some(([name, value]) => Array.isArray(value) && !lists.includes(name));
};

/** Whether a group's seats cannot be read (`unreadable`): "Seats" for "seats", or seats that are not a list. */
const seatsUnreadable = (group: Loose): boolean => unreadable(group, 'seats', GROUP_LIST_KEYS);

function idSet(input: unknown, key: string): Set<string> {
  if (unreadable(input, key)) return new UnreadableList();
  const ids = new Set<string>();
  for (const [, record] of looseRecords(input, key)) {
    const id = idOf(record);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function groupOf(input: unknown, key: string): Map<string, string | undefined> {
  const map = new Map<string, string | undefined>();
  for (const [, record] of looseRecords(input, key)) {
    const id = idOf(record);
    if (id !== undefined) map.set(id, typeof record.group === 'string' ? record.group : undefined);
  }
  return map;
}

/** Whether a seat in `group`'s list has no id that can be read: left as null, its id deleted or not text. */
const seatIdLost = (group: Loose): boolean =>
  Array.isArray(group.seats) && group.seats.some((seat) => !isObject(seat) || !idOf(seat));

/**
 * Every seat id of every group, whether its group's own id can be read or not: a vote names the seat, which is
 * there. A seat whose id is lost may be the one any vote names, so then every one is taken as found.
 */
function allSeatsOf(input: unknown): Set<string> {
  const groups = looseRecords(input, 'groups').map(([, group]) => group);
  if (groups.some((group) => seatsUnreadable(group) || seatIdLost(group))) return new UnreadableList();
  return new Set(groups.flatMap((group) => looseRecords(group, 'seats').flatMap(([, seat]) => idOf(seat) ?? [])));
}

function seatsByGroup(input: unknown): Map<string, GroupSeats> {
  const map = new Map<string, GroupSeats>();
  for (const [, group] of looseRecords(input, 'groups')) {
    const groupId = idOf(group);
    // A group whose seats cannot be read (misspelt "Seats", an object) has that one problem: its seats are not
    // known, so no attendance or vote is reported again as naming a seat it lacks. Seats left out are none.
    if (groupId === undefined || seatsUnreadable(group)) continue;
    const seats = map.get(groupId) ?? Object.assign(new Map<string, SeatFacts>(), { idLost: false });
    seats.idLost ||= seatIdLost(group);
    for (const [, seat] of looseRecords(group, 'seats')) {
      const seatId = idOf(seat);
      if (seatId === undefined) continue;
      // A seat id given twice (its own problem) is taken as voting when either seat did.
      const facts = seatFacts(seat);
      facts.votedAtSomeTime ||= seats.get(seatId)?.votedAtSomeTime ?? false;
      seats.set(seatId, facts);
    }
    map.set(groupId, seats);
  }
  return map;
}

const personOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
/** A holder or proxy as the schema takes it: an id (checked on its own), null, or left out for null. */
const personReadable = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';
const isDate = (value: unknown): value is string => typeof value === 'string' && isCalendarDate(value);

/** Whether every earlier appointment of `seat` can be read: a list of entries with their dates, holder and proxy. */
function previousReadable(seat: Loose): boolean {
  if (unreadable(seat, 'previous', SEAT_LIST_KEYS)) return false;
  const entries: unknown[] = Array.isArray(seat.previous) ? seat.previous : [];
  return entries.every(
    (entry) =>
      isObject(entry) &&
      isDate(entry.from) &&
      isDate(entry.to) &&
      entry.from <= entry.to &&
      (entry.holder === null || typeof entry.holder === 'string') &&
      personReadable(entry.proxy),
  );
}

function seatFacts(seat: Loose): SeatFacts {
  // A term that ends before it starts has its own problem: its dates judge no attendance, or every meeting
  // before the mistyped start would be reported again as held by no one.
  const swapped =
    isObject(seat.term) && isDate(seat.term.to) && isDate(seat.term.from) && seat.term.to < seat.term.from;
  const term = isObject(seat.term) && isDate(seat.term.from) && !swapped ? seat.term : undefined;
  const previous = looseRecords(seat, 'previous')
    .map(([, entry]) => entry)
    .filter((entry) => isDate(entry.from) && isDate(entry.to))
    .map((entry) => ({
      holder: personOrNull(entry.holder),
      proxy: personOrNull(entry.proxy),
      from: entry.from as string,
      to: entry.to as string,
    }));
  return {
    holder: personOrNull(seat.holder),
    proxy: personOrNull(seat.proxy),
    term: term && { from: term.from as string, to: isDate(term.to) ? term.to : undefined },
    previous,
    // Read as written, a holder or proxy that is there in the wrong form would leave the seat with no one in it,
    // and every meeting that recorded them would be told so again.
    unsure: !personReadable(seat.holder) || !personReadable(seat.proxy) || !previousReadable(seat),
    votedAtSomeTime: votedAtSomeTime(seat),
  };
}

/**
 * Whether the seat votes now or in any earlier standing: an entry that leaves `voting` out was as the next one,
 * so the values it took are the seat's own and those its entries give. One that cannot be read may have voted.
 */
function votedAtSomeTime(seat: Loose): boolean {
  if (seat.voting !== false || unreadable(seat, 'previousStanding', SEAT_LIST_KEYS)) return true;
  const entries: unknown[] = Array.isArray(seat.previousStanding) ? seat.previousStanding : [];
  return entries.some((entry) => !isObject(entry) || (entry.voting !== undefined && entry.voting !== false));
}

/** A group's decision rule and tie-break now and, oldest first, up to the end of each earlier one that changed them. */
export interface DecisionRuleHistory {
  decisionRule: string;
  tieBreak: string;
  previousRules: { to: string; decisionRule?: string; tieBreak?: string }[];
}

function decisionRulesOf(input: unknown): Map<string, DecisionRuleHistory> {
  const rules = new Map<string, DecisionRuleHistory>();
  for (const [, group] of looseRecords(input, 'groups')) {
    const id = idOf(group);
    if (id === undefined) continue;
    const previousRules = looseRecords(group, 'previousRules').flatMap(([, entry]) =>
      isDate(entry.to)
        ? [{ to: entry.to, decisionRule: textOf(entry.decisionRule), tieBreak: textOf(entry.tieBreak) }]
        : [],
    );
    const decisionRule = textOf(group.decisionRule) ?? 'simple-majority';
    rules.set(id, { decisionRule, tieBreak: textOf(group.tieBreak) ?? 'none', previousRules });
  }
  return rules;
}

/** `value` when it is text; undefined otherwise. The cross-record checks read every field this loosely. */
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function startsOf(input: unknown): Map<string, string> {
  const starts = new Map<string, string>();
  for (const [, meeting] of looseRecords(input, 'meetings')) {
    const id = idOf(meeting);
    if (id !== undefined && typeof meeting.start === 'string' && isDateTime(meeting.start))
      starts.set(id, meeting.start);
  }
  return starts;
}

/** Everything a reference in `input` may resolve to. */
export function readTargets(input: unknown): Targets {
  const seats = seatsByGroup(input);
  return {
    partners: idSet(input, 'partners'),
    people: idSet(input, 'people'),
    groups: idSet(input, 'groups'),
    seats,
    allSeats: allSeatsOf(input),
    meetings: groupOf(input, 'meetings'),
    meetingStarts: startsOf(input),
    proposals: groupOf(input, 'proposals'),
    decisionRules: decisionRulesOf(input),
  };
}
