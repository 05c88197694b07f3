/** The changes a member or clerk makes live in the rules core, so the host applies them the same way. */
export {
  withActionStatus,
  withAttendance,
  withAttendanceEntry,
  withVote,
  type ActionStatusChange,
  type AttendanceChange,
} from '../rules/changes.js';
