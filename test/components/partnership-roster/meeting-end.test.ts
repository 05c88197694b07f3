/**
 * <partnership-roster> beside a meeting on its day, nobody recorded: its attendance column says "Not recorded yet"
 * until the meeting ends by the clock, and then, with no other change to the page, what the minutes will say, as
 * the quorum indicator beside it does. The device's clock is stood in for by a `Date` whose "now" the test moves.
 */
import { expect } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import type { PartnershipRoster } from '../../../components/partnership-roster/partnership-roster.js';
import { en } from '../../../src/messages/en.js';
import { rulesInput } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { seenText } from '../../fixtures/text.js';
import { deviceClock } from '../../fixtures/device-clock.js';

const t = en.roster;
/** The meeting: 15:00 to 16:00 BST (14:00 to 15:00 UTC) on 1 July 2026, nobody recorded. */
const data = () =>
  rulesInput({ meeting: { start: '2026-07-01T15:00:00+01:00', end: '2026-07-01T16:00:00+01:00', attendance: {} } });

/** Each seat's attendance, as the roster's last column shows it. */
const attendanceColumn = (roster: Element) =>
  [...roster.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => seenText([...tr.querySelectorAll('td')].at(-1)!));

/** Counts the element's renders from now on. */
function rendersOf(element: PartnershipRoster): { count: number } {
  const renders = { count: 0 };
  element.addController({ hostUpdated: () => (renders.count += 1) });
  return renders;
}

describe('<partnership-roster> at its meeting’s end', () => {
  const clock = deviceClock('2026-07-01T14:59:59Z');
  afterEach(() => document.querySelectorAll('partnership-roster').forEach((e) => e.remove()));

  it('says "Not recorded yet" until the meeting ends, then what the minutes will say, with no other change', async () => {
    clock.setTo('2026-07-01T14:59:59Z');
    const roster = await showWith<PartnershipRoster>('partnership-roster', data(), { group: 'g', meeting: 'm' });
    expect(new Set(attendanceColumn(roster))).to.deep.equal(new Set([t.notRecordedYet]));
    // The device's clock moves past the meeting's end; the page is not touched.
    clock.setTo('2026-07-01T15:00:01Z');
    await until(() => !attendanceColumn(roster).includes(t.notRecordedYet), 'the column said as the meeting is over');
    expect(new Set(attendanceColumn(roster))).to.deep.equal(new Set([t.attendance('absent')]));
  });

  it('renders once at the end, not again while the meeting is on or once it is over', async () => {
    clock.setTo('2026-07-01T14:59:59Z');
    const roster = await showWith<PartnershipRoster>('partnership-roster', data(), { group: 'g', meeting: 'm' });
    const renders = rendersOf(roster);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(renders.count, 'no render before its end').to.equal(0);
    clock.setTo('2026-07-01T15:00:01Z');
    await until(() => renders.count > 0, 'a render at the end');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(renders.count, 'one render, no timer left').to.equal(1);
  });
});

describe('<partnership-roster> beside a meeting still on past midnight', () => {
  const clock = deviceClock('2026-12-07T23:59:00Z');
  afterEach(() => document.querySelectorAll('partnership-roster').forEach((e) => e.remove()));
  /** The meeting: 11:30pm on 7 December 2026 to 1am on the 8th (GMT), nobody recorded. */
  const lateMeeting = () =>
    rulesInput({ meeting: { start: '2026-12-07T23:30:00Z', end: '2026-12-08T01:00:00Z', attendance: {} } });

  it('still says "Not recorded yet" at 00:01, the meeting on, and what the minutes will say once it has ended', async () => {
    clock.setTo('2026-12-07T23:59:00Z');
    const roster = await showWith<PartnershipRoster>('partnership-roster', lateMeeting(), { group: 'g', meeting: 'm' });
    expect(new Set(attendanceColumn(roster))).to.deep.equal(new Set([t.notRecordedYet]));
    // Midnight in London passes, and the roster renders on the new date: the meeting is still on.
    const renders = rendersOf(roster);
    clock.setTo('2026-12-08T00:01:00Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => renders.count > 0, 'a render on 8 December');
    expect([...new Set(attendanceColumn(roster))], 'at 00:01').to.deep.equal([t.notRecordedYet]);
    clock.setTo('2026-12-08T01:00:01Z');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => !attendanceColumn(roster).includes(t.notRecordedYet), 'the column said as the meeting is over');
    expect(new Set(attendanceColumn(roster))).to.deep.equal(new Set([t.attendance('absent')]));
  });
});
