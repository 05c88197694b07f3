import { expect, fixtureSync, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { captureDownload, shadowOf, until } from '../../fixtures/risk-action-helpers.js';
import { seedDocument } from '../../fixtures/documents.js';
import { textOf } from '../../fixtures/text.js';

const TODAY = '2019-12-10';

async function sutton(attrs: Record<string, string>): Promise<ActionTracker> {
  const tracker = document.createElement('action-tracker');
  for (const [name, value] of Object.entries(attrs)) tracker.setAttribute(name, value);
  tracker.data = await seedDocument('sutton');
  fixtureSync(html`<div>${tracker}</div>`);
  await until(() => shadowOf(tracker).querySelector('table[part="table"]') !== null, 'the tracker to show its actions');
  return tracker;
}

function button(tracker: ActionTracker, label: string): HTMLButtonElement {
  const found = [...shadowOf(tracker).querySelectorAll('button')].find((b) => textOf(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The calendar's events, as a calendar client's parser reads them: meetings, and the rest (all-day). */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const all = calendar.getAllSubcomponents('vevent');
  const allDay = all.filter((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).isDate);
  return {
    todos: calendar.getAllSubcomponents('vtodo').length,
    meetings: all.filter((event) => String(event.getFirstPropertyValue('uid')).startsWith('meeting-')).length,
    allDay: allDay.map((event) => String(event.getFirstPropertyValue('summary'))),
  };
}

beforeEach(() => forgetDocumentStores());

describe('<action-tracker>: the calendar download', () => {
  it('holds the actions shown and the deadlines of the meetings shown, as an iCalendar file', async () => {
    const tracker = await sutton({ today: TODAY, group: 'elg' });
    const download = await captureDownload(() => button(tracker, en.actions.downloadCalendar).click());
    expect(download.filename).to.equal(en.actions.calendarFile('Sutton Education Partnership'));
    expect(download.type).to.equal('text/calendar;charset=utf-8');
    const { todos, meetings, allDay } = readCalendar(download.text);
    const doc = tracker.data as { actions: { title: string; group?: string }[]; meetings: { group: string }[] };
    const elgMeetings = doc.meetings.filter((m) => m.group === 'elg').length;
    expect(meetings).to.equal(elgMeetings);
    // Outlook, Google Calendar and Apple Calendar drop to-dos unseen: every deadline is an all-day event.
    expect(todos).to.equal(0);
    const shownTitles = [...shadowOf(tracker).querySelectorAll('.action-title')].map((cell) => textOf(cell));
    for (const title of shownTitles) expect(allDay.some((summary) => summary.includes(title))).to.equal(true, title);
    // Each meeting's notice and minutes deadlines, beside the actions.
    expect(allDay).to.have.length(shownTitles.length + 2 * elgMeetings);
  });

  it('speaks the element language: a Welsh file name and Welsh words', async () => {
    const tracker = await sutton({ today: TODAY, group: 'elg', lang: 'cy' });
    await until(() => shadowOf(tracker).textContent?.includes(cy.actions.downloadCalendar) ?? false, 'Welsh words');
    const download = await captureDownload(() => button(tracker, cy.actions.downloadCalendar).click());
    expect(download.filename).to.equal(cy.actions.calendarFile('Sutton Education Partnership'));
    expect(download.text).to.include('//CY\r\n');
  });
});
