// A date in the actions' table is one line: at 1280 px, in the demo's 66rem column of 19 px text, the clerk's
// status editors took the width and "13 Rhag 2019" stood over three lines in the Due column. Only the date keeps
// to a line: in a phone's card it is still under its label, inside the card.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { respondUrl } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { seedDocument } from '../../fixtures/documents.js';
import { textOf } from '../../fixtures/text.js';
import { placeAt, resetWindow, widerThan } from './layout-helpers.js';

/** Sutton's tracker as the demo page shows it to the EOG's clerk, in a column `width` px wide of 19 px text. */
async function suttonTracker(lang: string, width: number, column: number): Promise<ActionTracker> {
  const tracker = document.createElement('action-tracker');
  tracker.data = await seedDocument('sutton');
  const attrs = {
    lang,
    group: 'eog',
    today: '2019-12-10',
    editable: '',
    editor: 'p-project-manager',
    endpoint: respondUrl({ status: 201, body: '{}' }),
  };
  for (const [name, value] of Object.entries(attrs)) tracker.setAttribute(name, value);
  tracker.style.fontSize = '19px';
  tracker.style.display = 'block';
  tracker.style.width = `${column}px`;
  await placeAt(width, tracker);
  await until(() => !!shadowOf(tracker).querySelector('table[part="table"] tbody tr'), 'the actions');
  return tracker;
}

/** Each date in the table's Due and Completed cells that is drawn on more than one line. */
function brokenDates(tracker: ActionTracker): string[] {
  const cells = shadowOf(tracker).querySelectorAll('table[part="table"] tbody :is(.col-due, .col-completed)');
  return [...cells].flatMap((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    const text = textOf(cell);
    // "Not completed" may wrap: it is words, not a date.
    return /\d/.test(text) && tops.size > 1 ? [`${text} (${tops.size} lines)`] : [];
  });
}

describe('<action-tracker>: a date in the table is never broken', function () {
  this.timeout(30_000);
  beforeEach(() => forgetDocumentStores());
  afterEach(() => resetWindow());

  for (const lang of ['cy', 'en']) {
    it(`at 1280 px, in the demo's 66rem column, in ${lang}: every due and completed date on one line`, async () => {
      const tracker = await suttonTracker(lang, 1280, 1056);
      expect(shadowOf(tracker).querySelectorAll('.col-due').length).to.be.greaterThan(3);
      expect(brokenDates(tracker)).to.deep.equal([]);
      expect(widerThan(tracker)).to.deep.equal([]);
    });

    it(`at 320 px, as cards, in ${lang}: the dates on one line, nothing wider than the element`, async () => {
      const tracker = await suttonTracker(lang, 320, 320);
      expect(brokenDates(tracker)).to.deep.equal([]);
      expect(widerThan(tracker)).to.deep.equal([]);
    });
  }
});
