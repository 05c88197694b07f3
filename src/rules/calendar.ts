/**
 * Dates and working days. Every date is a calendar date, `YYYY-MM-DD`, and
 * arithmetic is done in UTC so no time zone can move a date by a day.
 */
import type { PartnershipDocument } from '../contract/index.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays.js';
import { groupOf, meetingOf } from './records.js';

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The date part of a date-time as written, in its own offset: "2019-10-15T16:00:00+01:00" → "2019-10-15". */
export function dateOf(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/** A date-time as milliseconds since the epoch, its offset applied. */
export function instantOf(dateTime: string): number {
  return Date.parse(dateTime);
}

/** The non-working days of a partnership: its own list, else the England and Wales bank holidays. */
export function holidaysOf(doc: PartnershipDocument): readonly string[] {
  return doc.partnership.holidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
}

function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * `date` moved by `days` working days: weekends and `holidays` do not count.
 * Negative days go back; 0 returns `date` itself.
 *
 * @example
 * addWorkingDays('2019-12-24', 1); // '2019-12-27': Christmas and Boxing Day do not count
 * addWorkingDays('2019-10-15', -7); // '2019-10-04'
 */
export function addWorkingDays(
  date: string,
  days: number,
  holidays: readonly string[] = ENGLAND_AND_WALES_BANK_HOLIDAYS,
): string {
  const closed = new Set(holidays);
  const step = days < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(days); left > 0;) {
    current = addDays(current, step);
    if (isWorkingDay(current, closed)) left -= 1;
  }
  return current;
}

/**
 * When a meeting's notice and minutes are due, in the group's working days,
 * and whether each was sent late (null while it has not been sent).
 */
export function meetingDeadlines(
  doc: PartnershipDocument,
  meetingId: string,
): { noticeDue: string; minutesDue: string; noticeLate: boolean | null; minutesLate: boolean | null } {
  const meeting = meetingOf(doc, meetingId);
  const group = groupOf(doc, meeting.group);
  const held = dateOf(meeting.start);
  const holidays = holidaysOf(doc);
  const noticeDue = addWorkingDays(held, -group.noticeDays, holidays);
  const minutesDue = addWorkingDays(held, group.minutesDays, holidays);
  return {
    noticeDue,
    minutesDue,
    noticeLate: meeting.noticeSent === undefined ? null : meeting.noticeSent > noticeDue,
    minutesLate: meeting.minutesSent === undefined ? null : meeting.minutesSent > minutesDue,
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as the rules' messages write it: "2019-10-15" → "15 October 2019". */
export function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
