/**
 * Dates and times as iCalendar writes them (RFC 5545 §3.3.4, §3.3.5), and
 * the one time zone the partnerships meet in: Europe/London.
 *
 * The wall-clock time in London is computed from the same rules the
 * VTIMEZONE below states (src/rules/london-time.ts), not from the platform's
 * time-zone data: the feed then says the same instant to every client,
 * whatever the server's or browser's data.
 */
import { inRepeatedHour, londonOffset } from '../rules/london-time.js';
import { component, type Parameters } from './ics-lines.js';

export const LONDON = 'Europe/London';

/** `YYYYMMDDTHHMMSS` of the UTC fields of `ms` (a year from 0000 to 9999, as the contract's dates are). */
function fields(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** Parses an ISO date-time with its offset; a date-time the contract would refuse throws, naming it. */
function instant(dateTime: string): number {
  const ms = Date.parse(dateTime);
  if (Number.isNaN(ms))
    throw new RangeError(`'${dateTime}' is not a date-time with an offset, like 2019-10-15T16:00:00+01:00.`);
  return ms;
}

/**
 * A date-time as London's wall clock, for `DTSTART;TZID=Europe/London:`,
 * with the parameters to write it with. When the clocks go back, 01:00 to
 * 02:00 happens twice: RFC 5545 reads such a TZID time as the first, but
 * parsers differ (ical.js takes the second), so both are written in UTC,
 * the one form every client reads alike.
 *
 * @example
 * londonTime('2019-10-15T16:00:00+01:00'); // { value: '20191015T160000', parameters: { TZID: 'Europe/London' } }
 * londonTime('2019-10-27T01:30:00Z'); // { value: '20191027T013000Z', parameters: {} }: 01:30 GMT, the second 01:30
 */
export function londonTime(dateTime: string): { value: string; parameters: Parameters } {
  const ms = instant(dateTime);
  if (inRepeatedHour(ms)) return { value: `${fields(ms)}Z`, parameters: {} };
  return { value: fields(ms + londonOffset(ms)), parameters: { TZID: LONDON } };
}

/**
 * A date-time in UTC, `YYYYMMDDTHHMMSSZ`, as DTSTAMP and COMPLETED must be.
 *
 * @example
 * utcTime('2019-12-10T16:30:00+00:00'); // '20191210T163000Z'
 */
export function utcTime(dateTime: string): string {
  return `${fields(instant(dateTime))}Z`;
}

/** A calendar date, `YYYY-MM-DD`, as a DATE value: `YYYYMMDD`. */
export function icsDate(date: string): string {
  return date.replaceAll('-', '');
}

/** A length in minutes as a DURATION value: 120 → `PT2H`, 90 → `PT1H30M`. */
export function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/**
 * The VTIMEZONE of Europe/London that RFC 5545 requires beside any TZID: BST
 * (UTC+1) from the last Sunday of March at 01:00 GMT, GMT from the last
 * Sunday of October at 02:00 BST. The rules start in 1996, when they took
 * this form; earlier dates are not a partnership's meetings.
 */
export function londonTimeZone(): string[] {
  return component('VTIMEZONE', [
    `TZID:${LONDON}`,
    `X-LIC-LOCATION:${LONDON}`,
    ...component('DAYLIGHT', [
      'TZNAME:BST',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'DTSTART:19960331T010000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    ]),
    ...component('STANDARD', [
      'TZNAME:GMT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
      'DTSTART:19961027T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]),
  ]);
}
