/** The governance-rules core: pure functions of (document, inputs, today), with no DOM and no clock. */
export {
  addDays,
  addWorkingDays,
  dateOf,
  holidaysOf,
  instantOf,
  isWorkingDay,
  longDate,
  meetingDate,
  meetingDeadlines,
  type MeetingDeadlines,
} from './calendar.js';
export { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays.js';
export {
  checkVote,
  eligibleSeats,
  ineligibility,
  voteValidity,
  type EligibleSeat,
  type Ineligibility,
  type VoteCheck,
  type VoteRejection,
} from './eligibility.js';
export { carries, forVotesNeeded, type Count } from './decision-rules.js';
export { outcome, type CountedVote, type Outcome, type Result, type RuleSource, type Standing } from './outcome.js';
export {
  attendanceAt,
  awaitingAttendance,
  isPresent,
  quorum,
  seatsNeeded,
  seatsSelected,
  type RequirementResult,
} from './quorum.js';
export { rosterWarnings, seatLabel, TERM_ENDING_DAYS, type RosterWarning, type RosterWarningCode } from './roster.js';
export { bandFor, riskStatus, type RiskStatus } from './risk.js';
export { actionStatus, DUE_SOON_DAYS, type ActionStatus } from './actions.js';
export { personName } from './records.js';
