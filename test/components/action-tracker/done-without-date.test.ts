// The contract makes an action's `completed` optional: an action recorded done may have no date. The tracker said
// "Done" beside "Not completed" for it, in the table, the cards and in Welsh; it now says no date is recorded.
// Its editor opened with today's date in the fields, so a clerk's Save with no change recorded a date no one
// gave and turned it "Done late": the fields are now empty, folded under "Add a completion date", and Save with
// them empty keeps it done with no date; a date typed in full is saved, a part of one is refused as before.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionRecordedDetail, ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { actionCsv } from '../../../components/action-tracker/action-csv.js';
import { actionRows } from '../../../components/action-tracker/action-rows.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { namesIn } from '../../../src/messages/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import { documentUrl, failOnPageErrors, respondUrl, spyOnFetch, untilShows } from '../../fixtures/probe-element.js';
import { shadowOf, showElement, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { dateFields, typeDate } from './date-fields.js';
import { actionRow, chooseStatus } from './editable-tracker.js';

const t = en.actions;
const NO_DATE = 'Done, no date recorded';
const ENDPOINT = respondUrl({ status: 201, body: '{}' });

/** The boundary document with one more action of the board: done, due 1 November, no `completed`. */
function withDoneUndated() {
  const doc = boundaryDocument();
  const actions = doc.actions as object[];
  actions.push({
    id: 'A-undated',
    title: NO_DATE,
    owner: 'p-head-b',
    due: '2019-11-01',
    status: 'done',
    group: 'board',
  });
  return doc;
}

async function tracker(attrs: Record<string, string> = {}): Promise<ActionTracker> {
  const element = await showElement<ActionTracker>('action-tracker', {
    src: documentUrl(withDoneUndated()),
    group: 'board',
    today: '2019-12-10',
    ...attrs,
  });
  await untilShows(element, NO_DATE);
  return element;
}

const editable = () => tracker({ editable: '', editor: 'p-chair', endpoint: ENDPOINT });
const completedCell = (element: ActionTracker, title = NO_DATE) =>
  textOf(actionRow(element, title).querySelector('.col-completed'));
const statusTag = (element: ActionTracker) => textOf(actionRow(element, NO_DATE).querySelector('.col-status .tag'));
const save = (element: ActionTracker) =>
  actionRow(element, NO_DATE).querySelector<HTMLButtonElement>('.edit button')!.click();

beforeEach(() => forgetDocumentStores());

describe('<action-tracker>: an action recorded done with no completion date', () => {
  failOnPageErrors();

  it('says “Done” and “No date recorded”, not “Not completed”; an action not done still says “Not completed”', async () => {
    const element = await tracker();
    expect(statusTag(element)).to.equal(t.status('done'));
    expect(completedCell(element)).to.equal(t.noCompletedDate);
    expect(completedCell(element), 'not “Not completed”').not.to.equal(t.notCompleted);
    expect(completedCell(element, 'Due yesterday')).to.equal(t.notCompleted);
  });

  it('says so in Welsh too: “Wedi’i wneud” beside “Dim dyddiad wedi’i gofnodi”', async () => {
    const element = await tracker({ lang: 'cy' });
    await until(() => statusTag(element) === cy.actions.status('done'), 'Welsh');
    expect(completedCell(element)).to.equal(cy.actions.noCompletedDate);
    expect(completedCell(element)).not.to.equal(cy.actions.notCompleted);
  });

  it('in the narrow card layout, its Completed line says no date is recorded', async () => {
    const element = await tracker();
    element.style.display = 'block';
    element.style.width = '320px';
    await element.updateComplete;
    const cell = actionRow(element, NO_DATE).querySelector<HTMLElement>('.col-completed')!;
    expect(getComputedStyle(cell, '::before').content).to.include(t.columns.completed);
    expect(cell.innerText.trim()).to.equal(t.noCompletedDate);
  });

  it('the CSV leaves its Completed cell empty, as for an action not done: the column holds dates only', async () => {
    // As the contract reads it: a 1.0 document has no projects, and reads as having none.
    const doc = { projects: [], ...withDoneUndated() } as unknown as PartnershipDocument;
    const rows = actionRows(doc, '2019-12-10', { group: 'board' }, en.actions);
    const { header, body } = actionCsv(en, namesIn(doc, en), doc, rows);
    const at = header.indexOf(t.columns.completed);
    const line = body.find((cells) => cells[1] === NO_DATE)!;
    expect(line[header.indexOf(t.columns.status)]).to.equal(t.status('done'));
    expect(line[at]).to.equal('');
  });
});

describe('<action-tracker editable>: the editor of an action recorded done with no date', () => {
  failOnPageErrors();

  it('folds empty date fields under “Add a completion date”, whose hint says none is recorded', async () => {
    const element = await editable();
    const row = actionRow(element, NO_DATE);
    const summary = row.querySelector('.edit details summary')!;
    expect(textOf(summary)).to.equal(`${t.addCompleted} ${t.completedFor(NO_DATE)}`);
    expect(dateFields(row).day!.checkVisibility(), 'folded').to.equal(false);
    const { day, month, year } = dateFields(row);
    expect([day!.value, month!.value, year!.value], 'no date invented').to.deep.equal(['', '', '']);
    expect(textOf(row.querySelector('.date-input .hint'))).to.equal(t.addCompletedHint);
    (summary as HTMLElement).click();
    await expectNoAxeViolations(element);
  });

  it('Save with no change sends nothing and keeps it “Done” with no date, not “Done late” today', async () => {
    const element = await editable();
    const spy = spyOnFetch();
    try {
      save(element);
      await untilShows(element, t.unchanged(NO_DATE));
      expect(
        spy.calls.filter((url) => url.includes(ENDPOINT)),
        'nothing sent',
      ).to.deep.equal([]);
    } finally {
      spy.restore();
    }
    expect(statusTag(element)).to.equal(t.status('done'));
    expect(completedCell(element)).to.equal(t.noCompletedDate);
  });

  it('opened and left empty, Save still keeps it done with no date; chosen away and back, the same', async () => {
    const element = await editable();
    actionRow(element, NO_DATE).querySelector<HTMLElement>('.edit details summary')!.click();
    chooseStatus(actionRow(element, NO_DATE), 'open');
    await element.updateComplete;
    chooseStatus(actionRow(element, NO_DATE), 'done');
    await element.updateComplete;
    save(element);
    await untilShows(element, t.unchanged(NO_DATE));
    expect(shadowOf(element).querySelector('.error-summary')).to.equal(null);
    expect(completedCell(element)).to.equal(t.noCompletedDate);
  });

  it('a date typed in full is saved as its completion date', async () => {
    const element = await editable();
    const recorded = new Promise<ActionRecordedDetail>((resolve) =>
      element.addEventListener('action-recorded', (event) => resolve(event.detail), { once: true }),
    );
    actionRow(element, NO_DATE).querySelector<HTMLElement>('.edit details summary')!.click();
    typeDate(actionRow(element, NO_DATE), { day: '30', month: '10', year: '2019' });
    await element.updateComplete;
    save(element);
    const { change } = await recorded;
    expect(change).to.include({ action: 'A-undated', status: 'done', completed: '2019-10-30', was: 'done' });
    expect(completedCell(element)).to.equal(en.format.shortDate('2019-10-30'));
  });

  it('a part of a date is refused as anywhere: nothing is sent', async () => {
    const element = await editable();
    actionRow(element, NO_DATE).querySelector<HTMLElement>('.edit details summary')!.click();
    typeDate(actionRow(element, NO_DATE), { day: '30', year: '2019' });
    await element.updateComplete;
    save(element);
    await until(() => !!shadowOf(element).querySelector('.error-summary'), 'the error summary');
    expect(textOf(actionRow(element, NO_DATE).querySelector('.error-message'))).to.equal(
      `${en.shared.errorPrefix} ${t.dateError.incomplete(['month'])}`,
    );
    expect(completedCell(element)).to.equal(t.noCompletedDate);
  });
});
