/**
 * The changes a member or clerk makes, applied to a document: a vote cast, a
 * seat's attendance, an action's status. Pure: each returns a new document.
 */
import type { ActionRecordStatus, Attendance, PartnershipDocument, Vote } from '../contract/index.js';

/** An attendance change the clerk records during a meeting. */
export interface AttendanceChange {
  id: string;
  meeting: string;
  seat: string;
  attendance: Attendance;
  by: string;
  at: string;
}

/** An action's status change by its owner or the clerk. */
export interface ActionStatusChange {
  id: string;
  action: string;
  status: ActionRecordStatus;
  /** With `done`: the completion date, YYYY-MM-DD. */
  completed?: string;
  by: string;
  at: string;
}

/** The document with `vote` added (or replacing a stored vote with the same id). */
export function withVote(document: PartnershipDocument, vote: Vote): PartnershipDocument {
  return { ...document, votes: [...document.votes.filter((v) => v.id !== vote.id), vote] };
}

/** The document with one seat's attendance at one meeting changed. */
export function withAttendance(document: PartnershipDocument, change: AttendanceChange): PartnershipDocument {
  return {
    ...document,
    meetings: document.meetings.map((meeting) =>
      meeting.id === change.meeting
        ? { ...meeting, attendance: { ...meeting.attendance, [change.seat]: change.attendance } }
        : meeting,
    ),
  };
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
