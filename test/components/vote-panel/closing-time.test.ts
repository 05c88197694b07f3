/**
 * A vote still on the member's device near the closing time: like a postal
 * vote it counts only if it reaches the host before voting closes, and the
 * panel says so (contract 1.1 "The host's clock"). These panels run on the
 * real clock (no `today`), with `closes` set from it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { en } from '../../../src/messages/en.js';
import { boardDraft } from '../../fixtures/documents.js';
import { documentUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { shownText } from '../../fixtures/text.js';
import { showWith } from '../../fixtures/show-element.js';

const t = en.votePanel;

/** The board's proposal closing `minutes` from now, decided without a meeting. */
function closingIn(minutes: number) {
  const draft = boardDraft();
  const closes = new Date(Date.now() + minutes * 60_000).toISOString();
  delete draft.proposals[0].meeting;
  draft.proposals[0].closes = closes;
  return { draft, closes };
}

/** A panel for Person c whose host answers each vote after `delayMs`, so the vote waits on the device meanwhile. */
async function slowHostPanel(draft: unknown, delayMs: number): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  const endpoint = `/__respond?status=201&type=application/json&delayMs=${delayMs}&key=${uniqueKey('late')}&body=%7B%7D`;
  const attrs = { proposal: 'p1', voter: 'p-c', endpoint, src: documentUrl(draft) };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel loaded', { timeout: 4000 });
  return panel;
}

const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
/** Person c's vote, for, recorded: the status region names the choice and the seat. */
const recordedFor = (panel: VotePanel) => statusText(panel) === t.recorded('for', 'Partner C');

function castFor(panel: VotePanel) {
  panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
  panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('<vote-panel> near the closing time', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('says a vote waiting within the hour before closing counts only if it reaches the host in time', async () => {
    const { draft, closes } = closingIn(30);
    const panel = await slowHostPanel(draft, 2500);
    castFor(panel);
    const warning = t.reachInTime(en.format.dateTime(closes));
    await waitUntil(() => statusText(panel).includes(warning), 'the status region says it', { timeout: 2000 });
    const form = panel.shadowRoot!.querySelector('form')!;
    expect(form.textContent!.replace(/\s+/g, ' ')).to.contain(warning);
    await expectNoAxeViolations(panel);
    await waitUntil(() => recordedFor(panel), 'recorded', { timeout: 5000 });
    expect(shownText(panel), 'no warning once it is recorded').not.to.contain(warning);
    expect(panel.shadowRoot!.querySelector('.deadline'), 'nor in the form').to.equal(null);
  });

  it('says nothing of the closing time while it is more than an hour away', async () => {
    const { draft, closes } = closingIn(180);
    const panel = await slowHostPanel(draft, 1500);
    castFor(panel);
    await waitUntil(() => shownText(panel).includes(t.waiting('for')), 'the vote waits', { timeout: 2000 });
    expect(panel.shadowRoot!.querySelector('.deadline')).to.equal(null);
    expect(shownText(panel)).not.to.contain(t.reachInTime(en.format.dateTime(closes)));
    await waitUntil(() => recordedFor(panel), 'recorded', { timeout: 5000 });
  });

  it('closes at its closing time, not at the clock’s next half-minute tick', async () => {
    // Before, the form stayed up to 30 s past the close ("Open for votes", "You can change it while the proposal
    // is open"), and a member who pressed the button then was told voting had closed beside it.
    const { draft, closes } = closingIn(60);
    const panel = await showWith<VotePanel>('vote-panel', draft, {
      proposal: 'p1',
      voter: 'p-c',
      endpoint: '/x',
      now: new Date(Date.parse(closes) - 1500).toISOString(),
    });
    expect(panel.shadowRoot!.querySelector('form'), 'open, a moment before').to.not.equal(null);
    await waitUntil(() => panel.shadowRoot!.querySelector('form') === null, 'the form goes at the close', {
      timeout: 4000,
    });
    await waitUntil(() => statusText(panel).startsWith(t.closedNow('').slice(0, 20)), 'the close is said', {
      timeout: 2000,
    });
  });
});
