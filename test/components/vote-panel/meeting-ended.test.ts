/**
 * Voting left open past the end of its meeting, with nobody's attendance recorded: while the meeting is on, its
 * quorum is not yet known; once it has ended it was not quorate, as the core says at that moment. The panel kept its
 * reading ("not yet known, until the meeting is quorate") from the meeting's end until voting closed or midnight:
 * nothing it kept its reading by (the proposal, the day, voting open, the moment quorum is judged at) had changed.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { rulesInput, vote, type VoteInput } from '../../fixtures/documents.js';
import { deviceClock } from '../../fixtures/device-clock.js';
import { showWith, shadowOf, until } from '../../fixtures/show-element.js';
import { shownText, textOf } from '../../fixtures/text.js';
import { parseDocument } from '../../../src/contract/index.js';
import { outcome } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { listenForAnnouncements } from '../../harness/announcements.js';

type Panel = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
const t = en.votePanel;
const resultLine = (panel: Panel) => textOf(shadowOf(panel).querySelector('.tally .result'));

/** The board meets from 4pm to 5pm on 10 December 2026 (GMT), nobody checked in; voting stays open until 8pm. */
const START = '2026-12-10T16:00:00Z';
const END = '2026-12-10T17:00:00Z';
const leftOpen = (votes: VoteInput[] = []) =>
  rulesInput({
    group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
    meeting: { start: START, end: END, attendance: {} },
    proposal: { closes: '2026-12-10T20:00:00Z' },
    votes,
  });
const counts = (panel: Panel) => [...shadowOf(panel).querySelectorAll('table.counts td')].map((td) => textOf(td));

/** The core's outcome of the proposal at `now`, on its day. */
function coreAt(now: string) {
  const parsed = parseDocument(leftOpen());
  if (!parsed.ok) throw new Error('the document is valid');
  return outcome(parsed.document, 'p', { now, today: '2026-12-10' });
}

describe('<vote-panel> with voting open past the end of a meeting nobody was recorded at', () => {
  const clock = deviceClock('2026-12-10T16:30:00Z');
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('says not yet known while the meeting is on, and not quorate once it has ended, as the core does', async () => {
    clock.setTo('2026-12-10T16:30:00Z');
    const panel = await showWith<Panel>('vote-panel', leftOpen(), { proposal: 'p', voter: 'cara' });
    await until(() => resultLine(panel) === t.standingAwaiting, 'not yet known, until the meeting is quorate');
    expect(coreAt('2026-12-10T16:30:00Z').quorumState).to.equal('not-yet-known');

    clock.setTo('2026-12-10T17:05:00Z');
    const core = coreAt('2026-12-10T17:05:00Z');
    expect([core.quorumState, core.standing]).to.deep.equal(['not-quorate', 'inquorate']);
    // The page seen again ticks its clocks: a render at 5:05pm, with nothing else changed.
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => resultLine(panel) === t.standingInquorate, `not quorate at 5:05pm, not "${resultLine(panel)}"`);
    const text = shownText(panel);
    expect(text).to.contain(t.inquorate(en.format.dateTime(START), true));
    expect(text).not.to.contain(t.quorumNotYet(en.format.dateTime(START)));
  });

  it('renders again at the meeting’s end, not at the next tick of its clock', async () => {
    clock.setTo('2026-12-10T16:59:59.500Z');
    const panel = await showWith<Panel>('vote-panel', leftOpen(), { proposal: 'p', voter: 'cara' });
    await until(() => resultLine(panel) === t.standingAwaiting, 'not yet known half a second before the end');
    // The clock passes the end with no event: only an alarm set at the end renders the panel before the next tick.
    clock.setTo('2026-12-10T17:00:01Z');
    await until(() => resultLine(panel) === t.standingInquorate, 'not quorate, just after the end', 3000);
  });

  it('says the new standing at the meeting’s end without saying the count changed, for it did not', async () => {
    clock.setTo('2026-12-10T16:59:59.500Z');
    const panel = await showWith<Panel>('vote-panel', leftOpen(), { proposal: 'p', voter: 'cara' });
    await until(() => resultLine(panel) === t.standingAwaiting, 'not yet known half a second before the end');
    const heard = listenForAnnouncements();
    try {
      // A vote a moment before the end moves the numbers alone: not news, and not the count the end is judged by.
      panel.data = leftOpen([vote('secondary', 'ben', 'for', '2026-12-10T16:59:00Z')]);
      await until(() => counts(panel)[0] === '1', 'the vote counted');
      clock.setTo('2026-12-10T17:00:01Z');
      await until(() => resultLine(panel) === t.standingInquorate, 'not quorate, just after the end', 3000);
      await panel.updateComplete;
      heard.flush();
      expect(heard.heard.filter((a) => a.from === 'vote-panel').map((a) => a.text)).to.deep.equal([
        t.standingInquorate,
      ]);
    } finally {
      heard.stop();
    }
  });
});
