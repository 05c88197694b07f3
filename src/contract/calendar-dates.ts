/**
 * Calendar dates, `YYYY-MM-DD`, as numbers and back: the arithmetic the
 * contract's checks (appointments) and the rules' calendar share. Kept apart
 * from primitives.ts, which builds zod schemas, so that the rules import no
 * zod: in the elements' bundle that import alone kept 1.6 KB more of zod.
 */

/** The days of `month` (1 to 12) in `year`, by the Gregorian calendar; no Date is made, as parsing checks every date. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DAY_MS = 86_400_000;
const pad = (value: number, digits: number): string => String(value).padStart(digits, '0');

/** Midnight UTC of a `YYYY-MM-DD` date, as milliseconds since the epoch, for every year from 0000 to 9999. */
export function utcMidnight(date: string): number {
  const time = new Date(0);
  // Date.UTC would read the years 0 to 99 as 1900 to 1999.
  time.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return time.getTime();
}

const FIRST_DAY = utcMidnight('0000-01-01');
const LAST_DAY = utcMidnight('9999-12-31');

/**
 * `date` moved by `days` calendar days (negative goes back), in UTC so no
 * time zone moves it. A date is written with four digits of year, so a move
 * past 9999-12-31 stops there, and one before 0000-01-01 there.
 */
export function addCalendarDays(date: string, days: number): string {
  return utcDate(utcMidnight(date) + days * DAY_MS);
}

/** The UTC date, `YYYY-MM-DD`, of an instant in milliseconds; before 0000-01-01 or after 9999-12-31, that day. */
export function utcDate(instant: number): string {
  const day = new Date(Math.min(LAST_DAY, Math.max(FIRST_DAY, instant)));
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
}
