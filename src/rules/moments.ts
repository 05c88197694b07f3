/**
 * The moments a rule is asked at (`now`, `today`, `at`), checked where the
 * rule is called. A rule that compared a malformed moment would answer
 * anyway, and wrongly: `Date.parse('garbage')` is NaN, and NaN makes "is it
 * closed?" true in one comparison and "was it cast later?" false in another,
 * so a late vote would be taken and a sealed count published. A moment
 * that is not one is a programming error of the caller, so it is thrown, as
 * an unknown id is (records.ts), with the argument's name and what to pass.
 */
import { isCalendarDate, isDateTime } from '../contract/index.js';
import { londonDate } from '../contract/london-time.js';

/** The value as the message quotes it; an object is not stringified, which may throw (no prototype) or say nothing. */
const show = (value: unknown): string =>
  typeof value === 'string' ? `'${value}'` : typeof value === 'object' && value !== null ? 'an object' : String(value);

/** `value`, when it is a date-time with an offset; else a RangeError naming `name`. */
export function dateTimeArgument(value: unknown, name: string): string {
  if (typeof value === 'string' && isDateTime(value)) return value;
  throw new RangeError(
    `${name} must be a date-time with its offset, such as '2026-12-01T16:00:00Z', not ${show(value)}.`,
  );
}

/** `value`, when it is a calendar date; else a RangeError naming `name`. */
export function dateArgument(value: unknown, name: string): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new RangeError(`${name} must be a date written YYYY-MM-DD, such as '2026-12-01', not ${show(value)}.`);
}

/** `value`, when it is a calendar date or a date-time; else a RangeError naming `name`. */
export function dateOrDateTimeArgument(value: unknown, name: string): string {
  if (typeof value === 'string' && (isCalendarDate(value) || isDateTime(value))) return value;
  throw new RangeError(
    `${name} must be a date (YYYY-MM-DD) or a date-time with its offset (such as '2026-12-01T16:00:00Z'), not ${show(value)}.`,
  );
}

/** The same checks for an argument that may be left out. */
export const optional =
  <T>(check: (value: unknown, name: string) => T) =>
  (value: unknown, name: string): T | undefined =>
    value === undefined ? undefined : check(value, name);

/**
 * The core's `londonDate`: the date in London of a date-time, checked. The
 * kit's own callers pass date-times the contract has read, and a message's
 * date is not worth throwing over; a portal's text is not, and '31/12/2026'
 * was dated '0NaN-NaN-NaN'.
 */
export const londonDateOf = (dateTime: string): string => londonDate(dateTimeArgument(dateTime, 'dateTime'));
