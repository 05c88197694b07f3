/**
 * What the clerk's check-in offers for a seat: exactly the changes the host
 * would accept (`attendanceChangeRefusal`), so no control is shown whose
 * record the host refuses.
 */
import type { Attendance, PartnershipDocument } from '../contract/schema.js';
import type { AttendanceChange } from './changes.js';
import { attendanceChangeRefusal, allowedAttendance, type ChangeRefusal } from './permissions.js';
import { isMeetingDay } from './presence.js';
import { meetingOf } from './records.js';

/** The check-in's controls for one seat. */
export interface CheckInOffer {
  /** The values the seat may be recorded with now. */
  attendance: Attendance[];
  /** Whether the seat can be checked out: the meeting's day, and the seat in the room. */
  checkOut: boolean;
  /** When no value may be recorded, why (the first refusal); else null. */
  refusal: ChangeRefusal['reason'] | null;
}

/**
 * The attendance `personId` may record for a seat at a meeting at `now`
 * (an ISO date-time): the seat's allowed values the host accepts, and
 * whether a check-out is accepted.
 *
 * @example
 * checkInOffer(doc, 'p-project-manager', 'eog-2019-11-05', 'eog-ad-send', '2019-11-05T10:30:00Z');
 * // { attendance: ['holder', 'apologies', 'absent'], checkOut: false, refusal: null }
 */
export function checkInOffer(
  doc: PartnershipDocument,
  personId: string,
  meetingId: string,
  seatId: string,
  now: string,
): CheckInOffer {
  const meeting = meetingOf(doc, meetingId);
  const change = (attendance: AttendanceChange['attendance']): AttendanceChange => ({
    id: 'check-in-offer',
    meeting: meetingId,
    seat: seatId,
    attendance,
    by: personId,
    at: now,
  });
  let refusal: ChangeRefusal['reason'] | null = null;
  const attendance = allowedAttendance(doc, seatId, meetingId).filter((value) => {
    const refused = attendanceChangeRefusal(doc, change(value));
    refusal ??= refused?.reason ?? null;
    return refused === undefined;
  });
  // Outside the meeting's day a check-out records nothing (withAttendance), so it is not offered.
  const checkOut = isMeetingDay(meeting, now) && attendanceChangeRefusal(doc, change('left')) === undefined;
  return { attendance, checkOut, refusal: attendance.length === 0 ? refusal : null };
}
