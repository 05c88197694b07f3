/**
 * <action-tracker> left open overnight: the statuses it shows are today's in the UK, and today changes at
 * midnight in London (23:00 UTC in summer) with no new document. The device's clock is stood in for by a
 * `Date` whose "now" the test moves.
 */
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import { en } from '../../../src/messages/en.js';
import { rulesInput } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { deviceClock } from '../../fixtures/device-clock.js';

describe('<action-tracker> across midnight in the UK', () => {
  const clock = deviceClock('2026-07-01T22:59:00Z');
  afterEach(() => document.querySelectorAll('action-tracker').forEach((e) => e.remove()));

  it('shows an action due today as overdue once the page is looked at after midnight, BST', async () => {
    clock.setTo('2026-07-01T22:59:00Z');
    const data = rulesInput({
      actions: [{ id: 'A-1', title: 'Send the options paper', owner: 'ann', due: '2026-07-01', status: 'open' }],
    });
    const tracker = await showWith('action-tracker', data, {});
    const statuses = en.actions.status;
    expect(shownText(tracker)).to.contain(statuses('due-soon'));
    expect(shownText(tracker)).to.contain(en.actions.statusesOn('1 July 2026'));
    // 00:30 BST on 2 July: UTC still says 1 July. The clerk comes back to the tab.
    clock.setTo('2026-07-01T23:30:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => shownText(tracker).includes(statuses('overdue')), 'the action shown overdue');
    expect(shownText(tracker)).to.contain(en.actions.statusesOn('2 July 2026'));
  });
});
