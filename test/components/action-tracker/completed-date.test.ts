// The completion date is GOV.UK's date input: a legend, a hint, and Day,
// Month and Year fields in that order whatever the device's locale. What is
// typed is saved as typed (9 / 12 / 2019 is 9 December); a date that is
// missing, incomplete, not real or still to come is refused at its field
// and in an error summary that links to it, and nothing is sent.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionRecordedDetail, ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { failOnPageErrors, spyOnFetch } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { axNodesShown } from '../../fixtures/spoken.js';
import { dateFields, typeDate } from './date-fields.js';
import { actionRow, chooseStatus, editableTracker } from './editable-tracker.js';

const t = en.actions;
const e = t.dateError;

/** "Due yesterday", an open action, set to done in its editor: its date fields show. */
async function doneEditor(element: ActionTracker): Promise<Element> {
  const row = actionRow(element, 'Due yesterday');
  chooseStatus(row, 'done');
  await element.updateComplete;
  return row;
}

async function save(element: ActionTracker, row: Element): Promise<void> {
  row.querySelector<HTMLButtonElement>('.edit button')!.click();
  await element.updateComplete;
}

beforeEach(() => forgetDocumentStores());

describe('<action-tracker editable>: the completion date', () => {
  failOnPageErrors();

  it('a fieldset with a visible legend and hint, then Day, Month and Year text fields for numbers', async () => {
    const element = await editableTracker();
    const row = await doneEditor(element);
    const fieldset = row.querySelector('fieldset.date-input')!;
    const legend = fieldset.querySelector('legend')!;
    expect(legend.checkVisibility()).to.equal(true);
    expect(textOf(legend)).to.equal(`${t.completedOn} ${t.completedFor('Due yesterday')}`);
    const hint = fieldset.querySelector('.hint')!;
    expect(textOf(hint)).to.equal(t.completedHint);
    expect(fieldset.getAttribute('aria-describedby')).to.equal(hint.id);
    const inputs = [...fieldset.querySelectorAll('input')];
    // Each says whose it is, unseen: with two editors open, voice control's "click Day" must pick one.
    const whose = t.completedFor('Due yesterday');
    expect(inputs.map((input) => textOf(fieldset.querySelector(`label[for="${input.id}"]`)))).to.deep.equal([
      `${t.dateParts.day} ${whose}`,
      `${t.dateParts.month} ${whose}`,
      `${t.dateParts.year} ${whose}`,
    ]);
    for (const input of inputs) {
      expect(input.type).to.equal('text');
      expect(input.inputMode).to.equal('numeric');
    }
    // Starts from today: what Save would record is on screen.
    expect(inputs.map((input) => input.value)).to.deep.equal(['10', '12', '2019']);
    await expectNoAxeViolations(element);
  });

  it('two editors open: no two date fields share a name', async () => {
    const element = await editableTracker();
    await doneEditor(element);
    chooseStatus(actionRow(element, 'Due in seven days'), 'done');
    await element.updateComplete;
    for (const part of Object.values(t.dateParts)) {
      for (const title of ['Due yesterday', 'Due in seven days'])
        expect(await axNodesShown('textbox', `${part} ${t.completedFor(title)}`), `${part}, ${title}`).to.have.length(
          1,
        );
    }
  });

  it('typing 9 / 12 / 2019 saves 9 December 2019', async () => {
    const element = await editableTracker();
    const row = await doneEditor(element);
    const recorded = new Promise<ActionRecordedDetail>((resolve) =>
      element.addEventListener('action-recorded', (event) => resolve(event.detail), { once: true }),
    );
    typeDate(row, { day: '9', month: '12', year: '2019' });
    await element.updateComplete;
    await save(element, row);
    const { change } = await recorded;
    expect(change).to.include({ action: 'A-overdue', status: 'done', completed: '2019-12-09' });
    expect(textOf(actionRow(element, 'Due yesterday').querySelector('.col-completed'))).to.equal(
      en.format.shortDate('2019-12-09'),
    );
  });

  it('a date refused empties the status region, which spoke of an earlier save', async () => {
    const element = await editableTracker();
    const statusRegion = () => shadowOf(element).querySelector('[role="status"]:not(.shown-count)');
    // Save without a change: the status region says there was nothing to save.
    await save(element, actionRow(element, 'Due yesterday'));
    await until(() => textOf(statusRegion()) === t.unchanged('Due yesterday'), 'nothing to save');
    const row = await doneEditor(element);
    typeDate(row, { day: '11', month: '12', year: '2019' });
    await element.updateComplete;
    await save(element, row);
    await until(() => !!shadowOf(element).querySelector('.error-summary'), 'the error summary');
    expect(textOf(statusRegion())).to.equal('');
  });

  const CASES: [what: string, typed: { day: string; month: string; year: string }, message: string, at: string[]][] = [
    ['nothing entered', { day: '', month: '', year: '' }, e.missing, ['day', 'month', 'year']],
    ['no month', { day: '9', month: '', year: '2019' }, e.incomplete(['month']), ['month']],
    ['no day or month', { day: ' ', month: '', year: '2019' }, e.incomplete(['day', 'month']), ['day', 'month']],
    ['a year of two numbers', { day: '9', month: '12', year: '19' }, e.yearDigits, ['year']],
    ['a 13th month', { day: '9', month: '13', year: '2019' }, e.notReal, ['day', 'month', 'year']],
    ['31 February', { day: '31', month: '2', year: '2019' }, e.notReal, ['day', 'month', 'year']],
    ['words', { day: 'ninth', month: '12', year: '2019' }, e.notReal, ['day', 'month', 'year']],
    ['tomorrow', { day: '11', month: '12', year: '2019' }, e.future, ['day', 'month', 'year']],
  ];

  for (const [what, typed, message, at] of CASES) {
    it(`${what}: "${message}" at the field and in the summary, linked to it; nothing is sent`, async () => {
      const element = await editableTracker();
      const row = await doneEditor(element);
      typeDate(row, typed);
      await element.updateComplete;
      const spy = spyOnFetch();
      try {
        await save(element, row);
        await until(() => !!shadowOf(element).querySelector('.error-summary'), 'the error summary');
        // At the field: its error, in the fieldset's description, and the fields at fault marked.
        const fieldset = row.querySelector('fieldset.date-input')!;
        const error = fieldset.querySelector('.error-message')!;
        expect(textOf(error)).to.equal(`${en.shared.errorPrefix} ${message}`);
        expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
        const fields = dateFields(fieldset);
        const marked = (['day', 'month', 'year'] as const).filter((f) => fields[f]!.getAttribute('aria-invalid'));
        expect(marked).to.deep.equal(at);
        for (const name of marked) expect(fields[name]!.classList.contains('input--error')).to.equal(true);
        // The summary: "There is a problem", focused, its link to the first field at fault.
        const summary = shadowOf(element).querySelector<HTMLElement>('.error-summary')!;
        await until(() => shadowOf(element).activeElement === summary, 'focus on the summary');
        expect(textOf(summary.querySelector('h1, h2, h3, h4, h5, h6'))).to.equal(en.shared.problemTitle);
        const link = summary.querySelector<HTMLAnchorElement>('a')!;
        expect(textOf(link)).to.equal(message);
        const target = fields[at[0] as 'day']!;
        expect(link.getAttribute('href')).to.equal(`#${target.id}`);
        link.click();
        expect(shadowOf(element).activeElement).to.equal(target);
        // Nothing sent, nothing shown as done.
        expect(spy.calls).to.have.length(0);
        expect(textOf(actionRow(element, 'Due yesterday').querySelector('strong.tag'))).to.equal(t.status('overdue'));
        await expectNoAxeViolations(element);
      } finally {
        spy.restore();
      }
    });
  }

  it('corrected, it saves, and the error and the summary go', async () => {
    const element = await editableTracker();
    const row = await doneEditor(element);
    typeDate(row, { day: '9', month: '', year: '2019' });
    await save(element, row);
    await until(() => !!shadowOf(element).querySelector('.error-summary'), 'the error summary');
    // What was typed stays, to be corrected.
    expect(dateFields(row).day!.value).to.equal('9');
    typeDate(row, { month: '12' });
    await element.updateComplete;
    const recorded = new Promise<ActionRecordedDetail>((resolve) =>
      element.addEventListener('action-recorded', (event) => resolve(event.detail), { once: true }),
    );
    await save(element, row);
    expect(shadowOf(element).querySelector('.error-summary')).to.equal(null);
    expect(shadowOf(element).querySelector('.error-message')).to.equal(null);
    expect((await recorded).change.completed).to.equal('2019-12-09');
  });

  it('the summary’s link names the action its date is for, as the date’s legend does: two rows’ errors are told apart', async () => {
    const element = await editableTracker();
    const row = await doneEditor(element);
    typeDate(row, { day: '31', month: '2', year: '2019' });
    await save(element, row);
    await until(() => !!shadowOf(element).querySelector('.error-summary'), 'the error summary');
    const named = await axNodesShown('link', `${e.notReal} ${t.completedFor('Due yesterday')}`);
    expect(named, 'one link, named with its action').to.have.length(1);
    const link = shadowOf(element).querySelector<HTMLAnchorElement>('.error-summary a')!;
    expect(textOf(link), 'its words, as at the field').to.equal(e.notReal);
  });

  it('a status other than done takes the date, and its error, away', async () => {
    const element = await editableTracker();
    const row = await doneEditor(element);
    typeDate(row, { day: '', month: '', year: '' });
    await save(element, row);
    await until(() => !!shadowOf(element).querySelector('.error-summary'), 'the error summary');
    chooseStatus(row, 'in-progress');
    await element.updateComplete;
    expect(row.querySelector('.date-input')).to.equal(null);
    expect(shadowOf(element).querySelector('.error-summary')).to.equal(null);
  });
});
