/**
 * Roster warnings: what a clerk should put right in a group's membership.
 * None of them makes a document invalid.
 */
import type { Group, PartnershipDocument, Seat, TieBreak } from '../contract/schema.js';
import { appointmentIn, currentAppointment, type AppointmentInForce } from '../contract/appointments.js';
import { ruleOn } from '../contract/group-rules.js';
import { seatAsAt } from '../contract/seat-standing.js';
import { seatHistory } from './appointments.js';
import { addDays } from './calendar.js';
import { groupOf } from './records.js';
import { dateArgument } from './moments.js';

/**
 * What each roster warning carries for its message: the seat's id, people's
 * ids and raw dates, never names or words. `seat` is the warning's own seat.
 */
export interface RosterWarningValues {
  /** A voting seat with no holder, and no one appointed to it from a later day. */
  vacant: { seat: string };
  /** A voting seat with no holder until `from`, when `holder`'s appointment to it begins. */
  'appointed-from': { seat: string; from: string; holder: string };
  /** A held voting seat with no proxy to stand in for its `holder`. */
  'no-proxy': { seat: string; holder: string };
  /** The current term ended on `to`; `holder`, the current appointment's holder, or null. */
  'term-ended': { seat: string; to: string; holder: string | null };
  /**
   * The term in force ends on `to`, within `TERM_ENDING_DAYS`, with no holder appointed from the next day;
   * `holder`, that appointment's holder, or null.
   */
  'term-ending': { seat: string; to: string; holder: string | null };
  /** `person` holds this voting seat and the `others` (seat ids) too. */
  'multiple-seats': { seat: string; person: string; others: string[] };
  // Beyond docs/contract.md's list: one person proxy for two or more voting seats.
  /** `person` is proxy for this voting seat and the `others` (seat ids) too. */
  'multiple-proxies': { seat: string; person: string; others: string[] };
  // Beyond docs/contract.md's list: a seat's proxy who holds another voting seat of the group.
  /** `person`, proxy for this voting seat, holds the `held` voting seats (ids) too. */
  'proxy-holds-seat': { seat: string; person: string; held: string[] };
  /** `person` is named as both holder and proxy of the seat. */
  'own-proxy': { seat: string; person: string };
  // Beyond docs/contract.md's list: the casting vote the group's rules promise can never be cast.
  /** The group breaks ties by the chair's casting vote, but this, the chair's seat, has no vote. */
  'chair-cannot-cast': { seat: string };
}

export type RosterWarningCode = keyof RosterWarningValues;

/** One warning: its code, the seat it concerns, and the values its message needs. */
export type RosterWarning = {
  [C in RosterWarningCode]: { code: C; seat: string; values: RosterWarningValues[C] };
}[RosterWarningCode];

/** A term ending within this many days of today, inclusive, is flagged. */
export const TERM_ENDING_DAYS = 60;

/**
 * The seat as it stands on `today`: its holder, proxy and term are those of
 * the appointment in force then (contract 1.1): an earlier appointment's own
 * dates, or no term on a day no appointment was in force, so a roster never
 * shows one person's term beside another's name; and its voting, role, tags
 * and partner are those of that day (contract 1.2, `previousStanding`).
 *
 * @example
 * seatOn(seat, '2019-06-01').holder; // the acting chair, though the seat now names another
 * seatOn(seat, '2019-06-01').term; // { from: '2019-05-01', to: '2019-11-30' }: the acting chair's
 * seatOn(seat, '2019-06-01').role; // 'chair', though the seat has handed the chair on since
 */
export function seatOn(seat: Seat, today: string): Seat {
  // A date that is not one sorts after every term, and showed the current holder as on any day.
  dateArgument(today, 'today');
  return seatAsAt(heldOn(seat, today), today);
}

/** The seat with the holder, proxy and term of the appointment in force on `today`. */
function heldOn(seat: Seat, today: string): Seat {
  const { holder, proxy, from, to } = appointmentIn(seat, today);
  const current = currentAppointment(seat);
  if (holder === current.holder && proxy === current.proxy && from === current.from && to === current.to) return seat;
  const { term: _current, ...rest } = seat;
  return from === null
    ? { ...rest, holder, proxy }
    : { ...rest, holder, proxy, term: { from, ...(to === null ? {} : { to }) } };
}

/** An appointment with a holder that begins on a known day. */
export type AppointmentToCome = AppointmentInForce & { holder: string; from: string };

/**
 * The first appointment with a holder that begins after `today`, when no holder is in force on it: the seat is
 * vacant only until then, and its partner has already appointed someone, so it needs no appointing.
 */
export function appointmentToCome(seat: Seat, today: string): AppointmentToCome | undefined {
  if (appointmentIn(seat, today).holder !== null) return undefined;
  return seatHistory(seat).find(
    (next): next is AppointmentToCome => next.holder !== null && next.from !== null && next.from > today,
  );
}

/**
 * The term warning of a seat (`record`, as the document names it) on `date`, on the appointment in force then
 * (contract 1.1), naming its holder: its term ended before then, or ends within `TERM_ENDING_DAYS` of it with no
 * holder appointed from the next day. A clerk records a vacancy, or the next holder after a gap, ahead of the day,
 * and the seat would fall empty then (no partner removes a representative without first securing another's
 * appointment); an appointment that follows on the next day needs nothing done. None before any appointment is in
 * force: the warning named a holder as the representative while another still was. The roster's warnings ask it
 * for today, and tag each row's term with it, a meeting's row too while it shows the appointment in force today.
 *
 * @example
 * termWarning(seat, '2020-01-14'); // { code: 'term-ended', seat: 'elg-secondary-governors', … }: it ended on 31 December 2019
 */
export function termWarning(record: Seat, date: string): RosterWarning | undefined {
  const { holder, to } = appointmentIn(record, date);
  if (to === null) return undefined;
  const values = { seat: record.id, to, holder };
  if (to < date) return { code: 'term-ended', seat: record.id, values };
  if (to > addDays(date, TERM_ENDING_DAYS) || heldFrom(record, addDays(to, 1))) return undefined;
  return { code: 'term-ending', seat: record.id, values };
}

/** Whether an appointment with a holder begins on `day`: the seat passes straight to them from the day before. */
function heldFrom(seat: Seat, day: string): boolean {
  const next = appointmentIn(seat, day);
  return next.from === day && next.holder !== null;
}

/** Each person named as `role` of a voting seat of the group, with those seats. */
function votingSeatsBy(seats: Seat[], role: 'holder' | 'proxy'): Map<string, Seat[]> {
  const named = new Map<string, Seat[]>();
  for (const seat of seats) {
    const person = seat[role];
    if (!seat.voting || !person) continue;
    const seats = named.get(person);
    if (seats) seats.push(seat);
    else named.set(person, [seat]);
  }
  return named;
}

type VotingSeats = Record<'holder' | 'proxy', Map<string, Seat[]>>;

/**
 * The warnings about one seat, in the order a clerk would deal with them:
 * `seat` as it stands on today, `record` as the document names it (with the
 * appointments before and after today's, which the term warnings look at).
 */
function seatWarnings(seat: Seat, record: Seat, heldBy: VotingSeats, today: string): RosterWarning[] {
  const warnings: RosterWarning[] = [];
  const add = <C extends RosterWarningCode>(code: C, values: Omit<RosterWarningValues[C], 'seat'>) =>
    warnings.push({ code, seat: seat.id, values: { ...values, seat: seat.id } } as RosterWarning);
  const { holder, proxy } = seat;
  const next = seat.voting && !holder ? appointmentToCome(record, today) : undefined;
  if (next) add('appointed-from', { from: next.from, holder: next.holder });
  else if (seat.voting && !holder) add('vacant', {});
  if (seat.voting && holder && !proxy) add('no-proxy', { holder });
  if (holder && holder === proxy) add('own-proxy', { person: holder });
  const term = termWarning(record, today);
  if (term) warnings.push(term);
  const others = (seats: Seat[]) => seats.filter((s) => s !== seat).map((s) => s.id);
  const seats = seat.voting && holder ? (heldBy.holder.get(holder) ?? []) : [];
  if (holder && seats.length > 1) add('multiple-seats', { person: holder, others: others(seats) });
  // A proxy for two seats could cast two votes when both holders are away.
  const proxied = seat.voting && proxy ? (heldBy.proxy.get(proxy) ?? []) : [];
  if (proxy && proxied.length > 1) add('multiple-proxies', { person: proxy, others: others(proxied) });
  // So could a proxy who holds a seat of their own, when this seat's holder is away.
  const held = seat.voting && proxy ? others(heldBy.holder.get(proxy) ?? []) : [];
  if (proxy && held.length > 0) add('proxy-holds-seat', { person: proxy, held });
  return warnings;
}

/**
 * The chair's seat on `today` when the group's rules of that day break a tie by the chair's casting vote
 * and that seat has no vote then: every tie stays tied, though the group's terms say the chair decides it.
 * A partnership may have an independent chair without a vote, so this is no contract error (the contract
 * refuses only a chair-breaks-ties group with no chair seat, or two): it is a roster warning on the chair's
 * seat, as the others are on theirs, because it is judged as they are, by the seat's standing of `today`,
 * and because a clerk puts it right in the roster, by giving that seat a vote, or in the group's rules. The
 * first chair seat, as `outcome` takes for the casting vote. Whatever the group's decision rule: a proposal
 * may be put under simple majority agreed unanimously, and its tie is broken by the same rule.
 */
function chairWithoutVote(group: Group, seats: Seat[], today: string): Seat | undefined {
  if (ruleOn<'tieBreak', TieBreak>(group, 'tieBreak', today) !== 'chair') return undefined;
  const chair = seats.find((seat) => seat.role === 'chair');
  return chair && !chair.voting ? chair : undefined;
}

/**
 * The roster warnings of a group on `today`, judged against the appointment
 * in force that day (the term warnings too, naming its holder), in seat order: vacant voting
 * seats (or, with a holder appointed from a later day, vacant until then), held voting seats without a proxy, terms ended or ending within 60
 * days with no one appointed from the next day (any seat), a person holding two or more voting seats or proxy for
 * two or more (one warning per seat), a seat's proxy who holds another voting
 * seat (they could cast two votes), a holder named as their own proxy, and
 * the chair's seat with no vote in a group whose ties the chair breaks.
 *
 * @example
 * rosterWarnings(doc, 'elg', '2019-10-01');
 * // [{ code: 'no-proxy', seat: 'elg-pru', values: { seat: 'elg-pru', holder: 'p-limes-head' } }]
 */
export function rosterWarnings(doc: PartnershipDocument, groupId: string, today: string): RosterWarning[] {
  dateArgument(today, 'today');
  const group = groupOf(doc, groupId);
  const current = group.seats;
  const seats = current.map((seat) => seatOn(seat, today));
  const held = { holder: votingSeatsBy(seats, 'holder'), proxy: votingSeatsBy(seats, 'proxy') };
  const chair = chairWithoutVote(group, seats, today);
  return seats.flatMap((seat, i) => {
    const warnings = seatWarnings(seat, current[i] as Seat, held, today);
    if (seat === chair) warnings.push({ code: 'chair-cannot-cast', seat: seat.id, values: { seat: seat.id } });
    return warnings;
  });
}
