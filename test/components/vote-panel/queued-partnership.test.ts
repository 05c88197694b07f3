/**
 * A vote waiting on the device belongs to its partnership (its document's `partnership.id`), not only to its
 * channel: a panel given its document as `data` (no URL), then another partnership's document with the same
 * proposal and person ids, on the same endpoint, said the first partnership's vote was saved on this device and
 * waiting, as this partnership's. It must show only its own partnership's votes, while the vote is still sent,
 * once, to the endpoint it was queued for.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { outboxForPage } from '../../../src/data/index.js';
import type { Vote } from '../../../src/contract/index.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument } from '../../fixtures/documents.js';
import { forgetQueuedRecords } from '../../fixtures/queued-records.js';
import { shownText } from '../../fixtures/text.js';

const t = en.votePanel;
const VOTER = 'p-cirrus-head';
const PROPOSAL = 'wsoa-reporting';
const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const queuedWords = [t.queued(), t.queued('offline'), t.queued('unreachable'), t.queued('server-error')];

/** The Sutton document under partnership `id`: another partnership's, with the same proposal and person ids. */
async function documentOf(id: string): Promise<object> {
  const sutton = (await seedDocument('sutton')) as { partnership: object };
  return { ...sutton, partnership: { ...sutton.partnership, id } };
}

/** A panel on `proposal` for the voter, sending to `endpoint`, given its document as `data`, or by `src`. */
async function panelOn(endpoint: string, given: { data: object } | { src: string }): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  if ('data' in given) panel.data = given.data as VotePanel['data'];
  else panel.setAttribute('src', given.src);
  const attrs = { proposal: PROPOSAL, voter: VOTER, endpoint, today: '2019-12-10', now: '2019-12-10T16:30:00Z' };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel loaded', { timeout: 4000 });
  return panel;
}

/** A vote on the open proposal by the primary seat's proxy, as a page queues it. */
function voteOf(idPrefix: string): Vote {
  return {
    id: `${idPrefix}-${Math.random()}`,
    proposal: PROPOSAL,
    seat: 'elg-primary',
    by: VOTER,
    choice: 'against',
    cast: '2019-12-10T16:20:00Z',
  };
}

/** The channel a panel with `endpoint` sends to: the endpoint's full URL. */
const channelOf = (endpoint: string) => new URL(endpoint, document.baseURI).href;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
/** The host is back: sent at once, past the outbox's second between requests after one that failed. */
async function backOnline(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await outboxForPage().retryNow();
}

/**
 * A host at `endpoint` that is unreachable until `online` is set, then stores each record (201), keeping the
 * idempotency keys it was sent in `posted`; every other request goes to `fetchBefore`.
 */
function hostAt(endpoint: string, fetchBefore: typeof window.fetch) {
  const host = { online: false, posted: [] as string[] };
  window.fetch = async (url, init) => {
    if (new URL(String(url), location.href).pathname !== endpoint) return fetchBefore(url, init);
    if (!host.online) throw new TypeError('Failed to fetch');
    host.posted.push(new Headers(init?.headers).get('Idempotency-Key')!);
    return new Response(null, { status: 201 });
  };
  return host;
}

describe('<vote-panel>: a waiting vote belongs to its partnership', () => {
  const fetchBefore = window.fetch;
  afterEach(async () => {
    window.fetch = fetchBefore;
    document.querySelectorAll('vote-panel').forEach((e) => e.remove());
    await forgetQueuedRecords('/votes-partnership-');
  });

  it('shows a vote queued for one inline document only while that partnership’s document is shown, and sends it once', async () => {
    const endpoint = `/votes-partnership-swap-${Math.random()}`;
    const host = hostAt(endpoint, fetchBefore);
    const sutton = await documentOf(`sutton-${Math.random()}`);
    const suffolk = await documentOf(`suffolk-${Math.random()}`);
    const panel = await panelOn(endpoint, { data: sutton });
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => queuedWords.some((q) => statusText(panel).startsWith(q)), 'queued', { timeout: 4000 });
    await waitUntil(() => shownText(panel).includes(t.waiting('for')), 'shown waiting', { timeout: 4000 });

    panel.data = suffolk as VotePanel['data'];
    await panel.updateComplete;
    await settle();
    expect(shownText(panel), 'not Suffolk’s vote').not.to.include(t.waiting('for'));
    expect(shownText(panel)).not.to.include(t.changeButton);
    expect(
      queuedWords.some((q) => statusText(panel).startsWith(q)),
      'nothing said of it',
    ).to.equal(false);

    panel.data = sutton as VotePanel['data'];
    await waitUntil(() => shownText(panel).includes(t.waiting('for')), 'Sutton’s again', { timeout: 4000 });

    // Sent once, to where it was queued for, whichever partnership the panel shows meanwhile.
    panel.data = suffolk as VotePanel['data'];
    await panel.updateComplete;
    let recordedHere = 0;
    panel.addEventListener('vote-recorded', () => recordedHere++);
    host.online = true;
    await backOnline();
    await waitUntil(() => host.posted.length === 1, 'sent', { timeout: 4000 });
    await outboxForPage().retryNow();
    await settle();
    expect(host.posted.length, 'sent once').to.equal(1);
    expect(recordedHere, 'not Suffolk’s vote recorded').to.equal(0);
    expect(panel.shadowRoot!.querySelector('[data-recorded]'), 'not shown as Suffolk’s vote').to.equal(null);
  });

  it('shows its partnership’s vote queued by an inline document where the document is given by src, not another’s', async () => {
    const endpoint = `/votes-partnership-src-${Math.random()}`;
    window.fetch = async (url, init) =>
      new URL(String(url), location.href).pathname === endpoint
        ? Promise.reject(new TypeError('Failed to fetch'))
        : fetchBefore(url, init);
    const outbox = outboxForPage();
    const other = { ...voteOf('other-partnership'), choice: 'abstain' as const };
    await outbox.enqueue({
      kind: 'vote',
      record: other,
      id: other.id,
      channel: channelOf(endpoint),
      partnership: 'other-ep',
    });
    const src = `/demo/data/sutton.json?queued-partnership=${Math.random()}`;
    const panel = await panelOn(endpoint, { src });
    await settle();
    expect(shownText(panel), 'another partnership’s vote').not.to.include(t.waiting('abstain'));

    const own = voteOf('own-partnership');
    await outbox.enqueue({
      kind: 'vote',
      record: own,
      id: own.id,
      channel: channelOf(endpoint),
      partnership: 'sutton-ep',
    });
    await waitUntil(() => shownText(panel).includes(t.waiting('against')), 'its own partnership’s vote', {
      timeout: 4000,
    });
  });

  it('shows and sends a vote an earlier kit queued with no partnership, from a panel on its endpoint', async () => {
    const endpoint = `/votes-partnership-legacy-${Math.random()}`;
    const host = hostAt(endpoint, fetchBefore);
    const legacy = voteOf('legacy');
    await outboxForPage().enqueue({ kind: 'vote', record: legacy, id: legacy.id, channel: channelOf(endpoint) });
    const panel = await panelOn(endpoint, { data: await documentOf(`sutton-${Math.random()}`) });
    await waitUntil(() => shownText(panel).includes(t.waiting('against')), 'shown waiting', { timeout: 4000 });
    host.online = true;
    await backOnline();
    await waitUntil(() => host.posted.includes(legacy.id), 'sent', { timeout: 4000 });
    expect(host.posted).to.deep.equal([legacy.id]);
  });
});
