/**
 * Who may record what: the clerk's check-in and an action's status. The host
 * refuses with these, and the elements offer only the controls they allow,
 * so a member is never shown a control whose change the host would refuse.
 */
import { appointmentIn } from '../contract/appointments.js';
import type { Action, Attendance, Group, PartnershipDocument } from '../contract/schema.js';
import { meetingDate } from './calendar.js';
import type { ActionStatusChange, AttendanceChange } from './changes.js';
import { isMeetingDay, spansOf, spanCovers } from './presence.js';
import { openAt } from './outcome.js';
import { groupOf, seatOf } from './records.js';

/** Why a change is refused: a code for the host's status, and words for the person. */
export interface ChangeRefusal {
  reason:
    | 'unknown-meeting'
    | 'unknown-seat'
    | 'unknown-action'
    | 'not-permitted'
    | 'attendance-not-allowed'
    | 'meeting-decided'
    | 'not-in-room'
    | 'completed-without-done'
    | 'completed-in-future';
  message: string;
}

const refuse = (reason: ChangeRefusal['reason'], message: string): ChangeRefusal => ({ reason, message });

/** Whether `personId` held the group's clerk or chair seat on `date` (the current appointment when null). */
function clerksOn(group: Group, personId: string, date: string | null): boolean {
  return group.seats.some((seat) => {
    if (seat.role !== 'clerk' && seat.role !== 'chair') return false;
    return (date === null ? seat.holder : appointmentIn(seat, date).holder) === personId;
  });
}

/**
 * Whether `personId` may record attendance at a meeting: the holder of its
 * group's clerk or chair seat on the meeting's date.
 *
 * @example
 * mayRecordAttendance(doc, 'p-clerk', 'elg-2019-10-15'); // true
 */
export function mayRecordAttendance(doc: PartnershipDocument, personId: string, meetingId: string): boolean {
  const meeting = doc.meetings.find((m) => m.id === meetingId);
  return meeting !== undefined && clerksOn(groupOf(doc, meeting.group), personId, meetingDate(meeting));
}

/**
 * The attendance values a seat may be recorded with at a meeting: `holder`
 * when the seat had a holder on the meeting's date, `proxy` when it had a
 * proxy, and always `apologies` and `absent`.
 *
 * @example
 * allowedAttendance(doc, 'elg-pru', 'elg-2019-10-15'); // ['holder', 'apologies', 'absent']: no proxy
 */
export function allowedAttendance(doc: PartnershipDocument, seatId: string, meetingId: string): Attendance[] {
  const meeting = doc.meetings.find((m) => m.id === meetingId);
  const seat = meeting && seatOf(groupOf(doc, meeting.group), seatId);
  if (!meeting || !seat) return [];
  const { holder, proxy } = appointmentIn(seat, meetingDate(meeting));
  return [...(holder ? (['holder'] as const) : []), ...(proxy ? (['proxy'] as const) : []), 'apologies', 'absent'];
}

/**
 * Why an attendance change may not be recorded, or undefined when it may:
 * the meeting and seat must exist, `by` must clerk or chair the group, the
 * value must be allowed for the seat, a check-out needs the meeting's day
 * (by the host's `received`, else `at`) and the seat in the room,
 * and once a proposal decided at the meeting is closed its attendance is
 * fixed; once one is past its closing time at the change's moment
 * (`received`, else `at`), only a check-in or check-out timed then is allowed.
 */
export function attendanceChangeRefusal(doc: PartnershipDocument, change: AttendanceChange): ChangeRefusal | undefined {
  const meeting = doc.meetings.find((m) => m.id === change.meeting);
  if (!meeting) return refuse('unknown-meeting', `There is no meeting '${change.meeting}'.`);
  const group = groupOf(doc, meeting.group);
  if (!clerksOn(group, change.by, meetingDate(meeting))) {
    return refuse('not-permitted', `Only the clerk or chair of ${group.name} may record attendance.`);
  }
  if (!seatOf(group, change.seat)) {
    return refuse('unknown-seat', `${group.name} has no seat '${change.seat}'.`);
  }
  if (change.attendance === 'left') {
    // withAttendance records a departure only on the meeting's day: outside it a check-out would change nothing.
    if (!isMeetingDay(meeting, change.received ?? change.at)) {
      return refuse(
        'not-in-room',
        "A departure is recorded only on the meeting's day, until it ends. Record who attended from the minutes instead.",
      );
    }
    const inRoom = spansOf(meeting, change.seat).some((span) => span.left === undefined && spanCovers(span, null));
    if (!inRoom) return refuse('not-in-room', 'That seat is not checked in, so it cannot be checked out.');
  } else if (!allowedAttendance(doc, change.seat, meeting.id).includes(change.attendance)) {
    return refuse('attendance-not-allowed', `That seat had no ${change.attendance} on the meeting's date.`);
  }
  // Attendance decides which votes count and whether the meeting was quorate: once a proposal of the
  // meeting is closed, changing who was there would change a decision already made. One still open but
  // past its closing time is decided too; then only an arrival or departure timed now may be recorded,
  // since it says nothing of the room before, when the votes were cast.
  const when = change.received ?? change.at;
  const timedNow = change.attendance !== 'apologies' && change.attendance !== 'absent' && isMeetingDay(meeting, when);
  const decided = doc.proposals.find(
    (p) =>
      p.meeting === meeting.id && (p.status === 'closed' || (p.status === 'open' && !timedNow && !openAt(p, when))),
  );
  if (decided) {
    return refuse(
      'meeting-decided',
      `'${decided.title}' was decided at this meeting, so its attendance can no longer change.`,
    );
  }
  return undefined;
}

/**
 * Whether `personId` may change an action's status: its owner, or the
 * clerk or chair of its group, as appointed on `today` (without it, the
 * current appointment). Pass `today` to offer exactly the changes
 * `actionChangeRefusal` accepts.
 *
 * @example
 * mayChangeAction(doc, 'p-cognus-sd', 'A-12', '2019-10-20'); // true: the owner
 */
export function mayChangeAction(doc: PartnershipDocument, personId: string, actionId: string, today?: string): boolean {
  const action = doc.actions.find((a) => a.id === actionId);
  return action !== undefined && ownsOrClerks(doc, personId, action, today ?? null);
}

/** Whether `personId` owns the action, or clerks or chairs its group on `date` (the current appointment when null). */
function ownsOrClerks(doc: PartnershipDocument, personId: string, action: Action, date: string | null): boolean {
  const group = action.group ? doc.groups.find((g) => g.id === action.group) : undefined;
  return action.owner === personId || (group !== undefined && clerksOn(group, personId, date));
}

/**
 * Why an action status change may not be recorded on `today`, or undefined
 * when it may: the action must exist, `by` must own it or be its group's
 * clerk or chair as appointed on `today`,
 * and only a done action has a completion date, not one still to come.
 */
export function actionChangeRefusal(
  doc: PartnershipDocument,
  change: ActionStatusChange,
  today: string,
): ChangeRefusal | undefined {
  const action = doc.actions.find((a) => a.id === change.action);
  if (!action) return refuse('unknown-action', `There is no action '${change.action}'.`);
  // The clerk of the day: one appointed from next month may not act yet, and one whose appointment has ended no longer may.
  if (!ownsOrClerks(doc, change.by, action, today)) {
    return refuse(
      'not-permitted',
      `Only the action's owner, or the clerk or chair of its group, may change '${action.title}'.`,
    );
  }
  if (change.completed !== undefined && change.status !== 'done') {
    return refuse('completed-without-done', 'Only a done action has a completed date.');
  }
  if (change.completed !== undefined && change.completed > today) {
    return refuse('completed-in-future', 'completed cannot be a date still to come.');
  }
  return undefined;
}
