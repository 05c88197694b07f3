/**
 * What the rules' codes name by id, as a person reads it: a seat by its
 * label, its partner's name or its role in the page's language; a person,
 * proposal or group by the document's own words.
 */
import type { Group, PartnershipDocument, Seat } from '../contract/schema.js';
import { byId, groupOfSeat, seatAnywhere, seatInGroup } from '../rules/indexes.js';
import { seatOn } from '../rules/roster.js';
import type { Format } from './format.js';

/** How a language names a seat that has neither label nor partner. */
export type RoleWords = Record<Seat['role'], string>;

/** The names a message reads through, in one language, from one document. */
export interface Names {
  format: Format;
  /**
   * A seat's label, else its partner's name, else its role in words; the id of a seat the document lacks.
   * A seat id is unique only within its group: give the seat itself, or its id and `groupId`, to name that
   * group's seat (the first group's of that id where that group has none); an id alone names the first
   * group's seat of that id. A copy of a seat (not the document's own record) is numbered in `groupId`'s, as
   * `seatName` says. With `date`, a seat given by id is named as it stood that day (its partner then, contract
   * 1.2), and numbered among the group's seats as they stood then: a past meeting's seat since handed to another
   * partner is named after the partner it represented at the meeting.
   */
  seat(seat: string | Seat, groupId?: string, date?: string): string;
  /** A person's name; the id of a person the document lacks; '' for no one. */
  person(id: string | null | undefined): string;
  /** A proposal's title; its id when the document lacks it. */
  proposal(id: string): string;
  /** A group's name; its id when the document lacks it. */
  group(id: string): string;
  /** An action's title; its id when the document lacks it. */
  action(id: string): string;
}

/**
 * A seat's name in words: its label, else its partner's name, else its role.
 * A partner with several unlabelled seats in one group has them numbered in
 * the group's order ("Primary headteachers 2"), or every one would read the
 * same in the roster, the vote panel and the warnings.
 *
 * `seat` may be the document's own seat or a copy of it (after
 * `structuredClone`, a re-parse, `seatOn`): a copy is numbered in the group
 * `groupId` when given and it has a seat of that id, else in the group whose
 * seat of that id it equals, else in one whose seat of that id has its partner.
 *
 * @example
 * seatName(doc, structuredClone(seat), en.roles, 'board'); // 'Primary 2', as the board numbers it
 */
export function seatName(
  doc: PartnershipDocument,
  seat: Seat,
  roles: RoleWords,
  groupId?: string,
  date?: string,
): string {
  if (seat.label) return seat.label;
  const partner = seat.partner ? byId(doc.partners, seat.partner) : undefined;
  if (!partner) return roles[seat.role];
  const group = groupHolding(doc, seat, groupId);
  const number = group ? numberAmongItsPartners(group, seat.id, date) : undefined;
  return number === undefined ? partner.name : `${partner.name} ${number}`;
}

/**
 * The group that holds `seat`: another group may have a seat of the same id, numbered otherwise. The very record's
 * group first; a copy is not the document's record, so it is known by the group named, or by what it holds.
 */
function groupHolding(doc: PartnershipDocument, seat: Seat, groupId: string | undefined): Group | undefined {
  const own = groupOfSeat(doc, seat);
  if (own) return own;
  const named = groupId === undefined ? undefined : byId(doc.groups, groupId);
  if (named && byId(named.seats, seat.id)) return named;
  const holding = doc.groups.flatMap((group) => {
    const theirs = byId(group.seats, seat.id);
    return theirs ? [{ group, theirs }] : [];
  });
  const found =
    holding.find(({ theirs }) => sameJson(theirs, seat)) ??
    holding.find(({ theirs }) => !theirs.label && theirs.partner === seat.partner) ??
    holding[0];
  return found?.group;
}

/** Whether two JSON values hold the same, whatever the order of their keys; a key set to undefined is one left out. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((key) => o[key] !== undefined);
  return keys(x).length === keys(y).length && keys(x).every((key) => sameJson(x[key], y[key]));
}

/**
 * Each group's unlabelled seats that share a partner, numbered from 1; built once for its list of seats, and once
 * for each day asked for (the seats as they stood then: two of a partner's seats that day, though one has moved).
 */
const partnerNumbers = new WeakMap<readonly Seat[], Map<string | undefined, Map<string, number>>>();

function numberAmongItsPartners(group: Group, seatId: string, date?: string): number | undefined {
  let byDate = partnerNumbers.get(group.seats);
  if (!byDate) partnerNumbers.set(group.seats, (byDate = new Map()));
  let numbers = byDate.get(date);
  if (!numbers) {
    const byPartner = new Map<string, string[]>();
    const seats = date === undefined ? group.seats : group.seats.map((seat) => seatOn(seat, date));
    for (const { id, label, partner } of seats) {
      if (label || !partner) continue;
      const ids = byPartner.get(partner);
      if (ids) ids.push(id);
      else byPartner.set(partner, [id]);
    }
    numbers = new Map();
    for (const ids of byPartner.values()) if (ids.length > 1) ids.forEach((id, i) => numbers!.set(id, i + 1));
    byDate.set(date, numbers);
  }
  return numbers.get(seatId);
}

/**
 * The names of `doc` in the language of `words`.
 *
 * @example
 * const names = namesIn(doc, messagesFor('cy'));
 * names.seat('elg-chair', 'elg'); // 'Cadeirydd'
 */
export function namesIn(doc: PartnershipDocument, words: { format: Format; roles: RoleWords }): Names {
  return {
    format: words.format,
    seat: (seat, groupId, date) => {
      if (typeof seat !== 'string') return seatName(doc, seat, words.roles, groupId, date);
      // A vote for a seat its proposal's group lacks is still named, by the seat that has the id elsewhere.
      const found =
        (groupId === undefined ? undefined : seatInGroup(doc, groupId, seat)) ?? seatAnywhere(doc, seat)?.seat;
      if (!found) return seat;
      return date === undefined
        ? seatName(doc, found, words.roles)
        : seatName(doc, seatOn(found, date), words.roles, groupId, date);
    },
    person: (id) => (id ? (byId(doc.people, id)?.name ?? id) : ''),
    proposal: (id) => byId(doc.proposals, id)?.title ?? id,
    group: (id) => byId(doc.groups, id)?.name ?? id,
    action: (id) => byId(doc.actions, id)?.title ?? id,
  };
}

/**
 * `names` with a seat given by id alone named in the group `groupId`: for a
 * part of an element that shows one group's business (a proposal, a
 * meeting), whose messages name seats by id. With `date` (a meeting's day, a
 * proposal's date), each seat is named as it stood that day unless a call gives
 * its own: a past meeting's seat since handed to another partner is named after
 * the partner it represented then, as the roster of that meeting names it.
 *
 * @example
 * namesInGroup(names, 'eog').seat('eog-chair'); // the Education Outcomes Group's chair, not another group's
 * namesInGroup(names, 'g', '2019-10-15').seat('s-x'); // 'Partner A', whom s-x represented that day
 */
export function namesInGroup(names: Names, groupId: string, date?: string | null): Names {
  const day = date ?? undefined;
  return { ...names, seat: (seat, group = groupId, on = day) => names.seat(seat, group, on) };
}

/** `names` with a seat named by id read in the group of the proposal `proposalId` of `doc`, where the document has it. */
export function namesForProposal(names: Names, doc: PartnershipDocument, proposalId: string): Names {
  const group = byId(doc.proposals, proposalId)?.group;
  return group === undefined ? names : namesInGroup(names, group);
}
