/**
 * The changes a member or clerk makes, applied to a document: a vote cast, a
 * seat's attendance, an action's status. Pure: each returns a new document.
 * The host applies its stored records with these, and the elements apply the
 * same records while they wait for the host, so both show one document.
 */
import type { ActionStatusChange, AttendanceChange } from '../contract/sent-records.js';
import type { AttendanceEntry, AttendanceSpan, Meeting, PartnershipDocument, Vote } from '../contract/schema.js';
import { appended, byId } from './indexes.js';
import { isMeetingDay, spanCovers, spansOf } from './presence.js';

// The records themselves are the contract's: its checks read their shape, and the rules apply them.
export type { ActionStatusChange, AttendanceChange } from '../contract/sent-records.js';

/**
 * The document with `vote` added (or replacing a stored vote with the same id); the document itself when it
 * holds this very record already (a page lays a vote the host has just confirmed over the host's copy again).
 */
export function withVote(document: PartnershipDocument, vote: Vote): PartnershipDocument {
  const stored = byId(document.votes, vote.id);
  if (stored === vote) return document;
  // A new id (nearly always): the votes as they were and this one after them, their indexes kept (`appended`).
  const votes = stored ? [...document.votes.filter((v) => v.id !== vote.id), vote] : appended(document.votes, vote);
  return { ...document, votes };
}

/** The document with one seat's attendance entry at one meeting replaced (undefined: the seat not listed). */
export function withAttendanceEntry(
  document: PartnershipDocument,
  meetingId: string,
  seatId: string,
  entry: AttendanceEntry | undefined,
): PartnershipDocument {
  const replace = (meeting: Meeting): Meeting => {
    const { [seatId]: _old, ...others } = meeting.attendance;
    return { ...meeting, attendance: entry === undefined ? others : { ...others, [seatId]: entry } };
  };
  return { ...document, meetings: document.meetings.map((m) => (m.id === meetingId ? replace(m) : m)) };
}

/** Spans written as compactly as the contract allows: a plain value when there is one span without times. */
function entryOf(spans: AttendanceSpan[]): AttendanceEntry | undefined {
  if (spans.length === 0) return undefined;
  if (spans.length > 1) return spans;
  const [only] = spans as [AttendanceSpan];
  return only.arrived === undefined && only.left === undefined ? only.as : only;
}

/**
 * A seat's spans after a check-in or check-out at `time` during the meeting:
 * checking in closes whoever was in the room for the seat (the proxy, when
 * the holder arrives) and opens a new span; checking out closes the open
 * spans; apologies or absent replace the entry, as a correction.
 */
function spansAfter(spans: AttendanceSpan[], change: AttendanceChange, time: string): AttendanceSpan[] {
  const instant = Date.parse(time);
  const open = (span: AttendanceSpan) => span.left === undefined && spanCovers(span, instant);
  const close = (span: AttendanceSpan) => (open(span) ? { ...span, left: time } : span);
  const attended = spans.filter((span) => span.as === 'holder' || span.as === 'proxy');
  switch (change.attendance) {
    case 'left':
      return attended.map(close);
    case 'holder':
    case 'proxy':
      // Already in the room in that capacity: a span not closed, even one timed after `time` (the host's stamp of
      // this same check-in, laid again over its document by a page whose clock runs behind the host's).
      if (attended.some((span) => span.as === change.attendance && span.left === undefined)) return spans;
      return [...attended.map(close), { as: change.attendance, arrived: time }];
    default:
      return [{ as: change.attendance }];
  }
}

/**
 * The moment an attendance change is timed at: the host's `timed` (the clerk's own moment, which the host took
 * for a change that waited on a device), else the host's `received`, else the clerk's `at` (a change not yet stored).
 */
export function attendanceMoment(change: AttendanceChange): string {
  return change.timed ?? change.received ?? change.at;
}

/**
 * The document with one attendance change applied. On the meeting's day
 * (until its end) a check-in or check-out records the time, its
 * `attendanceMoment`; before or after, the change records
 * the plain value, as from the minutes, and a check-out changes nothing.
 */
export function withAttendance(document: PartnershipDocument, change: AttendanceChange): PartnershipDocument {
  const meeting = byId(document.meetings, change.meeting);
  if (!meeting) return document;
  const time = attendanceMoment(change);
  if (!isMeetingDay(meeting, time)) {
    if (change.attendance === 'left') return document;
    return withAttendanceEntry(document, meeting.id, change.seat, change.attendance);
  }
  const spans = spansAfter(spansOf(meeting, change.seat), change, time);
  return withAttendanceEntry(document, meeting.id, change.seat, entryOf(spans));
}

/** The document with one action's status (and completion date) changed. */
export function withActionStatus(document: PartnershipDocument, change: ActionStatusChange): PartnershipDocument {
  return {
    ...document,
    actions: document.actions.map((action) => {
      if (action.id !== change.action) return action;
      const { completed: _dropped, ...rest } = action;
      return change.status === 'done' && change.completed
        ? { ...rest, status: change.status, completed: change.completed }
        : { ...rest, status: change.status };
    }),
  };
}
