/**
 * A record the live channel brings while a refetch is on its way: the fetch
 * may answer with the document as the host read it before that record, and
 * the page must not lose it from view until the next change. The host's
 * channel URL (`?after=N`) says where in its log the document was read.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { configureData, documentStoreFor, forgetDocumentStores, resolveDocumentUrl } from '../../../src/data/index.js';
import { minimalDocument } from '../../fixtures/documents.js';
import { spyOnFetch, uniqueKey, untilShows, type FetchSpy } from '../../fixtures/probe-element.js';

/** The channels the page opens; the test feeds the last. */
const channels: OneChannel[] = [];
class OneChannel extends EventTarget {
  readyState = 1;
  constructor(readonly url: string) {
    super();
    channels.push(this);
  }
  close(): void {
    this.readyState = 2;
  }
}

const record = (type: string, data: unknown, lastEventId: string) =>
  channels.at(-1)!.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }));

let spy: FetchSpy | undefined;
let restore: (() => void) | undefined;
afterEach(() => {
  forgetDocumentStores();
  spy?.restore();
  restore?.();
});

/**
 * A probe showing a fresh document whose answers name `channel` as its live channel, once the channel is open.
 * `hold()` keeps the next answers back until `release()`; `fetches` counts the document's fetches.
 */
async function heldDocument(channel: string) {
  restore = configureData({ EventSource: OneChannel as unknown as typeof EventSource, refetchDebounceMs: 10 });
  const src = `/replay/${uniqueKey()}.json`;
  const url = resolveDocumentUrl(src);
  const events = resolveDocumentUrl(channel);
  const body = JSON.stringify(minimalDocument()); // as the host read it, before the votes the test sends
  let held: Promise<void> = Promise.resolve();
  const host = {
    src,
    fetches: 0,
    release: () => {},
    hold: () => (held = new Promise((resolve) => (host.release = resolve))),
  };
  spy = spyOnFetch((requested) => {
    if (requested !== url) return undefined;
    host.fetches += 1;
    const headers = { 'Content-Type': 'application/json', Link: `<${events}>; rel="partnership-events"` };
    return held.then(() => new Response(body, { headers }));
  });
  const probe = fixtureSync(html`<probe-element src=${src}></probe-element>`);
  await untilShows(probe, 'Test Education Partnership');
  await waitUntil(() => channels.at(-1)?.url === events, 'the channel opens');
  return host;
}

it('a record heard while a refetch is on its way stays shown when the fetch brings an older document', async () => {
  const host = await heldDocument(`/replay/${uniqueKey('events')}?after=5`);
  host.hold();
  record('refetch', {}, '5');
  await waitUntil(() => host.fetches === 2, 'the refetch is on its way');
  const vote = (id: string, cast: string) => ({
    id,
    proposal: 'plan',
    seat: 'board-secondary',
    by: 'p-head-b',
    choice: 'for',
    cast,
  });
  record('record', { kind: 'vote', record: vote('v-after', '2019-10-15T16:41:00+01:00') }, '6');
  record('record', { kind: 'vote', record: vote('v-before', '2019-10-15T16:40:00+01:00') }, '5');
  const shownIds = () => {
    const state = documentStoreFor(host.src).get();
    return state.status === 'ready' ? state.document.votes.map((v) => v.id) : [];
  };
  expect(shownIds(), 'both shown at once').to.include.members(['v-after', 'v-before']);
  host.release();
  await waitUntil(() => !shownIds().includes('v-before'), 'the fetched document is shown');
  expect(shownIds(), 'heard after the point the document was read at').to.include('v-after');
});

it('from a channel that names no place (no ?after=), a record heard while a refetch is on its way stays shown', async () => {
  // A host of its own, or `live="<url>"`: the fetched document cannot say whether it holds the record.
  const host = await heldDocument(`/replay/${uniqueKey('events')}`);
  await waitUntil(() => host.fetches === 1);

  host.hold();
  record('refetch', {}, '7');
  await waitUntil(() => host.fetches === 2, 'the refetch is on its way');
  const vote = {
    id: 'v-heard',
    proposal: 'plan',
    seat: 'board-secondary',
    by: 'p-head-b',
    choice: 'for',
    cast: '2019-10-15T16:41:00+01:00',
  };
  record('record', { kind: 'vote', record: vote }, '8');
  const shown = () => {
    const state = documentStoreFor(host.src).get();
    return state.status === 'ready' ? state : undefined;
  };
  const before = shown()?.fetchedAt;
  expect(shown()?.document.votes.map((v) => v.id)).to.include('v-heard');
  host.release();
  await waitUntil(() => shown()?.fetchedAt !== before, 'the fetched document is shown');
  expect(
    shown()?.document.votes.map((v) => v.id),
    'still shown',
  ).to.include('v-heard');
});
