/**
 * Elements with no `today` or `now` judge by the host's clock where the device's is behind it by more than its
 * `Date` can tell, or ahead of it by more than a minute, as a vote's `cast` always was: a school laptop a day slow
 * showed an action due yesterday as due today, and a tablet ten minutes fast counted a member in the room before
 * they arrived. The host's clock is what the last response's `Date` header said (src/data/host-clock.ts);
 * noteHostDate stands in for a response here.
 */
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import { noteHostDate } from '../../../src/data/host-clock.js';
import { en } from '../../../src/messages/en.js';
import { londonDate } from '../../../src/rules/london-time.js';
import { addCalendarDays } from '../../../src/contract/calendar-dates.js';
import { ElementClock } from '../../../components/internal/element-clock.js';
import { rulesInput } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';

const DAY = 24 * 60 * 60_000;

/** Tells the page the host's clock is `ahead` ms ahead of the device's, as a response's `Date` header would. */
function hostAhead(ahead: number): void {
  const now = Date.now();
  noteHostDate(new Date(now + ahead).toUTCString(), now, now);
}

const host = () => ({
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
});

describe('the host’s clock where the device’s is clearly off it', () => {
  afterEach(() => {
    hostAhead(0);
    document.querySelectorAll('action-tracker').forEach((e) => e.remove());
  });

  it('dates the action tracker’s statuses by the host’s day when the device is a day slow', async () => {
    const deviceToday = londonDate(new Date().toISOString());
    hostAhead(DAY);
    const data = rulesInput({
      actions: [{ id: 'A-1', title: 'Send the options paper', owner: 'ann', due: deviceToday, status: 'open' }],
    });
    const tracker = await showWith('action-tracker', data, {});
    expect(shownText(tracker)).to.contain(en.actions.status('overdue'));
    expect(shownText(tracker)).to.contain(en.actions.statusesOn(en.format.date(addCalendarDays(deviceToday, 1))));
  });

  it('keeps the device’s clock when it is ahead of the host’s by under a minute', async () => {
    const deviceToday = londonDate(new Date().toISOString());
    hostAhead(-30_000);
    const data = rulesInput({
      actions: [{ id: 'A-1', title: 'Send the options paper', owner: 'ann', due: deviceToday, status: 'open' }],
    });
    const tracker = await showWith('action-tracker', data, {});
    expect(shownText(tracker)).to.contain(en.actions.statusesOn(en.format.date(deviceToday)));
  });

  it('runs an element’s clock without `now` on the host’s time when the device is behind it by half a minute', () => {
    // Half a minute slow, a vote panel showed a proposal open for half a minute after the host had closed it.
    hostAhead(30_000);
    const clock = new ElementClock(host(), () => undefined);
    expect(Date.parse(clock.now) - (Date.now() + 30_000)).to.be.within(-1_000, 1_000);
  });

  it('runs an element’s clock without `now` on the host’s time when the device is ten minutes fast', () => {
    hostAhead(-10 * 60_000);
    const clock = new ElementClock(host(), () => undefined);
    expect(Date.now() - 10 * 60_000 - Date.parse(clock.now)).to.be.within(-2_000, 2_000);
  });
});
