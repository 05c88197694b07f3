import { expect, fixtureSync, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { enCore } from '../../../src/messages/en-core.js';
import { captureDownload } from '../../fixtures/downloads.js';
import { choose, selectLabelled } from '../../fixtures/selects.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
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

/** The calendar's button, by its whole accessible name (its unseen words say which calendar, as the CSV's do). */
const calendarButton = (tracker: ActionTracker, t: typeof en.actions = en.actions) =>
  button(tracker, `${t.downloadCalendar} ${t.downloadCalendarWhat}`);

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

/** The calendar's name, as a calendar app lists it. */
const calendarName = (text: string) =>
  String(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('x-wr-calname'));

/** The meetings of a calendar, by id, from their UIDs. */
const meetingIds = (text: string) =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('uid')))
    .filter((uid) => uid.startsWith('meeting-'))
    .map((uid) => uid.slice('meeting-'.length, uid.indexOf('@')));

beforeEach(() => forgetDocumentStores());

describe('<action-tracker>: the calendar download', () => {
  it('holds the actions shown and the deadlines of the meetings shown, as an iCalendar file', async () => {
    const tracker = await sutton({ today: TODAY, group: 'elg' });
    const download = await captureDownload(() => calendarButton(tracker, en.actions).click());
    expect(download.filename).to.equal('Sutton Education Partnership – Education Leadership Group actions.ics');
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
    const download = await captureDownload(() => calendarButton(tracker, cy.actions).click());
    expect(download.filename).to.equal(
      cy.actions.calendarFile('Sutton Education Partnership', 'Education Leadership Group'),
    );
    expect(download.text).to.include('//CY\r\n');
    expect(calendarName(download.text)).to.equal(
      cy.calendar.partName('Sutton Education Partnership', 'Education Leadership Group'),
    );
  });

  it('is named for the group it shows, in the calendar and in the file name', async () => {
    const tracker = await sutton({ today: TODAY, group: 'eog' });
    const download = await captureDownload(() => calendarButton(tracker, en.actions).click());
    expect(download.filename).to.equal('Sutton Education Partnership – Education Operational Group actions.ics');
    expect(calendarName(download.text)).to.equal(
      'Sutton Education Partnership – Education Operational Group: meetings and actions',
    );
  });

  it('is named for the one meeting it shows, by its group and date', async () => {
    const tracker = await sutton({ today: TODAY, meeting: 'eog-2019-10-08' });
    const download = await captureDownload(() => calendarButton(tracker, en.actions).click());
    const part = 'Education Operational Group meeting on 8 October 2019';
    expect(download.filename).to.equal(`Sutton Education Partnership – ${part} actions.ics`);
    expect(calendarName(download.text)).to.equal(`Sutton Education Partnership – ${part}: meetings and actions`);
    expect(meetingIds(download.text)).to.deep.equal(['eog-2019-10-08']);
  });

  it('is named for the project it shows, and holds only the meetings its actions come from', async () => {
    const tracker = await sutton({ today: TODAY, project: 'wp1-hnb' });
    const download = await captureDownload(() => calendarButton(tracker, en.actions).click());
    const project = 'Work Project 1: High Needs Block Review implementation';
    expect(download.filename).to.equal(en.actions.calendarFile('Sutton Education Partnership', project));
    expect(calendarName(download.text)).to.equal(`Sutton Education Partnership – ${project}: meetings and actions`);
    // set at these three meetings: not the partnership's nine.
    expect(meetingIds(download.text).sort()).to.deep.equal(['elg-2019-11-12', 'eog-2019-10-08', 'eog-2019-11-05']);
  });

  it('is named for the whole partnership when the tracker shows all of it', async () => {
    const tracker = await sutton({ today: TODAY });
    const download = await captureDownload(() => calendarButton(tracker, en.actions).click());
    expect(download.filename).to.equal('Sutton Education Partnership actions.ics');
    expect(calendarName(download.text)).to.equal('Sutton Education Partnership: meetings and actions');
    expect(meetingIds(download.text)).to.have.length(9);
  });

  it('is named for the person the reader chose to show, and holds the meetings of their actions', async () => {
    const tracker = await sutton({ today: TODAY });
    choose(selectLabelled(shadowOf(tracker), en.actions.filterOwner), 'p-carew-head');
    await tracker.updateComplete;
    const download = await captureDownload(() => calendarButton(tracker, en.actions).click());
    expect(download.filename).to.equal('Sutton Education Partnership – Head of Carew Academy actions.ics');
    expect(calendarName(download.text)).to.equal(
      'Sutton Education Partnership – Head of Carew Academy: meetings and actions',
    );
    expect(meetingIds(download.text)).to.deep.equal(['eog-2019-11-05']);
  });
});

describe('<action-tracker> CSV file name', () => {
  afterEach(() => forgetDocumentStores());
  const csvButton = (tracker: ActionTracker) => button(tracker, `${en.actions.download} ${en.actions.downloadWhat}`);

  it('is named for the group it shows, as its calendar is', async () => {
    const tracker = await sutton({ today: TODAY, group: 'eog' });
    const csv = await captureDownload(() => csvButton(tracker).click());
    const calendar = await captureDownload(() => calendarButton(tracker, en.actions).click());
    expect(csv.filename).to.equal('Sutton Education Partnership – Education Operational Group actions.csv');
    expect(calendar.filename).to.equal('Sutton Education Partnership – Education Operational Group actions.ics');
  });

  it('is named for the meeting, project and the person chosen in "By whom"', async () => {
    const meeting = await sutton({ today: TODAY, meeting: 'eog-2019-10-08' });
    const part = 'Education Operational Group meeting on 8 October 2019';
    expect((await captureDownload(() => csvButton(meeting).click())).filename).to.equal(
      `Sutton Education Partnership – ${part} actions.csv`,
    );
    meeting.remove();
    const project = await sutton({ today: TODAY, project: 'wp1-hnb' });
    // The project's colon, which Windows refuses in a file name, is said as a dash (safeFileName).
    expect((await captureDownload(() => csvButton(project).click())).filename).to.equal(
      'Sutton Education Partnership – Work Project 1 - High Needs Block Review implementation actions.csv',
    );
    project.remove();
    const tracker = await sutton({ today: TODAY, group: 'eog' });
    choose(selectLabelled(shadowOf(tracker), en.actions.filterOwner), 'p-carew-head');
    await tracker.updateComplete;
    expect((await captureDownload(() => csvButton(tracker).click())).filename).to.equal(
      'Sutton Education Partnership – Education Operational Group – Head of Carew Academy actions.csv',
    );
  });

  it('is named for the whole partnership when the tracker shows all of it, and in Welsh for a Welsh page', async () => {
    const whole = await sutton({ today: TODAY });
    expect((await captureDownload(() => csvButton(whole).click())).filename).to.equal(
      'Sutton Education Partnership actions.csv',
    );
    whole.remove();
    const tracker = await sutton({ today: TODAY, group: 'elg', lang: 'cy' });
    const label = `${cy.actions.download} ${cy.actions.downloadWhat}`;
    await until(() => shadowOf(tracker).textContent?.includes(cy.actions.downloadCalendar) ?? false, 'Welsh words');
    const download = await captureDownload(() => button(tracker, label).click());
    expect(download.filename).to.equal(
      'Camau gweithredu Education Leadership Group – Sutton Education Partnership.csv',
    );
  });
});

describe('<action-tracker> download file names: the status chosen', () => {
  afterEach(() => forgetDocumentStores());
  const csvButton = (tracker: ActionTracker, t = en.actions) => button(tracker, `${t.download} ${t.downloadWhat}`);
  const names = async (tracker: ActionTracker, t = en.actions) => ({
    csv: (await captureDownload(() => csvButton(tracker, t).click())).filename,
    calendar: (await captureDownload(() => calendarButton(tracker, t).click())).filename,
  });

  it('names both files for the status chosen, so two filters give two files; the calendar keeps its name', async () => {
    const tracker = await sutton({ today: TODAY, group: 'eog' });
    const status = selectLabelled(shadowOf(tracker), en.actions.filterStatus);
    choose(status, 'overdue');
    await tracker.updateComplete;
    const overdue = await names(tracker);
    expect(overdue).to.deep.equal({
      csv: 'Sutton Education Partnership – Education Operational Group – Overdue actions.csv',
      calendar: 'Sutton Education Partnership – Education Operational Group – Overdue actions.ics',
    });
    // The status narrows the actions only: the calendar still holds the group's meetings and their deadlines.
    const calendar = await captureDownload(() => calendarButton(tracker, en.actions).click());
    expect(calendarName(calendar.text)).to.equal(
      'Sutton Education Partnership – Education Operational Group: meetings and actions',
    );
    choose(status, 'done');
    await tracker.updateComplete;
    expect((await names(tracker)).csv).to.equal(
      'Sutton Education Partnership – Education Operational Group – Done actions.csv',
    );
    choose(status, '');
    await tracker.updateComplete;
    expect((await names(tracker)).csv).to.equal(
      'Sutton Education Partnership – Education Operational Group actions.csv',
    );
  });

  it('says the status after the person chosen, and the whole partnership’s with the status alone', async () => {
    const tracker = await sutton({ today: TODAY });
    const status = selectLabelled(shadowOf(tracker), en.actions.filterStatus);
    choose(status, 'overdue');
    await tracker.updateComplete;
    expect((await names(tracker)).csv).to.equal('Sutton Education Partnership – Overdue actions.csv');
    choose(selectLabelled(shadowOf(tracker), en.actions.filterOwner), 'p-carew-head');
    choose(status, 'done');
    await tracker.updateComplete;
    expect(await names(tracker)).to.deep.equal({
      csv: 'Sutton Education Partnership – Head of Carew Academy – Done actions.csv',
      calendar: 'Sutton Education Partnership – Head of Carew Academy – Done actions.ics',
    });
  });

  it('says the status in Welsh on a Welsh page', async () => {
    const tracker = await sutton({ today: TODAY, group: 'elg', lang: 'cy' });
    await until(() => shadowOf(tracker).textContent?.includes(cy.actions.downloadCalendar) ?? false, 'Welsh words');
    choose(selectLabelled(shadowOf(tracker), cy.actions.filterStatus), 'done-late');
    await tracker.updateComplete;
    // Its apostrophe (’) is a letter to every file system: kept as written.
    expect(await names(tracker, cy.actions)).to.deep.equal({
      csv: 'Camau gweithredu Education Leadership Group – Wedi’i wneud yn hwyr – Sutton Education Partnership.csv',
      calendar: 'Camau gweithredu Education Leadership Group – Wedi’i wneud yn hwyr – Sutton Education Partnership.ics',
    });
    expect(cy.actions.status('done-late')).to.equal('Wedi’i wneud yn hwyr');
  });
});

// The downloads say what the table says: the project a row names (the CSV had no column for it), and an action's
// status on the tracker's `today` (the calendar said "Completed on …" of an action the table showed Overdue, as
// `today` was before its recorded completion).
const PROJECT = 'Work Project 1: High Needs Block Review implementation';
const A04 = 'Model the cost of five needs-led top-up bands';

/** A CSV line's cells, as a spreadsheet reads them: a quoted cell may hold commas, its quotes doubled. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    const quoted = line[at] === '"';
    const end = quoted ? line.indexOf('",', at + 1) : line.indexOf(',', at);
    const last = end === -1;
    const raw = line.slice(at, last ? line.length : quoted ? end + 1 : end);
    cells.push(quoted ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (last) return cells;
    at = quoted ? end + 2 : end + 1;
  }
}

/** The CSV's header and rows, as cells (no cell of these rows holds a line break). */
async function csvOf(tracker: ActionTracker, t = en.actions) {
  const { text } = await captureDownload(() => button(tracker, `${t.download} ${t.downloadWhat}`).click());
  const [header, ...rows] = text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1);
  return { header: cellsOf(header!), rows: rows.map(cellsOf) };
}

/** The DESCRIPTION of an action's event in the tracker's calendar. */
async function calendarDescription(tracker: ActionTracker, id: string): Promise<string> {
  const { text } = await captureDownload(() => calendarButton(tracker).click());
  const event = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`action-${id}@`))!;
  return String(event.getFirstPropertyValue('description'));
}

describe('<action-tracker>: the CSV names the project a row names', () => {
  it('has a Project column, holding the project of each linked action and nothing for the rest', async () => {
    const tracker = await sutton({ today: '2019-12-10' });
    const row = [...shadowOf(tracker).querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(A04))!;
    expect(textOf(row.querySelector('.project'))).to.equal(en.actions.projectOf(PROJECT));
    const { header, rows } = await csvOf(tracker);
    const at = header.indexOf(en.actions.csvColumns.project);
    expect(at, 'a Project column').to.be.greaterThan(-1);
    const doc = tracker.data as { actions: { id: string; project?: string }[] };
    for (const cells of rows) {
      expect(cells, cells[0]).to.have.length(header.length);
      const linked = doc.actions.find((action) => action.id === cells[0])!.project === 'wp1-hnb';
      expect(cells[at], cells[0]).to.equal(linked ? PROJECT : '');
    }
    expect(rows.find((cells) => cells[0] === 'A-04')![at]).to.equal(PROJECT);
  });

  it('keeps the column in a tracker of the project alone, every row its project', async () => {
    const tracker = await sutton({ today: '2019-12-10', project: 'wp1-hnb' });
    const { header, rows } = await csvOf(tracker);
    const at = header.indexOf(en.actions.csvColumns.project);
    expect(rows.length).to.be.greaterThan(0);
    for (const cells of rows) expect(cells[at]).to.equal(PROJECT);
  });

  it('heads it in the page’s language', async () => {
    const tracker = await sutton({ today: '2019-12-10', lang: 'cy' });
    await until(() => shadowOf(tracker).textContent?.includes(cy.actions.download) ?? false, 'Welsh words');
    const { header } = await csvOf(tracker, cy.actions);
    expect(header).to.include(cy.actions.csvColumns.project);
    expect(cy.actions.csvColumns.project).to.equal('Prosiect');
  });
});

describe('<action-tracker>: the calendar says each action’s status on the tracker’s today', () => {
  it('says nothing of a completion recorded after today, as the table shows the action Overdue', async () => {
    const tracker = await sutton({ today: '2019-11-09' });
    const row = [...shadowOf(tracker).querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(A04))!;
    expect(textOf(row.querySelector('strong.tag'))).to.equal(en.actions.status('overdue'));
    const description = await calendarDescription(tracker, 'A-04');
    expect(description).not.to.include(enCore.calendar.completed('2019-11-11'));
    expect(description).not.to.include('Completed');
  });

  it('says its completion once today is on or after it', async () => {
    const tracker = await sutton({ today: '2019-12-10' });
    expect(await calendarDescription(tracker, 'A-04')).to.include(enCore.calendar.completed('2019-11-11'));
  });
});
