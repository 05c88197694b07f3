/**
 * A rehearsal page fixed on another day (`today`, no `now`): its vote panel, quorum indicator and roster judge that
 * day's meeting by the device's time of day on it, and so say the same of its quorum. The vote panel alone did: after
 * the meeting's end by the hour it said "not quorate", while the quorum indicator and the roster beside it, judging
 * by the date alone, said quorum was not yet known. The device's clock is stood in for by a `Date` the test moves.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import '../../../components/quorum-indicator/quorum-indicator.js';
import '../../../components/partnership-roster/partnership-roster.js';
import { rulesInput } from '../../fixtures/documents.js';
import { deviceClock } from '../../fixtures/device-clock.js';
import { showWith, shadowOf, until } from '../../fixtures/show-element.js';
import { seenText, textOf } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';

/** The rehearsed meeting: 4pm to 5pm on 10 December 2026 (GMT), nobody checked in; voting open until 8pm. */
const REHEARSED_DAY = '2026-12-10';
const rehearsal = () =>
  rulesInput({
    group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
    meeting: { start: '2026-12-10T16:00:00Z', end: '2026-12-10T17:00:00Z', attendance: {} },
    proposal: { closes: '2026-12-10T20:00:00Z' },
  });

const panelResult = (panel: Element) => textOf(shadowOf(panel).querySelector('.tally .result'));
/** The verdict on the meeting as a whole: the last verdict, after quorum now while the meeting is on. */
const meetingVerdict = (indicator: Element) =>
  seenText([...shadowOf(indicator).querySelectorAll('[part=verdict] strong')].at(-1)!);
const attendanceColumn = (roster: Element) =>
  new Set(
    [...shadowOf(roster).querySelectorAll('tbody tr')].map((tr) => seenText([...tr.querySelectorAll('td')].at(-1)!)),
  );

/** The three elements on one rehearsal page, each given the rehearsed day. */
async function rehearsalPage() {
  const data = rehearsal();
  const panel = await showWith('vote-panel', data, { proposal: 'p', voter: 'cara', today: REHEARSED_DAY });
  const indicator = await showWith('quorum-indicator', data, { meeting: 'm', today: REHEARSED_DAY });
  const roster = await showWith('partnership-roster', data, { group: 'g', meeting: 'm', today: REHEARSED_DAY });
  return { panel, indicator, roster };
}

describe('a page fixed on another day, its meeting judged by the hour on that day', () => {
  // The real day is a week after the rehearsed one.
  const clock = deviceClock('2026-12-17T16:30:00Z');
  afterEach(() =>
    document.querySelectorAll('vote-panel, quorum-indicator, partnership-roster').forEach((e) => e.remove()),
  );

  it('during the meeting’s hour: every element says quorum is not yet known', async () => {
    clock.setTo('2026-12-17T16:30:00Z');
    const { panel, indicator, roster } = await rehearsalPage();
    await until(() => panelResult(panel) === en.votePanel.standingAwaiting, 'the panel: not yet known');
    expect(meetingVerdict(indicator)).to.equal(en.quorum.notYet);
    expect(attendanceColumn(roster)).to.deep.equal(new Set([en.roster.notRecordedYet]));
  });

  it('after the meeting’s hour: every element says it was not quorate', async () => {
    clock.setTo('2026-12-17T17:30:00Z');
    const { panel, indicator, roster } = await rehearsalPage();
    await until(() => panelResult(panel) === en.votePanel.standingInquorate, 'the panel: not quorate');
    expect(meetingVerdict(indicator)).to.equal(en.quorum.notQuorate);
    expect(attendanceColumn(roster)).to.deep.equal(new Set([en.roster.attendance('absent')]));
  });

  it('the roster says so at the meeting’s end by the hour, with no other change to the page', async () => {
    clock.setTo('2026-12-17T16:59:59Z');
    const { roster } = await rehearsalPage();
    expect(attendanceColumn(roster)).to.deep.equal(new Set([en.roster.notRecordedYet]));
    clock.setTo('2026-12-17T17:00:01Z');
    await until(() => !attendanceColumn(roster).has(en.roster.notRecordedYet), 'the roster at the end of the hour');
    expect(attendanceColumn(roster)).to.deep.equal(new Set([en.roster.attendance('absent')]));
  });

  it('the quorum indicator shows no "now" of a meeting minuted with no times, only its verdict', async () => {
    // No end written: by the hour, the meeting of the fixed day is on until midnight.
    clock.setTo('2026-12-17T22:30:00Z');
    const minuted = rulesInput({
      group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
      meeting: { start: '2026-12-10T16:00:00Z', attendance: { chair: 'holder', secondary: 'holder' } },
    });
    const indicator = await showWith('quorum-indicator', minuted, { meeting: 'm', today: REHEARSED_DAY });
    // Booleans: chai describes a failing element, its shadow root and all, at such length that the browser gave up.
    expect(shadowOf(indicator).querySelector('[part~=now]') === null, 'no "now" shown').to.equal(true);
    expect(meetingVerdict(indicator)).to.equal(en.quorum.quorate);
  });

  it('the quorum indicator gives its verdict at the meeting’s end by the hour, not at its clock’s next tick', async () => {
    clock.setTo('2026-12-17T16:59:59Z');
    const { indicator } = await rehearsalPage();
    expect(meetingVerdict(indicator)).to.equal(en.quorum.notYet);
    // Nothing touches the page; the indicator's clock ticks every half minute, well after the wait below.
    clock.setTo('2026-12-17T17:00:01Z');
    await until(() => meetingVerdict(indicator) === en.quorum.notQuorate, 'the verdict at the end of the hour', 5000);
  });
});

describe('a vote panel fixed on another day, at its proposal’s close by the hour on that day', () => {
  const clock = deviceClock('2026-12-17T19:59:58Z');
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('closes its form at the close, not up to half a minute later at its clock’s tick', async () => {
    clock.setTo('2026-12-17T19:59:58Z');
    const attrs = { proposal: 'p', voter: 'cara', today: REHEARSED_DAY, endpoint: '/x' };
    const panel = await showWith('vote-panel', rehearsal(), attrs);
    expect(shadowOf(panel).querySelector('form'), 'open two seconds before 8pm').to.not.equal(null);
    // The device's clock is past 8pm before the close's alarm rings; nothing else touches the page.
    clock.setTo('2026-12-17T20:00:01Z');
    await until(() => shadowOf(panel).querySelector('form') === null, 'the form gone at the close', 5000);
  });
});
