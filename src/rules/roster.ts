/**
 * Roster warnings: what a clerk should put right in a group's membership.
 * None of them makes a document invalid.
 */
import type { PartnershipDocument, Seat } from '../contract/schema.js';
import { appointmentIn } from '../contract/appointments.js';
import { addDays, longDate } from './calendar.js';
import { groupOf, personName } from './records.js';

export type RosterWarningCode =
  | 'vacant'
  | 'no-proxy'
  | 'term-ended'
  | 'term-ending'
  | 'multiple-seats'
  // Beyond CONTRACT.md's list: one person proxy for two or more voting seats.
  | 'multiple-proxies'
  | 'own-proxy';

export interface RosterWarning {
  code: RosterWarningCode;
  seat: string;
  message: string;
}

/** A term ending within this many days of today, inclusive, is flagged. */
export const TERM_ENDING_DAYS = 60;

const ROLE_NAMES: Record<Seat['role'], string> = {
  member: 'Member',
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  clerk: 'Clerk',
  adviser: 'Adviser',
  observer: 'Observer',
};

/**
 * What a seat is called: its label, else its partner's name, else its role in words.
 *
 * @example
 * seatLabel(doc, { id: 'elg-chair', role: 'chair', voting: true, holder: 'p-1', proxy: null }); // 'Chair'
 */
export function seatLabel(doc: PartnershipDocument, seat: Seat): string {
  if (seat.label) return seat.label;
  const partner = seat.partner ? doc.partners.find((p) => p.id === seat.partner) : undefined;
  return partner?.name ?? ROLE_NAMES[seat.role];
}

/**
 * The seat as it stands on `today`: its holder and proxy are those of the
 * appointment in force then (contract 1.1), its term the current one.
 *
 * @example
 * seatOn(seat, '2019-06-01').holder; // the acting chair, though the seat now names another
 */
export function seatOn(seat: Seat, today: string): Seat {
  const { holder, proxy } = appointmentIn(seat, today);
  return holder === seat.holder && proxy === seat.proxy ? seat : { ...seat, holder, proxy };
}

/** Each person named as `role` of a voting seat of the group, with those seats. */
function votingSeatsBy(seats: Seat[], role: 'holder' | 'proxy'): Map<string, Seat[]> {
  const named = new Map<string, Seat[]>();
  for (const seat of seats) {
    const person = seat[role];
    if (seat.voting && person) named.set(person, [...(named.get(person) ?? []), seat]);
  }
  return named;
}

type VotingSeats = Record<'holder' | 'proxy', Map<string, Seat[]>>;

/**
 * The warnings about one seat, in the order a clerk would deal with them:
 * `seat` as it stands on today, `current` as the document names it (its term
 * and holder are the current appointment's, which the term warnings concern).
 */
function seatWarnings(
  doc: PartnershipDocument,
  seat: Seat,
  current: Seat,
  held: VotingSeats,
  today: string,
): RosterWarning[] {
  const warnings: RosterWarning[] = [];
  const add = (code: RosterWarningCode, message: string) => warnings.push({ code, seat: seat.id, message });
  const label = seatLabel(doc, seat);
  const holder = personName(doc, seat.holder);
  const termHolder = personName(doc, current.holder);
  const heldBy = termHolder ? `, held by ${termHolder}` : '';
  if (seat.voting && !seat.holder) {
    add('vacant', `${label} is vacant: its partner should appoint a representative to it.`);
  }
  if (seat.voting && seat.holder && !seat.proxy) {
    add('no-proxy', `${label} has no proxy: its partner should appoint one to stand in when ${holder} cannot attend.`);
  }
  if (seat.holder && seat.holder === seat.proxy) {
    add('own-proxy', `${holder} is named as both holder and proxy of ${label}: appoint someone else as proxy.`);
  }
  const to = current.term?.to;
  if (to && to < today) {
    add('term-ended', `${label}: the term ended on ${longDate(to)}${heldBy}. Record the new term or appointment.`);
  } else if (to && to <= addDays(today, TERM_ENDING_DAYS)) {
    add('term-ending', `${label}: the term ends on ${longDate(to)}${heldBy}. Plan the reappointment.`);
  }
  const seats = seat.voting && seat.holder ? (held.holder.get(seat.holder) ?? []) : [];
  if (seats.length > 1) {
    const others = seats.filter((s) => s !== seat).map((s) => seatLabel(doc, s));
    add(
      'multiple-seats',
      `${holder} holds ${label} and also ${others.join(', ')}: one person should hold one voting seat.`,
    );
  }
  // A proxy for two seats could cast two votes when both holders are away.
  const proxied = seat.voting && seat.proxy ? (held.proxy.get(seat.proxy) ?? []) : [];
  if (proxied.length > 1) {
    const others = proxied.filter((s) => s !== seat).map((s) => seatLabel(doc, s));
    add(
      'multiple-proxies',
      `${personName(doc, seat.proxy)} is proxy for ${label} and also ${others.join(', ')}: each voting seat should have its own proxy.`,
    );
  }
  return warnings;
}

/**
 * The roster warnings of a group on `today`, judged against the appointment
 * in force that day (the term warnings, against the current appointment,
 * naming its holder), in seat order: vacant voting
 * seats, held voting seats without a proxy, terms ended or ending within 60
 * days (any seat), a person holding two or more voting seats or proxy for
 * two or more (one warning per seat), and a holder named as their own proxy.
 *
 * @example
 * rosterWarnings(doc, 'elg', '2019-10-01').map((w) => w.message);
 * // ['Pupil Referral Units has no proxy: its partner should appoint one to stand in when … cannot attend.']
 */
export function rosterWarnings(doc: PartnershipDocument, groupId: string, today: string): RosterWarning[] {
  const current = groupOf(doc, groupId).seats;
  const seats = current.map((seat) => seatOn(seat, today));
  const held = { holder: votingSeatsBy(seats, 'holder'), proxy: votingSeatsBy(seats, 'proxy') };
  return seats.flatMap((seat, i) => seatWarnings(doc, seat, current[i] as Seat, held, today));
}
