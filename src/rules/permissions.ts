/**
 * Who may record what: the clerk's check-in and an action's status. The host
 * refuses with these, and the elements offer only the controls they allow,
 * so a member is never shown a control whose change the host would refuse.
 */
import { appointmentIn } from '../contract/appointments.js';
import { seatAsAt } from '../contract/seat-standing.js';
import type {
  Action,
  ActionRecordStatus,
  Attendance,
  Group,
  Meeting,
  PartnershipDocument,
  Proposal,
  Seat,
} from '../contract/schema.js';
import { actionGroup, actionRaised } from './actions.js';
import { instantOf, meetingDate } from './calendar.js';
import { holderInPost } from './appointments.js';
import { londonDate } from './london-time.js';
import { attendanceMoment, type ActionStatusChange, type AttendanceChange } from './changes.js';
import { byId, proposalsAt } from './indexes.js';
import { attendanceNow, isMeetingDay, spansOf, spanCovers } from './presence.js';
import { openAt } from './outcome.js';
import { groupOf, seatOf } from './records.js';
import { dateArgument, optional } from './moments.js';

/**
 * What each reason a change is refused carries for its message: ids (meeting,
 * seat, group, action, proposal, person) and raw facts, never names or words.
 */
export interface ChangeRefusalValues {
  /** The id the change names, which no meeting has. */
  'unknown-meeting': { meeting: string };
  /** The id the change names, which no seat of the meeting's `group` has. */
  'unknown-seat': { seat: string; group: string };
  /** The id the change names, which no action has. */
  'unknown-action': { action: string };
  /**
   * `person` may not make the change: attendance at `meeting` is recorded only
   * by the clerk or chair of `group`; an `action` is changed only by its owner
   * or the clerk or chair of its group.
   */
  'not-permitted':
    | { person: string; group: string; meeting: string; action?: undefined }
    | { person: string; action: string; group?: undefined; meeting?: undefined };
  /**
   * The seat had no `attendance` (its holder or its proxy) on the meeting's date; or it had, but its term had ended
   * on `termEnded` (a date), before the meeting: no one is checked in for it until a new term is recorded.
   */
  'attendance-not-allowed': { seat: string; meeting: string; attendance: Attendance; termEnded?: string };
  /** `proposal`, decided at `meeting`, fixes its attendance. */
  'meeting-decided': { meeting: string; proposal: string };
  /**
   * A check-out of a seat not in the room: `meetingDay` false when the change
   * is not on the meeting's day (until it ends), true when the seat is not checked in.
   */
  'not-in-room': { seat: string; meeting: string; meetingDay: boolean };
  /** A `completed` date given with a `status` other than done. */
  'completed-without-done': { action: string; status: ActionRecordStatus };
  /** A `completed` date after `today`. */
  'completed-in-future': { action: string; completed: string; today: string };
  /** A `completed` date before `raised`, the date of the meeting the action was raised at (`actionRaised`). */
  'completed-before-raised': { action: string; completed: string; raised: string };
  /**
   * The change was made when the action's status was `was`, and someone has changed it to `status` since (or the
   * seat's attendance at `meeting`, to `attendance`): a change queued offline, or two people saving at once. It is
   * refused rather than laid over theirs unseen.
   */
  'changed-since':
    | { action: string; status: ActionRecordStatus; was: ActionRecordStatus; seat?: undefined; meeting?: undefined }
    | { seat: string; meeting: string; attendance: Attendance | 'left'; was: Attendance | 'left'; action?: undefined };
}

/** Why a change is refused: a code for the host's status, and the values the person's message needs. */
export type ChangeRefusal = {
  [C in keyof ChangeRefusalValues]: { reason: C; values: ChangeRefusalValues[C] };
}[keyof ChangeRefusalValues];

const refuse = <C extends ChangeRefusal['reason']>(reason: C, values: ChangeRefusalValues[C]): ChangeRefusal =>
  ({ reason, values }) as ChangeRefusal;

/**
 * Whether `personId` held the group's clerk or chair seat on `date` (the current appointment when null): a seat
 * whose role was clerk or chair that day (1.2: a chair who handed over no longer records, and the new one does).
 */
function clerksOn(group: Group, personId: string, date: string | null): boolean {
  return group.seats.some((seat) => {
    const { role } = seatAsAt(seat, date);
    if (role !== 'clerk' && role !== 'chair') return false;
    // In post on the day: an appointment whose term has ended no longer clerks, as it no longer votes.
    return (date === null ? seat.holder : holderInPost(seat, date)) === personId;
  });
}

/**
 * Whether `personId` may record attendance at a meeting on `today`: the
 * holder of its group's clerk or chair seat that day (without `today`, the
 * current appointment). Recording is an act of its own day, like changing
 * an action: a clerk whose appointment ended may no longer correct an
 * earlier meeting's attendance, and the clerk who followed may.
 *
 * @example
 * mayRecordAttendance(doc, 'p-clerk', 'elg-2019-10-15', '2019-10-15'); // true
 */
export function mayRecordAttendance(
  doc: PartnershipDocument,
  personId: string,
  meetingId: string,
  today?: string,
): boolean {
  const meeting = byId(doc.meetings, meetingId);
  const date = optional(dateArgument)(today, 'today') ?? null;
  return meeting !== undefined && clerksOn(groupOf(doc, meeting.group), personId, date);
}

/**
 * The day the seat's term ended, when the appointment in force on `date` names a holder whose term had ended by
 * then; else undefined. The seat is then no member until a new term is recorded: not counted for a quorum
 * (`holderInPost`), and not checked in.
 *
 * @example
 * termEndedBy(seat, '2020-01-14'); // '2019-12-31'
 */
export function termEndedBy(seat: Seat, date: string): string | undefined {
  const { holder, to } = appointmentIn(seat, date);
  return holder !== null && to !== null && to < date ? to : undefined;
}

/**
 * The attendance values a seat may be recorded with at a meeting: `holder`
 * when the seat had a holder on the meeting's date, `proxy` when it had a
 * holder and a proxy, neither when its term had ended by then, and always `apologies` and `absent`.
 *
 * @example
 * allowedAttendance(doc, 'elg-pru', 'elg-2019-10-15'); // ['holder', 'apologies', 'absent']: no proxy
 */
export function allowedAttendance(doc: PartnershipDocument, seatId: string, meetingId: string): Attendance[] {
  const meeting = byId(doc.meetings, meetingId);
  const seat = meeting && seatOf(groupOf(doc, meeting.group), seatId);
  if (!meeting || !seat) return [];
  const date = meetingDate(meeting);
  // Checked in, they would be listed in the room while the quorum leaves the seat out: the roster asks for the new
  // term to be recorded, and once it is, they may be checked in and count.
  if (termEndedBy(seat, date)) return ['apologies', 'absent'];
  const { holder, proxy } = appointmentIn(seat, date);
  // A proxy stands in for a holder: of a vacant seat, one checked in would be listed in the room while the quorum
  // leaves the seat out, as `checkVote` refuses their vote (`vacant-seat`).
  const byProxy = holder && proxy ? (['proxy'] as const) : [];
  return [...(holder ? (['holder'] as const) : []), ...byProxy, 'apologies', 'absent'];
}

/**
 * Why an attendance change may not be recorded, or undefined when it may:
 * the meeting and seat must exist, `by` must clerk or chair the group on
 * the change's day (`received`, else `at`, in London), the
 * value must be allowed for the seat, a check-out needs the meeting's day
 * (at its `attendanceMoment`: the host's `timed`, else `received`, else `at`) and the seat in the room,
 * and once a proposal decided at the meeting is closed its attendance is
 * fixed; once one is past its closing time when the change is recorded
 * (`received`, else `at`), only a check-in or check-out timed on the meeting's day is allowed (a host
 * never times one before a closing time passed when it arrived: src/server/check-in-moment.ts).
 * A change that says what attendance it was made on (`was`) is refused when
 * the seat has another by now (`attendanceNow`), unless that is the one it asks for.
 */
export function attendanceChangeRefusal(doc: PartnershipDocument, change: AttendanceChange): ChangeRefusal | undefined {
  const meeting = byId(doc.meetings, change.meeting);
  if (!meeting) return refuse('unknown-meeting', { meeting: change.meeting });
  const group = groupOf(doc, meeting.group);
  const seat = seatOf(group, change.seat);
  // The clerk of the day the change is recorded (the host's `received`, else `at`), as for an action.
  if (!clerksOn(group, change.by, londonDate(change.received ?? change.at))) {
    return refuse('not-permitted', { person: change.by, group: group.id, meeting: meeting.id });
  }
  if (!seat) return refuse('unknown-seat', { seat: change.seat, group: group.id });
  const room = { seat: change.seat, meeting: meeting.id };
  if (change.attendance === 'left') {
    // withAttendance records a departure only on the meeting's day: outside it a check-out would change nothing.
    if (!isMeetingDay(meeting, attendanceMoment(change))) {
      return refuse('not-in-room', { ...room, meetingDay: false });
    }
  } else if (!allowedAttendance(doc, change.seat, meeting.id).includes(change.attendance)) {
    const termEnded = termEndedBy(seat, meetingDate(meeting));
    return refuse('attendance-not-allowed', {
      ...room,
      attendance: change.attendance,
      ...(termEnded && { termEnded }),
    });
  }
  const decided = decidedAt(doc, meeting, change);
  if (decided) return refuse('meeting-decided', { meeting: meeting.id, proposal: decided.id });
  // Made on an older copy (queued on a phone offline, or saved as someone else saved): theirs stands, and the clerk
  // is told, rather than theirs being replaced with no one knowing. Asked before "not in the room": a check-out
  // of a seat someone else has marked with apologies meanwhile is refused for that, and says so.
  const now = attendanceNow(meeting, change.seat);
  if (change.was !== undefined && change.was !== now && change.attendance !== now) {
    return refuse('changed-since', { ...room, attendance: now, was: change.was });
  }
  if (change.attendance === 'left') {
    const inRoom = spansOf(meeting, change.seat).some((span) => span.left === undefined && spanCovers(span, null));
    if (!inRoom) return refuse('not-in-room', { ...room, meetingDay: true });
  }
  return undefined;
}

/**
 * The proposal decided at the meeting that fixes its attendance against `change`, if any.
 * Attendance decides which votes count and whether the meeting was quorate: once a proposal of the
 * meeting is decided (closed, or open and past its closing time), changing who was there would change
 * that decision. Only an arrival or departure timed now may still be recorded, since it says nothing of
 * the room before; and for a closed proposal, only one after its `closes`, the moment its quorum was
 * judged at (it may have been closed early). A closed proposal with no `closes` was judged over the
 * whole meeting: nothing may change once it is.
 */
function decidedAt(doc: PartnershipDocument, meeting: Meeting, change: AttendanceChange): Proposal | undefined {
  const when = change.received ?? change.at;
  // Timed by its own moment (`timed`), which a host never puts before a closing time passed when it arrived.
  const timed = attendanceMoment(change);
  const timedNow = change.attendance !== 'apologies' && change.attendance !== 'absent' && isMeetingDay(meeting, timed);
  const afterItsCount = (p: Proposal) => p.closes !== undefined && instantOf(timed) > instantOf(p.closes);
  return proposalsAt(doc, meeting.id).find((p) =>
    p.status === 'closed' ? !(timedNow && afterItsCount(p)) : p.status === 'open' && !timedNow && !openAt(p, when),
  );
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
  const action = byId(doc.actions, actionId);
  return action !== undefined && ownsOrClerks(doc, personId, action, optional(dateArgument)(today, 'today') ?? null);
}

/**
 * Whether `personId` owns the action, or clerks or chairs its group (`actionGroup`: its own, else its meeting's) on
 * `date` (the current appointment when null).
 */
function ownsOrClerks(doc: PartnershipDocument, personId: string, action: Action, date: string | null): boolean {
  const groupId = actionGroup(doc, action);
  const group = groupId ? byId(doc.groups, groupId) : undefined;
  return action.owner === personId || (group !== undefined && clerksOn(group, personId, date));
}

/**
 * Why an action status change may not be recorded on `today`, or undefined
 * when it may: the action must exist, `by` must own it or be its group's
 * clerk or chair as appointed on `today`,
 * and only a done action has a completion date, not one still to come nor
 * one before the action was raised (its meeting's date).
 * A change that says what status it was made on (`was`) is refused when the
 * action has another by now, unless that is the status it asks for.
 */
export function actionChangeRefusal(
  doc: PartnershipDocument,
  change: ActionStatusChange,
  today: string,
): ChangeRefusal | undefined {
  const action = byId(doc.actions, change.action);
  if (!action) return refuse('unknown-action', { action: change.action });
  // The clerk of the day: one appointed from next month may not act yet, and one whose appointment has ended no longer may.
  if (!ownsOrClerks(doc, change.by, action, today)) {
    return refuse('not-permitted', { person: change.by, action: action.id });
  }
  if (change.completed !== undefined && change.status !== 'done') {
    return refuse('completed-without-done', { action: action.id, status: change.status });
  }
  if (change.completed !== undefined && change.completed > today) {
    return refuse('completed-in-future', { action: action.id, completed: change.completed, today });
  }
  // Done before it was raised is a date typed wrong, and would make a late action read as done on time.
  const raised = change.completed !== undefined ? actionRaised(doc, action) : undefined;
  if (raised !== undefined && change.completed! < raised) {
    return refuse('completed-before-raised', { action: action.id, completed: change.completed!, raised });
  }
  // Made on an older copy (queued on a phone offline, or saved as someone else saved): theirs stands, and the
  // person is told, rather than theirs being replaced with no one knowing. The same status asked for is no conflict.
  const now = action.status ?? 'open';
  if (change.was !== undefined && change.was !== now && change.status !== now) {
    return refuse('changed-since', { action: action.id, status: now, was: change.was });
  }
  return undefined;
}
