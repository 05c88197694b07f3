/**
 * A member watching the panel as voting closes: the form goes, and with it
 * the focus and the line naming their vote. A screen reader heard nothing:
 * the result appeared in silence, focus fell to the page's body. The status
 * region now says voting has closed and the result, focus goes to the
 * proposal's title, and their own vote stays in view.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { parseDocument } from '../../../src/contract/index.js';
import { outcome } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/names.js';

const t = en.votePanel;
const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

/** Sutton's document: the proposal that closes, and the votes the tests add. */
type Sutton = { proposals: { id: string; status: string }[]; votes: unknown[] };

/** Why the host refuses a vote that reached it after the close. */
const reason = 'Voting on this proposal has closed.';

/**
 * The primary seat's proxy votes for 'wsoa-reporting' on a panel of Sutton, open; the host refuses the vote as
 * closed, and the close (`closed`, the document with the proposal closed) reaches the panel in the same moment.
 * `sent()` is the vote refused, once the refusal has come.
 */
async function refusedAsTheCloseArrives() {
  const sutton = (await seedDocument('sutton')) as Sutton;
  const closed = structuredClone(sutton);
  closed.proposals.find((p) => p.id === 'wsoa-reporting')!.status = 'closed';
  const panel = await showWith<VotePanel>('vote-panel', sutton, {
    proposal: 'wsoa-reporting',
    today: '2019-12-10',
    voter: 'p-cirrus-head',
  });
  panel.submit = async () => ({ rejected: reason });
  let refused: { id: string; cast: string } | undefined;
  panel.addEventListener(
    'vote-rejected',
    (event) => {
      refused = (event as CustomEvent<{ vote: { id: string; cast: string } }>).detail.vote;
      panel.data = closed;
    },
    { once: true },
  );
  await panel.updateComplete;
  panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
  panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  const sent = () => {
    if (!refused) throw new Error('no vote refused yet');
    return refused;
  };
  return { panel, closed, sent };
}

describe('<vote-panel> as voting closes', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('says so with the result, moves focus to the title, and keeps the member’s own vote in view', async () => {
    const sutton = (await seedDocument('sutton')) as { proposals: { id: string; status: string }[] };
    const parsed = parseDocument(sutton);
    if (!parsed.ok) throw new Error('the Sutton document is valid');
    const names = namesIn(parsed.document, en);
    const panel = await showWith<VotePanel>('vote-panel', sutton, {
      proposal: 'wsoa-reporting',
      today: '2019-12-10',
      voter: 'p-hackbridge-head',
      endpoint: '/x',
    });
    const button = panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.focus();
    expect(panel.shadowRoot!.activeElement).to.equal(button);

    // The host closes the proposal: a new document, as the live channel brings it.
    const closed = structuredClone(sutton);
    closed.proposals.find((p) => p.id === 'wsoa-reporting')!.status = 'closed';
    panel.data = closed;
    const closedDoc = parseDocument(closed);
    if (!closedDoc.ok) throw new Error('the closed document is valid');
    const result = outcome(closedDoc.document, 'wsoa-reporting', { today: '2019-12-10' }).result;

    await waitUntil(() => statusText(panel) === t.closedNow(t.result(result)), 'the status region says it has closed');
    expect(panel.shadowRoot!.querySelector('form'), 'the form is gone').to.equal(null);
    expect(panel.shadowRoot!.activeElement?.id, 'focus is on the proposal’s title').to.equal('title');
    const own = panel.shadowRoot!.querySelector('.current[data-recorded]')!;
    const theirs = closedDoc.document.votes.find(
      (v) => v.proposal === 'wsoa-reporting' && v.by === 'p-hackbridge-head',
    )!;
    expect(own.textContent!.trim()).to.equal(t.closedVote(names.seat(theirs.seat), theirs.choice));
  });

  it('says the result of the document shown now, not of a stale copy the close was first seen on', async () => {
    // A member's phone lost its signal before the clerk checked four seats out; it saw the close on its old copy
    // (quorate: carried), then the fresh document arrived (inquorate). "Voting has closed. Result: Carried." stayed
    // above a count that said "Not decided: the meeting was not quorate".
    type Doc = {
      proposals: { id: string; status: string }[];
      meetings: { id: string; attendance: Record<string, unknown> }[];
    };
    const sutton = (await seedDocument('sutton')) as Doc;
    const panel = await showWith<VotePanel>('vote-panel', sutton, {
      proposal: 'wsoa-reporting',
      today: '2019-12-10',
      voter: 'p-cirrus-head',
      endpoint: '/x',
    });
    const stale = structuredClone(sutton);
    stale.proposals.find((p) => p.id === 'wsoa-reporting')!.status = 'closed';
    panel.data = stale;
    await waitUntil(
      () => statusText(panel) === t.closedNow(t.result('carried')),
      'the close is said, from the copy shown',
    );

    const fresh = structuredClone(stale);
    const attendance = fresh.meetings.find((m) => m.id === 'elg-2019-12-10')!.attendance;
    for (const seat of ['elg-special', 'elg-post16', 'elg-primary-governors', 'elg-cognus'])
      attendance[seat] = 'absent';
    const parsed = parseDocument(fresh);
    if (!parsed.ok) throw new Error('the fresh document is valid');
    expect(outcome(parsed.document, 'wsoa-reporting', { today: '2019-12-10' }).result).to.equal('inquorate');
    panel.data = fresh;
    await waitUntil(
      () => statusText(panel) === t.closedNow(t.result('inquorate')),
      `the status region follows the fresh document; it says "${statusText(panel)}"`,
    );
  });

  it('keeps a vote the host refused as too late in view, and says the refusal with the close', async () => {
    // A member's phone came back online after the close: the host refused the vote (proposal not open), and the
    // close, noticed in the same moment, replaced the refusal; the panel then said only that voting had closed.
    const { panel, closed, sent } = await refusedAsTheCloseArrives();
    const parsed = parseDocument(closed);
    if (!parsed.ok) throw new Error('the closed document is valid');
    const result = outcome(parsed.document, 'wsoa-reporting', { today: '2019-12-10' }).result;

    const both = `${t.rejected(reason)} ${t.closedNow(t.result(result))}`;
    await waitUntil(() => statusText(panel) === both, `both are said; the status says "${statusText(panel)}"`);
    const refused = panel.shadowRoot!.querySelector('.current[data-refused]');
    const seat = namesIn(parsed.document, en).seat('elg-primary');
    expect(refused?.textContent?.trim()).to.equal(t.closedRefused(seat, 'for', reason));

    // Their vote cast later on another device was recorded: the refusal is no longer theirs to act on.
    const later = structuredClone(closed);
    later.votes.push({
      id: '8d3c2e8a-1b7f-4c1e-9a55-0f3c6d2b7e10',
      proposal: 'wsoa-reporting',
      seat: 'elg-primary',
      by: 'p-cirrus-head',
      choice: 'against',
      cast: new Date(Date.parse(sent().cast) + 1_000).toISOString(),
    });
    panel.data = later;
    await waitUntil(() => !panel.shadowRoot!.querySelector('.current[data-refused]'), 'the refusal leaves');
  });

  it('keeps a refused vote in view beside one stored in the same second that the count puts before it', async () => {
    // The member's vote keyed in from paper at the same second, by a host that stamps no `received`, with a lesser
    // id: the count orders it before the refused one, which still says where they stand. Compared by cast alone,
    // it was taken to replace the refusal, and the refused vote was lost from view.
    const { panel, closed, sent } = await refusedAsTheCloseArrives();
    const refused = () => panel.shadowRoot!.querySelector('.current[data-refused]');
    await waitUntil(refused, 'the refused vote is in view');

    const sameSecond = {
      id: '00000000-0000-4000-8000-000000000000',
      proposal: 'wsoa-reporting',
      seat: 'elg-primary',
      by: 'p-cirrus-head',
      choice: 'against',
      cast: sent().cast,
    };
    expect(sameSecond.id < sent().id, 'the stored vote has the lesser id').to.equal(true);
    const before = structuredClone(closed);
    before.votes.push(sameSecond);
    panel.data = before;
    const recorded = () => panel.shadowRoot!.querySelector('.current[data-recorded]')?.getAttribute('data-recorded');
    await waitUntil(() => recorded() === 'against', 'the stored vote is shown');
    expect(refused()?.getAttribute('data-refused'), 'the refused vote, later by the count').to.equal('for');

    // Stamped by the host, the stored vote is the later: it replaced the refused one.
    const after = structuredClone(closed);
    after.votes.push({ ...sameSecond, received: new Date(Date.parse(sent().cast) + 1_000).toISOString() });
    panel.data = after;
    await waitUntil(() => !refused(), 'the refusal leaves');
  });

  it('stops saying voting has closed once the proposal is opened again', async () => {
    const sutton = (await seedDocument('sutton')) as { proposals: { id: string; status: string }[] };
    const panel = await showWith<VotePanel>('vote-panel', sutton, {
      proposal: 'wsoa-reporting',
      today: '2019-12-10',
      voter: 'p-cirrus-head',
      endpoint: '/x',
    });
    const closed = structuredClone(sutton);
    closed.proposals.find((p) => p.id === 'wsoa-reporting')!.status = 'closed';
    panel.data = closed;
    await waitUntil(() => statusText(panel).startsWith(t.closedNow('').split(':')[0]!), 'the close is said');
    panel.data = structuredClone(sutton); // the chair opens the vote again
    await waitUntil(() => panel.shadowRoot!.querySelector('form'), 'the form is back');
    expect(statusText(panel)).to.equal('');
  });

  it('says a proposal withdrawn while voting was withdrawn, with no result, and shows no count', async () => {
    // The chair withdraws the motion mid-vote: "Voting has closed. Result: Not carried." told members it was lost.
    const sutton = (await seedDocument('sutton')) as { proposals: { id: string; status: string }[] };
    const panel = await showWith<VotePanel>('vote-panel', sutton, {
      proposal: 'wsoa-reporting',
      today: '2019-12-10',
      voter: 'p-hackbridge-head',
      endpoint: '/x',
    });
    const withdrawn = structuredClone(sutton);
    withdrawn.proposals.find((p) => p.id === 'wsoa-reporting')!.status = 'withdrawn';
    panel.data = withdrawn;
    await waitUntil(() => statusText(panel) === t.withdrawnNow, 'the withdrawal is said');
    expect(panel.shadowRoot!.textContent).to.contain(t.withdrawn);
    expect(panel.shadowRoot!.querySelector('table'), 'no count').to.equal(null);
  });

  it('says nothing of closing for a proposal that was closed when the panel came', async () => {
    const sutton = (await seedDocument('sutton')) as { proposals: { id: string; status: string }[] };
    sutton.proposals.find((p) => p.id === 'wsoa-reporting')!.status = 'closed';
    const panel = await showWith<VotePanel>('vote-panel', sutton, {
      proposal: 'wsoa-reporting',
      today: '2019-12-10',
      voter: 'p-hackbridge-head',
    });
    await panel.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statusText(panel)).to.equal('');
  });
});
