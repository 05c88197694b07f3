// <action-tracker> fits the column its host gives it: at 320, 768 and 1280 px
// nothing in it is wider than the element and every control is on screen;
// in a narrow column each action and each meeting's deadlines is a card with
// every field labelled; `hide-columns` leaves columns out of the wide table;
// printed, headers show and the filters and editors do not.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { failOnPageErrors, respondUrl } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { seedDocument, type SeedName } from '../../fixtures/documents.js';
import { textOf } from '../../fixtures/text.js';
import {
  WIDTHS,
  asCards,
  controlsOutsideWindow,
  expectTablesThatFit,
  fieldLabel,
  placeAt,
  resetWindow,
  widerThan,
} from './layout-helpers.js';
import { chooseStatus } from './editable-tracker.js';

const t = en.actions;

/** Each demo page's tracker, edited by its group's clerk: every action with its editor, the widest it gets. */
const DEMOS = [
  ['sutton', { group: 'eog', today: '2019-12-10', editor: 'p-project-manager' }],
  ['wokingham', { group: 'wep', today: '2022-09-22', editor: 'p-clerk' }],
  ['suffolk', { group: 'interim-board', today: '2015-01-22', editor: 'p-rtb-manager' }],
  ['ealing', { group: 'elp-board', today: '2018-10-11', editor: 'p-elp-manager' }],
] as const;

async function demoTracker(width: number, seed: SeedName, attrs: Record<string, string>): Promise<ActionTracker> {
  const tracker = document.createElement('action-tracker');
  tracker.data = await seedDocument(seed);
  const all = {
    'heading-level': '3',
    'href-template': '#{type}-{id}',
    editable: '',
    endpoint: respondUrl({ status: 201, body: '{}' }),
    ...attrs,
  };
  for (const [name, value] of Object.entries(all)) tracker.setAttribute(name, value);
  await placeAt(width, tracker);
  await until(() => !!shadowOf(tracker).querySelector('table[part="table"]'), 'the tracker to show its actions');
  return tracker;
}

const tables = (tracker: ActionTracker) => [...shadowOf(tracker).querySelectorAll('table')];
const bodyRowsOf = (tracker: ActionTracker) => [
  ...shadowOf(tracker).querySelectorAll<HTMLTableRowElement>('table[part="table"] tbody tr'),
];

/** Every open action's editor set to done, so the date input shows in each: the most there is to fit. */
async function chooseDoneEverywhere(tracker: ActionTracker): Promise<void> {
  for (const editor of shadowOf(tracker).querySelectorAll('.edit')) chooseStatus(editor, 'done');
  await tracker.updateComplete;
}

beforeEach(() => forgetDocumentStores());
afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await resetWindow();
});

describe('<action-tracker>: it fits its column', function () {
  this.timeout(30_000);
  failOnPageErrors();

  for (const width of WIDTHS) {
    it(`at ${width} px: nothing wider than the element, every control on screen (Sutton, every editor open)`, async () => {
      const tracker = await demoTracker(width, ...DEMOS[0]);
      await chooseDoneEverywhere(tracker);
      expect(shadowOf(tracker).querySelectorAll('.date-input').length).to.be.greaterThan(3);
      expect(widerThan(tracker)).to.deep.equal([]);
      expect(controlsOutsideWindow(tracker)).to.deep.equal([]);
    });
  }

  for (const [seed, attrs] of DEMOS) {
    it(`at 1280 px, ${seed}'s demo document: no table wider than its container`, async () => {
      const tracker = await demoTracker(1280, seed, attrs);
      for (const table of tables(tracker)) {
        expect(table.getBoundingClientRect().width, textOf(table.caption)).to.be.at.most(
          tracker.getBoundingClientRect().width + 0.5,
        );
      }
      expect(widerThan(tracker)).to.deep.equal([]);
    });
  }

  it('at 320 px every action is a card: the action on its title bar, every field under its label', async () => {
    const tracker = await demoTracker(320, ...DEMOS[0]);
    const expected = [t.columns.owner, t.columns.due, t.columns.status, t.columns.completed];
    for (const table of tables(tracker)) expect(asCards(table), textOf(table.caption)).to.equal(true);
    for (const row of bodyRowsOf(tracker)) {
      const cells = [...row.querySelectorAll('td')];
      expect(cells.map((cell) => fieldLabel(cell))).to.deep.equal(expected);
      for (const cell of cells) expect(cell.getBoundingClientRect().height, fieldLabel(cell)).to.be.greaterThan(0);
      // The card's fields stack: each starts below the one before.
      const tops = cells.map((cell) => cell.getBoundingClientRect().top);
      expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    }
    const deadlines = shadowOf(tracker).querySelector<HTMLTableElement>('table[part="deadlines"]')!;
    const c = t.deadlineColumns;
    for (const row of deadlines.tBodies[0]!.rows) {
      expect([...row.querySelectorAll('td')].map((cell) => fieldLabel(cell))).to.deep.equal([
        c.noticeDue,
        c.notice,
        c.minutesDue,
        c.minutes,
      ]);
    }
  });

  it('at 768 and 1280 px the actions are a table, with no label drawn in its cells', async () => {
    for (const width of [768, 1280]) {
      const tracker = await demoTracker(width, ...DEMOS[0]);
      for (const table of tables(tracker)) expect(asCards(table), `${width}: ${textOf(table.caption)}`).to.equal(false);
      for (const cell of shadowOf(tracker).querySelectorAll('td')) expect(fieldLabel(cell)).to.equal('');
    }
  });

  it('the card layout follows the column, not the window: a 320 px column in a 1280 px window', async () => {
    const tracker = await demoTracker(1280, ...DEMOS[0]);
    (tracker.parentElement as HTMLElement).style.width = '320px';
    await until(() => asCards(tables(tracker)[0]!), 'the cards');
    expect(widerThan(tracker)).to.deep.equal([]);
  });
});

describe('<action-tracker hide-columns>', function () {
  this.timeout(30_000);
  failOnPageErrors();

  const shownHeaders = (tracker: ActionTracker) =>
    [...shadowOf(tracker).querySelectorAll('table[part="table"] thead th')]
      .filter((th) => getComputedStyle(th).display !== 'none')
      .map((th) => textOf(th));

  it('leaves the named columns out of the wide table, header and cells alike', async () => {
    const tracker = await demoTracker(1280, 'sutton', { ...DEMOS[0][1], 'hide-columns': 'completed  owner nonsense' });
    expect(shownHeaders(tracker)).to.deep.equal([t.columns.title, t.columns.due, t.columns.status]);
    for (const row of bodyRowsOf(tracker)) {
      const shownCells = [...row.cells].filter((cell) => getComputedStyle(cell).display !== 'none');
      expect(shownCells).to.have.length(3);
    }
    expect(tracker.hideColumns).to.equal('completed  owner nonsense');
  });

  it('follows the attribute as it changes', async () => {
    const tracker = await demoTracker(1280, ...DEMOS[0]);
    expect(shownHeaders(tracker)).to.have.length(5);
    tracker.setAttribute('hide-columns', 'status');
    await tracker.updateComplete;
    expect(shownHeaders(tracker)).to.not.include(t.columns.status);
    tracker.removeAttribute('hide-columns');
    await tracker.updateComplete;
    expect(shownHeaders(tracker)).to.have.length(5);
  });

  it('a card still shows every field: the narrow layout ignores it', async () => {
    const tracker = await demoTracker(320, 'sutton', { ...DEMOS[0][1], 'hide-columns': 'owner due status completed' });
    for (const row of bodyRowsOf(tracker)) {
      const shownCells = [...row.querySelectorAll('td')].filter((cell) => getComputedStyle(cell).display !== 'none');
      expect(shownCells).to.have.length(4);
    }
  });
});

describe('<action-tracker> printed', function () {
  this.timeout(30_000);
  failOnPageErrors();

  it('headers print; the filters, the editors and the buttons do not', async () => {
    const tracker = await demoTracker(768, ...DEMOS[0]);
    await emulateMedia({ media: 'print' });
    const root = shadowOf(tracker);
    const visible = (element: Element | null) => !!element && getComputedStyle(element).display !== 'none';
    for (const th of root.querySelectorAll('thead th')) expect(visible(th), textOf(th)).to.equal(true);
    expect(visible(root.querySelector('.controls')), 'filters').to.equal(false);
    for (const editor of root.querySelectorAll('.edit')) expect(visible(editor), 'editor').to.equal(false);
    for (const button of root.querySelectorAll('button')) expect(visible(button), textOf(button)).to.equal(false);
    // No action split across pages.
    for (const row of root.querySelectorAll('tbody tr')) expect(getComputedStyle(row).breakInside).to.equal('avoid');
  });

  it('on A4 portrait (about 718 px between margins) every table fits', async () => {
    const tracker = await demoTracker(718, ...DEMOS[0]);
    await emulateMedia({ media: 'print' });
    expect(widerThan(tracker)).to.deep.equal([]);
  });

  /** A demo tracker in `lang`, set in `font` ('' for the runner's own), once its words are in that language. */
  async function trackerIn(lang: 'en' | 'cy', width: number, [seed, attrs]: (typeof DEMOS)[number], font: string) {
    const tracker = await demoTracker(width, seed, { ...attrs, lang });
    if (font) (tracker.parentElement as HTMLElement).style.font = font;
    const owner = (lang === 'cy' ? cy : en).actions.columns.owner;
    await until(() => textOf(shadowOf(tracker).querySelector('thead')).includes(owner), `${lang} words`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return tracker;
  }

  // In the demo's 19 px text the tracker printed as cards on A4 in both languages (its cards start below 40em, 760 px
  // there), where a committee paper has a table of actions, as the printed roster is. A4 portrait between a browser's
  // default margins is 718 px; the demo's page keeps a 16 px gutter each side (686 px).
  for (const [font, px] of [
    ['', 16],
    ['19px Arial, sans-serif', 19],
  ] as const) {
    for (const width of [686, 718]) {
      it(`on A4 portrait (${width} px) in ${px} px text, each demo tracker prints as tables that fit, in English and Welsh`, async () => {
        for (const lang of ['en', 'cy'] as const) {
          for (const demo of DEMOS) {
            const tracker = await trackerIn(lang, width, demo, font);
            await emulateMedia({ media: 'print' });
            expectTablesThatFit(tracker, `${lang} ${demo[0]}`);
            await emulateMedia({ media: 'screen' });
          }
        }
      });
    }
  }
});
