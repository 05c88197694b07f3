/**
 * The midnight watch (components/internal/day-watch.ts) follows only the elements whose view moves with the UK
 * date: one given `today` on another day than the device's shows that day whatever the device's date, and is not
 * rendered again at midnight (its watch was a timer and two readings of the clock at every mount, issue 12). One
 * whose `today` is taken away later follows the date from then on. The device's clock is stood in for by a `Date`
 * whose "now" the test moves.
 */
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import { en } from '../../../src/messages/en.js';
import { rulesInput } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { deviceClock } from '../../fixtures/device-clock.js';

/** A day the tracker is set on, not the device's: one given the page's own date follows the date. */
const FIXED_DAY = '2026-06-30';

type Tracker = HTMLElement & { updateComplete: Promise<boolean>; addController(c: object): void };

const data = () =>
  rulesInput({
    actions: [{ id: 'A-1', title: 'Send the options paper', owner: 'ann', due: '2026-07-01', status: 'open' }],
  });

/** Counts the element's renders from now on. */
function rendersOf(element: Tracker): { count: number } {
  const renders = { count: 0 };
  element.addController({ hostUpdated: () => (renders.count += 1) });
  return renders;
}

/** The clerk comes back to the tab: the page looks at the date again. */
async function lookAgain(element: Tracker): Promise<void> {
  document.dispatchEvent(new Event('visibilitychange'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
}

describe('the midnight watch', () => {
  const clock = deviceClock('2026-07-01T22:59:00Z');
  afterEach(() => document.querySelectorAll('action-tracker').forEach((e) => e.remove()));

  it('does not render an element given another day as today again when the UK date changes', async () => {
    // Another day than the device's: a page set on that day (a demo's). One given the page's own date follows the
    // date past midnight (page-date.test.ts under action-tracker/).
    clock.setTo('2026-07-01T22:59:00Z');
    const tracker = await showWith<Tracker>('action-tracker', data(), { today: FIXED_DAY });
    const renders = rendersOf(tracker);
    clock.setTo('2026-07-01T23:30:00Z');
    await lookAgain(tracker);
    expect(renders.count).to.equal(0);
    expect(shownText(tracker)).to.contain(en.actions.statusesOn('30 June 2026'));
  });

  it('follows the date once the element given today loses it', async () => {
    clock.setTo('2026-07-01T22:00:00Z');
    const tracker = await showWith<Tracker>('action-tracker', data(), { today: FIXED_DAY });
    tracker.removeAttribute('today');
    await tracker.updateComplete;
    expect(shownText(tracker)).to.contain(en.actions.status('due-soon'));
    // 00:30 BST on 2 July: UTC still says 1 July.
    clock.setTo('2026-07-01T23:30:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => shownText(tracker).includes(en.actions.status('overdue')), 'the action shown overdue');
    expect(shownText(tracker)).to.contain(en.actions.statusesOn('2 July 2026'));
  });

  it('follows the date while an element without today is on the page, after one given today has left', async () => {
    clock.setTo('2026-07-01T22:00:00Z');
    const dated = await showWith<Tracker>('action-tracker', data(), { today: FIXED_DAY });
    const following = await showWith<Tracker>('action-tracker', data(), {});
    dated.remove();
    clock.setTo('2026-07-01T23:30:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => shownText(following).includes(en.actions.status('overdue')), 'the action shown overdue');
  });
});

// An element given `now` keeps its own clock, running on from that moment: its day turns at that clock's
// midnight in London, not the device's. A tracker set to 23:59:50 BST still said "Due soon" a minute on.
describe('the midnight watch of an element given now', () => {
  afterEach(() => document.querySelectorAll('action-tracker').forEach((e) => e.remove()));

  it('renders it again at its own clock’s midnight in the UK', async () => {
    // 23:59:58 BST on 1 July 2026, whatever the device's date.
    const tracker = await showWith<Tracker>('action-tracker', data(), { now: '2026-07-01T22:59:58Z' });
    expect(shownText(tracker)).to.contain(en.actions.status('due-soon'));
    await until(() => shownText(tracker).includes(en.actions.status('overdue')), 'the action shown overdue', 6000);
    expect(shownText(tracker)).to.contain(en.actions.statusesOn('2 July 2026'));
  });

  it('follows a now given after it was shown', async () => {
    const tracker = await showWith<Tracker>('action-tracker', data(), { now: '2026-06-30T12:00:00Z' });
    tracker.setAttribute('now', '2026-07-01T22:59:58Z');
    await tracker.updateComplete;
    expect(shownText(tracker)).to.contain(en.actions.status('due-soon'));
    await until(() => shownText(tracker).includes(en.actions.status('overdue')), 'the action shown overdue', 6000);
  });
});
