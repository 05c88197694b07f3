/**
 * A vote the member cast on a proposal no panel on the page shows: the
 * member's first panel lists it while it waits on the device, sends it, and
 * says so when the host refuses it. Before, a panel for another proposal sent
 * it, the host refused it, and the outbox let it go with nobody told.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { forgetQueuedRecords } from '../../fixtures/queued-records.js';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { outboxForPage } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
import { shownText } from '../../fixtures/text.js';

const t = en.votePanel;
const VOTER = 'p-cirrus-head';
const OPEN_TITLE = 'Receive monthly highlight reports against the Written Statement of Action';
const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

/** A panel on the Sutton document at `endpoint`; the test's panels share one document, as a page's do. */
async function panelFor(proposal: string, endpoint: string, ready: string): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  const src = `/demo/data/sutton.json?other-votes=${endpoint}`;
  const attrs = { proposal, voter: VOTER, endpoint, src, today: '2019-12-10', now: '2019-12-10T16:30:00Z' };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes(ready), `the panel for ${proposal} loaded`, { timeout: 4000 });
  return panel;
}

describe('<vote-panel>: the member’s votes on proposals no panel shows', () => {
  const fetchBefore = window.fetch;
  afterEach(async () => {
    window.fetch = fetchBefore;
    document.querySelectorAll('vote-panel').forEach((e) => e.remove());
    await forgetQueuedRecords('/votes-');
  });

  it('lists a vote still waiting, sends it, and says so when the host refuses it', async () => {
    const endpoint = `/votes-other-${Math.random()}`;
    let host: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch')); // offline
    window.fetch = async (url, init) =>
      new URL(String(url), location.href).pathname === endpoint ? host(url, init) : fetchBefore(url, init);
    const open = await panelFor('wsoa-reporting', endpoint, t.yourVote);
    open.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    open.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(
      () =>
        [t.queued(), t.queued('offline'), t.queued('unreachable'), t.queued('server-error')].some((q) =>
          statusText(open).startsWith(q),
        ),
      'queued',
      { timeout: 4000 },
    );
    open.remove(); // the member goes to another page

    const other = await panelFor('hnb-plan', endpoint, 'High Needs Block');
    await waitUntil(() => shownText(other).includes(t.otherQueued(OPEN_TITLE)), 'listed as waiting', { timeout: 4000 });

    const rejected = new Promise<CustomEvent>((resolve) =>
      other.addEventListener('vote-rejected', (e) => resolve(e as CustomEvent), { once: true }),
    );
    host = async (_url, init) => {
      const record = new Headers(init?.headers).get('Idempotency-Key');
      return new Response(JSON.stringify({ error: 'Voting has closed.', record }), { status: 422 });
    };
    await outboxForPage().retryNow();
    const { detail } = await rejected;
    expect(detail.vote).to.include({ proposal: 'wsoa-reporting', by: VOTER });
    const said = t.otherRejected(OPEN_TITLE, 'Voting has closed.');
    await waitUntil(() => statusText(other) === said, 'announced', { timeout: 4000 });
    expect(shownText(other)).to.include(said);
    expect(shownText(other)).not.to.include(t.otherQueued(OPEN_TITLE));
  });

  it('is shown once: by the member’s first panel, and never for a proposal one of their panels shows', async () => {
    const endpoint = `/votes-once-${Math.random()}`;
    const open = await panelFor('wsoa-reporting', endpoint, t.yourVote);
    window.fetch = async (url, init) =>
      new URL(String(url), location.href).pathname === endpoint
        ? Promise.reject(new TypeError('Failed to fetch'))
        : fetchBefore(url, init);
    open.shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!.click();
    open.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(
      () =>
        [t.queued(), t.queued('offline'), t.queued('unreachable'), t.queued('server-error')].some((q) =>
          statusText(open).startsWith(q),
        ),
      'queued',
      { timeout: 4000 },
    );
    const first = await panelFor('hnb-plan', endpoint, 'High Needs Block');
    const second = await panelFor('hnb-plan', endpoint, 'High Needs Block');
    for (const panel of [open, first, second]) {
      expect(shownText(panel), 'its own panel shows it').not.to.include(t.otherQueued(OPEN_TITLE));
    }
    open.remove();
    await waitUntil(() => shownText(first).includes(t.otherQueued(OPEN_TITLE)), 'the first panel lists it');
    expect(shownText(second)).not.to.include(t.otherQueued(OPEN_TITLE));
  });
});
