/**
 * The roster's rows: a group's seats grouped by partner, in the order a clerk
 * reads a membership table (chair first, then partners as the document lists
 * them, then seats that represent no partner), each with the holder and
 * proxy of the appointment in force on `today`.
 */
import type { Group, PartnershipDocument, Person, Seat } from '../../src/contract/index.js';
import { seatHistory, seatOn, type AppointmentInForce } from '../../src/rules/index.js';
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
}

const LEADING_ROLES: Seat['role'][] = ['chair', 'vice-chair'];

/** Where a seat comes: leading roles first, then by its partner's place in the document (`order`), then the rest. */
function rank(order: Map<string, number>, seat: Seat): number {
  const lead = LEADING_ROLES.indexOf(seat.role);
  if (lead >= 0) return lead;
  const partner = seat.partner === undefined ? undefined : order.get(seat.partner);
  return partner === undefined ? Number.MAX_SAFE_INTEGER : LEADING_ROLES.length + partner;
}

export function rosterRows(document: PartnershipDocument, group: Group, today: string, names: Names): RosterRow[] {
  const people = new Map(document.people.map((person) => [person.id, person]));
  const partners = new Map(document.partners.map((partner) => [partner.id, partner.name]));
  const order = new Map(document.partners.map((partner, index) => [partner.id, index]));
  // Ranked by each seat's role and partner on `today` (1.2, `previousStanding`), as its row shows them: ranked by
  // the record's own, the chair of a past meeting's day sat in its place while today's led, shown as a member.
  return group.seats
    .map((current, index) => ({ seat: seatOn(current, today), history: seatHistory(current), index }))
    .map((row) => ({ ...row, rank: rank(order, row.seat) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ seat, history }) => ({
      seat,
      history,
      label: names.seat(seat.id, group.id),
      partner: seat.partner ? partners.get(seat.partner) : undefined,
      holder: seat.holder ? people.get(seat.holder) : undefined,
      proxy: seat.proxy ? people.get(seat.proxy) : undefined,
    }));
}
