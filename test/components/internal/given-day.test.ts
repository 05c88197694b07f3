/**
 * Whether an element's `today` fixes its date (a rehearsal, a report as at a day) or is only the page's own date,
 * which the element follows on past midnight (components/internal/given-day.ts).
 */
import { expect } from '@open-wc/testing';
import { GivenDay } from '../../../components/internal/given-day.js';
import { londonDate } from '../../../src/rules/london-time.js';

/** The UK date the test page was opened on, and the next day. */
const opened = londonDate(new Date(performance.timeOrigin).toISOString());
const dayAfter = londonDate(new Date(Date.parse(`${opened}T12:00:00Z`) + 86_400_000).toISOString());

/** Runs `check` as if the page had been open `ms` milliseconds. */
function openFor<T>(ms: number, check: () => T): T {
  const own = Object.getOwnPropertyDescriptor(performance, 'now');
  Object.defineProperty(performance, 'now', { configurable: true, value: () => ms });
  try {
    return check();
  } finally {
    if (own) Object.defineProperty(performance, 'now', own);
    else delete (performance as { now?: unknown }).now;
  }
}

describe('GivenDay: whether today fixes an element on a day', () => {
  it('does not fix the date its clock reads as it is given', () => {
    expect(new GivenDay().fixed('2026-03-10', () => '2026-03-10')).to.equal(undefined);
  });

  it('fixes another day, and a date that is not one fixes nothing', () => {
    expect(new GivenDay().fixed('2019-12-10', () => '2026-03-10')).to.equal('2019-12-10');
    expect(new GivenDay().fixed('2019-02-30', () => '2026-03-10')).to.equal(undefined);
  });

  it('takes the page’s opening date, given as the page opens after midnight, for the page’s own', () => {
    expect(openFor(5_000, () => new GivenDay().fixed(opened, () => dayAfter))).to.equal(undefined);
  });

  it('fixes the page’s opening date when it is given once the page has been open a while: a choice of day', () => {
    // A "statuses as at" picker set to yesterday after midnight, on a page opened yesterday.
    expect(openFor(3_600_000, () => new GivenDay().fixed(opened, () => dayAfter))).to.equal(opened);
  });
});
