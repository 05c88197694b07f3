// The two kinds of change besides votes: a seat's attendance and an action's
// status. The host checks their shape here (strictly: exact members, each of
// its type), and who may make them with the core's own rules
// (attendanceChangeRefusal, actionChangeRefusal), the ones the elements use
// to decide which controls to offer.
import { dateOf } from './clock.js';

/** What is wrong with a change's `at`, the moment the client says it was made, if anything. */
function whenProblem(change, core) {
  if (typeof change.at !== 'string' || !core.isDateTime(change.at)) {
    return 'at must be the date and time the change was made, with its offset (like "2019-12-10T16:05:00Z").';
  }
  return undefined;
}

/** The first member of `names` that is not text, as a problem, if any. */
function textProblem(change, names) {
  const name = names.find((n) => typeof change[n] !== 'string');
  return name && `${name} must be written as text.`;
}

/**
 * A seat's attendance at a meeting, recorded by the group's clerk or chair:
 * `holder` or `proxy` (a check-in), `left` (a check-out), `apologies` or
 * `absent`. The host stamps `received` with its clock, so on the meeting's
 * day arrival and departure times are the host's, never the device's.
 */
export const ATTENDANCE = {
  name: 'attendance change',
  doing: 'record attendance',
  list: 'attendance',
  keys: ['at,attendance,by,id,meeting,seat'],
  fields: 'id, meeting, seat, attendance, by (you) and at; the host adds received',
  stamped: true,
  malformed: (change, core) =>
    textProblem(change, ['meeting', 'seat', 'attendance', 'by']) ?? whenProblem(change, core),
  refusal: (core, document, change) => core.attendanceChangeRefusal(document, change),
  apply: (core, document, change) => core.withAttendance(document, change),
};

/** An action's status, changed by its owner or the clerk or chair of its group. */
export const ACTION_STATUS = {
  name: 'action status change',
  doing: 'change an action',
  list: 'actionChanges',
  keys: ['action,at,by,id,status', 'action,at,by,completed,id,status'],
  fields: 'id, action, status, completed (with done), by (you) and at',
  stamped: false,
  malformed(change, core) {
    const text = textProblem(change, ['action', 'status', 'by']);
    if (text) return text;
    if (
      change.completed !== undefined &&
      !(typeof change.completed === 'string' && core.isCalendarDate(change.completed))
    ) {
      return 'completed must be a date written YYYY-MM-DD.';
    }
    return whenProblem(change, core);
  },
  // Today is the host's: a completion date is judged "still to come" by the host's clock.
  refusal: (core, document, change, now) => core.actionChangeRefusal(document, change, dateOf(now)),
  apply: (core, document, change) => core.withActionStatus(document, change),
};

/**
 * The seed (a parsed document) with the stored records applied, with the
 * core's own functions: the document the host judges by, and the one the
 * elements show while their records wait to be sent.
 */
export function applyStored(seed, stored, core) {
  let document = seed;
  for (const vote of stored.votes ?? []) document = core.withVote(document, vote);
  for (const change of stored.attendance ?? []) document = ATTENDANCE.apply(core, document, change);
  for (const change of stored.actionChanges ?? []) document = ACTION_STATUS.apply(core, document, change);
  return document;
}
