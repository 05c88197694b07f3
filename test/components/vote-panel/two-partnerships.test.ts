// Two partnerships on one site (a council's intranet at /sutton/ and /suffolk/),
// each page's vote panel sending through the host's own `submit`: the page's
// outbox is one per origin, so a vote must go through the `submit` of its own
// partnership's panel, never the other's, on the same page or the next.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { outboxForPage, type SubmitFunction } from '../../../src/data/index.js';
import type { Vote } from '../../../src/contract/index.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';

const t = en.votePanel;
const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

/** A panel on partnership `id` (the Sutton document under that id), sending through `submit`. */
async function panelOf(id: string, submit: SubmitFunction, src?: string): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  panel.submit = submit;
  if (src) panel.setAttribute('src', src);
  else {
    const sutton = (await seedDocument('sutton')) as { partnership: object };
    panel.data = { ...sutton, partnership: { ...sutton.partnership, id } };
  }
  for (const [name, value] of Object.entries({
    proposal: 'wsoa-reporting',
    today: '2019-12-10',
    voter: 'p-cirrus-head',
  }))
    panel.setAttribute(name, value);
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel loaded', { timeout: 4000 });
  return panel;
}

function castFor(panel: VotePanel): void {
  panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
  panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

/** A `submit` that keeps what it was given, and answers as `answer` says. */
function host(answer: (vote: Vote) => Promise<unknown> = async () => undefined) {
  const got: Vote[] = [];
  const submit = ((vote: Vote) => (got.push(vote), answer(vote))) as SubmitFunction;
  return { got, submit };
}

/** A vote for Sutton's open proposal, cast by the primary seat's proxy and waiting on the device; its id begins `idPrefix`. */
function waitingVote(idPrefix: string): Vote {
  return {
    id: `${idPrefix}-${Math.random()}`,
    proposal: 'wsoa-reporting',
    seat: 'elg-primary',
    by: 'p-cirrus-head',
    choice: 'for',
    cast: '2019-12-10T16:40:00Z',
  };
}

describe('<vote-panel> with two partnerships on one site', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('sends a vote through its own partnership’s submit when two panels on the page each have one', async () => {
    const sutton = host();
    const suffolk = host();
    const suttonPanel = await panelOf('sutton-two-1', sutton.submit);
    await panelOf('suffolk-two-1', suffolk.submit);
    castFor(suttonPanel);
    await waitUntil(() => sutton.got.length + suffolk.got.length > 0, 'sent', { timeout: 4000 });
    expect(suffolk.got.length, 'nothing through Suffolk’s submit').to.equal(0);
    expect(sutton.got.length).to.equal(1);
  });

  it('keeps a vote queued for one partnership from the other partnership’s page', async () => {
    const offline = host(() => Promise.reject(new Error('offline')));
    const suttonPanel = await panelOf('sutton-two-2', offline.submit);
    castFor(suttonPanel);
    await waitUntil(() => statusText(suttonPanel).startsWith(t.queued('server-error')), 'queued', { timeout: 4000 });
    suttonPanel.remove();
    // The member opens the other partnership's page, whose submit answers.
    const suffolk = host();
    await panelOf('suffolk-two-2', suffolk.submit);
    await outboxForPage().retryNow();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await outboxForPage().retryNow();
    expect(
      suffolk.got.map((vote) => vote.proposal),
      'the Sutton vote never goes to Suffolk',
    ).to.deep.equal([]);
    // Back on its own partnership's page, it is sent.
    const sutton = host();
    await panelOf('sutton-two-2', sutton.submit);
    await waitUntil(() => sutton.got.length === 1, 'sent by its own partnership’s page', { timeout: 4000 });
  });

  it('lists a waiting vote of one partnership on its own panel, whatever the other partnership’s panel shows', async () => {
    // A director with one person id in both documents (the council's own staff ids): the dashboard shows
    // Sutton's open proposal, and Suffolk's document (here a copy at its own address) for another proposal.
    const sutton = await panelOf('ignored', host().submit, `/demo/data/sutton.json?two-partnerships=a${Math.random()}`);
    const suffolkSrc = `/demo/data/sutton.json?two-partnerships=b${Math.random()}`;
    const suffolk = document.createElement('vote-panel') as VotePanel;
    for (const [name, value] of Object.entries({
      src: suffolkSrc,
      proposal: 'hnb-plan',
      voter: 'p-cirrus-head',
      endpoint: '/nowhere-two-partnerships',
    }))
      suffolk.setAttribute(name, value);
    document.body.append(suffolk);
    await waitUntil(() => shownText(suffolk).includes('High Needs Block'), 'loaded', { timeout: 4000 });
    // A vote on Suffolk's proposal of the same id as the one Sutton's panel shows, kept on the device.
    const vote = waitingVote('waiting');
    const documentUrl = new URL(suffolkSrc, document.baseURI).href;
    await outboxForPage().enqueue({ kind: 'vote', record: vote, id: vote.id, channel: '/nowhere-else', documentUrl });
    const title = 'Receive monthly highlight reports against the Written Statement of Action';
    await waitUntil(() => shownText(suffolk).includes(t.otherQueued(title)), 'listed by Suffolk’s panel', {
      timeout: 4000,
    });
    expect(shownText(sutton)).to.not.contain(t.otherQueued(title));
  });

  it('sends a vote an earlier version queued under the bare submit channel from its own document’s page', async () => {
    const src = `/demo/data/sutton.json?two-partnerships=${Math.random()}`;
    const documentUrl = new URL(src, document.baseURI).href;
    const vote = waitingVote('legacy');
    await outboxForPage().enqueue({
      kind: 'vote',
      record: vote,
      id: vote.id,
      channel: 'submit:vote-panel',
      documentUrl,
    });
    const sutton = host();
    await panelOf('ignored', sutton.submit, src);
    await waitUntil(() => sutton.got.some((v) => v.id === vote.id), 'sent', { timeout: 4000 });
  });
});
