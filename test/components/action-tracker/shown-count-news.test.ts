/**
 * Each choice of a filter or of "Group by" is said to a screen reader with the count shown: the `role=status`
 * count gets a new node each time, since a live region says its additions and a choice that left the same count
 * (other rows, or the same rows grouped anew) left the same text in place, said as nothing. A tracker first shown
 * says nothing.
 */
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument } from '../../fixtures/documents.js';
import { choiceAddsTo } from '../../fixtures/selects.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const t = en.actions;
const countOf = (tracker: ActionTracker) => shadowOf(tracker).querySelector('.shown-count')!;

/** Chooses `value` in the select labelled `label`, and says whether the count's region had anything added. */
const choiceAdds = (tracker: ActionTracker, label: string, value: string) =>
  choiceAddsTo(tracker, countOf(tracker), label, value);

describe('<action-tracker>: every choice of view is said', () => {
  const sutton = async () =>
    showElement<ActionTracker>('action-tracker', { group: 'eog', today: '2019-12-10' }, await seedDocument('sutton'));
  afterEach(() => document.querySelectorAll('action-tracker').forEach((e) => e.remove()));

  it('says nothing when first shown', async () => {
    expect(textOf(countOf(await sutton()))).to.equal('');
  });

  it('a grouping, which shows the same actions, is said with the count', async () => {
    const tracker = await sutton();
    expect(await choiceAdds(tracker, t.filterStatus, 'overdue')).to.equal(true);
    const said = textOf(countOf(tracker));
    expect(await choiceAdds(tracker, t.groupBy, 'owner'), 'said again').to.equal(true);
    expect(textOf(countOf(tracker))).to.equal(said);
    expect(await choiceAdds(tracker, t.groupBy, 'status'), 'and again').to.equal(true);
  });
});
