// A tracker whose `today` is a past day (a page at a past meeting) listed actions not raised yet: on 10 October
// 2019, the EOG's tracker showed A-08 "In progress", raised at its meeting of 3 December, and,
// raised on 5 November. Every act is judged as at its moment (the contract's "Time"), and the risk register already
// leaves out the risks raised after its `today`. The tracker, its counts and its CSV now leave them out too.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { actionCsv } from '../../../components/action-tracker/action-csv.js';
import { actionRows } from '../../../components/action-tracker/action-rows.js';
import { namesIn } from '../../../src/messages/index.js';
import { en } from '../../../src/messages/en.js';
import { parsedSeed, seedDocument } from '../../fixtures/documents.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

/** The EOG's actions raised at its meeting of 8 October 2019, the last before 10 October. */
const RAISED_BY_THEN = ['A-01', 'A-03', 'A-04', 'A-11'];
const RAISED_LATER = ['A-06', 'A-08', 'A-09', 'A-10'];

freshDocumentsEachTest();

describe('<action-tracker today>: the actions raised by then', () => {
  it('leaves out of its rows and its CSV the actions raised after today', async () => {
    const doc = await parsedSeed('sutton');
    const rows = actionRows(doc, '2019-10-10', { group: 'eog' }, en.actions);
    expect(rows.map((row) => row.action.id).sort()).to.deep.equal(RAISED_BY_THEN);
    const { body } = actionCsv(en, namesIn(doc, en), doc, rows);
    expect(body.map((cells) => cells[0]).sort()).to.deep.equal(RAISED_BY_THEN);
  });

  it('shows and counts only those', async () => {
    const attrs = { group: 'eog', today: '2019-10-10' };
    const tracker = await showElement<ActionTracker>('action-tracker', attrs, await seedDocument('sutton'));
    const tables = [...shadowOf(tracker).querySelectorAll<HTMLTableElement>('table[part="table"]')];
    expect(tables.map((table) => textOf(table.caption))).to.deep.equal([en.actions.caption(RAISED_BY_THEN.length)]);
    const doc = await parsedSeed('sutton');
    const title = (id: string) => doc.actions.find((action) => action.id === id)!.title;
    const shown = textOf(shadowOf(tracker));
    for (const id of RAISED_LATER) expect(shown, id).not.to.contain(title(id));
  });

  it('on the day of the meeting that raised them, they are there', async () => {
    const rows = actionRows(await parsedSeed('sutton'), '2019-11-05', { group: 'eog' }, en.actions);
    expect(rows.map((row) => row.action.id)).to.include.members(['A-06', 'A-09', 'A-10']);
    expect(rows.map((row) => row.action.id)).not.to.include('A-08');
  });
});
