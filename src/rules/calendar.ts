/**
 * Dates and working days. Every date is a calendar date, `YYYY-MM-DD`, and
 * arithmetic is done in UTC so no time zone can move a date by a day. ISO
 * dates sort as strings, so dates are compared with `<` and `>` directly.
 */
import type { Meeting, PartnershipDocument } from '../contract/schema.js';
import { addCalendarDays, utcMidnight } from '../contract/calendar-dates.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays.js';
import { dateArgument } from './moments.js';
import { groupOf, meetingOf } from './records.js';

const SHIPPED_HOLIDAYS: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

/**
 * `date` moved by `days` calendar days (negative goes back); a move past 9999-12-31 or before 0000-01-01 stops there.
 * A date that is not one is thrown: '31/12/2026' moved a day was '0NaN-NaN-NaN', and 30 February was 2 March.
 */
export function addDays(date: string, days: number): string {
  return addCalendarDays(dateArgument(date, 'date'), wholeDays(days, 'Days'));
}

/** `days`, when a whole number: a fractional or infinite count has no meaning in days, and would never finish. */
function wholeDays(days: number, name: string): number {
  if (!Number.isSafeInteger(days)) throw new RangeError(`${name} must be a whole number, not ${String(days)}.`);
  return days;
}

/** The date part of a date-time as written, in its own offset: "2019-10-15T16:00:00+01:00" → "2019-10-15". */
export function dateOf(dateTime: string): string {
  return dateTime.slice(0, 10);
}

/** A date-time as milliseconds since the epoch, its offset applied, so instants in different offsets compare. */
export function instantOf(dateTime: string): number {
  return Date.parse(dateTime);
}

/** A meeting's date: the date part of its `start` as written, in the meeting's own offset. */
export function meetingDate(meeting: Meeting): string {
  return dateOf(meeting.start);
}

/** The non-working days of a partnership: its own list when given (replacing the default), else the England and Wales bank holidays. */
export function holidaysOf(doc: PartnershipDocument): readonly string[] {
  return doc.partnership.holidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
}

const closedDays = (holidays: readonly string[]): ReadonlySet<string> =>
  holidays === ENGLAND_AND_WALES_BANK_HOLIDAYS ? SHIPPED_HOLIDAYS : new Set(holidays);

function isOpen(date: string, closed: ReadonlySet<string>): boolean {
  const weekday = new Date(utcMidnight(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closed.has(date);
}

/** Whether `date` is a working day: not a Saturday, a Sunday or one of `holidays` (default: the bank holidays). */
export function isWorkingDay(date: string, holidays: readonly string[] = ENGLAND_AND_WALES_BANK_HOLIDAYS): boolean {
  // '31/12/2026' read as a working day: a deadline checked against it would pass.
  return isOpen(dateArgument(date, 'date'), closedDays(holidays));
}

/**
 * `date` moved by `days` working days: weekends and `holidays` (default: the
 * England and Wales bank holidays) do not count. Negative days go back; 0
 * returns `date` itself, even when it is not a working day.
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
  wholeDays(days, 'Working days');
  const closed = closedDays(holidays);
  const step = days < 0 ? -1 : 1;
  let current = dateArgument(date, 'date');
  for (let left = Math.abs(days); left > 0;) {
    // Checked once above; each step's own date is one by construction.
    const next = addCalendarDays(current, step);
    // At 0000-01-01 or 9999-12-31 the date can move no further.
    if (next === current) break;
    current = next;
    if (isOpen(current, closed)) left -= 1;
  }
  return current;
}

/** When a meeting's notice and minutes are due, and whether each went out late (null while not yet sent). */
export interface MeetingDeadlines {
  noticeDue: string;
  minutesDue: string;
  noticeLate: boolean | null;
  minutesLate: boolean | null;
  /**
   * Present, and true, only when `minutesSent` is before the meeting's date: minutes cannot go out before the
   * meeting they record, so the date is wrong. `minutesLate` is then false (it is not after the due date), but
   * they are not on time either: the date needs checking. Left out otherwise, so the contract's shape stands.
   */
  minutesBeforeMeeting?: true;
}

/**
 * With `today`: each judged as at today (a notice or minutes sent after it was not yet sent,
 * so its late is null), and whether each is overdue, not sent by today and due before it.
 */
export interface MeetingDeadlinesOn extends MeetingDeadlines {
  noticeOverdue: boolean;
  minutesOverdue: boolean;
}

/**
 * A meeting's notice and minutes deadlines, in working days of the
 * partnership (`noticeDays` before the meeting's date, `minutesDays` after
 * it, 7 unless the group says otherwise), and whether each was sent late.
 * With `today`, each as at today: one sent after it is not yet sent (late
 * null), and overdue once due before today.
 *
 * @example
 * meetingDeadlines(doc, 'elg-2019-10-15');
 * // { noticeDue: '2019-10-04', minutesDue: '2019-10-24', noticeLate: false, minutesLate: null }
 * meetingDeadlines(doc, 'elg-2019-10-15', { today: '2019-10-25' }).minutesOverdue; // true
 * meetingDeadlines(doc, 'elg-2019-11-12', { today: '2019-11-25' }).minutesOverdue; // true: sent only on the 28th
 */
export function meetingDeadlines(doc: PartnershipDocument, meetingId: string): MeetingDeadlines;
export function meetingDeadlines(
  doc: PartnershipDocument,
  meetingId: string,
  options: { today: string },
): MeetingDeadlinesOn;
export function meetingDeadlines(
  doc: PartnershipDocument,
  meetingId: string,
  options?: { today: string },
): MeetingDeadlines | MeetingDeadlinesOn {
  const meeting = meetingOf(doc, meetingId);
  const group = groupOf(doc, meeting.group);
  const held = meetingDate(meeting);
  const holidays = holidaysOf(doc);
  const noticeDue = addWorkingDays(held, -group.noticeDays, holidays);
  const minutesDue = addWorkingDays(held, group.minutesDays, holidays);
  if (!options) return judged({ held, noticeDue, minutesDue }, meeting.noticeSent, meeting.minutesSent);
  const today = dateArgument(options.today, 'today');
  // Every act is judged as at its moment: a page set to an earlier day has not seen it yet.
  const noticeSent = sentBy(meeting.noticeSent, today);
  const minutesSent = sentBy(meeting.minutesSent, today);
  const overdue = (sent: string | undefined, due: string) => sent === undefined && due < today;
  return {
    ...judged({ held, noticeDue, minutesDue }, noticeSent, minutesSent),
    noticeOverdue: overdue(noticeSent, noticeDue),
    minutesOverdue: overdue(minutesSent, minutesDue),
  };
}

function judged(
  { held, noticeDue, minutesDue }: { held: string; noticeDue: string; minutesDue: string },
  noticeSent: string | undefined,
  minutesSent: string | undefined,
): MeetingDeadlines {
  const deadlines: MeetingDeadlines = {
    noticeDue,
    minutesDue,
    noticeLate: noticeSent === undefined ? null : noticeSent > noticeDue,
    minutesLate: minutesSent === undefined ? null : minutesSent > minutesDue,
  };
  // Minutes dated before the meeting record a meeting not yet held: a date typed wrong, not minutes on time.
  return minutesSent !== undefined && minutesSent < held ? { ...deadlines, minutesBeforeMeeting: true } : deadlines;
}

/** `sent`, when it went by `today`; undefined when not sent, or sent only later. */
function sentBy(sent: string | undefined, today: string): string | undefined {
  return sent !== undefined && sent <= today ? sent : undefined;
}
