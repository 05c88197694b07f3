export { parseDocument, MAX_PROBLEMS, MAX_RECORDS, type ParseResult } from './parse.js';
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
export { isCalendarDate, isDateTime, ID_PATTERN } from './primitives.js';
export * from './schema.js';
