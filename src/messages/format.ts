/**
 * Dates, times, numbers and plurals in one language, through Intl. Each
 * messages module makes its own with `createFormat`, so "4pm" and "4yp",
 * "1 December 2026" and "1 Rhagfyr 2026" come from the same code.
 *
 * Dates in the document are calendar dates: they are formatted in UTC so that
 * no time zone can move them by a day. Times are in UK time, by the rule the
 * rules date every act by (src/contract/london-time.ts), so a time and its
 * date never disagree, whatever the platform's time-zone data.
 */
import { addCalendarDays } from '../contract/calendar-dates.js';
import { inRepeatedHour, londonDate, londonOffset } from '../rules/london-time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The date a moment is said on, in London: its own date, except a moment at 00:00 London time, which is said
 * on the day it ends (`endsDay`). GOV.UK's style guide warns that midnight is the first minute of a day, so
 * "2 December at midnight" is read as the end of 2 December, a day late; "1 December at midnight (end of day)"
 * names the same instant one way only, and says no earlier time (11:59pm would tell a member their vote at
 * 23:59:30 is too late).
 *
 * @example
 * dayOfMoment('2026-12-02T00:00:00Z'); // { date: '2026-12-01', endsDay: true }
 * dayOfMoment('2026-12-02T00:00:01Z'); // { date: '2026-12-02', endsDay: false }
 */
export function dayOfMoment(dateTime: string): { date: string; endsDay: boolean } {
  const instant = Date.parse(dateTime);
  const date = londonDate(dateTime);
  const endsDay = (instant + londonOffset(instant)) % DAY_MS === 0;
  if (!endsDay) return { date, endsDay };
  return { date: addCalendarDays(date, -1), endsDay };
}

/**
 * `time`, the time of day of `dateTime` in `clock`'s words, as said after the date `dayOfMoment` gives: a
 * midnight says whether it ends that day ("midnight (end of day)") or starts it ("midnight (start of day)").
 */
export function timeOnItsDay(clock: ClockWords, dateTime: string, time: string): string {
  if (time !== clock.midnight) return time;
  const words = dayOfMoment(dateTime).endsDay ? clock.endOfDay : clock.startOfDay;
  return words ? `${clock.midnight} ${words}` : clock.midnight;
}

/**
 * `make`'s value, made the first time it is asked for and kept. A language's Intl services are made so: the
 * first Intl service a page makes loads the browser's locale data, about 0.1 s on a phone slowed 4×, which
 * made as the words' modules loaded held up the kit's first task, before any element had a date to write.
 */
export function madeOnFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The words a language puts around a time of day (GOV.UK style: "4pm", "midday"). */
export interface ClockWords {
  am: string;
  pm: string;
  midday: string;
  midnight: string;
  /** Between a date and its time: "15 October 2019 at 4pm". */
  at: string;
  /**
   * After the midnight that ends a date, so that it is read as that day's end, not its start: "(end of day)" in
   * "1 December 2026 at midnight (end of day)", the instant 00:00 on 2 December. When left out, the date is
   * still the day that ends, with midnight alone: give it, as "1 December at midnight" can be read either way.
   */
  endOfDay?: string;
  /** After a midnight said with the day it starts (a moment in the minute after 00:00): "(start of day)". */
  startOfDay?: string;
  /**
   * After a time in the hour the clocks read twice on the last Sunday of October: "1:30am BST" the first
   * time, "1:30am GMT" the second. `BST` and `GMT` when left out.
   */
  summerTime?: string;
  winterTime?: string;
}

/**
 * A language's own calendar words, for a language whose dates the browser's Intl may not know:
 * Chromium ships no Irish, Scottish Gaelic or Welsh dates, and writes "October 15, 2019" for them.
 */
export interface CalendarWords {
  /** The twelve months, January first, as a date writes them: "15 Deireadh Fómhair 2019". */
  months: readonly string[];
  /** The twelve months short, for table cells ("15 DFómh 2019"); `months` when left out. */
  shortMonths?: readonly string[];
  /** "a, b and c" in the language; Intl's list when left out. */
  list?: (items: readonly string[]) => string;
}

/** A phrase for each plural category the language uses; `#` stands for the number. `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The formatting of one language. */
export interface Format {
  /** The BCP 47 locale its Intl formats use, like "cy-GB". */
  readonly locale: string;
  /** "2019-10-15" → "15 October 2019". */
  date(date: string): string;
  /** "2019-10-15" → "15 Oct 2019", for table cells. */
  shortDate(date: string): string;
  /**
   * An ISO date-time → "15 October 2019 at 4pm", in UK time; 00:00 in London is the midnight ending the day
   * before: "1 December 2026 at midnight (end of day)" for 2026-12-02T00:00:00Z.
   */
  dateTime(dateTime: string): string;
  /** An ISO date-time → "4pm", "4:30pm", "midday", in UK time. */
  time(dateTime: string): string;
  number(value: number): string;
  /** The phrase for `count`'s plural category, with `#` replaced by the number. */
  plural(count: number, forms: PluralForms): string;
  /** "a, b and c" in the language. */
  list(items: readonly string[]): string;
}

/**
 * Whether a date is said as written rather than in words: one that is no date (a broken document's quoted in its
 * problem), or a year before 1000 (2019 mistyped 0019), which a year's number writes "19", read as 2019.
 */
export function saidAsWritten(date: Date): boolean {
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1000;
}

/**
 * The formatting of `locale`, with `clock` for its times of day, and `calendar` for its months where the
 * browser may not know them. A locale the browser's Intl does not know, given no months, is written as British
 * English orders it ("15 October 2019", "a, b and c"), never in the browser's own default (often "October 15, 2019").
 *
 * @example
 * const ga = createFormat('ga-IE', { am: 'r.n.', pm: 'i.n.', midday: 'meán lae', midnight: 'meán oíche', at: 'ag' }, {
 *   months: ['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair',
 *     'Deireadh Fómhair', 'Samhain', 'Nollaig'],
 *   list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} agus ${items.at(-1)}`),
 * });
 * ga.date('2019-10-15'); // '15 Deireadh Fómhair 2019'
 * @example
 * const format = createFormat('cy-GB', { am: 'yb', pm: 'yp', midday: 'canol dydd', midnight: 'canol nos', at: 'am' });
 * format.time('2026-12-01T16:00:00Z'); // '4yp'
 */
export function createFormat(locale: string, clock: ClockWords, calendar?: CalendarWords): Format {
  /**
   * `locale` where this Intl service knows it, else British English: never the browser's own default, and
   * no throw for a tag Intl refuses (a test language's private-use `x-…`).
   */
  const known = (service: { supportedLocalesOf(locales: string): string[] }) => {
    try {
      return service.supportedLocalesOf(locale).length > 0 ? locale : 'en-GB';
    } catch {
      return 'en-GB';
    }
  };
  const inUtc = (month: 'long' | 'short') => {
    const names = month === 'long' ? calendar?.months : (calendar?.shortMonths ?? calendar?.months);
    if (names)
      return {
        format: (date: Date) => `${date.getUTCDate()} ${names[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`,
      };
    return new Intl.DateTimeFormat(known(Intl.DateTimeFormat), {
      day: 'numeric',
      month,
      year: 'numeric',
      timeZone: 'UTC',
    });
  };
  const long = madeOnFirstUse(() => inUtc('long'));
  const short = madeOnFirstUse(() => inUtc('short'));
  const numbers = madeOnFirstUse(() => new Intl.NumberFormat(known(Intl.NumberFormat)));
  // A number too large or too small to read in full (a typo's 1e308) is written 1E308, not as 309 digits or "0".
  const scientific = madeOnFirstUse(
    () => new Intl.NumberFormat(known(Intl.NumberFormat), { notation: 'scientific', maximumSignificantDigits: 3 }),
  );
  const number = (value: number) => {
    const size = Math.abs(value);
    return size >= 1e15 || (size > 0 && size < 1e-3) ? scientific().format(value) : numbers().format(value);
  };
  const plurals = madeOnFirstUse(() => new Intl.PluralRules(known(Intl.PluralRules)));
  const lists = madeOnFirstUse(() => new Intl.ListFormat(known(Intl.ListFormat), { type: 'conjunction' }));
  const calendarDate = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);
  /** `write` of `value` as a date, unless it is said as written (`saidAsWritten`): never thrown on. */
  const asDate =
    (toDate: (value: string) => Date, write: (date: Date, value: string) => string) =>
    (value: string): string => {
      const date = toDate(value);
      return saidAsWritten(date) ? value : write(date, value);
    };

  /** London's wall clock at the instant, by the rule (an hour ahead in BST), as the hour and minute. */
  const londonClock = (instant: number) => {
    const wall = new Date(instant + londonOffset(instant));
    return { hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
  };
  const clockTime = ({ hour, minute }: { hour: number; minute: number }): string => {
    if (minute === 0 && hour === 12) return clock.midday;
    if (minute === 0 && hour === 0) return clock.midnight;
    const twelve = hour % 12 === 0 ? 12 : hour % 12;
    const period = hour < 12 ? clock.am : clock.pm;
    return minute === 0 ? `${twelve}${period}` : `${twelve}:${String(minute).padStart(2, '0')}${period}`;
  };
  /** The time of day in London; in October's repeated hour, with the zone that tells the two apart. */
  const time = (dateTime: string): string => {
    const instant = Date.parse(dateTime);
    const said = clockTime(londonClock(instant));
    if (!inRepeatedHour(instant)) return said;
    return `${said} ${londonOffset(instant) > 0 ? (clock.summerTime ?? 'BST') : (clock.winterTime ?? 'GMT')}`;
  };

  return {
    locale,
    date: asDate(calendarDate, (date) => long().format(date)),
    shortDate: asDate(calendarDate, (date) => short().format(date)),
    dateTime: asDate(
      (value) => new Date(value),
      (_date, value) => {
        return `${long().format(calendarDate(dayOfMoment(value).date))} ${clock.at} ${timeOnItsDay(clock, value, time(value))}`;
      },
    ),
    time: asDate(
      (value) => new Date(value),
      (_date, value) => time(value),
    ),
    number,
    plural: (count, forms) => (forms[plurals().select(count)] ?? forms.other).replaceAll('#', number(count)),
    list: calendar?.list ?? ((items) => lists().format(items)),
  };
}
