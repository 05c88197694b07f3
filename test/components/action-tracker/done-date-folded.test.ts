// Every done action showed its completion date's three fields in the clerk's editor, making the list long, though
// its date is in its Completed cell. An action recorded done folds the fields under GOV.UK's details, "Change the
// completion date", opened from the keyboard; typed in and saved, the new date is sent and the fields fold again.
// An action chosen done that was not shows its fields at once: Save records the date they hold.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { untilShows } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { dateFields, typeDate } from './date-fields.js';
import { actionRow, chooseStatus, editableTracker } from './editable-tracker.js';

const t = en.actions;
const DONE = 'Done a day late';
const seen = (element: Element | null) => !!element?.checkVisibility();

beforeEach(() => forgetDocumentStores());

describe('<action-tracker editable>: a done action’s completion date', () => {
  it('is folded under “Change the completion date”: no fields on screen until it is opened', async () => {
    const tracker = await editableTracker();
    const row = actionRow(tracker, DONE);
    const summary = row.querySelector('.edit details summary')!;
    expect(textOf(summary)).to.equal(`${t.changeCompleted} ${t.completedFor(DONE)}`);
    expect(seen(dateFields(row).day), 'folded').to.equal(false);
    expect(textOf(row.cells[4]), 'its date is in its Completed cell').to.equal(en.format.shortDate('2019-12-02'));
  });

  it('is folded by a summary that is not a list item, its triangle drawn as text', async () => {
    // Chromium numbers a list item by walking the items before it: a summary as a list item in each done action's
    // row made the layout of a long editor grow with the square of its rows (docs/performance.md).
    const tracker = await editableTracker();
    const summary = actionRow(tracker, DONE).querySelector<HTMLElement>('.edit details summary')!;
    expect(getComputedStyle(summary).display).to.equal('block');
    expect(getComputedStyle(summary, '::before').content).to.equal('"▸ " / ""');
    summary.click();
    expect(getComputedStyle(summary, '::before').content).to.equal('"▾ " / ""');
  });

  it('opened by the keyboard, it shows the recorded date; a new one typed is saved, and the fields fold again', async () => {
    const tracker = await editableTracker();
    const summary = actionRow(tracker, DONE).querySelector<HTMLElement>('.edit details summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const { day, month, year } = dateFields(actionRow(tracker, DONE));
    expect(seen(day), 'opened').to.equal(true);
    expect([day!.value, month!.value, year!.value]).to.deep.equal(['2', '12', '2019']);
    typeDate(actionRow(tracker, DONE), { day: '3' });
    await tracker.updateComplete;
    actionRow(tracker, DONE).querySelector<HTMLButtonElement>('.edit button')!.click();
    await untilShows(tracker, t.saved(DONE));
    expect(textOf(actionRow(tracker, DONE).cells[4])).to.equal(en.format.shortDate('2019-12-03'));
    expect(seen(dateFields(actionRow(tracker, DONE)).day), 'folded again once saved').to.equal(false);
  });

  it('a date refused at Save keeps the fields open, and the error summary’s link reaches its field', async () => {
    const tracker = await editableTracker();
    actionRow(tracker, DONE).querySelector<HTMLElement>('.edit details summary')!.click();
    await tracker.updateComplete;
    typeDate(actionRow(tracker, DONE), { day: '40' });
    await tracker.updateComplete;
    actionRow(tracker, DONE).querySelector<HTMLButtonElement>('.edit button')!.click();
    await until(() => !!shadowOf(tracker).querySelector('.error-summary a'), 'the error summary');
    const day = dateFields(actionRow(tracker, DONE)).day!;
    expect(seen(day), 'still open').to.equal(true);
    shadowOf(tracker).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await until(() => shadowOf(tracker).activeElement === day, 'the link focuses the day field');
  });

  it('an action chosen done that was not shows its fields at once, unfolded', async () => {
    const tracker = await editableTracker();
    chooseStatus(actionRow(tracker, 'Due yesterday'), 'done');
    await tracker.updateComplete;
    const row = actionRow(tracker, 'Due yesterday');
    expect(row.querySelector('.edit details')).to.equal(null);
    expect(seen(dateFields(row).day)).to.equal(true);
  });

  it('in Welsh', async () => {
    const tracker = await editableTracker(undefined, { lang: 'cy' });
    await until(() => !!shadowOf(tracker).querySelector('.edit details summary'), 'the summary');
    const summary = actionRow(tracker, DONE).querySelector('.edit details summary')!;
    expect(textOf(summary)).to.equal(`${cy.actions.changeCompleted} ${cy.actions.completedFor(DONE)}`);
  });
});
