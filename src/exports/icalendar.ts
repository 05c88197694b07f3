/**
 * The partnership as an iCalendar feed (RFC 5545), for a council's calendar
 * app or a member's phone: every meeting as an event, and every meeting's
 * notice and minutes deadlines and every action as an all-day event on its
 * date. Not as to-dos (VTODO): Outlook, Google Calendar and Apple Calendar
 * show only events from a file or a subscription, and drop the rest unseen.
 *
 * Pure, like the rules: a function of the document and the options, with the
 * export's moment passed in (`now`) rather than read from a clock, so the
 * same document and `now` always give the same bytes. Every UID is derived
 * from the partnership's id and the record's, so a calendar that subscribes
 * updates its entries in place instead of duplicating them.
 *
 * It exports whatever document it is given: a host serving a viewer passes
 * `publishedDocument(doc, viewer, now)`, never the full document.
 *
 * No SEQUENCE and no LAST-MODIFIED (RFC 5545 §3.8.7.4, §3.8.7.3): the
 * contract keeps no dated history of a meeting's time or an action's due
 * date or status (unlike a risk's `history` or a group's `previousRules`),
 * so neither how often an event was revised nor when it last was can be
 * read from the document. The export's moment would make every download
 * look like a change, and a count from nothing would be invented: both are
 * left out, which RFC 5546 reads as SEQUENCE 0. A hash of an event's content
 * is no count (it falls as often as it rises), and the dates the document has
 * (`noticeSent`, `minutesSent`, `completed`) are of a thing done, not of the
 * event's last change: a meeting moved after its notice was sent moves its
 * notice deadline with `noticeSent` unchanged, and LAST-MODIFIED read from it
 * would tell an app holding the old deadline that its copy is as new
 * (docs/calendar.md; test/node/server/calendar.test.js). DTSTAMP, which RFC 5545
 * requires, is the export's moment: with no METHOD it says when the
 * information was last revised in the calendar store (§3.8.7.2), and the
 * feed is that store, made from the document at `now`.
 *
 * No METHOD, and so no ORGANIZER. A METHOD makes the file an iTIP message
 * (RFC 5546), and `METHOD:PUBLISH` requires an ORGANIZER, a calendar user's
 * address (`mailto:`), on every event (§3.2.1); the contract records no
 * partnership's or clerk's email, and an invented address would be shown as
 * the events' organiser and offered replies. RFC 5545 alone requires no
 * METHOD: without one, the feed is a plain calendar, which Outlook imports
 * as it would `PUBLISH` ([MS-STANOICAL] 2.2.51), and Google Calendar, Apple
 * Calendar and Thunderbird import or subscribe to alike; a strict iTIP
 * reader (libical's checks, ical4j's validator) refuses a PUBLISH without an
 * ORGANIZER, and a server would otherwise owe a `method=PUBLISH` parameter
 * on its Content-Type (RFC 5545 §8.1).
 */
import type { Action, Meeting, PartnershipDocument } from '../contract/schema.js';
import { addDays, meetingDate, meetingDeadlines } from '../rules/calendar.js';
import { groupOf } from '../rules/records.js';
import { enCore } from '../messages/en-core.js';
import type { CoreWords } from '../messages/explain.js';
import { namesIn, type Names } from '../messages/names.js';
import { component, contentLine, CRLF, textLine } from './ics-lines.js';
import { duration, icsDate, LONDON, londonTime, londonTimeZone, utcTime } from './ics-time.js';

/** How to write the feed. */
export interface ICalendarOptions {
  /**
   * The moment of the export, an ISO date-time with its offset (the host's
   * clock, as `publishedDocument` and `checkVote` take it). It becomes every
   * DTSTAMP; nothing else in the feed depends on it.
   */
  now: string;
  /**
   * The words, in one language: English (`enCore`) by default. Pass the
   * Welsh module: `cy` from `partnership-kit/server` in Node, or `messagesFor('cy')` from `partnership-kit` in
   * the browser once a Welsh element has loaded it.
   */
  messages?: CoreWords;
  /** How long a meeting with no recorded `end` is shown, in minutes; default 120. */
  meetingMinutes?: number;
  /**
   * The part of the partnership the calendar holds, when it is not the whole
   * of it, in the chosen language: a group's name, a meeting ("Education
   * Leadership Group meeting on 15 October 2019"), a project's or a
   * person's name. The calendar's name (X-WR-CALNAME) and description then
   * say it, beside the partnership's name: a member who downloads one group's
   * actions is not told they hold the whole partnership's.
   */
  part?: string;
}

const DEFAULT_MEETING_MINUTES = 120;

/** What every part of the feed reads: the document's names, the words, and the stamp. */
interface Feed {
  doc: PartnershipDocument;
  words: CoreWords['calendar'];
  names: Names;
  /** The DTSTAMP line, the same on every component. */
  stamp: string;
  meetingMinutes: number;
}

/**
 * A UID stable across exports: the kind and id of the record at the
 * partnership's id. Ids match `[A-Za-z0-9._:-]`, so no escaping is needed.
 */
function uid(doc: PartnershipDocument, kind: string, id: string): string {
  return `${kind}-${id}@${doc.partnership.id}.partnership-kit`;
}

/** A DESCRIPTION line from the paragraphs present, or none when there are none. */
function description(paragraphs: readonly (string | false | undefined)[]): string[] {
  const text = paragraphs.filter((p): p is string => typeof p === 'string' && p !== '').join('\n');
  return text === '' ? [] : [textLine('DESCRIPTION', text)];
}

/** A meeting as a VEVENT in London time; a meeting with no `end` lasts `meetingMinutes`, and says so. */
function meetingEvent(feed: Feed, meeting: Meeting): string[] {
  const group = groupOf(feed.doc, meeting.group);
  const at = (name: string, dateTime: string) => {
    const { value, parameters } = londonTime(dateTime);
    return contentLine(name, value, parameters);
  };
  return component('VEVENT', [
    contentLine('UID', uid(feed.doc, 'meeting', meeting.id)),
    feed.stamp,
    at('DTSTART', meeting.start),
    meeting.end ? at('DTEND', meeting.end) : contentLine('DURATION', duration(feed.meetingMinutes)),
    textLine('SUMMARY', feed.words.meeting(feed.names.group(group.id))),
    ...description([!meeting.end && feed.words.endNotRecorded(feed.meetingMinutes)]),
  ]);
}

/**
 * The lines that make an all-day event of `date`: DTEND the next day, since
 * RFC 5545's DTEND is exclusive and a DATE start alone is read by some
 * clients as no length at all; and free time, so a deadline does not mark
 * its owner busy all day.
 */
function allDay(date: string): string[] {
  return [
    contentLine('DTSTART', icsDate(date), { VALUE: 'DATE' }),
    contentLine('DTEND', icsDate(addDays(date, 1)), { VALUE: 'DATE' }),
    contentLine('TRANSP', 'TRANSPARENT'),
  ];
}

/** One deadline as an all-day event on its date; its description says when it was sent, once it was. */
function deadlineEvent(
  feed: Feed,
  kind: 'notice' | 'minutes',
  due: { id: string; date: string; summary: string; rule: string },
  sent: { date: string | undefined; late: boolean | null; beforeMeeting?: true },
): string[] {
  return component('VEVENT', [
    contentLine('UID', uid(feed.doc, kind, due.id)),
    feed.stamp,
    ...allDay(due.date),
    textLine('SUMMARY', due.summary),
    ...description([due.rule, sent.date && sentWords(feed, sent.date, sent)]),
  ]);
}

/** When a notice or the minutes went: late, on time, or (minutes) dated before the meeting, which cannot be right. */
function sentWords(feed: Feed, date: string, sent: { late: boolean | null; beforeMeeting?: true }): string {
  return sent.beforeMeeting ? feed.words.sentBeforeMeeting(date) : feed.words.sent(date, sent.late === true);
}

/** A meeting's notice and minutes deadlines, as `meetingDeadlines` computes them. */
function deadlineEvents(feed: Feed, meeting: Meeting): string[] {
  const { noticeDue, minutesDue, noticeLate, minutesLate, minutesBeforeMeeting } = meetingDeadlines(
    feed.doc,
    meeting.id,
  );
  const group = groupOf(feed.doc, meeting.group);
  const name = feed.names.group(group.id);
  const held = meetingDate(meeting);
  return [
    ...deadlineEvent(
      feed,
      'notice',
      {
        id: meeting.id,
        date: noticeDue,
        summary: feed.words.noticeDue(name, held),
        rule: feed.words.noticeRule(group.noticeDays),
      },
      { date: meeting.noticeSent, late: noticeLate },
    ),
    ...deadlineEvent(
      feed,
      'minutes',
      {
        id: meeting.id,
        date: minutesDue,
        summary: feed.words.minutesDue(name, held),
        rule: feed.words.minutesRule(group.minutesDays),
      },
      { date: meeting.minutesSent, late: minutesLate, beforeMeeting: minutesBeforeMeeting },
    ),
  ];
}

/** An action as an all-day event on its due date, with whose it is; a dropped one is CANCELLED. */
function actionEvent(feed: Feed, action: Action): string[] {
  const completed = action.status === 'done' ? action.completed : undefined;
  return component('VEVENT', [
    contentLine('UID', uid(feed.doc, 'action', action.id)),
    feed.stamp,
    ...allDay(action.due),
    textLine('SUMMARY', feed.words.action(action.title)),
    ...description([
      feed.words.byWhom(feed.names.person(action.owner)),
      completed && feed.words.completed(completed),
      action.notes,
    ]),
    ...(action.status === 'dropped' ? [contentLine('STATUS', 'CANCELLED')] : []),
  ]);
}

/** The calendar's own properties: who made it, its name in the chosen language, for the part it holds. */
function calendarHeader(feed: Feed, lang: string, part: string | undefined): string[] {
  const partnership = feed.doc.partnership.name;
  const whole = part === undefined || part === '';
  return [
    contentLine('PRODID', `-//partnership-kit//partnership-kit calendar//${lang.toUpperCase()}`),
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    textLine('X-WR-CALNAME', whole ? feed.words.name(partnership) : feed.words.partName(partnership, part)),
    textLine(
      'X-WR-CALDESC',
      whole ? feed.words.description(partnership) : feed.words.partDescription(partnership, part),
    ),
    contentLine('X-WR-TIMEZONE', LONDON),
  ];
}

function meetingMinutesOf(options: ICalendarOptions): number {
  const minutes = options.meetingMinutes ?? DEFAULT_MEETING_MINUTES;
  // A DURATION must be a whole, positive length; anything else would make clients drop the event.
  if (!Number.isSafeInteger(minutes) || minutes <= 0) {
    throw new RangeError(`meetingMinutes must be a whole number of minutes above 0, not ${minutes}.`);
  }
  return minutes;
}

/**
 * The partnership as an RFC 5545 calendar: each meeting as a VEVENT in
 * Europe/London time (with its VTIMEZONE), each meeting's notice and minutes
 * deadlines as all-day events (their description says when `noticeSent` /
 * `minutesSent` went), and each action as an all-day event on its due date
 * (CANCELLED when dropped; its description says when a done one was
 * completed). Lines end with CRLF and are folded at 75 octets.
 *
 * A meeting with no `end` is shown as `meetingMinutes` long (default two
 * hours) and its description says the end time is not recorded: a
 * zero-length event would vanish in most calendar views, and the whole day
 * would block a member's afternoon.
 *
 * Events carry no SEQUENCE or LAST-MODIFIED: the document does not record
 * when or how often a meeting moved or an action changed (see the module's
 * comment), and DTSTAMP is the export's `now`. The calendar has no METHOD
 * and its events no ORGANIZER: it is a plain RFC 5545 calendar, not an iTIP
 * message, since the contract records no organiser's email (see the
 * module's comment).
 *
 * @example
 * const ics = toICalendar(publishedDocument(doc, viewer, now), { now });
 * response.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8' }).end(ics);
 * @example
 * toICalendar(doc, { now: '2019-12-10T16:30:00Z', messages: messagesFor('cy') }); // in Welsh
 */
export function toICalendar(doc: PartnershipDocument, options: ICalendarOptions): string {
  const words = options.messages ?? enCore;
  const feed: Feed = {
    doc,
    words: words.calendar,
    names: namesIn(doc, words),
    stamp: contentLine('DTSTAMP', utcTime(options.now)),
    meetingMinutes: meetingMinutesOf(options),
  };
  const events = [
    ...doc.meetings.flatMap((meeting) => meetingEvent(feed, meeting)),
    ...doc.meetings.flatMap((meeting) => deadlineEvents(feed, meeting)),
    ...doc.actions.flatMap((action) => actionEvent(feed, action)),
  ];
  // RFC 5545 requires a VTIMEZONE for every TZID used, and only meetings use one. A calendar must also hold
  // at least one component (§3.6): one with no events (a filter that leaves none) holds the time zone its
  // X-WR-TIMEZONE names, rather than an empty VCALENDAR a strict client refuses.
  const zone = doc.meetings.length > 0 || events.length === 0 ? londonTimeZone() : [];
  const lines = component('VCALENDAR', [...calendarHeader(feed, words.lang, options.part), ...zone, ...events]);
  return lines.join(CRLF) + CRLF;
}
