/**
 * <action-tracker now>: the moment the tracker treats as now, as the quorum indicator's and the vote panel's.
 * Before, the tracker had no `now`: a demo replaying a 2019 meeting stamped an action's status change with the
 * device's date (`at` 2026-12-05 beside the host's `received` of 2019), and its `today` was the device's.
 */
import { expect } from '@open-wc/testing';
import type { ActionStatusChange } from '../../../src/rules/index.js';
import type { SubmitFunction } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { editableTracker, saveStatus } from './editable-tracker.js';

const NOW = '2019-12-10T16:30:00Z';

describe('<action-tracker now>', () => {
  failOnPageErrors();

  it('takes its today from now, and stamps a change with its clock, running on from now', async () => {
    // No `today`: the statuses are judged on now's date in the UK.
    const tracker = await editableTracker(undefined, { now: NOW, today: '' });
    const printed = textOf(shadowOf(tracker).querySelector('.printed'));
    expect(printed, 'the day statuses are judged on').to.equal(en.actions.statusesOn(en.format.date('2019-12-10')));
    const sent: ActionStatusChange[] = [];
    const submit: SubmitFunction = (record) => {
      sent.push(record as ActionStatusChange);
      return Promise.resolve();
    };
    tracker.submit = submit;
    await tracker.updateComplete;
    await saveStatus(tracker, 'Due yesterday', 'dropped');
    await until(() => sent.length === 1, 'the change is sent');
    const late = Date.parse(sent[0]!.at) - Date.parse(NOW);
    expect(late, `at ${sent[0]!.at}`).to.be.within(0, 60_000);
  });

  it('says a now that is not a date-time, and goes on with the host’s clock', async () => {
    const tracker = await editableTracker(undefined, { now: '2019-12-10 half four' });
    await until(
      () =>
        textOf(shadowOf(tracker).querySelector('[part=attribute-notice]')) ===
        en.shared.notAMoment('now', '2019-12-10 half four'),
      'the notice names the attribute and its value',
    );
  });
});
