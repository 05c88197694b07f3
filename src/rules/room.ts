/**
 * Who is in the room while a meeting runs, and who came and went when
 * (contract 1.1 "Arrival and departure"): what a clerk's screen shows beside
 * the meeting as a whole. Each person is the seat's appointee on the
 * meeting's date, not whoever holds the seat now.
 */
import { appointmentIn } from '../contract/appointments.js';
import type { AttendanceSpan, Meeting, PartnershipDocument, Seat } from '../contract/schema.js';
import { instantOf, meetingDate } from './calendar.js';
import { presentAs, spanCovers, spansOf } from './presence.js';
import { groupOf, meetingOf } from './records.js';
import { dateTimeArgument } from './moments.js';

/** A seat in the room at a moment, and in whose person. */
export interface InRoom {
  seat: string;
  as: 'holder' | 'proxy';
  /** The holder or proxy on the meeting's date; null when the document names none. */
  person: string | null;
  /** When they arrived, when recorded. */
  arrived: string | null;
}

/** An arrival or a departure recorded at a meeting. */
export interface Movement {
  seat: string;
  as: 'holder' | 'proxy';
  person: string | null;
  kind: 'arrived' | 'left';
  /** The date-time recorded for it. */
  at: string;
}

/** Each attended span of each of the meeting's seats, with the person it stands for. */
function attendedSpans(doc: PartnershipDocument, meeting: Meeting) {
  const date = meetingDate(meeting);
  return groupOf(doc, meeting.group).seats.flatMap((seat: Seat) => {
    const appointment = appointmentIn(seat, date);
    return spansOf(meeting, seat.id)
      .filter(
        (span): span is AttendanceSpan & { as: 'holder' | 'proxy' } => span.as === 'holder' || span.as === 'proxy',
      )
      .map((span) => ({ seat: seat.id, span, person: span.as === 'holder' ? appointment.holder : appointment.proxy }));
  });
}

/**
 * The seats in the room at `at`, in the group's seat order: those with a
 * `holder` or `proxy` entry that had arrived by then and not yet left.
 *
 * @example
 * inTheRoom(doc, 'elg-2019-10-15', '2019-10-15T16:30:00+01:00');
 * // [{ seat: 'elg-chair', as: 'holder', person: 'p-elg-chair', arrived: null }, …]
 */
export function inTheRoom(doc: PartnershipDocument, meetingId: string, at: string): InRoom[] {
  const instant = instantOf(dateTimeArgument(at, 'at'));
  return attendedSpans(doc, meetingOf(doc, meetingId))
    .filter(({ span }) => spanCovers(span, instant))
    .map(({ seat, span, person }) => ({ seat, as: span.as, person, arrived: span.arrived ?? null }));
}

/**
 * Every arrival and departure recorded at a meeting, earliest first (at one
 * moment, in the group's seat order), up to `until` when given (a meeting in
 * progress: none still to come by the caller's clock). Entries without times
 * have none.
 *
 * @example
 * movements(doc, 'elg-2019-10-15');
 * // [{ seat: 'elg-special', as: 'holder', person: 'p-carew-head', kind: 'arrived', at: '2019-10-15T16:40:00+01:00' }]
 */
export function movements(doc: PartnershipDocument, meetingId: string, until?: string): Movement[] {
  const end = until === undefined ? Infinity : instantOf(dateTimeArgument(until, 'until'));
  const found: Movement[] = [];
  for (const { seat, span, person } of attendedSpans(doc, meetingOf(doc, meetingId))) {
    if (span.arrived !== undefined) found.push({ seat, as: span.as, person, kind: 'arrived', at: span.arrived });
    if (span.left !== undefined) found.push({ seat, as: span.as, person, kind: 'left', at: span.left });
  }
  // Array sort is stable: movements at one instant keep the seat order.
  return found.filter((move) => instantOf(move.at) <= end).sort((a, b) => instantOf(a.at) - instantOf(b.at));
}

/**
 * When the seat's last person in the room left, while no one is in the room
 * for it at `at` (the room's moment, `roomMoment`); undefined while someone
 * is, or when no departure is recorded. A clerk's select still says who
 * attended ("Holder present"), as the minutes will: this says they have gone.
 *
 * @example
 * leftAt(meeting, 'elg-cognus', '2019-12-10T17:00:00Z'); // '2019-12-10T16:44:00Z'
 */
export function leftAt(meeting: Meeting, seatId: string, at: string): string | undefined {
  const instant = instantOf(dateTimeArgument(at, 'at'));
  if (presentAs(meeting, seatId, instant).size > 0) return undefined;
  const left = spansOf(meeting, seatId).flatMap((span) =>
    span.left !== undefined && instantOf(span.left) <= instant ? [span.left] : [],
  );
  return left.sort((a, b) => instantOf(a) - instantOf(b)).at(-1);
}
