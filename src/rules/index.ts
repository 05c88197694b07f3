/** The governance-rules core: pure functions of (document, inputs, today), with no DOM and no clock. */
export {
  addDays,
  addWorkingDays,
  dateOf,
  holidaysOf,
  instantOf,
  isWorkingDay,
  meetingDate,
  meetingDeadlines,
  type MeetingDeadlines,
  type MeetingDeadlinesOn,
} from './calendar.js';
export { londonDateOf as londonDate } from './moments.js';
export { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays.js';
export {
  CAST_SKEW_MS,
  capacityOn,
  checkVote,
  eligibleSeats,
  ineligibility,
  seatsVotedFor,
  voteValidity,
  type AskedAt,
  type EligibleSeat,
  type SeatBar,
  type VoteQuestion,
  type Ineligibility,
  type VoteCheck,
  type VoteReason,
  type VoteReasonValues,
  type VoteRefusal,
  type VoteRejection,
  type VoteRejectionValues,
} from './eligibility.js';
export { carries, forVotesNeeded, type Count } from './decision-rules.js';
export {
  castMoment,
  castingUnpublished,
  inPlaceOfWithdrawn,
  liveCountOutlived,
  openAt,
  outcome,
  quorumMoment,
  seatsNamedOn,
  type CountedVote,
  type QuorumMomentKind,
  type Outcome,
  type OutcomeQuestion,
  type Result,
  type RuleSource,
  type SeatCannotVote,
  type SeatWithoutVote,
  type Standing,
  type UncountedVote,
} from './outcome.js';
export {
  attendanceAwaitedUntil,
  awaitingAttendance,
  isPresent,
  quorum,
  seatsNeeded,
  seatsSelected,
  type PresenceQuestion,
  type QuorumResult,
  type RequirementResult,
} from './quorum.js';
export {
  anyonePresent,
  attendanceMinuted,
  attendanceAt,
  attendanceNow,
  CLOCK_SKEW_MS,
  inProgress,
  meetingOver,
  isMeetingDay,
  meetingEnd,
  presentAs,
  roomMoment,
  spansOf,
} from './presence.js';
export { seatAttendance, seatsAwaitedUntil, type SeatAttendance } from './seat-attendance.js';
export { appointmentOn, seatHistory, withdrew, type AppointmentInForce } from './appointments.js';
/** A group's decision rule, tie-break and quorum on a date (contract 1.2, `previousRules`). */
export { rulesOn, type GroupRules } from '../contract/group-rules.js';
/** A seat's voting, role, tags and partner on a date (contract 1.2, `previousStanding`). */
export { standingOn, type SeatStanding } from '../contract/seat-standing.js';
export { countStandsForVotes, publishedDocument, readerOf, voteReadable, withoutExt } from './privacy.js';
export {
  ARRIVAL_WARNING_MS,
  arrivalDeadline,
  castToCount,
  disclosure,
  withheldWhileOpen,
  awaitsPublishedCount,
  countOwed,
  holderVoteAhead,
  ownUncountedVotes,
  ownVote,
  ownVotes,
  refusedVoteReplaced,
  uncountedNamed,
  type Disclosure,
  type OwnUncountedVote,
  type OwnVote,
  type OwnSeatVote,
} from './own-votes.js';
export {
  withActionStatus,
  withAttendance,
  withAttendanceEntry,
  withVote,
  type ActionStatusChange,
  type AttendanceChange,
} from './changes.js';
export {
  actionChangeRefusal,
  allowedAttendance,
  attendanceChangeRefusal,
  mayChangeAction,
  mayRecordAttendance,
  type ChangeRefusal,
  type ChangeRefusalValues,
} from './permissions.js';
export {
  rosterWarnings,
  seatOn,
  TERM_ENDING_DAYS,
  type RosterWarning,
  type RosterWarningCode,
  type RosterWarningValues,
} from './roster.js';
export {
  bandFor,
  defaultBandCode,
  onRegister,
  riskStatus,
  risksOnRegister,
  type DefaultBand,
  type RiskStatus,
} from './risk.js';
export { bandRanges, heatMapStatus, RATINGS, riskMatrix, type BandRange, type RiskCell } from './heat-map.js';
export { inTheRoom, leftAt, movements, type InRoom, type Movement } from './room.js';
export { checkInOffer, type CheckInOffer } from './check-in.js';
export { CHECK_IN_NOTE_REASONS, type CheckInNote, type CheckInNoteReason } from './check-in-notes.js';
export {
  actionGroup,
  actionRaised,
  actionsRaisedBy,
  actionStatus,
  completedAfter,
  completedBeforeRaised,
  DUE_SOON_DAYS,
  type ActionStatus,
} from './actions.js';
export { personName } from './records.js';
export {
  highlightReport,
  monthEnd,
  monthStart,
  projectMonths,
  projectOf,
  reportDue,
  type HighlightReport,
  type ProjectMonth,
  type ProjectMonthState,
  type ReportedAction,
  type ReportedDecision,
  type ReportedRisk,
} from './highlight-report.js';
