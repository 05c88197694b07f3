export { parseDocument, parseDocumentInSteps, MAX_PROBLEMS, MAX_RECORDS, type ParseResult } from './parse.js';
export { servedDocument, type ServedDocument, type ServedGroup, type ServedSeat } from './served-document.js';
export {
  parseActionChange,
  parseAttendanceChange,
  parseVote,
  type ActionChangeParseResult,
  type AttendanceChangeParseResult,
  type SentKind,
  type VoteParseResult,
} from './sent-records.js';
export type {
  Expected,
  ExpectedFormat,
  ExpectedType,
  Problem,
  ProblemCode,
  ProblemValues,
  ReferenceTarget,
  ValueSummary,
} from './problems.js';
export type { JsonMistake, JsonPlace, JsonSyntaxError } from './json-text.js';
export { isCalendarDate, isDateTime, ID_PATTERN } from './primitives.js';
// The vocabulary and the plain types, not the zod schema itself: the kit's users need no zod.
export * from './vocabulary.js';
export type * from './document-types.js';
