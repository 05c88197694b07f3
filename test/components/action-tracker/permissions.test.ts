// <action-tracker editable> offers only the changes the host accepts: the
// core's mayChangeAction decides who sees a status editor, and a completion
// date still to come is refused in place, at its field, never sent.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { en } from '../../../src/messages/en.js';
import { failOnPageErrors, spyOnFetch } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { typeDate } from './date-fields.js';
import { chooseStatus, editableTracker } from './editable-tracker.js';

const trackerFor = (editor: string) => editableTracker(undefined, { editor });

/** The titles of the actions that show a status editor. */
const editable = (tracker: ActionTracker) =>
  [...shadowOf(tracker).querySelectorAll('tbody tr')]
    .filter((row) => row.querySelector('.edit'))
    .map((row) => textOf(row.querySelector('.action-title')));

describe('<action-tracker editable>: only the changes the host accepts', () => {
  failOnPageErrors();

  it('an owner who is not the clerk or chair can change only their own actions', async () => {
    const tracker = await trackerFor('p-head-a');
    expect(editable(tracker).sort()).to.deep.equal(['Done a day late', 'Due in eight days', 'Due today']);
  });

  it('the chair of the group can change every action of the group', async () => {
    const tracker = await trackerFor('p-chair');
    expect(editable(tracker)).to.have.length(8);
  });

  it('someone who neither owns an action nor clerks the group gets no editor', async () => {
    const tracker = await trackerFor('p-deputy-a');
    expect(editable(tracker)).to.deep.equal([]);
  });

  it('a completion date still to come is refused in place, at its field, and nothing is sent', async () => {
    const tracker = await trackerFor('p-chair');
    const row = [...shadowOf(tracker).querySelectorAll('tbody tr')].find(
      (r) => textOf(r.querySelector('.action-title')) === 'Due yesterday',
    )!;
    chooseStatus(row, 'done');
    await tracker.updateComplete;
    typeDate(row, { day: '11', month: '12', year: '2019' });
    await tracker.updateComplete;
    const spy = spyOnFetch();
    try {
      row.querySelector<HTMLButtonElement>('.edit button')!.click();
      await until(() => !!row.querySelector('.error-message'), 'the tracker to say why');
      expect(textOf(row.querySelector('.error-message'))).to.equal(
        `${en.shared.errorPrefix} ${en.actions.dateError.future}`,
      );
      expect(spy.calls).to.have.length(0);
    } finally {
      spy.restore();
    }
  });
});
