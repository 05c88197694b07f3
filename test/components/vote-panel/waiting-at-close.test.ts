/**
 * A vote still on the device once the member can no longer vote stays named. Offline as voting closed, the head's
 * queued "Against" went from view: "Your vote" said only that voting had closed, and the status region's
 * "Voting has closed. Result: Carried." took the place of the queued line, while the outbox still held the vote. So
 * for a proxy whose holder was checked in while their vote waited: "Your vote" named their older recorded vote only.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { parseDocument, type PartnershipDocument } from '../../../src/contract/index.js';
import { withAttendance } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { namesIn, type Messages } from '../../../src/messages/index.js';
import { forgetQueuedRecords } from '../../fixtures/queued-records.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { MEETING, meetingUnderWay, PROPOSAL } from '../../fixtures/meeting-under-way.js';

const PROXY = 'p-cirrus-head';
const at = (time: string) => `2019-12-10T${time}:00.000Z`;
/** Nothing listens on port 9 (discard): each send fails unanswered, and the vote stays queued. */
const UNREACHABLE = 'http://127.0.0.1:9/votes-waiting-at-close';

/** The meeting under way at 4pm, voting open till 5:30pm, the primary seat in the room by its proxy. */
async function underWay(): Promise<PartnershipDocument> {
  const sutton = (await (await fetch('/demo/data/sutton.json')).json()) as PartnershipDocument;
  const parsed = parseDocument(meetingUnderWay(sutton));
  if (!parsed.ok) throw new Error('the meeting under way breaks the contract');
  return parsed.document;
}

const statusText = (panel: VotePanel) => textOf(panel.shadowRoot!.querySelector('[role=status]'));
const waitingLines = (panel: VotePanel) =>
  [...panel.shadowRoot!.querySelectorAll('[data-waiting]')].map((p) => [p.getAttribute('data-waiting'), textOf(p)]);

/** The proxy's panel at 4:20pm, in `lang`, with their "Against" queued and unanswered. */
async function queuedAgainst(document: PartnershipDocument, lang: string, msg: Messages): Promise<VotePanel> {
  const panel = await showWith<VotePanel>('vote-panel', document, {
    proposal: PROPOSAL,
    today: '2019-12-10',
    voter: PROXY,
    lang,
    endpoint: UNREACHABLE,
    live: 'off',
    now: at('16:20'),
  });
  await until(() => !!panel.shadowRoot?.querySelector('input[value=against]'), 'the form');
  panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!.click();
  panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await until(() => statusText(panel).startsWith(msg.votePanel.queued('unreachable')), 'queued: unreachable');
  return panel;
}

describe('<vote-panel>: a vote still on the device once the member can no longer vote', function () {
  this.timeout(20_000);
  afterEach(async () => {
    document.querySelectorAll('vote-panel').forEach((e) => e.remove());
    await forgetQueuedRecords('votes-waiting-at-close');
  });

  for (const [lang, msg] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`names the queued vote in "Your vote" once voting closes, and the status region keeps it (${lang})`, async () => {
      const document = await underWay();
      const panel = await queuedAgainst(document, lang, msg);
      const seat = namesIn(document, msg).seat('elg-primary');

      // Still offline, past the close.
      panel.setAttribute('now', at('17:45'));
      await until(() => textOf(panel.shadowRoot).includes(msg.votePanel.votingClosed), 'closed');
      const [closedWords = ''] = msg.votePanel.closedNow('RESULT').split('RESULT');
      await until(() => statusText(panel).includes(closedWords), 'the close said');
      expect(waitingLines(panel)).to.deep.equal([['against', msg.votePanel.stillWaiting(seat, 'against', true)]]);
      expect(statusText(panel), 'the queued news is not replaced by the close').to.contain(
        msg.votePanel.queued('unreachable'),
      );
    });
  }

  it('names the proxy’s queued vote when the holder is checked in while it waits', async () => {
    const document = await underWay();
    const panel = await queuedAgainst(document, 'en', en);
    const seat = namesIn(document, en).seat('elg-primary');
    panel.data = withAttendance(document, {
      id: 'c-primary-holder',
      meeting: MEETING,
      seat: 'elg-primary',
      attendance: 'holder',
      by: 'p-elg-chair',
      at: at('16:21'),
    });
    panel.setAttribute('now', at('16:22'));
    await until(() => textOf(panel.shadowRoot).includes(en.votePanel.cannotVote), 'the proxy cannot vote');
    expect(waitingLines(panel)).to.deep.equal([['against', en.votePanel.stillWaiting(seat, 'against', false)]]);
  });
});
