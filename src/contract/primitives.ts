/**
 * The small value types every record is made of: ids, calendar dates and
 * date-times. Each check says what a council web officer should write.
 *
 * The zod schemas are `@internal`: tsconfig.build.json strips them from the
 * published declarations, so a project using the kit needs no zod.
 */
import * as z from 'zod/mini';
import { isObject } from './targets.js';

/** Letters, digits and `._:-`, starting with a letter or digit, at most 64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(year, month);
}

/** The days of `month` (1 to 12) in `year`, by the Gregorian calendar; no Date is made, as parsing checks every date. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `value` is an ISO 8601 date-time with a real date and an offset or `Z`. */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  return match !== null && isCalendarDate(match[1] ?? '');
}

/** @internal */
export const id = z.string().check(z.refine((value) => ID_PATTERN.test(value), { params: { expected: 'id' } }));

/** @internal */
export const date = z.string().check(z.refine(isCalendarDate, { params: { expected: 'date' } }));

/** @internal */
export const dateTime = z.string().check(z.refine(isDateTime, { params: { expected: 'date-time' } }));

/** Text a person reads: any string, but not an empty one. @internal */
export const text = z.string().check(z.minLength(1));

/**
 * What a `custom` check tells the problem messages and the JSON Schema writer
 * about the value it wants. Custom checks stand in for zod's int, union and
 * record kinds, which would add 1.3 KB gzipped to every bundle.
 */
export interface Expectation {
  expected: string;
  minimum?: number;
  maximum?: number;
}

function expecting(params: Expectation) {
  return { params };
}

/** A whole number from `minimum` to `maximum` (no upper limit when left out). @internal */
export function wholeNumber(minimum: number, maximum = Infinity) {
  return z.custom<number>(
    (value) => Number.isInteger(value) && (value as number) >= minimum && (value as number) <= maximum,
    expecting({ expected: 'whole-number', minimum, maximum: maximum === Infinity ? undefined : maximum }),
  );
}

/** A whole number from 1 to 5: a likelihood or impact rating. @internal */
export const rating = wholeNumber(1, 5);

/** An object of the host's choosing whose entries `references.ts` checks one by one, each at its own path. @internal */
export function entries<T>(expected: string) {
  return z.custom<Record<string, T>>(isObject, expecting({ expected }));
}

/** The host's own data, kept and ignored by the kit. Passed through untouched. @internal */
export const ext = z.optional(entries<unknown>('ext'));

/** An array that may be left out and then means "none". @internal */
export function list<T extends z.ZodMiniType>(item: T) {
  return z._default(z.array(item), () => []);
}
