/**
 * The roster's rows: a group's seats grouped by partner, in the order a clerk
 * reads a membership table (chair first, then partners as the document lists
 * them, then seats that represent no partner), each with the holder and
 * proxy of the appointment in force on `today`.
 */
import type { Group, Partner, PartnershipDocument, Person, Seat } from '../../src/contract/index.js';
import { seatHistory, seatOn, type AppointmentInForce } from '../../src/rules/index.js';
import { appointmentIn } from '../../src/contract/appointments.js';
import { beforeFirstAppointment } from '../../src/rules/appointments.js';
import { byId } from '../../src/rules/indexes.js';
import { appointmentToCome, termWarning, type RosterWarning } from '../../src/rules/roster.js';
import { termEndedBy } from '../../src/rules/permissions.js';
import type { Names } from '../../src/messages/index.js';

export interface RosterRow {
  /** The seat as it stands on `today`: that day's holder and proxy. */
  seat: Seat;
  /** The seat's name in the element's language: its label, else its partner's name, else its role. */
  label: string;
  partner?: string;
  holder?: Person;
  proxy?: Person;
  /** Who held the seat and was its proxy, and when, oldest first, ending with the current appointment. */
  history: AppointmentInForce[];
  /**
   * Today's term warning, as the roster's warnings above the table give it, on the appointment in force today: on a
   * meeting's row only while it shows that appointment. Tagged on the meeting's day, a past meeting's row read "Ends
   * soon" under today's warning "the term ended on 31 December 2019". What the meeting's day decides, its vote, is
   * `termEnded`.
   */
  term?: RosterWarning;
  /** The day the seat's term ended, when its holder's term had ended by the row's day: no member until a new term. */
  termEnded?: string;
  /** A seat vacant on the day: the appointment that fills it later, with its holder and proxy, if one is made. */
  toCome?: { holder: Person; proxy?: Person; from: string; to: string | null };
}

const LEADING_ROLES: Seat['role'][] = ['chair', 'vice-chair'];

/** Where a seat comes: leading roles first, then by its partner's place in the document (`order`), then the rest. */
function rank(order: Map<string, number>, seat: Seat): number {
  const lead = LEADING_ROLES.indexOf(seat.role);
  if (lead >= 0) return lead;
  const partner = seat.partner === undefined ? undefined : order.get(seat.partner);
  return partner === undefined ? Number.MAX_SAFE_INTEGER : LEADING_ROLES.length + partner;
}

/** Each partner's place in the document's list, by id, made once for the list (see `placesOf`). */
const places = new WeakMap<readonly Partner[], Map<string, number>>();

/**
 * The places of `partners`, kept with the list as the rules' indexes are (src/rules/indexes.ts). The roster asks
 * for its rows once for each group it shows: made again at each ask, these Maps (and the people's) read the whole
 * list for every group, so a roster grew with its groups times its people (issue 12: at ten times the groups and
 * people, 24 times the time here).
 */
function placesOf(partners: readonly Partner[]): Map<string, number> {
  let found = places.get(partners);
  if (!found) places.set(partners, (found = new Map(partners.map((partner, index) => [partner.id, index]))));
  return found;
}

/**
 * The rows of `group` as its seats stood on `today`; or, given `meetingDay`, as they stood on a meeting's day,
 * leaving out the seats first appointed after it: no seats of that meeting, as its quorum leaves them out
 * (quorum.ts `standingOnTheDay`). A past meeting's roster listed such a seat "Vacant … Not started … Absent".
 */
export function rosterRows(
  document: PartnershipDocument,
  group: Group,
  today: string,
  names: Names,
  meetingDay?: string,
): RosterRow[] {
  const order = placesOf(document.partners);
  const day = meetingDay ?? today;
  // Ranked by each seat's role and partner on the day (1.2, `previousStanding`), as its row shows them: ranked by
  // the record's own, the chair of a past meeting's day sat in its place while today's led, shown as a member.
  return group.seats
    .map((current, index) => ({ seat: seatOn(current, day), history: seatHistory(current), index }))
    .filter(({ index }) => meetingDay === undefined || !beforeFirstAppointment(group.seats[index]!, meetingDay))
    .map((row) => ({ ...row, rank: rank(order, row.seat) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ seat, history, index }) => ({
      seat,
      history,
      ...termTagged(group.seats[index]!, day, today),
      toCome: comingTo(document, group.seats[index]!, day),
      // The seat as it stood on the day, not the document's: a seat since handed to another partner is named after
      // the partner it represented then, as its partner line under it and its place among the rows are.
      label: names.seat(seat, group.id, day),
      // The people and partners by id from the indexes kept with their lists, not Maps made for each group.
      partner: seat.partner ? byId(document.partners, seat.partner)?.name : undefined,
      holder: seat.holder ? byId(document.people, seat.holder) : undefined,
      proxy: seat.proxy ? byId(document.people, seat.proxy) : undefined,
    }));
}

/** The term warning of the record's appointment in force on `today`, and when its term ended, if it had. */
function termOf(record: Seat, today: string): Pick<RosterRow, 'term' | 'termEnded'> {
  const term = termWarning(record, today);
  const termEnded = termEndedBy(record, today);
  return { ...(term ? { term } : {}), ...(termEnded ? { termEnded } : {}) };
}

/**
 * `termOf` the row's day, but for the term tag, which is today's, as the roster's warnings are (`RosterRow.term`):
 * on a meeting's row only while it shows the appointment in force today.
 */
function termTagged(record: Seat, day: string, today: string): Pick<RosterRow, 'term' | 'termEnded'> {
  const { termEnded } = termOf(record, day);
  const { term } = termOf(record, today);
  const [then, now] = [appointmentIn(record, day), appointmentIn(record, today)];
  const same = then.from === now.from && then.holder === now.holder;
  return { ...(same && term ? { term } : {}), ...(termEnded ? { termEnded } : {}) };
}

/** The appointment that fills a seat vacant on `today`, with its holder and proxy as the document names them. */
function comingTo(document: PartnershipDocument, seat: Seat, today: string): RosterRow['toCome'] {
  const next = appointmentToCome(seat, today);
  const holder = next && byId(document.people, next.holder);
  if (!next || !holder) return undefined;
  const proxy = next.proxy === null ? undefined : byId(document.people, next.proxy);
  return { holder, ...(proxy ? { proxy } : {}), from: next.from, to: next.to };
}
