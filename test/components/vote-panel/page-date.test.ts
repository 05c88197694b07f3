/**
 * A vote panel given the page's own date as `today` (a portal writing its date into the page, as the reference
 * host did on the real clock), left open past midnight at a meeting running on. It took `today` for a day it was
 * fixed on: at 00:01 it still offered a vote to a member whose term ended the day before, dated the vote on that
 * day (00:01 the day before, 24 hours early) so that the host counted it, and showed a proposal closed at 00:30
 * as open. A `today` that was the date when the page was opened is the page's date: the panel follows the date on.
 * A `today` on another day (a demo, a rehearsal) still fixes the day (host-clock.test.ts). The device's clock is
 * stood in for by a `Date` whose "now" the test moves.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import type { Vote } from '../../../src/contract/index.js';
import { en } from '../../../src/messages/en.js';
import { londonDate } from '../../../src/rules/london-time.js';
import { rulesInput, seat } from '../../fixtures/documents.js';
import { deviceClock } from '../../fixtures/device-clock.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';

const PAGE_DATE = '2025-12-09';

/** A board meeting from 16:00 on 9 December to 02:00 on the 10th; Ann's term ends on the 9th, Ben's runs on. */
const midnightMeeting = (closes: string) =>
  rulesInput({
    seats: [seat('primary', 'ann', { term: { from: '2025-01-01', to: PAGE_DATE } }), seat('secondary', 'ben')],
    meeting: { start: '2025-12-09T16:00:00Z', end: '2025-12-10T02:00:00Z' },
    proposal: { closes },
  });

/** The panel of `voter` on the page dated PAGE_DATE, sending to a host that takes every vote into `sent`. */
async function panelOf(voter: string, closes: string, sent: Vote[] = []): Promise<VotePanel> {
  const panel = await showWith<VotePanel>('vote-panel', midnightMeeting(closes), {
    proposal: 'p',
    voter,
    today: PAGE_DATE,
  });
  panel.submit = async (record) => void sent.push(record as Vote);
  await until(() => !!forFor(panel), 'open for votes');
  return panel;
}

const forFor = (panel: VotePanel) => panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]');

/** The member comes back to the tab at `iso`: the page looks at the clock again. */
function lookAt(clock: ReturnType<typeof deviceClock>, iso: string): void {
  clock.setTo(iso);
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<vote-panel> given the page’s date as today, past midnight', () => {
  const clock = deviceClock('2025-12-09T23:59:25Z');
  beforeEach(() => clock.setTo('2025-12-09T23:59:25Z'));
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('offers no vote to a member whose term ended the day before', async () => {
    const panel = await panelOf('ann', '2025-12-10T01:30:00Z');
    lookAt(clock, '2025-12-10T00:01:12Z');
    await until(() => !forFor(panel), 'no vote offered once the term has ended');
    expect(shownText(panel)).to.contain(en.votePanel.cannotVote);
  });

  it('dates a vote cast after midnight on the new day', async () => {
    const sent: Vote[] = [];
    const panel = await panelOf('ben', '2025-12-10T01:30:00Z', sent);
    lookAt(clock, '2025-12-10T00:01:12Z');
    await until(() => shownText(panel).includes(en.votePanel.yourVote), 'the panel drawn again');
    await panel.updateComplete;
    forFor(panel)!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => sent.length === 1, 'the vote was sent');
    expect(londonDate(sent[0]!.cast), sent[0]!.cast).to.equal('2025-12-10');
    expect(Date.parse(sent[0]!.cast) - Date.parse('2025-12-10T00:01:12Z')).to.be.within(0, 60_000);
  });

  it('shows a proposal that closed at 00:30 as closed at 00:31', async () => {
    const panel = await panelOf('ben', '2025-12-10T00:30:00Z');
    lookAt(clock, '2025-12-10T00:31:00Z');
    await until(() => !forFor(panel), 'closed');
    expect(shownText(panel)).not.to.contain(en.votePanel.status('open'));
  });
});
