/**
 * `toICalendar`: the Sutton partnership as an RFC 5545 feed, read back with
 * ical.js (Mozilla's parser, the one Thunderbird uses), so the tests check
 * what a calendar client would see: the instants of meetings through the
 * feed's own VTIMEZONE, the deadlines of `meetingDeadlines`, the statuses,
 * the UIDs, and the bytes (CRLF, folding at 75 octets, escaping).
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toICalendar } from '../../../src/exports/icalendar.js';
import { escapeText, foldLine } from '../../../src/exports/ics-lines.js';
import { cy } from '../../../src/messages/cy.js';
import { languagePending, messagesFor, onMessagesChange } from '../../../src/messages/registry.js';
import { addDays, meetingDeadlines } from '../../../src/rules/calendar.js';
import { parsedSeed } from '../../fixtures/documents.js';

const NOW = '2019-12-10T16:30:00+00:00';
const LATER = '2020-02-03T09:15:00+00:00';

/** The feed parsed by ical.js, its own VTIMEZONE registered so TZID times resolve through it. */
function parsed(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (!zone) throw new Error('the feed has no VTIMEZONE');
  ICAL.TimezoneService.register(zone);
  return calendar;
}

const uidOf = (item: ICAL.Component) => String(item.getFirstPropertyValue('uid'));
const text = (item: ICAL.Component | undefined, name: string) => String(item?.getFirstPropertyValue(name) ?? '');
const time = (item: ICAL.Component | undefined, name: string) => item?.getFirstPropertyValue(name) as ICAL.Time;

function byUid(calendar: ICAL.Component, kind: 'vevent'): Map<string, ICAL.Component> {
  return new Map(calendar.getAllSubcomponents(kind).map((item) => [uidOf(item), item]));
}

const uid = (kind: string, id: string) => `${kind}-${id}@sutton-ep.partnership-kit`;

describe('toICalendar: meetings', () => {
  it('has one VEVENT a meeting, each at its instant through the Europe/London VTIMEZONE', async () => {
    const doc = await parsedSeed('sutton');
    const events = byUid(parsed(toICalendar(doc, { now: NOW })), 'vevent');
    expect([...events.keys()].filter((id) => id.startsWith('meeting-'))).to.have.length(doc.meetings.length);
    for (const meeting of doc.meetings) {
      const start = new ICAL.Event(events.get(uid('meeting', meeting.id))).startDate;
      expect(start.zone?.tzid, meeting.id).to.equal('Europe/London');
      expect(start.toJSDate().getTime(), meeting.id).to.equal(Date.parse(meeting.start));
    }
  });

  it('puts a summer (BST) and a winter (GMT) meeting at 4pm London time, an hour apart in UTC', async () => {
    const events = byUid(parsed(toICalendar(await parsedSeed('sutton'), { now: NOW })), 'vevent');
    const summer = new ICAL.Event(events.get(uid('meeting', 'elg-2019-10-15'))).startDate;
    const winter = new ICAL.Event(events.get(uid('meeting', 'elg-2019-12-10'))).startDate;
    expect([summer.hour, winter.hour]).to.deep.equal([16, 16]);
    expect(summer.toJSDate().toISOString()).to.equal('2019-10-15T15:00:00.000Z');
    expect(winter.toJSDate().toISOString()).to.equal('2019-12-10T16:00:00.000Z');
  });

  it('keeps the instant across the clock changes, the repeated hour of October included', async () => {
    const doc = await parsedSeed('sutton');
    const starts = [
      '2019-03-31T00:30:00Z', // 00:30 GMT, half an hour before the clocks go forward
      '2019-03-31T01:30:00Z', // 02:30 BST
      '2019-10-27T00:30:00Z', // 01:30 BST, before the clocks go back
      '2019-10-27T01:30:00Z', // 01:30 GMT, the second 01:30 of the day
      '2024-03-31T09:00:00+01:00',
    ];
    const extra = starts.map((start, i) => ({ ...doc.meetings[0]!, id: `edge-${i}`, start, end: undefined }));
    const ics = toICalendar({ ...doc, meetings: extra }, { now: NOW });
    // London's 01:30 happens twice on 27 October, and parsers disagree on which a TZID time means: both go in UTC.
    expect(ics).to.include('DTSTART:20191027T003000Z\r\n');
    expect(ics).to.include('DTSTART:20191027T013000Z\r\n');
    expect(ics).to.include('DTSTART;TZID=Europe/London:20190331T023000\r\n');
    const events = byUid(parsed(ics), 'vevent');
    const instants = extra.map((m) => new ICAL.Event(events.get(uid('meeting', m.id))).startDate.toJSDate().getTime());
    expect(instants).to.deep.equal(starts.map((start) => Date.parse(start)));
  });

  it('ends a meeting at its end, or two hours on when no end is recorded, and says so', async () => {
    const events = byUid(parsed(toICalendar(await parsedSeed('sutton'), { now: NOW })), 'vevent');
    const ended = new ICAL.Event(events.get(uid('meeting', 'elg-2019-11-12')));
    expect(ended.endDate.toJSDate().toISOString()).to.equal('2019-11-12T18:00:00.000Z');
    expect(ended.description ?? '').to.equal('');
    const open = new ICAL.Event(events.get(uid('meeting', 'elg-2019-10-15')));
    expect(open.endDate.toJSDate().toISOString()).to.equal('2019-10-15T17:00:00.000Z');
    expect(open.description).to.equal('The end time is not recorded: shown as 2 hours long.');
    expect(open.summary).to.equal('Education Leadership Group meeting');
  });

  it('takes another length for meetings without an end, and refuses a length that is not whole minutes', async () => {
    const doc = await parsedSeed('sutton');
    const events = byUid(parsed(toICalendar(doc, { now: NOW, meetingMinutes: 90 })), 'vevent');
    const open = new ICAL.Event(events.get(uid('meeting', 'elg-2019-10-15')));
    expect(open.endDate.toJSDate().toISOString()).to.equal('2019-10-15T16:30:00.000Z');
    expect(open.description).to.equal('The end time is not recorded: shown as 90 minutes long.');
    expect(() => toICalendar(doc, { now: NOW, meetingMinutes: 0 })).to.throw(RangeError);
    expect(() => toICalendar(doc, { now: NOW, meetingMinutes: 1.5 })).to.throw(RangeError);
  });

  it('writes a VTIMEZONE only when a meeting uses its TZID', async () => {
    const doc = await parsedSeed('sutton');
    expect(toICalendar(doc, { now: NOW })).to.include('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
    expect(toICalendar({ ...doc, meetings: [] }, { now: NOW })).not.to.include('VTIMEZONE');
  });
});

/** An all-day event's first day and the day after its last (DTEND, exclusive), as a client reads them. */
function days(item: ICAL.Component | undefined): { start: string; end: string; dates: boolean } {
  const start = time(item, 'dtstart');
  const end = time(item, 'dtend');
  return { start: start.toString(), end: end.toString(), dates: start.isDate && end.isDate };
}

describe('toICalendar: notice and minutes deadlines', () => {
  it('writes every deadline as an all-day event on the date meetingDeadlines gives, ending the next day', async () => {
    const doc = await parsedSeed('sutton');
    const calendar = parsed(toICalendar(doc, { now: NOW }));
    // Outlook, Google Calendar and Apple Calendar drop to-dos from a feed unseen: deadlines must be events.
    expect(calendar.getAllSubcomponents('vtodo')).to.have.length(0);
    const events = byUid(calendar, 'vevent');
    for (const meeting of doc.meetings) {
      const deadlines = meetingDeadlines(doc, meeting.id);
      const notice = events.get(uid('notice', meeting.id));
      const minutes = events.get(uid('minutes', meeting.id));
      expect(days(notice), meeting.id).to.deep.equal({
        start: deadlines.noticeDue,
        end: addDays(deadlines.noticeDue, 1),
        dates: true,
      });
      expect(days(minutes), meeting.id).to.deep.equal({
        start: deadlines.minutesDue,
        end: addDays(deadlines.minutesDue, 1),
        dates: true,
      });
      // A deadline is a reminder, not a day-long engagement: it leaves its owner free.
      expect([text(notice, 'transp'), text(minutes, 'transp')], meeting.id).to.deep.equal([
        'TRANSPARENT',
        'TRANSPARENT',
      ]);
    }
  });

  it('says on a deadline when it was sent, on time or late, and nothing until then', async () => {
    const events = byUid(parsed(toICalendar(await parsedSeed('sutton'), { now: NOW })), 'vevent');
    const sent = events.get(uid('notice', 'elg-2019-10-15'));
    expect(text(sent, 'summary')).to.equal('Notice due: Education Leadership Group meeting on 15 October 2019');
    expect(text(sent, 'description')).to.equal(
      'The agenda and notice go out no later than 7 working days before the meeting.\nSent on 3 October 2019, on time.',
    );
    const lateMinutes = events.get(uid('minutes', 'elg-2019-11-12')); // due 21 November, sent the 28th
    expect(text(lateMinutes, 'description')).to.match(/Sent on 28 November 2019, late\.$/);
    const unsent = events.get(uid('minutes', 'elg-2019-12-10'));
    expect(text(unsent, 'description')).to.equal('The minutes go out within 7 working days after the meeting.');
    expect(text(unsent, 'summary')).to.equal('Minutes due: Education Leadership Group meeting on 10 December 2019');
  });

  it('says minutes dated before their meeting cannot be right, not "on time", in English and Welsh', async () => {
    const doc = await parsedSeed('sutton');
    const meetings = doc.meetings.map((meeting) =>
      meeting.id === 'elg-2019-11-12' ? { ...meeting, minutesSent: '2019-11-11' } : meeting,
    );
    const early = { ...doc, meetings };
    const minutes = (messages?: typeof cy) =>
      text(
        byUid(parsed(toICalendar(early, { now: NOW, messages })), 'vevent').get(uid('minutes', 'elg-2019-11-12')),
        'description',
      );
    expect(minutes()).to.match(/Sent on 11 November 2019, before the meeting: check the date\.$/);
    expect(minutes(cy)).to.match(/Anfonwyd ar 11 Tachwedd 2019, cyn y cyfarfod: gwiriwch y dyddiad\.$/);
  });
});

describe('toICalendar: actions', () => {
  it('has one all-day event an action, on its due date, and cancels a dropped one', async () => {
    const doc = await parsedSeed('sutton');
    const events = byUid(parsed(toICalendar(doc, { now: NOW })), 'vevent');
    expect(events.size).to.equal(3 * doc.meetings.length + doc.actions.length);
    expect(new Set(doc.actions.map((a) => a.status))).to.deep.equal(
      new Set(['open', 'in-progress', 'done', 'dropped']),
    );
    for (const action of doc.actions) {
      const event = events.get(uid('action', action.id));
      expect(days(event), action.id).to.deep.equal({ start: action.due, end: addDays(action.due, 1), dates: true });
      expect(text(event, 'transp'), action.id).to.equal('TRANSPARENT');
      expect(text(event, 'status'), action.id).to.equal(action.status === 'dropped' ? 'CANCELLED' : '');
      expect(text(event, 'summary'), action.id).to.equal(`Action: ${action.title}`);
    }
  });

  it('says when a done action was completed, and by whom, by name', async () => {
    const doc = await parsedSeed('sutton');
    const events = byUid(parsed(toICalendar(doc, { now: NOW })), 'vevent');
    const done = events.get(uid('action', 'A-01'));
    const owner = doc.people.find((p) => p.id === doc.actions.find((a) => a.id === 'A-01')?.owner)?.name ?? '';
    expect(text(done, 'description').split('\n').slice(0, 2)).to.deep.equal([
      `By whom: ${owner}`,
      'Completed on 30 October 2019.',
    ]);
    expect(text(events.get(uid('action', 'A-11')), 'description')).not.to.include('Completed'); // dropped
  });

  it('ends an action due on the last day of a month or a year on the first of the next', async () => {
    const doc = await parsedSeed('sutton');
    const action = (id: string, due: string) => ({ ...doc.actions[0]!, id, due });
    const ics = toICalendar(
      { ...doc, actions: [action('A-feb', '2020-02-29'), action('A-dec', '2019-12-31')] },
      { now: NOW },
    );
    expect(ics).to.include('DTSTART;VALUE=DATE:20200229\r\nDTEND;VALUE=DATE:20200301\r\n');
    expect(ics).to.include('DTSTART;VALUE=DATE:20191231\r\nDTEND;VALUE=DATE:20200101\r\n');
  });
});

describe('toICalendar: stable across exports', () => {
  it('gives every record the same UID whatever the export time, and changes only DTSTAMP', async () => {
    const doc = await parsedSeed('sutton');
    const first = toICalendar(doc, { now: NOW });
    const second = toICalendar(doc, { now: LATER });
    const uids = (ics: string) => [...byUid(parsed(ics), 'vevent').keys()];
    expect(uids(second)).to.deep.equal(uids(first));
    expect(new Set(uids(first)).size).to.equal(uids(first).length);
    const withoutStamp = (ics: string) => ics.replace(/^DTSTAMP:.*\r\n/gm, '');
    expect(withoutStamp(second)).to.equal(withoutStamp(first));
    expect(first).to.include('DTSTAMP:20191210T163000Z\r\n');
    expect(second).to.include('DTSTAMP:20200203T091500Z\r\n');
    expect(toICalendar(doc, { now: NOW })).to.equal(first);
  });
});

describe('toICalendar: what it says of revisions', () => {
  it('writes no SEQUENCE or LAST-MODIFIED, which the document cannot date, and never from the export time', async () => {
    const doc = await parsedSeed('sutton');
    for (const now of [NOW, LATER]) {
      const events = parsed(toICalendar(doc, { now })).getAllSubcomponents('vevent');
      expect(events.length).to.be.above(0);
      for (const event of events) {
        expect(event.hasProperty('sequence'), uidOf(event)).to.equal(false);
        expect(event.hasProperty('last-modified'), uidOf(event)).to.equal(false);
      }
    }
  });
});

describe('toICalendar: a part of the partnership', () => {
  it('names the calendar for the part it holds, beside the partnership, in English and Welsh', async () => {
    const doc = await parsedSeed('sutton');
    const part = 'Education Leadership Group';
    const english = parsed(toICalendar(doc, { now: NOW, part }));
    expect(text(english, 'x-wr-calname')).to.equal(
      'Sutton Education Partnership – Education Leadership Group: meetings and actions',
    );
    // ical.js leaves an X- property's escaped commas as written; a calendar app reads it as TEXT.
    const desc = (calendar: ICAL.Component) => text(calendar, 'x-wr-caldesc').replaceAll('\\,', ',');
    expect(desc(english)).to.equal(
      'Meetings, notice and minutes deadlines, and actions of Education Leadership Group, Sutton Education Partnership.',
    );
    const welsh = parsed(toICalendar(doc, { now: NOW, part, messages: cy }));
    expect(text(welsh, 'x-wr-calname')).to.equal(cy.calendar.partName('Sutton Education Partnership', part));
    expect(text(welsh, 'x-wr-calname')).to.not.equal(cy.calendar.name('Sutton Education Partnership'));
    expect(desc(welsh)).to.equal(cy.calendar.partDescription('Sutton Education Partnership', part));
  });

  it('names the whole partnership without a part, or with an empty one', async () => {
    const doc = await parsedSeed('sutton');
    const whole = 'Sutton Education Partnership: meetings and actions';
    expect(text(parsed(toICalendar(doc, { now: NOW })), 'x-wr-calname')).to.equal(whole);
    expect(text(parsed(toICalendar(doc, { now: NOW, part: '' })), 'x-wr-calname')).to.equal(whole);
  });
});

describe('toICalendar: the bytes', () => {
  it('ends every line with CRLF and opens with the calendar properties', async () => {
    const ics = toICalendar(await parsedSeed('sutton'), { now: NOW });
    expect(/\r(?!\n)|(?<!\r)\n/.test(ics)).to.equal(false);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    const calendar = parsed(ics);
    expect(text(calendar, 'version')).to.equal('2.0');
    expect(text(calendar, 'calscale')).to.equal('GREGORIAN');
    expect(calendar.hasProperty('method')).to.equal(false);
    expect(text(calendar, 'prodid')).to.equal('-//partnership-kit//partnership-kit calendar//EN');
    expect(text(calendar, 'x-wr-calname')).to.equal('Sutton Education Partnership: meetings and actions');
  });

  it('is a plain calendar rather than an iTIP message: no METHOD, so no ORGANIZER owed on its events', async () => {
    // RFC 5546 §3.2.1: under METHOD:PUBLISH every VEVENT must name its ORGANIZER, and the contract records
    // no one's email; RFC 5545 requires no METHOD, and Outlook imports a calendar without one as PUBLISH.
    const doc = await parsedSeed('sutton');
    for (const messages of [undefined, cy]) {
      const ics = toICalendar(doc, { now: NOW, messages });
      const calendar = parsed(ics);
      const method = calendar.hasProperty('method');
      const events = calendar.getAllSubcomponents('vevent');
      expect(events.length).to.be.above(0);
      const unorganised = events.filter((event) => !event.hasProperty('organizer')).map(uidOf);
      expect(method && unorganised.length > 0, `METHOD without ORGANIZER on ${unorganised[0]}`).to.equal(false);
      expect(method).to.equal(false);
      expect(ics).not.to.match(/^(METHOD|ORGANIZER)[;:]/m);
    }
  });

  it('holds at least one component when it has no events, as RFC 5545 §3.6 requires', async () => {
    const doc = await parsedSeed('sutton');
    const ics = toICalendar({ ...doc, meetings: [], actions: [] }, { now: NOW });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllSubcomponents('vevent')).to.have.length(0);
    expect(calendar.getAllSubcomponents().map((item) => item.name)).to.deep.equal(['vtimezone']);
    expect(text(calendar, 'x-wr-timezone')).to.equal('Europe/London');
    expect(/\r(?!\n)|(?<!\r)\n/.test(ics)).to.equal(false);
  });

  it('folds a long Welsh and emoji line at 75 octets without splitting a character', async () => {
    const doc = await parsedSeed('sutton');
    const title = 'Adolygu’r ddarpariaeth ADY ym mhob ysgol 🏫👩🏽‍🏫 â’r ŵyr a’r ŷd, gan gynnwys Ysgol Gymraeg Sutton 🐉✅';
    const action = { ...doc.actions[0]!, id: 'A-long', title: `${title} ${title}`, notes: undefined };
    const ics = toICalendar({ ...doc, actions: [action] }, { now: NOW, messages: cy });
    const encoder = new TextEncoder();
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line), line).to.equal(false);
    }
    const summary = lines.findIndex((line) => line.startsWith('SUMMARY:Cam gweithredu'));
    expect(lines[summary + 1]?.startsWith(' ')).to.equal(true); // it was long enough to fold
    const event = byUid(parsed(ics), 'vevent').get(uid('action', 'A-long'));
    expect(text(event, 'summary')).to.equal(`Cam gweithredu: ${title} ${title}`);
  });

  it('cuts before a multi-byte character that would cross the 75th octet', () => {
    const folded = foldLine(`${'a'.repeat(73)}🏫ŵ${'b'.repeat(80)}`);
    const [first, second, third] = folded.split('\r\n');
    expect(first).to.equal('a'.repeat(73)); // the emoji's 4 octets do not fit in the last 2
    expect(second).to.equal(` 🏫ŵ${'b'.repeat(68)}`); // 1 + 4 + 2 + 68 = 75 octets
    expect(third).to.equal(` ${'b'.repeat(12)}`);
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
  });

  it('escapes backslash, semicolon, comma and newline in TEXT, and reads back the same text', async () => {
    expect(escapeText(',;\\\n')).to.equal('\\,\\;\\\\\\n');
    expect(escapeText('a\r\nb\rc\u0007d\te')).to.equal('a\\nb\\ncd\te');
    const doc = await parsedSeed('sutton');
    const notes = 'Ask the chair, then the clerk; file under C:\\SEND\\2019\nSecond line, too';
    const action = { ...doc.actions[0]!, id: 'A-esc', title: 'Plan; agree, then act', notes };
    const ics = toICalendar({ ...doc, actions: [action] }, { now: NOW });
    expect(ics).to.include('SUMMARY:Action: Plan\\; agree\\, then act\r\n');
    const event = byUid(parsed(ics), 'vevent').get(uid('action', 'A-esc'));
    expect(text(event, 'summary')).to.equal('Action: Plan; agree, then act');
    expect(text(event, 'description').split('\n').slice(-2)).to.deep.equal(notes.split('\n'));
  });
});

describe('toICalendar: in Welsh', () => {
  it('speaks Welsh with the Welsh module: names, deadlines, actions and dates', async () => {
    const doc = await parsedSeed('sutton');
    const calendar = parsed(toICalendar(doc, { now: NOW, messages: cy }));
    expect(text(calendar, 'x-wr-calname')).to.equal('Sutton Education Partnership: cyfarfodydd a chamau gweithredu');
    expect(text(calendar, 'prodid')).to.match(/\/\/CY$/);
    const events = byUid(calendar, 'vevent');
    const meeting = new ICAL.Event(events.get(uid('meeting', 'elg-2019-10-15')));
    expect(meeting.summary).to.equal('Cyfarfod Education Leadership Group');
    expect(meeting.description).to.equal('Nid yw’r amser gorffen wedi’i gofnodi: fe’i dangosir fel 2 awr o hyd.');
    const notice = events.get(uid('notice', 'elg-2019-10-15'));
    expect(text(notice, 'summary')).to.equal(
      'Hysbysiad yn ddyledus: cyfarfod Education Leadership Group ar 15 Hydref 2019',
    );
    expect(text(notice, 'description')).to.equal(
      'Rhaid anfon yr agenda a’r hysbysiad o leiaf 7 diwrnod gwaith cyn y cyfarfod.\nAnfonwyd ar 3 Hydref 2019, mewn pryd.',
    );
    expect(text(events.get(uid('minutes', 'elg-2019-12-10')), 'summary')).to.match(/^Cofnodion yn ddyledus: /);
    expect(text(events.get(uid('action', 'A-01')), 'summary')).to.match(/^Cam gweithredu: /);
    expect(text(events.get(uid('action', 'A-01')), 'description')).to.match(
      /^Gan bwy: .+\nCwblhawyd ar 30 Hydref 2019\./,
    );
  });

  it('speaks Welsh with the registry’s words for lang "cy", once they have loaded', async () => {
    messagesFor('cy');
    if (languagePending('cy')) await new Promise<void>((done) => onMessagesChange(done));
    const ics = toICalendar(await parsedSeed('sutton'), { now: NOW, messages: messagesFor('cy-GB') });
    expect(ics).to.include('SUMMARY:Cyfarfod Education Leadership Group\r\n');
  });

  it('speaks English by default', async () => {
    const ics = toICalendar(await parsedSeed('sutton'), { now: NOW });
    expect(ics).to.include('SUMMARY:Education Leadership Group meeting\r\n');
  });
});
