/**
 * The one time zone the partnerships work in: Europe/London. A term ends on
 * a date in England or Wales, so the date a vote was cast on is its date
 * there, whatever offset the device wrote: `2019-11-30T23:30:00-12:00` was
 * cast on 1 December in London, and 00:30 on a summer night, written in UTC
 * as 23:30 the day before, on the day it was in London.
 *
 * Computed from the rule (British Summer Time from 01:00 UTC on the last
 * Sunday of March to 01:00 UTC on the last Sunday of October, the rule since
 * 1996), not from the platform's time-zone data, so a server and a browser
 * with different data give the same date. iCalendar's VTIMEZONE states the
 * same rule (src/exports/ics-time.ts).
 */
import { utcDate, utcMidnight } from './calendar-dates.js';

const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (1-12) of `year`, when the UK's clocks change. */
export function lastSundayOneAm(year: number, month: number): number {
  const lastDay = new Date(0);
  // Date.UTC would read the years 0 to 99 as 1900 to 1999.
  lastDay.setUTCFullYear(year, month, 0);
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR_MS + HOUR_MS;
}

/** London's offset from UTC at `instant`, in ms: an hour in British Summer Time, else none. */
export function londonOffset(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  const summer = instant >= lastSundayOneAm(year, 3) && instant < lastSundayOneAm(year, 10);
  return summer ? HOUR_MS : 0;
}

/**
 * Whether `instant` (ms) falls in the hour London's clocks read twice, 01:00 to 01:59 on the last Sunday of
 * October, first in BST and then in GMT: a time of day alone does not say which, so it is written with its zone.
 */
export function inRepeatedHour(instant: number): boolean {
  const fallBack = lastSundayOneAm(new Date(instant).getUTCFullYear(), 10);
  return instant >= fallBack - HOUR_MS && instant < fallBack + HOUR_MS;
}

/**
 * The date in London at the instant a date-time names.
 *
 * @example
 * londonDate('2019-11-30T23:30:00-12:00'); // '2019-12-01'
 * londonDate('2019-06-30T23:30:00Z'); // '2019-07-01': 00:30 BST
 */
export function londonDate(dateTime: string): string {
  const instant = Date.parse(dateTime);
  return utcDate(instant + londonOffset(instant));
}

/**
 * The instant on `date` (YYYY-MM-DD) at the London time of day of `instant`
 * (ms): a clock moved to another day keeps the hour London reads. Joining the
 * date to the UTC time of day instead puts 00:30 on a summer night (23:30 UTC)
 * on the following day in London. An hour the spring change skips reads as the
 * hour after it; an hour the autumn change repeats, as its first (BST).
 *
 * @example
 * onLondonDate('2019-10-15', Date.parse('2026-07-01T23:30:00Z')); // 2019-10-14T23:30:00Z: 00:30 BST on the 15th
 */
export function onLondonDate(date: string, instant: number): number {
  const day = 24 * HOUR_MS;
  const timeOfDay = (((instant + londonOffset(instant)) % day) + day) % day;
  const wall = utcMidnight(date) + timeOfDay;
  return londonOffset(wall - HOUR_MS) === HOUR_MS ? wall - HOUR_MS : wall;
}
