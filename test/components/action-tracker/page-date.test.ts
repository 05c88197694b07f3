/**
 * An editable tracker given the page's own date as `today` (a portal writing its date into the page, as the
 * reference host did on the real clock), left open past midnight. It took `today` for a day it was fixed on: at
 * 00:08 it still said "Statuses on" the day before, and an action marked done then was recorded completed on the
 * day before. A `today` that was the date when the page was opened is the page's date: the tracker follows the
 * date on. A `today` on another day (a demo's) still fixes it (overnight.test.ts, day-watch.test.ts). The
 * device's clock is stood in for by a `Date` whose "now" the test moves.
 */
import { expect } from '@open-wc/testing';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import type { ActionStatusChange } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { rulesInput } from '../../fixtures/documents.js';
import { deviceClock } from '../../fixtures/device-clock.js';
import { shadowOf, showWith, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { saveStatus } from './editable-tracker.js';

const PAGE_DATE = '2025-12-09';
const TITLE = 'Send the options paper';

describe('<action-tracker editable> given the page’s date as today, past midnight', () => {
  const clock = deviceClock('2025-12-09T23:58:00Z');

  it('says the new day’s statuses, and records a completion on the new day', async () => {
    const data = rulesInput({ actions: [{ id: 'A1', title: TITLE, owner: 'ann', due: PAGE_DATE, status: 'open' }] });
    // Given inline: a fetched document's `Date` would set the page on the host's (the real) clock.
    const tracker = await showWith<ActionTracker>('action-tracker', data, {
      owner: 'ann',
      editable: '',
      editor: 'ann',
      today: PAGE_DATE,
    });
    const sent: ActionStatusChange[] = [];
    tracker.submit = async (record) => void sent.push(record as ActionStatusChange);
    const printed = () => textOf(shadowOf(tracker).querySelector('.printed'));
    expect(printed()).to.equal(en.actions.statusesOn(en.format.date(PAGE_DATE)));
    // 00:08 on 10 December: the clerk comes back to the tab and marks the action done.
    clock.setTo('2025-12-10T00:08:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => printed() === en.actions.statusesOn(en.format.date('2025-12-10')), 'the new day’s statuses');
    await saveStatus(tracker, TITLE, 'done');
    await until(() => sent.length === 1, 'the change is sent');
    expect(sent[0]!.completed).to.equal('2025-12-10');
    tracker.remove();
  });
});
