// Live documents over a real Server-Sent Events stream from the test server
// (test/harness/events-plugin.js): the browser's own EventSource, the host's
// Link header, records, refetches and reconnects. Without the plugin they
// fail, saying so.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { documentStoreFor, forgetDocumentStores, liveChannelOf } from '../../../src/data/index.js';
import { minimalDocument } from '../../fixtures/documents.js';
import {
  failOnPageErrors,
  landedFetches,
  uniqueKey,
  untilOpeningFetchLanded,
  untilShows,
  type ProbeElement,
} from '../../fixtures/probe-element.js';

const api = (route: string, channel: string, extra = '') =>
  `/__events/${route}?channel=${encodeURIComponent(channel)}${extra}`;

async function publish(channel: string, event: string, data: unknown): Promise<void> {
  await fetch(api('send', channel, `&event=${event}`), { method: 'POST', body: JSON.stringify(data) });
}

async function hostState(channel: string): Promise<{ fetches: number; listeners: number; connections: number }> {
  return (await fetch(api('state', channel))).json();
}

async function putDocument(channel: string, document: unknown): Promise<void> {
  await fetch(api('document', channel), { method: 'PUT', body: JSON.stringify(document) });
}

const votesShown = (src: string) => {
  const state = documentStoreFor(src).get();
  return state.status === 'ready' ? state.document.votes.map((v) => v.id) : [];
};

describe('live documents over a real event stream', function () {
  failOnPageErrors();

  before(async function () {
    const ping = await fetch('/__events/ping').catch(() => undefined);
    if (!ping?.ok)
      throw new Error('The events plugin is not registered: add eventsPlugin() to web-test-runner.config.js.');
  });
  beforeEach(() => forgetDocumentStores());
  afterEach(() => forgetDocumentStores());

  it('two elements share one stream; a vote published reaches the page; a refetch brings the host’s document', async () => {
    const channel = uniqueKey('live');
    await putDocument(channel, minimalDocument());
    const src = api('document', channel);
    const landed = landedFetches(src);
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div><probe-element src=${src}></probe-element><probe-element src=${src}></probe-element></div>`,
    );
    const [first] = wrapper.querySelectorAll<ProbeElement>('probe-element');
    await untilShows(first!, 'Test Education Partnership');
    await waitUntil(async () => (await hostState(channel)).listeners === 1, 'one stream open', { timeout: 5000 });
    expect(liveChannelOf(src)).to.contain('/__events/stream');
    await untilOpeningFetchLanded(landed);

    const vote = { id: 'v-live', proposal: 'plan', seat: 'board-secondary', by: 'p-head-b', choice: 'against' };
    await publish(channel, 'record', { kind: 'vote', record: { ...vote, cast: '2019-10-15T16:41:00+01:00' } });
    await waitUntil(() => votesShown(src).includes('v-live'), 'the vote arrives', { timeout: 2000 });

    const renamed = minimalDocument();
    renamed.partnership.name = 'Renamed on the host';
    await putDocument(channel, renamed);
    await publish(channel, 'refetch', {});
    for (const probe of wrapper.querySelectorAll<ProbeElement>('probe-element')) {
      await untilShows(probe, 'Renamed on the host', 2000);
    }

    wrapper.remove();
    await waitUntil(async () => (await hostState(channel)).listeners === 0, 'the stream closes', { timeout: 5000 });
  });

  it('a dropped stream reconnects with Last-Event-ID and gets what was published meanwhile', async function () {
    this.timeout(15_000);
    const channel = uniqueKey('drop');
    await putDocument(channel, minimalDocument());
    const src = api('document', channel);
    const landed = landedFetches(src);
    const probe = fixtureSync<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(probe, 'Test Education Partnership');
    await waitUntil(async () => (await hostState(channel)).listeners === 1, 'one stream open', { timeout: 5000 });
    await untilOpeningFetchLanded(landed);
    const { fetches } = await hostState(channel);
    expect(fetches, 'the first connection fetched once more, for anything stored before it opened').to.equal(2);
    const cast = '2019-10-15T16:41:00+01:00';
    const vote = (id: string) => ({
      kind: 'vote',
      record: { id, proposal: 'plan', seat: 'board-secondary', by: 'p-head-b', choice: 'for', cast },
    });
    await publish(channel, 'record', vote('v-before'));
    await waitUntil(() => votesShown(src).includes('v-before'), 'the first vote arrives', { timeout: 2000 });

    await fetch(api('drop', channel), { method: 'POST' });
    await publish(channel, 'record', vote('v-while-away'));
    await waitUntil(() => votesShown(src).includes('v-while-away'), 'replayed on reconnecting', { timeout: 8000 });
    const after = await hostState(channel);
    expect(after.connections).to.equal(2);
    expect(after.fetches, 'the browser’s own reconnect needs no refetch').to.equal(fetches);
  });
});
