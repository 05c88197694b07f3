/**
 * The small value types every record is made of: ids, calendar dates and
 * date-times. Each check says what a council web officer should write.
 *
 * The zod schemas are `@internal`: tsconfig.build.json strips them from the
 * published declarations, so a project using the kit needs no zod.
 */
import * as z from 'zod/mini';
import { isObject } from './targets.js';
import { daysInMonth } from './calendar-dates.js';
import type { ReferenceTarget } from './problems.js';
import { schemaOnFirstUse } from './schema-on-first-use.js';

/** Letters, digits and `._:-`, starting with a letter or digit, at most 64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** One character an id may have (ID_PATTERN's), to say which one of a wrong id is not. */
export const ID_CHARACTER = /^[A-Za-z0-9._:-]$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The first and last moments a date-time may name, in UTC. */
const FIRST_MOMENT = Date.parse('0001-01-01T00:00:00Z');
const LAST_MOMENT = Date.parse('9999-12-31T23:59:59.999Z');
const DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** True when `value` is an ISO 8601 date-time with a real date and an offset or `Z`. */
export function isDateTime(value: string): boolean {
  return isDateTimeShape(value) && inCalendar(value);
}

/** Written as a date-time: a real date, a time and an offset. */
function isDateTimeShape(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  return match !== null && isCalendarDate(match[1] ?? '');
}

/**
 * A date-time's moment lies in a four-digit year, as every date the kit
 * writes: 9999-12-31T23:00:00-12:00 is in 10000. (True of what is not a
 * date-time at all: the shape check says what is wrong with that.)
 */
function inCalendar(value: unknown): boolean {
  if (typeof value !== 'string' || !isDateTimeShape(value)) return true;
  const instant = Date.parse(value);
  return instant >= FIRST_MOMENT && instant <= LAST_MOMENT;
}

function expecting(params: Expectation) {
  return { params };
}

/** An id's form: letters, digits and `._:-`, starting with a letter or digit, at most 64 characters. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

// The ids, dates and date-times are `custom` kinds that check the type too, not refined strings: a field left out
// is then told what it wants ("add a real date written YYYY-MM-DD"), where zod's string type said only "text".

/**
 * The id of another record, which `references.ts` finds: left out or not an id, it is told which record's id it
 * wants ("the id of a person in "people""). @internal
 */
export function reference(target: ReferenceTarget) {
  return z.custom<string>(isId, expecting({ expected: 'reference', reference: target }));
}

/**
 * A character a reader sees: not a space of any kind, nor a zero-width one. The JSON Schema states it as this
 * pattern too (scripts/write-json-schema.ts).
 */
export const VISIBLE_CHARACTER = /[^\s\u200B-\u200D\u2060\uFEFF]/u;

/**
 * What a `custom` check tells the problem messages and the JSON Schema writer
 * about the value it wants. Custom checks stand in for zod's int, union and
 * record kinds, which would add 1.3 KB gzipped to every bundle.
 */
export interface Expectation {
  expected: string;
  /** With `expected: 'reference'`: the kind of record whose id it wants. */
  reference?: ReferenceTarget;
  minimum?: number;
  maximum?: number;
}

/** A whole number from `minimum` to `maximum` (no upper limit when left out). @internal */
export function wholeNumber(minimum: number, maximum = Infinity) {
  return z.custom<number>(
    (value) => Number.isInteger(value) && (value as number) >= minimum && (value as number) <= maximum,
    expecting({ expected: 'whole-number', minimum, maximum: maximum === Infinity ? undefined : maximum }),
  );
}

/** An object of the host's choosing whose entries `references.ts` checks one by one, each at its own path. @internal */
export function entries<T>(expected: string) {
  return z.custom<Record<string, T>>(isObject, expecting({ expected }));
}

/**
 * How deep a host's own data may nest below `ext`: as deep as the host module lets a sent record nest. `ext`
 * itself is the first level. The JSON Schema writer states the same depth (scripts/write-json-schema.ts).
 */
export const EXT_DEPTH = 16;

/** Whether `value` holds objects or lists more than `depth` levels deep, itself the first (a cycle always does). */
export function nestsDeeper(value: unknown, depth: number): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (depth === 0 || Object.values(value).some((item) => nestsDeeper(item, depth - 1)))
  );
}

/** What a program put in `ext` that JSON cannot carry (a problem's `values.notJson.kind`). */
export type NotJsonKind = 'bigint' | 'function' | 'symbol' | 'undefined' | 'not-finite';

/**
 * Where in `value` (the keys from it) the first thing JSON cannot carry is, and what it is; undefined when all of it
 * is JSON. Only a program's document meets this (parsed JSON holds none): "it is an object" alone would not say
 * which key to correct. @internal
 */
export function notJsonIn(value: unknown): { keys: (string | number)[]; kind: NotJsonKind } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { keys: [], kind: 'not-finite' };
  if (['bigint', 'function', 'symbol', 'undefined'].includes(typeof value))
    return { keys: [], kind: typeof value as NotJsonKind };
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = notJsonIn(item);
    if (found) return { keys: [Array.isArray(value) ? Number(key) : key, ...found.keys], kind: found.kind };
  }
  return undefined;
}

/** Whether `value` is what JSON carries (no NaN, function or undefined), nested at most `depth` levels more. */
function isJsonValue(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth === 0) return false;
  return Object.values(value).every((item) => isJsonValue(item, depth - 1));
}

/**
 * The schemas every record is made of, made on first use and shared by every record (schema-on-first-use.ts).
 * @internal
 */
export const primitiveSchemas = schemaOnFirstUse(() => ({
  id: z.custom<string>(isId, expecting({ expected: 'id' })),
  date: z.custom<string>(
    (value) => typeof value === 'string' && isCalendarDate(value),
    expecting({ expected: 'date' }),
  ),
  dateTime: z
    .custom<string>(
      (value) => typeof value === 'string' && isDateTimeShape(value),
      expecting({ expected: 'date-time' }),
    )
    .check(z.refine(inCalendar, { params: { expected: 'date-time-in-calendar' } })),
  /**
   * Text a person reads: any string with a character they can see. A name of spaces would leave a heading
   * reading "Members of the ". (The empty string is left to the length check, so it is told once.)
   */
  text: z.string().check(
    z.minLength(1),
    z.refine((value) => value === '' || VISIBLE_CHARACTER.test(value), { params: { expected: 'visible-text' } }),
  ),
  /** A whole number from 1 to 5: a likelihood or impact rating. */
  rating: wholeNumber(1, 5),
  /**
   * The host's own data, kept and ignored by the kit, passed through untouched: an object of JSON values at most
   * `EXT_DEPTH` levels deep, so that a document or record holding it can always be written back as JSON (a
   * deeper one overflows the stack of `JSON.stringify`, a cycle never ends).
   */
  ext: z.optional(
    z.custom<Record<string, unknown>>(
      (value) => isObject(value) && isJsonValue(value, EXT_DEPTH),
      expecting({ expected: 'ext' }),
    ),
  ),
}));

/** An array that may be left out and then means "none". @internal */
export function list<T extends z.ZodMiniType>(item: T) {
  return z._default(z.array(item), () => []);
}
