/**
 * Who held a seat, and who was its proxy, on a date (contract 1.1 "Seat
 * history"); and who withdrew from a proposal for a declared interest.
 */
import {
  appointmentIn,
  currentAppointment,
  currentStart,
  firstAppointed,
  NO_APPOINTMENT,
  type AppointmentInForce,
} from '../contract/appointments.js';
import type { PartnershipDocument, Proposal, Seat } from '../contract/schema.js';
import { instantOf } from './calendar.js';
import { seatAnywhere, seatInGroup } from './indexes.js';
import { dateArgument, dateTimeArgument, optional } from './moments.js';

export type { AppointmentInForce };

/**
 * The appointment to a seat in force on `date`: the earlier appointment
 * under `previous` that covers it, else the current one (its own holder,
 * proxy and term) when `date` is on or after its start, else none (holder
 * and proxy null). A seat the document does not hold has none.
 *
 * A seat id is unique only within its group: give `groupId` to read the seat
 * of that group. Without it, the seat is the first group's that has one of
 * that id (the contract's `appointmentOn(doc, seatId, date)`), which names the
 * wrong holder where two groups share a seat id.
 *
 * @example
 * appointmentOn(doc, 'eog-chair', '2019-06-01', 'eog');
 * // { holder: 'p-acting-chair', proxy: null, from: '2019-01-01', to: '2019-08-31' }
 */
export function appointmentOn(
  doc: PartnershipDocument,
  seatId: string,
  date: string,
  groupId?: string,
): AppointmentInForce {
  // A date that is not one sorts after every term ('31/12/2026' > '2019-…'), and named the current holder.
  dateArgument(date, 'date');
  const seat = groupId === undefined ? seatAnywhere(doc, seatId)?.seat : seatInGroup(doc, groupId, seatId);
  return seat ? appointmentIn(seat, date) : { ...NO_APPOINTMENT };
}

/** The seat's appointment on `date`, or its current one when no date is known. */
export function appointmentAt(seat: Seat, date: string | null): AppointmentInForce {
  return date === null ? currentAppointment(seat) : appointmentIn(seat, date);
}

/**
 * Who held the seat in post on `date` (when no date is known, its current holder): null for a vacancy or
 * a term that had ended by then. A quorum counts only the seats in post; a vote's record names the others
 * as vacant.
 */
export function holderInPost(seat: Seat, date: string | null): string | null {
  const { holder, to } = appointmentAt(seat, date);
  return holder !== null && (date === null || to === null || date <= to) ? holder : null;
}

/** Whether no appointment to the seat had begun by `date`: before its first holder was appointed. */
export function beforeFirstAppointment(seat: Seat, date: string): boolean {
  const first = firstAppointed(seat);
  return first !== null && date < first;
}

/**
 * A seat's appointments, oldest first, ending with the current one: who held
 * it and who was its proxy, and when. A roster shows it as the seat's history.
 *
 * @example
 * seatHistory(doc.groups[1].seats[0]).map((a) => a.holder); // ['p-acting-chair', 'p-ad-education']
 */
export function seatHistory(seat: Seat): AppointmentInForce[] {
  const earlier = seat.previous.map(({ holder, proxy, from, to }) => ({ holder, proxy, from, to }));
  return [...earlier, currentAppointment(seat)];
}

/**
 * When the holder in post on `date` began holding the seat without a break to another holder: the `from` of the
 * first of the run of consecutive appointments they held (a term renewed, a proxy changed, keeps the run), '' when
 * it has always been held, or null when no appointment was in force. Two votes for the seat with the same tenure
 * were cast for one holder: a holder and their own proxy (contract "Counting", docs/contract-notes.md).
 *
 * @example
 * tenureOn(seat, '2026-03-05') === tenureOn(seat, '2026-03-15'); // false once the seat changed hands on 03-11
 */
export function tenureOn(seat: Seat, date: string | null): string | null {
  const history = seatHistory(seat);
  const inForce = history[appointmentIndex(seat, date)];
  if (!inForce) return null;
  let first = inForce;
  for (const earlier of history.slice(0, history.indexOf(inForce)).reverse()) {
    if (earlier.holder !== inForce.holder) break;
    first = earlier;
  }
  return first.from ?? '';
}

/**
 * When `personId` is next appointed to the seat after `date`, and as what: the first appointment beginning after it
 * that names them as holder or proxy. A page says "appointed from 8 December", not "holds no seat", the day before.
 */
export function appointedLater(
  seat: Seat,
  personId: string,
  date: string | null,
): { from: string; as: 'holder' | 'proxy' } | undefined {
  if (date === null) return undefined;
  for (const { holder, proxy, from } of seatHistory(seat)) {
    if (from === null || from <= date) continue;
    if (holder === personId) return { from, as: 'holder' };
    if (proxy === personId) return { from, as: 'proxy' };
  }
  return undefined;
}

/**
 * When a holder is next appointed to the seat after `date`, if on or before `by`: the `from` of the first such
 * appointment. A seat vacant on `date` whose next holder is in post by a proposal's close can still take a vote on it.
 *
 * @example
 * heldFromBy(seat, '2019-10-15', '2019-10-25'); // '2019-10-20', vacant until h3's term begins on the 20th
 */
export function heldFromBy(seat: Seat, date: string, by: string): string | undefined {
  const next = seatHistory(seat).find(
    ({ holder, from }) => holder !== null && from !== null && date < from && from <= by,
  );
  return next?.from ?? undefined;
}

/** Which of `seatHistory`'s appointments was in force on `date` (as `appointmentAt` finds it), or -1 for none. */
function appointmentIndex(seat: Seat, date: string | null): number {
  if (date === null) return seat.previous.length;
  const earlier = seat.previous.findIndex((entry) => entry.from <= date && date <= entry.to);
  if (earlier >= 0) return earlier;
  const start = currentStart(seat);
  return start === null || start <= date ? seat.previous.length : -1;
}

/**
 * Whether `personId` declared an interest in the proposal and withdrew for
 * it by `judgedAt` (its `closes` for who may vote, `withdrawalsJudgedAt` for
 * its quorum; left out, whenever they declared): a declaration minuted as made
 * after the vote closed does not reach back to void a vote or empty a seat of
 * the quorum.
 */
export function withdrew(proposal: Proposal, personId: string | null, judgedAt?: string): boolean {
  if (personId === null) return false;
  // A moment that is not one is NaN, before which no declaration was made: the member would vote despite it.
  const at = optional(dateTimeArgument)(judgedAt, 'judgedAt');
  const by = at === undefined ? undefined : instantOf(at);
  return proposal.declarations.some(
    (d) =>
      d.person === personId &&
      d.withdrew &&
      (by === undefined || d.declared === undefined || instantOf(d.declared) <= by),
  );
}
