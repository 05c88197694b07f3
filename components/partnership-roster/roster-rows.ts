/**
 * The roster's rows: a group's seats grouped by partner, in the order a clerk
 * reads a membership table (chair first, then partners as the document lists
 * them, then seats that represent no partner).
 */
import type { Group, PartnershipDocument, Person, Seat } from '../../src/contract/index.js';
import { seatLabel } from '../../src/rules/index.js';

export interface RosterRow {
  seat: Seat;
  label: string;
  partner?: string;
  holder?: Person;
  proxy?: Person;
}

const LEADING_ROLES: Seat['role'][] = ['chair', 'vice-chair'];

function rank(document: PartnershipDocument, seat: Seat): number {
  const lead = LEADING_ROLES.indexOf(seat.role);
  if (lead >= 0) return lead;
  const partner = document.partners.findIndex((p) => p.id === seat.partner);
  return partner >= 0 ? LEADING_ROLES.length + partner : Number.MAX_SAFE_INTEGER;
}

export function rosterRows(document: PartnershipDocument, group: Group): RosterRow[] {
  const people = new Map(document.people.map((person) => [person.id, person]));
  const partners = new Map(document.partners.map((partner) => [partner.id, partner.name]));
  return group.seats
    .map((seat, index) => ({ seat, index, rank: rank(document, seat) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ seat }) => ({
      seat,
      label: seatLabel(document, seat),
      partner: seat.partner ? partners.get(seat.partner) : undefined,
      holder: seat.holder ? people.get(seat.holder) : undefined,
      proxy: seat.proxy ? people.get(seat.proxy) : undefined,
    }));
}
