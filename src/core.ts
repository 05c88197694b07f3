/**
 * `partnership-kit/core`: the contract and the governance-rules core. Pure
 * TypeScript with no DOM, so a portal's server enforces exactly the rules the
 * widgets show.
 *
 * The rules return codes and values; the functions whose results carried
 * words (`parseDocument`, the sent records' `parseVote`, `parseAttendanceChange`
 * and `parseActionChange`, `checkVote`, `voteValidity`, `ineligibility`,
 * `outcome`, `rosterWarnings`, the change refusals) are exported here with an
 * English `message` beside each code (src/english.ts). The elements say the
 * same codes in the page's language.
 */
export * from './contract/index.js';
export * from './rules/index.js';
export {
  actionChangeRefusal,
  attendanceChangeRefusal,
  checkVote,
  ineligibility,
  outcome,
  parseActionChange,
  parseAttendanceChange,
  parseDocument,
  parseVote,
  rosterWarnings,
  seatLabel,
  voteValidity,
  type ActionChangeParseResult,
  type AttendanceChangeParseResult,
  type ChangeRefusal,
  type Ineligibility,
  type Outcome,
  type ParseResult,
  type Problem,
  type RosterWarning,
  type VoteCheck,
  type VoteParseResult,
} from './english.js';
export { enCore } from './messages/en-core.js';
export { explainProblem, explainReason, explainRefusal, explainWarning, type CoreWords } from './messages/explain.js';
export { namesIn, namesInGroup, namesForProposal, seatName, type Names } from './messages/names.js';
export { createFormat, type Format } from './messages/format.js';
export { toICalendar, type ICalendarOptions } from './exports/icalendar.js';
export * from './exports/popolo.js';
