/**
 * A meeting's attendance seat by seat, as a roster of the meeting reads it: what was recorded for each seat, and
 * for a seat with nothing recorded, whether that is still to come, the seat was vacant, or it was absent.
 */
import type { Meeting, PartnershipDocument, Seat } from '../contract/schema.js';
import { appointmentIn } from '../contract/appointments.js';
import { meetingDate } from './calendar.js';
import { meetingEnd, spansOf } from './presence.js';
import { clockOn, meetingYetToEnd } from './quorum.js';
import { groupOf, meetingOf, seatOf } from './records.js';
import { dateArgument, londonDateOf } from './moments.js';

/**
 * `recorded`: the minutes or the check-in say something of the seat (attended, apologies, absent); `vacant`: no
 * one held it on the meeting's date; `not-recorded-yet`: nothing recorded, and the meeting has yet to end;
 * `absent`: nothing recorded, and the meeting is over.
 */
export type SeatAttendance = 'recorded' | 'vacant' | 'not-recorded-yet' | 'absent';

/**
 * How a seat's attendance at a meeting reads on `today` (at `now`, a moment of that day), seat by seat. Judged for
 * the whole meeting at once, a meeting under way with two members checked in read "absent" for everyone else, as
 * `attendanceAt` defaults, where the quorum indicator said only "not in the room"; before the meeting, apologies
 * sent ahead read "not recorded yet"; and a vacant seat read "absent", as if someone had stayed away.
 *
 * @example
 * seatAttendance(doc, 'elg-2020-01-14', 'elg-pru', '2020-01-14', '2020-01-14T16:10:00Z'); // 'not-recorded-yet'
 */
export function seatAttendance(
  doc: PartnershipDocument,
  meetingId: string,
  seatId: string,
  today: string,
  now?: string,
): SeatAttendance {
  dateArgument(today, 'today');
  const meeting = meetingOf(doc, meetingId);
  const seat = seatOf(groupOf(doc, meeting.group), seatId);
  // As records.ts does for an id the document does not hold: the caller checks it first.
  if (!seat) throw new RangeError(`The meeting's group has no seat with the id '${seatId}'.`);
  return attendanceOfSeat(meeting, seat, today, now);
}

function attendanceOfSeat(meeting: Meeting, seat: Seat, today: string, now: string | undefined): SeatAttendance {
  if (spansOf(meeting, seat.id).length > 0) return 'recorded';
  if (appointmentIn(seat, meetingDate(meeting)).holder === null) return 'vacant';
  return meetingYetToEnd(meeting, today, now) ? 'not-recorded-yet' : 'absent';
}

/**
 * The moment the clock alone turns a seat's "not recorded yet" into "absent": the meeting's end, when some seat
 * reads `not-recorded-yet` at `now` and the meeting's day has come in London; else undefined, when only a record
 * or the next day changes it. Not only while nobody is recorded (`attendanceAwaitedUntil`): with two members
 * checked in, the others still turn absent at the end.
 *
 * @example
 * seatsAwaitedUntil(doc, 'elg-2020-01-14', '2020-01-14', '2020-01-14T16:10:00Z'); // '2020-01-14T23:59:59.999Z'
 */
export function seatsAwaitedUntil(
  doc: PartnershipDocument,
  meetingId: string,
  today: string,
  now: string,
): string | undefined {
  const meeting = meetingOf(doc, meetingId);
  if (clockOn(today, now) === undefined || londonDateOf(meeting.start) > today) return undefined;
  const awaited = groupOf(doc, meeting.group).seats.some(
    (seat) => attendanceOfSeat(meeting, seat, today, now) === 'not-recorded-yet',
  );
  return awaited ? new Date(meetingEnd(meeting)).toISOString() : undefined;
}
