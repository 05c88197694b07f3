// A status chosen in an action's editor and not saved looked like a saved one, so an editor who moved on lost it.
// The editor says "Not saved yet: press Save" by its Save once the chosen status differs from the recorded one:
// plain text read as part of the radios' description, no live region to speak at every arrow key; it goes when
// saved or put back.
import { expect, waitUntil } from '@open-wc/testing';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { shadowOf } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { actionRow, chooseStatus, chosenStatus, editableTracker } from './editable-tracker.js';

const TITLE = 'Due in eight days';
const cueOf = (tracker: ActionTracker) => actionRow(tracker, TITLE).querySelector<HTMLElement>('.edit .unsaved');
const groupOf = (tracker: ActionTracker) => actionRow(tracker, TITLE).querySelector('.edit fieldset')!;
/** The words the status group's aria-describedby points at. */
const description = (tracker: ActionTracker) =>
  (groupOf(tracker).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => textOf(shadowOf(tracker).getElementById(id)))
    .join(' ');

describe('<action-tracker editable>: a status chosen and not saved', () => {
  afterEach(() => document.querySelectorAll('action-tracker').forEach((e) => e.remove()));

  it('is cued by its Save, in the group’s description, until put back', async () => {
    const tracker = await editableTracker();
    const recorded = chosenStatus(actionRow(tracker, TITLE))!;
    expect(cueOf(tracker), 'nothing chosen yet').to.equal(null);
    chooseStatus(actionRow(tracker, TITLE), 'in-progress');
    await tracker.updateComplete;
    const cue = cueOf(tracker)!;
    expect(textOf(cue)).to.equal(en.shared.notSaved);
    expect(cue.closest('[role=status], [role=alert], [aria-live]'), 'not announced at every arrow key').to.equal(null);
    expect(description(tracker)).to.equal(en.shared.notSaved);
    chooseStatus(actionRow(tracker, TITLE), recorded);
    await tracker.updateComplete;
    expect(cueOf(tracker), 'put back').to.equal(null);
    expect(groupOf(tracker).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('goes once saved', async () => {
    const tracker = await editableTracker();
    chooseStatus(actionRow(tracker, TITLE), 'in-progress');
    await tracker.updateComplete;
    expect(cueOf(tracker)).not.to.equal(null);
    actionRow(tracker, TITLE).querySelector<HTMLButtonElement>('.edit button')!.click();
    await waitUntil(() => cueOf(tracker) === null, 'the cue goes once saved', { timeout: 4000 });
    expect(chosenStatus(actionRow(tracker, TITLE))).to.equal('in-progress');
  });

  it('in Welsh', async () => {
    const tracker = await editableTracker(undefined, { lang: 'cy' });
    chooseStatus(actionRow(tracker, TITLE), 'dropped');
    await tracker.updateComplete;
    expect(textOf(cueOf(tracker))).to.equal(cy.shared.notSaved);
  });
});
