// <action-tracker>: actions by whom and by when, each status at its boundary,
// links back, filters and grouping, the meetings' notice and minutes
// deadlines across bank holidays, the CSV, the editable flow through the
// outbox, `today`, the empty and error states, accessibility, and
// script-injection payloads under a strict CSP. The seed is Sutton on
// 10 December 2019.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import type { ActionStatusChange } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { namesIn, registerMessages } from '../../../src/messages/index.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { loadElementsUnderCsp } from '../../harness/csp.js';
import {
  boardDraft,
  boundaryDocument,
  noActionsDocument,
  minimalDocument,
  seedDocument,
  type LooseDocument,
} from '../../fixtures/documents.js';
import {
  documentUrl,
  failOnPageErrors,
  requestCount,
  respondUrl,
  uniqueKey,
  untilShows,
} from '../../fixtures/probe-element.js';
import { captureDownload, utf8 } from '../../fixtures/downloads.js';
import { expectPayloadsShownAsText, isHttpOrRelative, TEXT_PAYLOADS, URL_PAYLOADS } from '../../fixtures/payloads.js';
import { choose, selectLabelled } from '../../fixtures/selects.js';
import { shadowOf, showElement, until } from '../../fixtures/show-element.js';
import { bodyRows, textOf } from '../../fixtures/text.js';
import { everyNode, wholePageTree } from '../../fixtures/spoken.js';
import { errorPaths, partnershipErrorsEachTest, untilOneFailure } from '../../fixtures/failures.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { dateFields, typeDate } from './date-fields.js';
import { chooseStatus, chosenStatus, editableTracker, statusRadios } from './editable-tracker.js';

const TODAY = '2019-12-10';

// The words the tracker shows, from its messages: the tests check which, not their English.
const t = en.actions;
const status = t.status;
/** A calendar date as a table cell shows it. */
const short = en.format.shortDate;
/** A meeting's start as the tracker names it. */
const at = en.format.dateTime;

/** An <action-tracker> with `attrs`, showing `data` when given, once it shows its document or its problem. */
const showTracker = (attrs: Record<string, string>, data?: unknown) =>
  showElement<ActionTracker>('action-tracker', attrs, data);

async function sutton(attrs: Record<string, string> = {}): Promise<ActionTracker> {
  return showTracker({ today: TODAY, ...attrs }, await seedDocument('sutton'));
}

const actionTables = (tracker: ActionTracker) => [
  ...shadowOf(tracker).querySelectorAll<HTMLTableElement>('table[part="table"]'),
];
const deadlinesTable = (tracker: ActionTracker) =>
  shadowOf(tracker).querySelector<HTMLTableElement>('table[part="deadlines"]');
/** Every action row, over every group's table: [title and links, owner, due, status, completed]. */
const rows = (tracker: ActionTracker) => actionTables(tracker).flatMap((table) => bodyRows(table));
/** The action titles in the order shown. */
const titles = (tracker: ActionTracker) =>
  actionTables(tracker).flatMap((table) =>
    [...table.tBodies[0]!.rows].map((row) => textOf(row.querySelector('.action-title'))),
  );
/** Each action's title and its status tag, in the order shown. */
const statuses = (tracker: ActionTracker) =>
  actionTables(tracker).flatMap((table) =>
    [...table.tBodies[0]!.rows].map((row) => [
      textOf(row.querySelector('.action-title')),
      textOf(row.cells[3]!.querySelector('strong.tag')),
    ]),
  );
const captions = (tracker: ActionTracker) => actionTables(tracker).map((table) => textOf(table.caption));
const rowFor = (tracker: ActionTracker, title: string) => {
  const row = actionTables(tracker)
    .flatMap((table) => [...table.tBodies[0]!.rows])
    .find((r) => textOf(r.querySelector('.action-title')) === title);
  if (!row) throw new Error(`no row for "${title}"`);
  return row;
};
const announcement = (tracker: ActionTracker) =>
  textOf(shadowOf(tracker).querySelector('[role="status"]:not(.shown-count)'));

async function filter(tracker: ActionTracker, label: string, value: string): Promise<void> {
  choose(selectLabelled(shadowOf(tracker), label), value);
  await tracker.updateComplete;
}

function downloadButton(tracker: ActionTracker): HTMLButtonElement {
  const button = [...shadowOf(tracker).querySelectorAll('button')].find(
    (b) => textOf(b) === `${t.download} ${t.downloadWhat}`,
  );
  if (!button) throw new Error('no Download CSV button');
  return button;
}

freshDocumentsEachTest();

/** Sutton's Work Project 1, which some actions are linked to. */
const WP1 = 'Work Project 1: High Needs Block Review implementation';

describe('<action-tracker>: the table', () => {
  failOnPageErrors();

  it('Sutton ELG: by whom, by when in en-GB, the status as a tag, completed; a caption and headers', async () => {
    const tracker = await sutton({ group: 'elg' });
    const [table] = actionTables(tracker);
    expect(captions(tracker)).to.deep.equal([t.caption(4)]);
    expect(
      [...table!.tHead!.rows[0]!.cells].map((th) => [textOf(th), th.localName, th.getAttribute('scope')]),
    ).to.deep.equal([
      [t.columns.title, 'th', 'col'],
      [t.columns.owner, 'th', 'col'],
      [t.columns.due, 'th', 'col'],
      [t.columns.status, 'th', 'col'],
      [t.columns.completed, 'th', 'col'],
    ]);
    expect(rows(tracker)).to.deep.equal([
      [
        `Consult primary and secondary heads on the revised banding framework ${t.projectOf(WP1)}`,
        'Consultant Sutton Education Partnership Head Teacher',
        short('2019-12-13'),
        `${status('due-soon')} ${t.startedToo}`,
        t.notCompleted,
      ],
      [
        'Agree the alternative provision specification with Limes College',
        'Head of Limes College',
        short('2019-12-20'),
        status('open'),
        t.notCompleted,
      ],
      [
        'Publish the HNB implementation plan to all headteachers',
        'Consultant Sutton Education Partnership Head Teacher',
        short('2019-10-25'),
        status('done-late'),
        short('2019-10-29'),
      ],
      [
        'Circulate the ELG minutes of 12 November',
        'HNB Project Manager',
        short('2019-11-21'),
        status('done-late'),
        short('2019-11-28'),
      ],
    ]);
  });

  it('judges each action as at its today: one completed later was not done yet, and shows no completion', async () => {
    const tracker = await sutton({ group: 'elg', today: '2019-10-25' });
    const publish = rows(tracker).find((row) => row[0] === 'Publish the HNB implementation plan to all headteachers');
    // Due that day, completed four days later: on 25 October it was due, not done late.
    expect(publish!.slice(3)).to.deep.equal([status('due-soon'), t.notCompleted]);
  });

  it('Sutton EOG: overdue first by default, then due soon, work in hand, and finished work last', async () => {
    const tracker = await sutton({ group: 'eog' });
    expect(statuses(tracker)).to.deep.equal([
      ['Visit two satellite class sites with Carew Academy', status('overdue')],
      ['Report the out-of-borough placement forecast for 2020-21', status('overdue')],
      ['Draft the first monthly WSOA highlight report', status('due-soon')],
      ['Recruit two additional educational psychologists', status('open')],
      ['Model the cost of five needs-led top-up bands', status('done-late')],
      ['Set up the HNB risk register and share it with the ELG', status('done')],
      ['Draft the SEND place-planning options paper', status('done')],
      ['Draft terms of reference for a transport working group', status('dropped')],
    ]);
  });

  it('each status at its boundary date: due yesterday is overdue; today and in seven days are due soon; in eight days is not', async () => {
    const tracker = await showTracker({ group: 'board', today: TODAY }, boundaryDocument());
    expect(statuses(tracker)).to.deep.equal([
      ['Due yesterday', status('overdue')],
      ['Due today', status('due-soon')],
      ['Due in seven days', status('due-soon')],
      ['Due in eight days, started', status('in-progress')],
      ['Due in eight days', status('open')],
      ['Done a day late', status('done-late')],
      ['Done on the day', status('done')],
      ['Dropped after it was due', status('dropped')],
    ]);
  });

  it('each status tag has its own colour, and its words', async () => {
    const tracker = await showTracker({ group: 'board', today: TODAY }, boundaryDocument());
    const tones = actionTables(tracker)[0]!.querySelectorAll('tbody strong.tag');
    expect([...tones].map((tag) => [textOf(tag), [...tag.classList].find((c) => c.startsWith('tag--'))])).to.deep.equal(
      [
        [status('overdue'), 'tag--red'],
        [status('due-soon'), 'tag--orange'],
        [status('due-soon'), 'tag--orange'],
        [status('in-progress'), 'tag--blue'],
        [status('open'), 'tag--blue'],
        [status('done-late'), 'tag--grey'],
        [status('done'), 'tag--green'],
        [status('dropped'), 'tag--grey'],
      ],
    );
  });

  it('today moves one action across each boundary: in progress, due soon on the first and last day, then overdue', async () => {
    const tracker = await sutton({ group: 'eog', today: '2019-12-09' });
    const a08 = 'Draft the first monthly WSOA highlight report';
    const statusOf = () => statuses(tracker).find(([title]) => title === a08)![1];
    expect(statusOf(), '9 December: 8 days before').to.equal(status('in-progress'));
    for (const [today, expected] of [
      ['2019-12-10', status('due-soon')],
      ['2019-12-17', status('due-soon')],
      ['2019-12-18', status('overdue')],
    ]) {
      tracker.today = today;
      await tracker.updateComplete;
      expect(statusOf(), today).to.equal(expected);
    }
  });

  it('the meeting attribute: only the actions from that meeting, and that meeting’s deadlines', async () => {
    const tracker = await sutton({ meeting: 'elg-2019-11-12' });
    expect(titles(tracker)).to.deep.equal([
      'Consult primary and secondary heads on the revised banding framework',
      'Agree the alternative provision specification with Limes College',
      'Circulate the ELG minutes of 12 November',
    ]);
    expect(bodyRows(deadlinesTable(tracker)).map((r) => r[0])).to.deep.equal([at('2019-11-12T16:00:00Z')]);
  });

  it('the owner attribute: only their actions, across groups; no deadlines without a group or meeting', async () => {
    const tracker = await sutton({ owner: 'p-consultant-head' });
    expect(titles(tracker)).to.deep.equal([
      'Consult primary and secondary heads on the revised banding framework',
      'Draft the first monthly WSOA highlight report',
      'Publish the HNB implementation plan to all headteachers',
    ]);
    expect(deadlinesTable(tracker)).to.equal(null);
  });

  it('a group, meeting or owner the document does not hold: says so, names the attribute and the ids it may take', async () => {
    expect(textOf(shadowOf(await sutton({ group: 'nope' })))).to.equal(
      "There is no group with the id 'nope'. Set the group attribute to one of: elg, eog.",
    );
    expect(textOf(shadowOf(await sutton({ meeting: 'nope' })))).to.equal(
      "There is no meeting with the id 'nope'. Set the meeting attribute to one of: elg-2019-09-10, elg-2019-10-15, " +
        'elg-2019-11-12, elg-2019-12-10, elg-2020-01-14, eog-2019-09-03, eog-2019-10-08, eog-2019-11-05, eog-2019-12-03.',
    );
    // Of a long list, the first ten and how many there are.
    const owner = textOf(shadowOf(await sutton({ owner: 'p-nobody' })));
    expect(owner).to.match(/^There is no person with the id 'p-nobody'\. Set the owner attribute to one of: p-/);
    expect(owner).to.match(/(?:, p-[a-z-]+){9}, … \(25 in all\)\.$/);
  });

  // A group and a meeting of another group showed "There are no actions yet", with the other group's deadlines.
  it('a meeting that is not one of its group’s: says so, and names the group’s meetings', async () => {
    const tracker = await sutton({ group: 'eog', meeting: 'elg-2019-11-12' });
    expect(textOf(shadowOf(tracker))).to.equal(
      "The meeting 'elg-2019-11-12' is not a meeting of the group 'eog'. Set the meeting attribute to one of: " +
        'eog-2019-09-03, eog-2019-10-08, eog-2019-11-05, eog-2019-12-03.',
    );
    expect(deadlinesTable(tracker)).to.equal(null);
    const welsh = await sutton({ group: 'eog', meeting: 'elg-2019-11-12', lang: 'cy' });
    await until(() => textOf(shadowOf(welsh)).startsWith('Nid yw'), 'the Welsh words');
    expect(textOf(shadowOf(welsh))).to.equal(
      "Nid yw’r cyfarfod 'elg-2019-11-12' yn un o gyfarfodydd y grŵp 'eog'. Gosodwch briodoledd meeting i un o’r " +
        'rhain: eog-2019-09-03, eog-2019-10-08, eog-2019-11-05, eog-2019-12-03.',
    );
  });

  it('a group with no meetings yet, and a meeting of another group: says the group has none', async () => {
    const tracker = await showTracker({ today: TODAY, group: 'other', meeting: 'm1' }, boardDraft());
    expect(textOf(shadowOf(tracker))).to.equal(
      "The meeting 'm1' is not a meeting of the group 'other'. The group has no meetings yet.",
    );
  });

  it('fetched from src, it shows the same actions', async () => {
    const tracker = await showTracker({ src: '/demo/data/sutton.json', group: 'elg', today: TODAY });
    await untilShows(tracker, t.caption(4));
    expect(titles(tracker)[0]).to.equal('Consult primary and secondary heads on the revised banding framework');
  });
});

describe('<action-tracker>: links back to meetings and proposals', () => {
  failOnPageErrors();

  it('with an href-template: a link to the meeting and one to the proposal, named in words', async () => {
    const tracker = await sutton({ group: 'elg', 'href-template': '/governance/{type}s/{id}' });
    const links = [...rowFor(tracker, 'Publish the HNB implementation plan to all headteachers').querySelectorAll('a')];
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal([
      [t.meetingLink(at('2019-10-15T16:00:00+01:00')), '/governance/meetings/elg-2019-10-15'],
      [t.proposalLink('Adopt the High Needs Block implementation plan'), '/governance/proposals/hnb-plan'],
    ]);
    const onlyMeeting = rowFor(tracker, 'Circulate the ELG minutes of 12 November').querySelectorAll('a');
    expect([...onlyMeeting].map((a) => a.getAttribute('href'))).to.deep.equal(['/governance/meetings/elg-2019-11-12']);
  });

  it('an absolute https template makes absolute links', async () => {
    const tracker = await sutton({ group: 'elg', 'href-template': 'https://cmis.example.gov.uk/{type}/{id}' });
    const hrefs = [...shadowOf(tracker).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://cmis.example.gov.uk/proposal/hnb-plan');
    expect(hrefs.every((href) => href!.startsWith('https://cmis.example.gov.uk/'))).to.equal(true);
  });

  it('without an href-template: no links, and the titles still read', async () => {
    const tracker = await sutton({ group: 'elg' });
    expect(shadowOf(tracker).querySelectorAll('a')).to.have.length(0);
    expect(titles(tracker)).to.have.length(4);
  });

  for (const payload of URL_PAYLOADS) {
    it(`an href-template of ${JSON.stringify(payload)}: every link made is http, https or relative`, async () => {
      for (const template of [payload, `${payload}/{type}s/{id}`]) {
        const tracker = await sutton({ group: 'elg', 'href-template': template });
        for (const a of shadowOf(tracker).querySelectorAll('a')) {
          expect(isHttpOrRelative(a.getAttribute('href')!), `${template} → ${a.getAttribute('href')}`).to.equal(true);
        }
      }
    });
  }

  it('a javascript:, data: or vbscript: template makes no link at all', async () => {
    for (const template of [
      'javascript:alert(1)',
      'JaVaScRiPt:{id}',
      'java\tscript:{id}',
      'data:text/html,{id}',
      'vbscript:{id}',
    ]) {
      const tracker = await sutton({ group: 'elg', 'href-template': template });
      expect(shadowOf(tracker).querySelectorAll('a'), JSON.stringify(template)).to.have.length(0);
    }
  });

  it('ids that look like schemes (the contract allows a colon) become harmless relative links', async () => {
    const doc = minimalDocument();
    doc.meetings.push({ id: 'javascript:alert', group: 'board', start: '2019-11-15T16:00:00Z' });
    doc.proposals.push({ id: 'vbscript:msgbox', group: 'board', title: 'A proposal', status: 'open' });
    doc.actions = [
      {
        id: 'A-01',
        title: 'Linked',
        owner: 'p-head-a',
        due: '2019-12-20',
        meeting: 'javascript:alert',
        proposal: 'vbscript:msgbox',
      },
    ];
    const tracker = await showTracker({ today: TODAY, 'href-template': '{id}' }, doc);
    const hrefs = [...shadowOf(tracker).querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs).to.deep.equal(['javascript%3Aalert', 'vbscript%3Amsgbox']);
    for (const href of hrefs) expect(isHttpOrRelative(href)).to.equal(true);
  });
});

describe('<action-tracker>: filters and grouping', () => {
  failOnPageErrors();

  // The demo's vote page shows a member "Your actions": "By whom" offered Any and them, nothing to choose.
  it('one person’s actions: no "By whom" to choose from; the status filter comes first', async () => {
    const tracker = await sutton({ owner: 'p-consultant-head' });
    const labels = [...shadowOf(tracker).querySelectorAll('.controls label')].map((l) => textOf(l));
    expect(labels.some((label) => label.startsWith(t.filterOwner))).to.equal(false);
    expect(labels[0]).to.match(new RegExp(`^${t.filterStatus}`));
    expect(titles(tracker)).to.have.length(3);
  });

  it('offers the owners by name and the statuses that occur, in order of urgency', async () => {
    const tracker = await sutton({ group: 'eog' });
    const options = (label: string) =>
      [...selectLabelled(shadowOf(tracker), label).options].map((o) => [o.value, textOf(o)]);
    expect(options(t.filterOwner).map(([, name]) => name)).to.deep.equal([
      t.any,
      'AD Education and SEND',
      'Consultant Sutton Education Partnership Head Teacher',
      'Director of People Services',
      'Finance Manager, LBS',
      'Head of Carew Academy',
      'HNB Project Manager',
      'Managing Director, Cognus',
      'Services Director, Cognus',
    ]);
    expect(options(t.filterStatus)).to.deep.equal([
      ['', t.any],
      ...(['overdue', 'due-soon', 'open', 'done-late', 'done', 'dropped'] as const).map((code) => [code, status(code)]),
    ]);
    expect(options(t.groupBy)).to.deep.equal(
      (['none', 'owner', 'meeting', 'status'] as const).map((key) => [key, t.groupOptions[key]]),
    );
  });

  it('by owner and by status: the rows and the count follow', async () => {
    const tracker = await sutton({ group: 'eog' });
    await filter(tracker, t.filterOwner, 'p-carew-head');
    expect(titles(tracker)).to.deep.equal(['Visit two satellite class sites with Carew Academy']);
    expect(captions(tracker)).to.deep.equal([t.caption(1)]);
    await filter(tracker, t.filterOwner, '');
    await filter(tracker, t.filterStatus, 'done');
    expect(titles(tracker)).to.deep.equal([
      'Set up the HNB risk register and share it with the ELG',
      'Draft the SEND place-planning options paper',
    ]);
    await filter(tracker, t.filterStatus, 'overdue');
    expect(captions(tracker)).to.deep.equal([t.caption(2)]);
  });

  it('filtered to nothing: says no actions match; the deadlines stay', async () => {
    const tracker = await sutton({ group: 'eog' });
    await filter(tracker, t.filterOwner, 'p-carew-head');
    await filter(tracker, t.filterStatus, 'done');
    expect(actionTables(tracker)).to.have.length(0);
    expect(textOf(shadowOf(tracker))).to.contain(t.emptyFiltered);
    expect(deadlinesTable(tracker)).not.to.equal(null);
    expect(textOf(shadowOf(tracker).querySelector('.shown-count')), 'announced').to.equal(t.shownNow(0, 8));
  });

  it('grouped by owner: a table for each, named and counted, in the order of their most urgent action', async () => {
    const tracker = await sutton({ group: 'elg' });
    await filter(tracker, t.groupBy, 'owner');
    expect(captions(tracker)).to.deep.equal([
      t.groupCaption('Consultant Sutton Education Partnership Head Teacher', 2),
      t.groupCaption('Head of Limes College', 1),
      t.groupCaption('HNB Project Manager', 1),
    ]);
    expect(titles(tracker)).to.deep.equal([
      'Consult primary and secondary heads on the revised banding framework',
      'Publish the HNB implementation plan to all headteachers',
      'Agree the alternative provision specification with Limes College',
      'Circulate the ELG minutes of 12 November',
    ]);
  });

  it('grouped by meeting, and by status', async () => {
    const tracker = await sutton({ group: 'elg' });
    await filter(tracker, t.groupBy, 'meeting');
    // Meetings in date order, whatever the actions' urgency.
    expect(captions(tracker)).to.deep.equal([
      t.groupCaption(t.meetingLink(at('2019-10-15T16:00:00+01:00')), 1),
      t.groupCaption(t.meetingLink(at('2019-11-12T16:00:00Z')), 3),
    ]);
    await filter(tracker, t.groupBy, 'status');
    expect(captions(tracker)).to.deep.equal([
      t.groupCaption(status('due-soon'), 1),
      t.groupCaption(status('open'), 1),
      t.groupCaption(status('done-late'), 2),
    ]);
  });

  it('an action from no meeting is grouped under "Not from a meeting"', async () => {
    const tracker = await showTracker({ group: 'board', today: TODAY }, boundaryDocument());
    await filter(tracker, t.groupBy, 'meeting');
    expect(captions(tracker)).to.deep.equal([
      t.groupCaption(t.meetingLink(at('2019-10-15T16:00:00+01:00')), 1),
      t.groupCaption(t.noMeeting, 7),
    ]);
  });

  it('filters and grouping survive a new document and a new today', async () => {
    const tracker = await sutton({ group: 'eog' });
    await filter(tracker, t.filterStatus, 'overdue');
    await filter(tracker, t.groupBy, 'owner');
    const changed = await seedDocument('sutton');
    changed.actions.find((a: LooseDocument) => a.id === 'A-10').title = 'Visit the satellite sites (renamed)';
    tracker.data = changed;
    await tracker.updateComplete;
    await untilShows(tracker, 'renamed');
    expect(captions(tracker)).to.deep.equal([
      t.groupCaption('Head of Carew Academy', 1),
      t.groupCaption('AD Education and SEND', 1),
    ]);
    expect(selectLabelled(shadowOf(tracker), t.filterStatus).value).to.equal('overdue');
    expect(selectLabelled(shadowOf(tracker), t.groupBy).value).to.equal('owner');
    tracker.today = '2019-12-18';
    await tracker.updateComplete;
    expect(captions(tracker)).to.deep.equal([
      t.groupCaption('Head of Carew Academy', 1),
      t.groupCaption('AD Education and SEND', 1),
      t.groupCaption('Consultant Sutton Education Partnership Head Teacher', 1),
    ]);
  });
});

describe('<action-tracker>: the meetings’ notice and minutes deadlines', () => {
  /** The day the last of the boundary board's notices and minutes went: before it, one sent later is not sent yet. */
  const ALL_SENT = '2020-01-03';

  failOnPageErrors();

  it('Sutton ELG: due dates in working days, and each sent on time, late or still to come', async () => {
    const tracker = await sutton({ group: 'elg' });
    const table = deadlinesTable(tracker)!;
    expect(textOf(table.caption)).to.equal(t.deadlinesCaption(7, 7));
    const c = t.deadlineColumns;
    expect([...table.tHead!.rows[0]!.cells].map((th) => textOf(th))).to.deep.equal([
      c.meeting,
      c.noticeDue,
      c.notice,
      c.minutesDue,
      c.minutes,
    ]);
    expect(bodyRows(table)).to.deep.equal([
      [
        at('2019-09-10T16:00:00+01:00'),
        short('2019-08-30'),
        t.sentOnTime(short('2019-08-29')),
        short('2019-09-19'),
        t.sentOnTime(short('2019-09-17')),
      ],
      [
        at('2019-10-15T16:00:00+01:00'),
        short('2019-10-04'),
        t.sentOnTime(short('2019-10-03')),
        short('2019-10-24'),
        t.sentOnTime(short('2019-10-22')),
      ],
      [
        at('2019-11-12T16:00:00Z'),
        short('2019-11-01'),
        t.sentLate(short('2019-11-05')),
        short('2019-11-21'),
        t.sentLate(short('2019-11-28')),
      ],
      [
        at('2019-12-10T16:00:00Z'),
        short('2019-11-29'),
        t.sentOnTime(short('2019-11-28')),
        short('2019-12-19'),
        t.toCome,
      ],
      [at('2020-01-14T16:00:00Z'), short('2020-01-03'), t.toCome, short('2020-01-23'), t.toCome],
    ]);
    for (const th of table.tBodies[0]!.querySelectorAll('th')) expect(th.getAttribute('scope')).to.equal('row');
  });

  it('across Christmas, New Year and Easter: bank holidays are not working days', async () => {
    const tracker = await showTracker({ group: 'board', today: ALL_SENT }, boundaryDocument());
    expect(bodyRows(deadlinesTable(tracker))).to.deep.equal([
      [
        at('2019-10-15T16:00:00+01:00'),
        short('2019-10-04'),
        t.notSentOverdue('notice'),
        short('2019-10-24'),
        t.notSentOverdue('minutes'),
      ],
      // Minutes: 20, 23, 24, 27, 30, 31 December, then 2 January (25, 26 December and 1 January are holidays).
      [
        at('2019-12-19T16:00:00Z'),
        short('2019-12-10'),
        t.sentOnTime(short('2019-12-10')),
        short('2020-01-02'),
        t.sentLate(short('2020-01-03')),
      ],
      // Notice: 31, 30, 27, 24, 23, 20, 19 December.
      [at('2020-01-02T16:00:00Z'), short('2019-12-19'), t.sentLate(short('2019-12-20')), short('2020-01-13'), t.toCome],
      // Notice: 15, 14, then 9, 8, 7, 6, 3 April (Good Friday 10 and Easter Monday 13 April).
      [at('2020-04-16T16:00:00+01:00'), short('2020-04-03'), t.toCome, short('2020-04-27'), t.toCome],
    ]);
  });

  it("the document's own holidays replace the bank holidays", async () => {
    const doc = boundaryDocument();
    doc.partnership.holidays = [];
    const tracker = await showTracker({ group: 'board', today: ALL_SENT }, doc);
    const byMeeting = Object.fromEntries(bodyRows(deadlinesTable(tracker)).map((r) => [r[0], r.slice(1)]));
    expect(byMeeting[at('2019-12-19T16:00:00Z')]).to.deep.equal([
      short('2019-12-10'),
      t.sentOnTime(short('2019-12-10')),
      short('2019-12-30'),
      t.sentLate(short('2020-01-03')),
    ]);
    expect(byMeeting[at('2020-01-02T16:00:00Z')]).to.deep.equal([
      short('2019-12-24'),
      t.sentOnTime(short('2019-12-20')),
      short('2020-01-13'),
      t.toCome,
    ]);
    expect(byMeeting[at('2020-04-16T16:00:00+01:00')]!.slice(0, 1)).to.deep.equal([short('2020-04-07')]);
  });

  it('a notice not sent is still to come on its due date, and overdue the day after', async () => {
    const tracker = await showTracker({ group: 'board', today: '2020-04-03' }, boundaryDocument());
    const easter = () => bodyRows(deadlinesTable(tracker)).find((r) => r[0] === at('2020-04-16T16:00:00+01:00'))!;
    expect(easter()[2]).to.equal(t.toCome);
    tracker.today = '2020-04-04';
    await tracker.updateComplete;
    expect(easter()[2]).to.equal(t.notSentOverdue('notice'));
    expect(easter()[4]).to.equal(t.toCome);
  });

  it("the group's own notice and minutes days, in the caption and the dates", async () => {
    const doc = boundaryDocument();
    doc.groups[0].noticeDays = 1;
    doc.groups[0].minutesDays = 10;
    const tracker = await showTracker({ meeting: 'board-2020-01-02', today: ALL_SENT }, doc);
    const table = deadlinesTable(tracker)!;
    expect(textOf(table.caption)).to.equal(t.deadlinesCaption(1, 10));
    expect(bodyRows(table)).to.deep.equal([
      [
        at('2020-01-02T16:00:00Z'),
        short('2019-12-31'),
        t.sentOnTime(short('2019-12-20')),
        short('2020-01-16'),
        t.toCome,
      ],
    ]);
  });

  it('the deadlines have their own heading and name the section', async () => {
    const tracker = await sutton({ group: 'elg' });
    const section = shadowOf(tracker).querySelector('section.deadlines')!;
    const heading = shadowOf(tracker).getElementById(section.getAttribute('aria-labelledby')!);
    expect(textOf(heading)).to.equal(t.deadlinesTitle);
  });
});

describe('<action-tracker>: CSV of what is shown', () => {
  failOnPageErrors();

  const c = t.columns;
  const more = t.csvColumns;
  const HEADER = [
    more.reference,
    c.title,
    c.owner,
    c.due,
    c.status,
    c.completed,
    more.group,
    more.project,
    more.meeting,
    more.proposal,
    more.notes,
  ].join(',');
  const ELG = 'Education Leadership Group';

  it('Sutton ELG, byte for byte: UTF-8 with a BOM, in the order shown, each action by its reference, groups, meetings and proposals by name', async () => {
    const tracker = await sutton({ group: 'elg' });
    // The meetings' starts, as a spreadsheet reader reads them (no comma, so no quotes).
    const november = at('2019-11-12T16:00:00Z');
    const october = at('2019-10-15T16:00:00+01:00');
    const download = await captureDownload(() => downloadButton(tracker).click());
    expect(download.filename).to.equal(t.csvFile('Sutton Education Partnership', ELG));
    expect(download.type).to.equal('text/csv;charset=utf-8');
    const expected =
      '\uFEFF' +
      `${HEADER}\r\n` +
      `A-05,Consult primary and secondary heads on the revised banding framework,Consultant Sutton Education Partnership Head Teacher,2019-12-13,${status('due-soon')} ${t.startedToo},,${ELG},${WP1},${november},Introduce a new SEND top-up banding framework from April 2020,\r\n` +
      `A-07,Agree the alternative provision specification with Limes College,Head of Limes College,2019-12-20,${status('open')},,${ELG},,${november},Commission alternative provision places jointly with Limes College,\r\n` +
      `A-02,Publish the HNB implementation plan to all headteachers,Consultant Sutton Education Partnership Head Teacher,2019-10-25,${status('done-late')},2019-10-29,${ELG},,${october},Adopt the High Needs Block implementation plan,Sent with the ELG minutes.\r\n` +
      `A-12,Circulate the ELG minutes of 12 November,HNB Project Manager,2019-11-21,${status('done-late')},2019-11-28,${ELG},,${november},,\r\n`;
    expect([...download.bytes]).to.deep.equal([...utf8(expected)]);
  });

  it('grouped: the rows in the order the tables show them, group by group', async () => {
    const tracker = await sutton({ group: 'elg' });
    await filter(tracker, t.groupBy, 'meeting');
    const shown = [...shadowOf(tracker).querySelectorAll('table[part="table"] tbody .action-title')].map(textOf);
    const { text } = await captureDownload(() => downloadButton(tracker).click());
    const lines = text.split('\r\n').slice(1, -1);
    expect(lines.map((line) => line.split(',')[1])).to.deep.equal(shown);
    expect(shown[0]).to.equal('Publish the HNB implementation plan to all headteachers');
  });

  it('filtered: only the rows shown', async () => {
    const tracker = await sutton({ group: 'eog' });
    await filter(tracker, t.filterStatus, 'overdue');
    const { text } = await captureDownload(() => downloadButton(tracker).click());
    expect(text.split('\r\n').map((line) => line.split(',')[1] ?? '')).to.deep.equal([
      c.title,
      'Visit two satellite class sites with Carew Academy',
      'Report the out-of-borough placement forecast for 2020-21',
      '',
    ]);
  });

  it('cells a spreadsheet would run as formulas are neutralised', async () => {
    const doc = minimalDocument();
    doc.people.push({ id: 'p-formula', name: '+44 20 7946 0000' });
    doc.actions = [
      {
        id: 'A-01',
        title: '=HYPERLINK("http://evil.example","Click")',
        owner: 'p-formula',
        due: '2019-12-20',
        notes: '@SUM(A1:A9), -2+3',
      },
    ];
    const tracker = await showTracker({ today: TODAY }, doc);
    const download = await captureDownload(() => downloadButton(tracker).click());
    const expected =
      '\uFEFF' +
      `${HEADER}\r\n` +
      `A-01,"'=HYPERLINK(""http://evil.example"",""Click"")",'+44 20 7946 0000,2019-12-20,${status('open')},,,,,,"'@SUM(A1:A9), -2+3"\r\n`;
    expect([...download.bytes]).to.deep.equal([...utf8(expected)]);
  });
});

/** Every POST the page makes to a URL containing `endpoint`, with its headers and body; `answer` may answer one itself. */
function watchPosts(
  endpoint: string,
  answer?: (attempt: number, record: ActionStatusChange) => Promise<Response> | Response | undefined,
) {
  const posts: { headers: Headers; body: ActionStatusChange; credentials?: RequestCredentials }[] = [];
  const passOn = window.fetch;
  const spy = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (init?.method === 'POST' && url.includes(endpoint)) {
      posts.push({
        headers: new Headers(init.headers),
        body: JSON.parse(String(init.body)) as ActionStatusChange,
        credentials: init.credentials,
      });
      const answered = answer?.(posts.length, posts[posts.length - 1]!.body);
      if (answered) return Promise.resolve(answered);
    }
    return passOn(input, init);
  };
  window.fetch = spy as typeof fetch;
  return {
    posts,
    restore: () => {
      if (window.fetch === spy) window.fetch = passOn;
    },
  };
}

/** Every event of `name` that reaches `document`, until `stop()`. */
function collect<T>(name: string) {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(name, listener);
  return { events, stop: () => document.removeEventListener(name, listener) };
}

describe('<action-tracker editable>: status changes through the outbox', () => {
  failOnPageErrors();

  let posts: ReturnType<typeof watchPosts> | undefined;
  let recorded: ReturnType<typeof collect<{ change: ActionStatusChange }>>;
  let rejected: ReturnType<typeof collect<{ change: ActionStatusChange; reason: string }>>;
  beforeEach(() => {
    recorded = collect('action-recorded');
    rejected = collect('action-rejected');
  });
  afterEach(() => {
    posts?.restore();
    posts = undefined;
    recorded.stop();
    rejected.stop();
  });

  /** A tracker of its own document (its own URL, so the page's shared outbox never mixes tests) and endpoint. */
  /** The status checked in the action's editor. */
  const chosenFor = (tracker: ActionTracker, title: string) => chosenStatus(rowFor(tracker, title));
  /** Chooses a status in the action's editor and presses its Save button, as the owner would. */
  async function saveStatus(tracker: ActionTracker, title: string, status: string): Promise<void> {
    chooseStatus(rowFor(tracker, title), status);
    await tracker.updateComplete;
    saveButtonOf(tracker, title).click();
  }
  const saveButtonOf = (tracker: ActionTracker, title: string) =>
    rowFor(tracker, title).querySelector<HTMLButtonElement>('.edit button')!;
  const tagOf = (tracker: ActionTracker, title: string) => textOf(rowFor(tracker, title).querySelector('strong.tag'));
  const completedOf = (tracker: ActionTracker, title: string) => textOf(rowFor(tracker, title).cells[4]);

  it('without an editor or an endpoint: it says what the host must set, and shows no controls', async () => {
    const tracker = await showTracker({ group: 'board', today: TODAY, editable: '' }, boundaryDocument());
    expect(textOf(shadowOf(tracker))).to.contain(t.noEditor);
    expect(shadowOf(tracker).querySelector('tbody select, tbody input')).to.equal(null);
  });

  it('each row has a status control named after its action, beside the status tag', async () => {
    const tracker = await editableTracker(respondUrl({ status: 201, body: '{}' }));
    const row = rowFor(tracker, 'Due yesterday');
    const group = row.querySelector('.edit fieldset')!;
    expect(textOf(group.querySelector('legend')), 'the group named after its action').to.equal(
      t.editStatus('Due yesterday'),
    );
    const radios = statusRadios(row);
    expect(radios.map((r) => [r.value, textOf(r.labels![0]!)])).to.deep.equal(
      (['open', 'in-progress', 'done', 'dropped'] as const).map((code) => [code, t.recordStatus(code)]),
    );
    expect(chosenStatus(row)).to.equal('open');
    const named = everyNode(await wholePageTree()).filter(
      (node) => node.role === 'group' && node.name === t.editStatus('Due yesterday'),
    );
    expect(named, 'a screen reader hears the unseen legend as the group’s name').to.have.length(1);
    expect(tagOf(tracker, 'Due yesterday')).to.equal(status('overdue'));
    const done = rowFor(tracker, 'Done a day late').querySelector('fieldset.date-input')!;
    expect(textOf(done.querySelector('legend'))).to.equal(`${t.completedOn} ${t.completedFor('Done a day late')}`);
    const { day, month, year } = dateFields(done);
    expect([day!.value, month!.value, year!.value]).to.deep.equal(['2', '12', '2019']);
  });

  it('201: shows the change at once as saving, POSTs it with an Idempotency-Key, then says saved and fires action-recorded', async () => {
    const key = uniqueKey('endpoint');
    const endpoint = respondUrl({ status: 201, body: '{}', key });
    posts = watchPosts(key);
    const tracker = await editableTracker(endpoint);
    await saveStatus(tracker, 'Due in eight days', 'done');
    await tracker.updateComplete;
    // At once, before the host answers.
    expect(announcement(tracker)).to.equal(t.saving('Due in eight days'));
    expect(tagOf(tracker, 'Due in eight days')).to.equal(status('done'));
    expect(completedOf(tracker, 'Due in eight days')).to.equal(short('2019-12-10'));
    await untilShows(tracker, t.saved('Due in eight days'));
    expect(announcement(tracker)).to.equal(t.saved('Due in eight days'));
    expect(tagOf(tracker, 'Due in eight days')).to.equal(status('done'));
    expect(chosenFor(tracker, 'Due in eight days')).to.equal('done');

    expect(posts.posts).to.have.length(1);
    const [post] = posts.posts;
    expect(post!.body).to.include({ action: 'A-later', status: 'done', completed: '2019-12-10', by: 'p-chair' });
    expect(post!.body.id).to.match(/^[0-9a-f-]{36}$/);
    expect(post!.headers.get('Idempotency-Key')).to.equal(post!.body.id);
    expect(post!.headers.get('Content-Type')).to.equal('application/json');
    expect(post!.credentials).to.equal('same-origin');
    expect(await requestCount(key)).to.equal(1);

    await until(() => recorded.events.length > 0, 'action-recorded');
    expect(recorded.events).to.have.length(1);
    expect(recorded.events[0]!.target).to.equal(tracker);
    expect(recorded.events[0]!.detail.change).to.deep.equal(post!.body);
    expect(rejected.events).to.have.length(0);
  });

  it('by keyboard: arrow keys send nothing, Save sends once, and focus follows the action when it moves', async () => {
    const key = uniqueKey('endpoint');
    posts = watchPosts(key);
    const tracker = await editableTracker(respondUrl({ status: 201, body: '{}', key }));
    // The radios are reached on the status chosen, open.
    statusRadios(rowFor(tracker, 'Due yesterday'))
      .find((radio) => radio.checked)!
      .focus();
    // open → in progress → done → in progress → done: the arrow keys move through the radios, choosing each.
    for (const press of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowDown']) await sendKeys({ press });
    expect(chosenFor(tracker, 'Due yesterday')).to.equal('done');
    await tracker.updateComplete;
    expect(tagOf(tracker, 'Due yesterday'), 'nothing saved, nothing moved').to.equal(status('overdue'));
    // The radios are one Tab stop: Tab leaves them for the completion date shown for done.
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(tracker).activeElement, 'Tab leaves the radios').to.equal(
      dateFields(rowFor(tracker, 'Due yesterday')).day,
    );
    // Past the completion date (day, month and year are a Tab stop each), left as it shows: today.
    const save = saveButtonOf(tracker, 'Due yesterday');
    for (let press = 0; press < 5 && shadowOf(tracker).activeElement !== save; press += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expect(shadowOf(tracker).activeElement, 'Tab reaches Save').to.equal(save);
    await sendKeys({ press: 'Enter' });
    await untilShows(tracker, t.saved('Due yesterday'));
    expect(tagOf(tracker, 'Due yesterday')).to.equal(status('done-late'));
    expect(posts.posts, 'one record for four key presses').to.have.length(1);
    // Done, the action sorts below the open ones; focus is still on its own Save button.
    expect(shadowOf(tracker).activeElement).to.equal(saveButtonOf(tracker, 'Due yesterday'));
  });

  it('saved, an action sorts down or up: every editor still shows its own action’s status, one radio checked', async () => {
    const tracker = await editableTracker(respondUrl({ status: 201, body: '{}' }));
    const recordStatus = new Map(
      (boundaryDocument() as PartnershipDocument).actions.map((a) => [a.id, a.status as string]),
    );
    const expectEveryEditorOwnStatus = () => {
      const editors = [...shadowOf(tracker).querySelectorAll<HTMLElement>('.edit')];
      expect(editors.length, 'the chair may change every action').to.equal(recordStatus.size);
      for (const editor of editors) {
        const checked = statusRadios(editor).filter((radio) => radio.checked);
        expect(
          checked.map((radio) => radio.value),
          editor.dataset.action,
        ).to.deep.equal([recordStatus.get(editor.dataset.action!)]);
      }
    };
    // Overdue and first, then done late and below the open ones; then done and near the end, overdue and first.
    for (const [title, id, status] of [
      ['Due yesterday', 'A-overdue', 'done'],
      ['Done on the day', 'A-done', 'open'],
    ] as const) {
      await saveStatus(tracker, title, status);
      await tracker.updateComplete;
      recordStatus.set(id, status);
      // At once, as the rows move (a later render, with nothing renamed, would hide a row left with none checked).
      expect(announcement(tracker)).to.equal(t.saving(title));
      expectEveryEditorOwnStatus();
      await untilShows(tracker, t.saved(title));
      expectEveryEditorOwnStatus();
    }
  });

  it('filtered to a status, then saved out of it: the filter stays shown as chosen, so it can be cleared', async () => {
    const tracker = await editableTracker(respondUrl({ status: 201, body: '{}' }));
    choose(selectLabelled(shadowOf(tracker), t.filterStatus), 'overdue');
    await tracker.updateComplete;
    await saveStatus(tracker, 'Due yesterday', 'done');
    await untilShows(tracker, t.saved('Due yesterday'));
    const filter = selectLabelled(shadowOf(tracker), t.filterStatus);
    expect(filter.value, 'still says what is applied').to.equal('overdue');
    expect(shadowOf(tracker).activeElement, 'focus on the filters, the row being gone').to.equal(
      selectLabelled(shadowOf(tracker), t.filterOwner),
    );
    choose(filter, '');
    await tracker.updateComplete;
    expect(textOf(shadowOf(tracker))).to.contain('Due yesterday');
  });

  it('422: rolls the change back, shows the reason and fires action-rejected', async () => {
    const reason = 'Only the owner or the clerk can change this action.';
    const key = uniqueKey('endpoint');
    const endpoint = respondUrl({ refuseRecord: true, status: 422, body: JSON.stringify({ error: reason }), key });
    const tracker = await editableTracker(endpoint);
    await saveStatus(tracker, 'Due yesterday', 'done');
    await tracker.updateComplete;
    expect(announcement(tracker)).to.equal(t.saving('Due yesterday'));
    // Done today, the day after it was due.
    expect(tagOf(tracker, 'Due yesterday')).to.equal(status('done-late'));
    expect(completedOf(tracker, 'Due yesterday')).to.equal(short('2019-12-10'));
    await untilShows(tracker, t.rolledBack('Due yesterday', reason));
    expect(announcement(tracker)).to.equal(t.rolledBack('Due yesterday', reason));
    expect(tagOf(tracker, 'Due yesterday')).to.equal(status('overdue'));
    expect(chosenFor(tracker, 'Due yesterday')).to.equal('open');
    expect(completedOf(tracker, 'Due yesterday')).to.equal(t.notCompleted);
    expect(rowFor(tracker, 'Due yesterday').querySelector('.date-input')).to.equal(null);
    expect(await requestCount(key)).to.equal(1);
    await until(() => rejected.events.length > 0, 'action-rejected');
    expect(rejected.events).to.have.length(1);
    expect(rejected.events[0]!.detail.reason).to.equal(reason);
    expect(rejected.events[0]!.detail.change).to.include({ action: 'A-overdue', status: 'done' });
    expect(recorded.events).to.have.length(0);
  });

  it('422 with the rules core’s code: says why in the element’s words, naming the action by its title', async () => {
    const values = { person: 'p-chair', action: 'A-overdue' };
    const body = JSON.stringify({ error: 'Forbidden.', reason: 'not-permitted', values });
    const tracker = await editableTracker(respondUrl({ refuseRecord: true, status: 422, body }));
    await saveStatus(tracker, 'Due yesterday', 'dropped');
    const names = { ...namesIn(boundaryDocument() as PartnershipDocument, en), action: () => 'Due yesterday' };
    const why = t.rolledBack('Due yesterday', en.refusals['not-permitted'](values, names));
    await untilShows(tracker, why);
    expect(announcement(tracker)).to.equal(why);
    expect(tagOf(tracker, 'Due yesterday')).to.equal(status('overdue'));
  });

  it('a failing then succeeding endpoint: kept on the device and retried, then saved, sent to the server once', async () => {
    const key = uniqueKey('endpoint');
    const endpoint = respondUrl({ status: 201, body: '{}', key });
    // The first attempt meets a 503 (answered here); the retry reaches the server.
    posts = watchPosts(key, (attempt) =>
      attempt === 1 ? new Response('Service Unavailable', { status: 503 }) : undefined,
    );
    const tracker = await editableTracker(endpoint);
    await saveStatus(tracker, 'Due today', 'dropped');
    await tracker.updateComplete;
    expect(tagOf(tracker, 'Due today')).to.equal(status('dropped'));
    await untilShows(tracker, t.queued('Due today', 'server-error'));
    expect(announcement(tracker)).to.contain(t.queued('Due today', 'server-error'));
    expect(tagOf(tracker, 'Due today'), 'not rolled back while it waits').to.equal(status('dropped'));
    await until(() => recorded.events.length === 1, 'action-recorded', 8000);
    await untilShows(tracker, t.saved('Due today'));
    expect(tagOf(tracker, 'Due today')).to.equal(status('dropped'));
    expect(chosenFor(tracker, 'Due today')).to.equal('dropped');
    expect(posts.posts, 'two attempts').to.have.length(2);
    expect(posts.posts[1]!.body, 'the same record, sent again').to.deep.equal(posts.posts[0]!.body);
    expect(posts.posts[1]!.headers.get('Idempotency-Key')).to.equal(posts.posts[0]!.body.id);
    expect(await requestCount(key), 'the server saw it once').to.equal(1);
    expect(rejected.events).to.have.length(0);
  });

  it('a completion date change is sent with the date, and shown in en-GB', async () => {
    const key = uniqueKey('endpoint');
    posts = watchPosts(key);
    const tracker = await editableTracker(respondUrl({ status: 201, body: '{}', key }));
    typeDate(rowFor(tracker, 'Done a day late'), { day: '30', month: '11', year: '2019' });
    await tracker.updateComplete;
    saveButtonOf(tracker, 'Done a day late').click();
    await tracker.updateComplete;
    expect(completedOf(tracker, 'Done a day late')).to.equal(short('2019-11-30'));
    expect(tagOf(tracker, 'Done a day late')).to.equal(status('done'));
    await until(() => recorded.events.length === 1, 'action-recorded');
    expect(posts.posts[0]!.body).to.include({ action: 'A-done-late', status: 'done', completed: '2019-11-30' });
  });

  // The second change is made while the first is on its way (its POST seen, its answer held back), so
  // the outbox sends them in the order they were made.
  it('two quick changes, both refused: the action is back as it was before the first', async () => {
    const key = uniqueKey('endpoint');
    posts = watchPosts(key);
    const endpoint = respondUrl({
      refuseRecord: true,
      status: 422,
      body: JSON.stringify({ error: 'Not allowed.' }),
      delayMs: 300,
      key,
    });
    const tracker = await editableTracker(endpoint);
    await saveStatus(tracker, 'Due in eight days', 'in-progress');
    await until(() => posts!.posts.length === 1, 'the first change on its way');
    await saveStatus(tracker, 'Due in eight days', 'dropped');
    await tracker.updateComplete;
    expect(tagOf(tracker, 'Due in eight days')).to.equal(status('dropped'));
    await until(() => rejected.events.length === 1, 'the first change refused');
    await tracker.updateComplete;
    expect(tagOf(tracker, 'Due in eight days'), 'the later change, still on its way, stays shown').to.equal(
      status('dropped'),
    );
    await until(() => rejected.events.length === 2, 'the second change refused');
    await tracker.updateComplete;
    expect(posts.posts.map((p) => p.body.status)).to.deep.equal(['in-progress', 'dropped']);
    expect(tagOf(tracker, 'Due in eight days')).to.equal(status('open'));
    expect(chosenFor(tracker, 'Due in eight days')).to.equal('open');
    expect(recorded.events).to.have.length(0);
  });

  it('the first of two quick changes refused, the second saved: the second stays shown throughout', async () => {
    const key = uniqueKey('endpoint');
    const refusal = (record: ActionStatusChange) =>
      new Response(JSON.stringify({ error: 'Not allowed.', record: record.id }), {
        status: 422,
        headers: { 'Content-Type': 'application/json' },
      });
    posts = watchPosts(key, (attempt, record) =>
      attempt === 1 ? new Promise((resolve) => setTimeout(() => resolve(refusal(record)), 300)) : undefined,
    );
    const tracker = await editableTracker(respondUrl({ status: 201, body: '{}', key }));
    await saveStatus(tracker, 'Due in eight days', 'in-progress');
    await until(() => posts!.posts.length === 1, 'the first change on its way');
    await saveStatus(tracker, 'Due in eight days', 'dropped');
    await tracker.updateComplete;
    await until(() => rejected.events.length === 1, 'the first refused');
    await tracker.updateComplete;
    expect(tagOf(tracker, 'Due in eight days')).to.equal(status('dropped'));
    await until(() => recorded.events.length === 1, 'the second recorded');
    await tracker.updateComplete;
    expect(posts.posts.map((p) => p.body.status)).to.deep.equal(['in-progress', 'dropped']);
    expect(tagOf(tracker, 'Due in eight days')).to.equal(status('dropped'));
    expect(chosenFor(tracker, 'Due in eight days')).to.equal('dropped');
    expect(recorded.events[0]!.detail.change.status).to.equal('dropped');
  });

  it('a change announced, then the language changes: the announcement and the table speak the new one', async () => {
    // A language of the test's own, so the page's English stays as it is for every other test.
    const lang = 'en-x-tracker';
    registerMessages(lang, {
      actions: {
        caption: (count: number) => `Tasks [${count}]`,
        saved: (title: string) => `[${title}] stored.`,
      },
    });
    const tracker = await editableTracker(respondUrl({ status: 201, body: '{}' }));
    await saveStatus(tracker, 'Due in seven days', 'done');
    await untilShows(tracker, t.saved('Due in seven days'));
    tracker.setAttribute('lang', lang);
    await until(() => announcement(tracker) === '[Due in seven days] stored.', 'the announcement in the new words');
    expect(captions(tracker)).to.deep.equal(['Tasks [8]']);
    tracker.removeAttribute('lang');
    await until(() => announcement(tracker) === t.saved('Due in seven days'), 'the announcement in English again');
    expect(captions(tracker)).to.deep.equal([t.caption(8)]);
  });

  it("another tracker's changes to another document are not announced here", async () => {
    const first = await editableTracker();
    const second = await editableTracker();
    await saveStatus(first, 'Due in seven days', 'done');
    await untilShows(first, t.saved('Due in seven days'));
    await until(() => recorded.events.length === 1, 'action-recorded');
    expect(recorded.events[0]!.target).to.equal(first);
    expect(announcement(second)).to.equal('');
    expect(tagOf(second, 'Due in seven days')).to.equal(status('due-soon'));
  });
});

describe('<action-tracker>: empty and error states', () => {
  failOnPageErrors();
  const errors = partnershipErrorsEachTest();

  it('no actions: says so, and still shows the group’s deadlines', async () => {
    const tracker = await showTracker({ group: 'board', today: TODAY }, noActionsDocument());
    expect(textOf(shadowOf(tracker))).to.contain(t.empty);
    expect(actionTables(tracker)).to.have.length(0);
    expect(bodyRows(deadlinesTable(tracker))).to.have.length(1);
    expect(errors.events).to.have.length(0);
  });

  it('no actions and no group: the message alone', async () => {
    const tracker = await showTracker({ today: TODAY }, noActionsDocument());
    expect(textOf(shadowOf(tracker))).to.equal(t.empty);
  });

  // The demo's vote page heads a member's tracker "Your actions": "There are no actions yet" said the group had none.
  it('one person with no actions, where others have some: names them, not "no actions yet"', async () => {
    const tracker = await sutton({ owner: 'p-hackbridge-head' });
    expect(textOf(shadowOf(tracker))).to.equal(t.emptyFor('Head of Hackbridge Primary'));
  });

  // The failures every element shows alike (network, HTTP, not JSON, no source) are in ../failure-states.test.ts.
  const broken: [string, (doc: LooseDocument) => void, string][] = [
    ['a due date that does not exist', (doc) => (doc.actions[0].due = '2019-11-31'), 'actions[0].due'],
    ['a missing due date', (doc) => delete doc.actions[0].due, 'actions[0].due'],
    ['an owner who is not in the document', (doc) => (doc.actions[0].owner = 'p-nobody'), 'actions[0].owner'],
    ['a status the contract does not know', (doc) => (doc.actions[0].status = 'blocked'), 'actions[0].status'],
    [
      'a meeting that is not in the document',
      (doc) => (doc.actions[0].meeting = 'board-2030-01-01'),
      'actions[0].meeting',
    ],
    ['a proposal that is not in the document', (doc) => (doc.actions[0].proposal = 'nothing'), 'actions[0].proposal'],
    ['a group that is not in the document', (doc) => (doc.actions[0].group = 'nowhere'), 'actions[0].group'],
    ['a completion date in another format', (doc) => (doc.actions[0].completed = '30/10/2019'), 'actions[0].completed'],
    ['a key the contract does not know', (doc) => (doc.actions[0].assignee = 'p-head-a'), 'actions[0]'],
    ['an empty title', (doc) => (doc.actions[0].title = ''), 'actions[0].title'],
    ['a duplicate id', (doc) => doc.actions.push({ ...doc.actions[0] }), 'actions[1].id'],
    [
      'a notice date that does not exist',
      (doc) => (doc.meetings[0].noticeSent = '2019-13-01'),
      'meetings[0].noticeSent',
    ],
    [
      'a holiday that is not a date',
      (doc) => (doc.partnership.holidays = ['Christmas Day']),
      'partnership.holidays[0]',
    ],
    ['notice days out of range', (doc) => (doc.groups[0].noticeDays = -1), 'groups[0].noticeDays'],
  ];
  for (const [what, breakIt, path] of broken) {
    it(`a contract error, ${what}: the error summary names ${path}`, async () => {
      const doc = minimalDocument();
      breakIt(doc);
      const tracker = await showTracker({ group: 'board', today: TODAY }, doc);
      expect((await untilOneFailure(tracker, errors)).kind).to.equal('contract');
      expect(errorPaths(tracker)).to.include(path);
    });
  }
});

describe('<action-tracker>: accessibility (axe, WCAG 2.2 AA)', () => {
  failOnPageErrors();

  it('the table view with links and deadlines', async () => {
    await expectNoAxeViolations(await sutton({ group: 'elg', 'href-template': '/governance/{type}s/{id}' }));
  });

  it('grouped by owner, and by meeting', async () => {
    const tracker = await sutton({ group: 'eog', 'href-template': '/governance/{type}s/{id}' });
    await filter(tracker, t.groupBy, 'owner');
    await expectNoAxeViolations(tracker);
    await filter(tracker, t.groupBy, 'meeting');
    await expectNoAxeViolations(tracker);
  });

  it('filtered to nothing', async () => {
    const tracker = await sutton({ group: 'eog' });
    await filter(tracker, t.filterOwner, 'p-carew-head');
    await filter(tracker, t.filterStatus, 'done');
    await expectNoAxeViolations(tracker);
  });

  it('editable, and after a change is refused', async () => {
    const tracker = await showTracker({
      src: documentUrl(boundaryDocument()),
      group: 'board',
      today: TODAY,
      editable: '',
      editor: 'p-chair',
      endpoint: respondUrl({ refuseRecord: true, status: 422, body: JSON.stringify({ error: 'Not allowed.' }) }),
    });
    await untilShows(tracker, 'Due yesterday');
    await expectNoAxeViolations(tracker);
    chooseStatus(rowFor(tracker, 'Due yesterday'), 'dropped');
    await tracker.updateComplete;
    rowFor(tracker, 'Due yesterday').querySelector<HTMLButtonElement>('.edit button')!.click();
    await untilShows(tracker, t.rolledBack('Due yesterday', 'Not allowed.'));
    await expectNoAxeViolations(tracker);
  });

  it('editable without an editor', async () => {
    await expectNoAxeViolations(await showTracker({ group: 'board', today: TODAY, editable: '' }, boundaryDocument()));
  });

  it('no actions', async () => {
    await expectNoAxeViolations(await showTracker({ group: 'board', today: TODAY }, noActionsDocument()));
  });

  it('a contract error', async () => {
    const doc = minimalDocument();
    doc.actions[0].owner = 'p-nobody';
    const tracker = await showTracker({ today: TODAY }, doc);
    await untilShows(tracker, en.shared.problemTitle);
    await expectNoAxeViolations(tracker);
  });
});

describe('<action-tracker>: script-injection payloads', () => {
  failOnPageErrors();

  function payloadDocument(): LooseDocument {
    const doc = minimalDocument();
    doc.partnership.name = TEXT_PAYLOADS[3];
    doc.people.push({ id: 'p-payload', name: TEXT_PAYLOADS[1] });
    doc.groups[0].name = TEXT_PAYLOADS[3];
    doc.proposals[0].title = TEXT_PAYLOADS[2];
    doc.actions = [
      {
        id: 'A-01',
        title: TEXT_PAYLOADS[0],
        owner: 'p-payload',
        due: '2019-12-09',
        group: 'board',
        meeting: 'board-2019-10-15',
        proposal: 'plan',
        notes: TEXT_PAYLOADS[4],
      },
    ];
    return doc;
  }

  it('every text field renders as text: no element is made from it, no script runs', async () => {
    const attrs = { group: 'board', today: TODAY, 'href-template': '/governance/{type}s/{id}' };
    // The title, the owner's name and the proposal's title are shown; the notes go only into the CSV.
    await expectPayloadsShownAsText(() => showTracker(attrs, payloadDocument()), TEXT_PAYLOADS.slice(0, 3));
  });

  it('under a strict CSP with Trusted Types: renders with no violation, makes no javascript: link', async function () {
    this.timeout(20_000);
    const elements = [
      { tag: 'action-tracker', attrs: { group: 'board', today: TODAY, 'href-template': 'javascript:alert(1)' } },
      { tag: 'action-tracker', attrs: { group: 'board', today: TODAY, 'href-template': '/governance/{type}s/{id}' } },
    ];
    const run = await loadElementsUnderCsp(elements, { doc: documentUrl(payloadDocument()) });
    try {
      const trackers = [...run.frame.contentDocument!.querySelectorAll('action-tracker')];
      expect(trackers).to.have.length(2);
      for (const tracker of trackers) expect(textOf(tracker.shadowRoot)).to.contain(TEXT_PAYLOADS[0]);
      expect(trackers[0]!.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      const hrefs = [...trackers[1]!.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['/governance/meetings/board-2019-10-15', '/governance/proposals/plan']);
      expect(run.violations).to.deep.equal([]);
      expect((run.frame.contentWindow as Window & { pkPwned?: number }).pkPwned).to.equal(undefined);
    } finally {
      run.remove();
    }
  });
});
