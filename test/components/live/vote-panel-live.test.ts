// A vote panel kept live over a real event stream (test/harness/events-plugin.js):
// another device's vote moves the count with no reload, and this member's vote
// still waiting in the outbox stays on screen through a refetch. Without the
// events plugin they fail, saying so.
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../../src/messages/index.js';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { shownText } from '../../fixtures/text.js';
import { seedDocument } from '../../fixtures/documents.js';
import { landedFetches, uniqueKey, untilOpeningFetchLanded } from '../../fixtures/probe-element.js';

const api = (route: string, channel: string, extra = '') =>
  `/__events/${route}?channel=${encodeURIComponent(channel)}${extra}`;
const publish = (channel: string, event: string, data: unknown) =>
  fetch(api('send', channel, `&event=${event}`), { method: 'POST', body: JSON.stringify(data) });
const listeners = async (channel: string) =>
  ((await (await fetch(api('state', channel))).json()) as { listeners: number }).listeners;

/** A panel on the channel's document, once its stream is open and the fetch its opening asks for has landed. */
async function panelOn(channel: string, endpoint: string, voter = 'p-cirrus-head'): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  const src = api('document', channel);
  const attrs = {
    proposal: 'wsoa-reporting',
    today: '2019-12-10',
    voter,
    endpoint,
    src,
  };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  const landed = landedFetches(src);
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes('Your vote'), 'the panel loaded', { timeout: 4000 });
  await waitUntil(async () => (await listeners(channel)) === 1, 'the stream is open', { timeout: 5000 });
  await untilOpeningFetchLanded(landed);
  return panel;
}

describe('<vote-panel> kept live', function () {
  before(async function () {
    const ping = await fetch('/__events/ping').catch(() => undefined);
    if (!ping?.ok)
      throw new Error('The events plugin is not registered: add eventsPlugin() to web-test-runner.config.js.');
  });
  afterEach(() => {
    document.querySelectorAll('vote-panel').forEach((e) => e.remove());
    forgetDocumentStores();
  });

  it('another member’s vote moves the count at once, with no reload', async () => {
    const channel = uniqueKey('vote-live');
    await fetch(api('document', channel), { method: 'PUT', body: JSON.stringify(await seedDocument('sutton')) });
    const panel = await panelOn(channel, '/__respond?status=503');
    const before = shownText(panel);
    await publish(channel, 'record', {
      kind: 'vote',
      record: {
        id: 'vote-from-another-device',
        proposal: 'wsoa-reporting',
        seat: 'elg-post16',
        by: 'p-stcg-cm',
        choice: 'for',
        cast: '2019-12-10T16:25:00+00:00',
        received: '2019-12-10T16:25:01+00:00',
      },
    });
    await waitUntil(() => shownText(panel) !== before, 'the count moves', { timeout: 2000 });
    const counts = (f: number, a: number) =>
      `${en.votePanel.tallyCaption} ${en.votePanel.countsFor} ${f} ${en.votePanel.countsAgainst} ${a}`;
    expect(before).to.contain(counts(2, 1));
    expect(shownText(panel)).to.contain(counts(3, 1));
  });

  it('this member’s vote waiting in the outbox stays on screen through a refetch', async () => {
    const channel = uniqueKey('vote-queued');
    await fetch(api('document', channel), { method: 'PUT', body: JSON.stringify(await seedDocument('sutton')) });
    // The vote stays queued in the origin's outbox, which every test page shares: it is cast by a member no
    // other test votes as, so no other panel shows it.
    const panel = await panelOn(channel, `/__respond?status=503&key=${uniqueKey('503')}`, 'p-limes-head');
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=abstain]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const waiting = 'Your vote “Abstain” is saved on this device and waiting to be sent';
    await waitUntil(() => shownText(panel).includes(waiting), 'the vote waits', { timeout: 4000 });
    // The copy shown now is the first counted: the refetch is the second.
    const landed = landedFetches(api('document', channel));
    try {
      await publish(channel, 'refetch', {});
      await waitUntil(() => landed.count() >= 2, 'the refetch landed', { timeout: 3000 });
    } finally {
      landed.stop();
    }
    await panel.updateComplete;
    expect(shownText(panel)).to.contain(waiting);
  });
});
