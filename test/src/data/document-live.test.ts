/**
 * Live documents (DESIGN.md, "Live"), with a stand-in EventSource: one channel
 * per document URL in the page, opened when the host names it and closed when
 * no element shows the document; records applied in place, other changes
 * refetched once; `live="off"` (no updates at all) and `live="<url>"`; reopening with backoff, while
 * the host cannot be reached too, and when a channel that sent heartbeats falls silent; and
 * refetching on focus and on a timer where there is no channel.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createStore, del } from 'idb-keyval';
import {
  configureData,
  documentStoreFor,
  forgetDocumentStores,
  liveChannelOf,
  outboxForPage,
  resolveDocumentUrl,
} from '../../../src/data/index.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { minimalDocument } from '../../fixtures/documents.js';
import { en } from '../../../src/messages/en.js';
import { ENDED_AT_ONCE_MS, ENDINGS_SAID } from '../../../src/data/channel-trouble.js';
import { failOnPageErrors, uniqueKey, untilShows, type ProbeElement } from '../../fixtures/probe-element.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';

/** Stands in for the browser's EventSource: the test opens, fails and feeds it. */
class FakeEventSource extends EventTarget {
  static made: FakeEventSource[] = [];
  readyState = 0;
  /** When it was made, from performance.now(): the waits between reopenings. */
  readonly madeAt = performance.now();
  constructor(readonly url: string) {
    super();
    FakeEventSource.made.push(this);
  }
  close(): void {
    this.readyState = 2;
  }
  get closed(): boolean {
    return this.readyState === 2;
  }
  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  emit(type: string, data: unknown, lastEventId = '1'): void {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }));
  }
  /** The connection lost, or a reconnection that failed: the browser would try again by itself. */
  drop(): void {
    this.readyState = 0;
    this.dispatchEvent(new Event('error'));
  }
  /** Closed for good, as after a 4xx: the browser would not reconnect. */
  fail(): void {
    this.readyState = 2;
    this.dispatchEvent(new Event('error'));
  }
}

const opened = (url: string) => FakeEventSource.made.filter((s) => s.url === url && !s.closed);

/** A host for one document: answers it (as it is now) with a Link header naming its channel, and counts fetches. */
function host(options: { link?: string } = {}) {
  const src = `/live/${uniqueKey()}.json`;
  const url = resolveDocumentUrl(src);
  const channel = resolveDocumentUrl(options.link ?? `/live/${uniqueKey('events')}`);
  /**
   * `down`: every fetch fails, as when the network is gone; `status`: the host answers with it instead;
   * `fetchedAt`: when each fetch was asked, from performance.now().
   */
  const state = { document: minimalDocument(), fetches: 0, down: false, status: 200, fetchedAt: [] as number[] };
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.link !== '') headers.Link = `<${channel}>; rel="partnership-events"`;
  const spy = stubFetch((requested) => {
    if (requested !== url) return undefined;
    state.fetches += 1;
    state.fetchedAt.push(performance.now());
    if (state.down) return Promise.reject(new TypeError('Failed to fetch'));
    if (state.status !== 200) return Promise.resolve(new Response('{}', { status: state.status, headers }));
    return Promise.resolve(new Response(JSON.stringify(state.document), { headers }));
  });
  return { src, url, channel, state, spy };
}

const shown = (src: string) => {
  const state = documentStoreFor(src).get();
  if (state.status !== 'ready') throw new Error(`the document is ${state.status}`);
  return state.document;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers the page's requests for `url` (what a channel's address answers) with `answer`, passing every other
 * to the fetch in place (the host's stub). Returns the way to put that fetch back.
 */
function answerAt(url: string, answer: () => Promise<Response>): () => void {
  const before = window.fetch;
  window.fetch = (input, init) => (String(input) === url ? answer() : before(input, init));
  return () => (window.fetch = before);
}

/** Collects the console's warnings while `run` runs. */
async function warningsOf(run: (warnings: string[]) => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const realWarn = console.warn;
  console.warn = (...parts: unknown[]) => warnings.push(parts.join(' '));
  try {
    await run(warnings);
  } finally {
    console.warn = realWarn;
  }
  return warnings;
}

beforeEach(() => (FakeEventSource.made = []));
// Closes the channels a test left open while its fake EventSource is still the one configured.
afterEach(() => forgetDocumentStores());
const stubFetch = freshDocumentsEachTest({
  EventSource: FakeEventSource as unknown as typeof EventSource,
  refetchDebounceMs: 20,
  maxReopenMs: 100,
});

async function showProbes(src: string, count = 1, live?: string): Promise<HTMLElement> {
  const probes = Array.from(
    { length: count },
    () => html`<probe-element src=${src} live=${live ?? ''}></probe-element>`,
  );
  const wrapper = fixtureSync<HTMLDivElement>(html`<div>${probes}</div>`);
  for (const probe of wrapper.querySelectorAll<ProbeElement>('probe-element')) {
    await untilShows(probe, 'Test Education Partnership');
  }
  return wrapper;
}

describe('live documents', () => {
  failOnPageErrors();

  it('opens one channel for every element showing a document whose host names it, and closes it when none shows it', async () => {
    const site = host();
    const wrapper = await showProbes(site.src, 3);
    await waitUntil(() => opened(site.channel).length === 1, 'the channel opens');
    expect(FakeEventSource.made).to.have.length(1);
    expect(liveChannelOf(site.src)).to.equal(site.channel);
    wrapper.remove();
    // nanostores lets a store go a second after its last reader, so a moved element keeps it.
    await waitUntil(() => FakeEventSource.made[0]!.closed, 'the channel closes', { timeout: 3000 });
  });

  it('a new connection fetches the document once, for what was stored before it opened', async () => {
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    expect(site.state.fetches).to.equal(1);
    opened(site.channel)[0]!.open();
    await waitUntil(() => site.state.fetches === 2, 'refetched on open');
  });

  it('a vote record is applied by id, so the page’s own vote is not counted twice', async () => {
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    const source = opened(site.channel)[0]!;
    const vote = { id: 'v2', proposal: 'plan', seat: 'board-secondary', by: 'p-head-b', choice: 'against' };
    source.emit('record', { kind: 'vote', record: { ...vote, cast: '2019-10-15T16:41:00+01:00' } });
    expect(shown(site.src).votes.map((v) => v.id)).to.deep.equal(['v1', 'v2']);
    const received = '2019-10-15T16:41:01+01:00';
    source.emit('record', { kind: 'vote', record: { ...vote, cast: '2019-10-15T16:41:00+01:00', received } });
    expect(shown(site.src).votes.filter((v) => v.id === 'v2')).to.have.length(1);
    expect(shown(site.src).votes.at(-1)?.received).to.equal(received);
    expect(site.state.fetches, 'applied in place, not fetched').to.equal(1);
  });

  it('an action record is applied in place', async () => {
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    const change = {
      id: 'c1',
      action: 'A-01',
      status: 'done',
      completed: '2019-10-20',
      by: 'p-head-b',
      at: '2019-10-20T09:00:00Z',
    };
    opened(site.channel)[0]!.emit('record', { kind: 'action', record: change });
    expect(shown(site.src).actions[0]).to.include({ status: 'done', completed: '2019-10-20' });
  });

  it('an action’s change told to the public as changed is fetched, and the page shows the host’s new status', async () => {
    // The public's stream names only the action (not who changed it, nor what it was): the page fetches the document.
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    const fetched = site.state.fetches;
    site.state.document.actions[0]!.status = 'dropped';
    opened(site.channel)[0]!.emit('changed', { action: 'A-01' });
    await waitUntil(() => shown(site.src).actions[0]?.status === 'dropped', 'the new status shown');
    expect(site.state.fetches).to.equal(fetched + 1);
  });

  it('changed, refetch, an attendance record and a record it cannot read cost one refetch together', async () => {
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    const source = opened(site.channel)[0]!;
    site.state.document.partnership.name = 'Renamed by the host';
    source.emit('changed', { proposal: 'plan' });
    source.emit('refetch', {});
    source.emit('record', {
      kind: 'attendance',
      record: {
        id: 'a1',
        meeting: 'board-2019-10-15',
        seat: 'board-primary',
        attendance: 'holder',
        by: 'p-chair',
        at: '2019-10-15T16:05:00+01:00',
      },
    });
    source.emit('record', { kind: 'vote', record: { id: 'broken' } });
    // Every field a string, and still no vote: the contract, not the shape of its fields, decides.
    const maybe = {
      id: 'v-maybe',
      proposal: 'plan',
      seat: 'board-primary',
      by: 'p-a',
      choice: 'maybe',
      cast: 'garbage',
    };
    source.emit('record', { kind: 'vote', record: maybe });
    await waitUntil(() => shown(site.src).partnership.name === 'Renamed by the host', 'the fresh document shows');
    expect(shown(site.src).votes.some((vote) => vote.id === 'v-maybe')).to.equal(false);
    await pause(100);
    expect(site.state.fetches).to.equal(2);
  });

  it('applies no record the contract refuses, though every field is a string: it fetches the document', async () => {
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    const maybe = {
      id: 'v-maybe',
      proposal: 'plan',
      seat: 'board-primary',
      by: 'p-a',
      choice: 'maybe',
      cast: 'garbage',
    };
    opened(site.channel)[0]!.emit('record', { kind: 'vote', record: maybe });
    await waitUntil(() => site.state.fetches === 2, 'fetched whole instead');
    expect(shown(site.src).votes.some((vote) => vote.id === 'v-maybe')).to.equal(false);
  });

  it('after a refetch, the page’s own changes still waiting in the outbox are shown on top', async () => {
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    const outbox = outboxForPage();
    const id = `att-${uniqueKey()}`;
    const record = {
      id,
      meeting: 'board-2019-10-15',
      seat: 'board-primary',
      attendance: 'apologies' as const,
      by: 'p-chair',
      at: '2019-10-10T09:00:00Z',
    };
    // Queued for a channel no element sends on: it waits, as offline.
    await outbox.enqueue({ kind: 'attendance', record, id, channel: `/nowhere/${id}`, documentUrl: site.url });
    try {
      opened(site.channel)[0]!.emit('refetch', {});
      await waitUntil(() => site.state.fetches === 2, 'refetched');
      await waitUntil(() => documentStoreFor(site.src).get().status === 'ready');
      await pause(50);
      const meeting = (shown(site.src) as PartnershipDocument).meetings[0]!;
      expect(meeting.attendance['board-primary']).to.equal('apologies');
    } finally {
      await del(id, createStore('partnership-kit-outbox', 'records'));
      outbox.$status.setKey(id, undefined as never);
    }
  });

  it('a sign-in (partnership-signed-in) opens the channel again, as who is signed in now, and fetches the document', async () => {
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    const first = opened(site.channel)[0]!;
    first.open();
    await waitUntil(() => site.state.fetches === 2, 'fetched on opening');
    window.dispatchEvent(new Event('partnership-signed-in'));
    // The stream was opened with the last session's cookie: the host sends it what that viewer may read.
    expect(first.closed, 'the stream of the last session is closed').to.equal(true);
    expect(opened(site.channel), 'one stream, opened now').to.have.length(1);
    await waitUntil(() => site.state.fetches === 3, 'the document fetched for the new viewer');
  });

  it('live="off" opens no channel and never fetches again: the page stays as it loaded', async () => {
    const site = host();
    await showProbes(site.src, 2, 'off');
    await pause(50);
    expect(FakeEventSource.made).to.have.length(0);
    window.dispatchEvent(new Event('focus'));
    await pause(400);
    expect(site.state.fetches).to.equal(1);
  });

  it('live="OFF" is off too, in any case and with spaces around it: not a channel at the address "OFF"', async () => {
    for (const live of ['OFF', ' Off ']) {
      const site = host();
      await showProbes(site.src, 1, live);
      await pause(50);
      expect(
        FakeEventSource.made.map((source) => source.url),
        live,
      ).to.deep.equal([]);
      window.dispatchEvent(new Event('focus'));
      await pause(400);
      expect(site.state.fetches, live).to.equal(1);
    }
  });

  it('without a channel named, the document is fetched again on focus', async () => {
    const site = host({ link: '' });
    await showProbes(site.src);
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => site.state.fetches === 2, 'refetched on focus');
    expect(FakeEventSource.made).to.have.length(0);
  });

  it('live="<url>" names the channel instead of the Link header', async () => {
    const site = host();
    const own = `/live/${uniqueKey('own-channel')}`;
    await showProbes(site.src, 1, own);
    await waitUntil(() => FakeEventSource.made.length > 0);
    expect(FakeEventSource.made.map((s) => s.url)).to.deep.equal([resolveDocumentUrl(own)]);
  });

  it('a channel that closes for good is opened again after a wait, and the document fetched', async () => {
    const site = host();
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1);
    const first = opened(site.channel)[0]!;
    first.open();
    await waitUntil(() => site.state.fetches === 2);
    first.fail();
    expect(opened(site.channel)).to.have.length(0);
    await waitUntil(() => opened(site.channel).length === 1, 'reopened', { timeout: 2000 });
    opened(site.channel)[0]!.open();
    await waitUntil(() => site.state.fetches === 3, 'refetched after reopening');
  });
});

describe('live documents when the host is away', () => {
  failOnPageErrors();

  /** Opens the document's channel and waits for the fetch its opening costs. */
  async function openChannel(site: ReturnType<typeof host>): Promise<FakeEventSource> {
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1, 'the channel opens');
    const source = opened(site.channel)[0]!;
    source.open();
    await waitUntil(() => site.state.fetches === 2, 'fetched on opening');
    return source;
  }

  it('leaves the browser its own retry, then waits longer before each reopening, up to maxReopenMs', async () => {
    configureData({ random: () => 0, maxReopenMs: 2_000 });
    const site = host();
    const first = await openChannel(site);
    first.drop();
    expect(first.closed, 'the browser retries once by itself').to.equal(false);
    const failedAt: number[] = [];
    for (let reopened = 1; reopened <= 3; reopened += 1) {
      FakeEventSource.made.at(-1)!.drop();
      failedAt.push(performance.now());
      expect(FakeEventSource.made.at(-1)!.closed, 'the failed retry is closed').to.equal(true);
      if (reopened === 1) {
        // Another element naming the same channel while the page waits must not cut the wait short: nothing
        // opened before the wait ran out. (A stalled page may let the wait itself run out meanwhile.)
        await showProbes(site.src, 1, site.channel);
        const early = FakeEventSource.made.slice(1).filter((source) => source.madeAt - failedAt[0]! < 450);
        expect(early, 'still waiting').to.have.length(0);
      }
      await waitUntil(() => FakeEventSource.made.length === reopened + 1, 'reopened', { timeout: 3_000 });
    }
    const waits = FakeEventSource.made.slice(1).map((source, i) => source.madeAt - failedAt[i]!);
    // With no jitter (random 0), half of 1 s, 2 s, then the ceiling's 2 s rather than 4 s. Timers never fire
    // early, so each wait is at least that; a stalled page may make any of them later, so only the ceiling's
    // has an upper bound: below the 2 s it would be without the ceiling.
    expect(waits[0], `waits ${waits.join(', ')}`).to.be.at.least(450);
    expect(waits[1], `waits ${waits.join(', ')}`).to.be.at.least(950);
    expect(waits[2], `waits ${waits.join(', ')}`).to.be.within(950, 1_950);
    // Each loss asked for the document too (a channel may fail while the document answers).
    const fetched = site.state.fetches;
    FakeEventSource.made.at(-1)!.open();
    await waitUntil(() => site.state.fetches === fetched + 1, 'the document fetched once the channel is back');
  });

  const unreachable = (src: string) => {
    const state = documentStoreFor(src).get();
    return state.status === 'ready' ? state.unreachableSince : 'not ready';
  };
  const notice = (wrapper: HTMLElement) =>
    wrapper.querySelector('probe-element')!.shadowRoot!.querySelector('[part=connection-notice]')?.textContent ?? '';

  it('a failed refetch marks what is shown as out of date, and is tried again until the host answers', async () => {
    // Before, one failed fetch left a check-in heard only as "changed" off the page for good, with nothing said.
    const site = host();
    const source = await openChannel(site);
    const wrapper = document.querySelector('probe-element')!.parentElement!;
    site.state.down = true;
    site.state.document.partnership.name = 'Renamed by the host';
    source.emit('changed', { proposal: 'plan' });
    await waitUntil(() => unreachable(site.src) !== undefined, 'marked as out of date');
    await waitUntil(() => notice(wrapper).includes('may be out of date'), 'the element says so');
    const failed = site.state.fetches;
    await waitUntil(() => site.state.fetches > failed, 'tried again', { timeout: 3_000 });
    site.state.down = false;
    await waitUntil(() => shown(site.src).partnership.name === 'Renamed by the host', 'the fresh document shows', {
      timeout: 3_000,
    });
    expect(unreachable(site.src)).to.equal(undefined);
    await waitUntil(() => notice(wrapper) === '', 'the notice goes');
  });

  it('asks again one fetch at a time, however many changes are heard while the host is down', async () => {
    configureData({ random: () => 1, maxReopenMs: 400 });
    const site = host();
    const source = await openChannel(site);
    site.state.down = true;
    for (let i = 0; i < 5; i += 1) {
      source.emit('changed', { proposal: 'plan' });
      await pause(60);
    }
    const before = site.state.fetches;
    await pause(1_000);
    // One retry waiting at a time, 400 ms apart: five chains would have asked about 12 times.
    expect(site.state.fetches - before, 'fetches in a second').to.be.at.most(4);
  });

  it('a 4xx or a broken document is no lost connection: nothing is marked, and it is not asked again', async () => {
    const site = host();
    const source = await openChannel(site);
    site.state.status = 404;
    source.emit('changed', { proposal: 'plan' });
    await waitUntil(() => site.state.fetches === 3, 'refetched');
    await pause(1_200);
    expect(unreachable(site.src)).to.equal(undefined);
    expect(site.state.fetches, 'not asked again').to.equal(3);
  });

  it('a lost channel marks what is shown as out of date; back online, it is reopened at once', async () => {
    configureData({ random: () => 0, maxReopenMs: 30_000 });
    const site = host();
    const first = await openChannel(site);
    first.drop();
    FakeEventSource.made.at(-1)!.drop();
    expect(unreachable(site.src), 'marked while the page waits to reopen').to.be.a('string');
    const made = FakeEventSource.made.length;
    await pause(50);
    window.dispatchEvent(new Event('online'));
    // Before, the page waited out its backoff (up to 30 s) with the network back.
    expect(FakeEventSource.made.length, 'reopened at once').to.equal(made + 1);
    FakeEventSource.made.at(-1)!.open();
    await waitUntil(() => unreachable(site.src) === undefined, 'fetched, and no longer marked');
  });

  it('a channel refused while its document answers marks nothing: the document is fetched instead', async () => {
    // Before, a host that refused only its channel (or a proxy that broke it) had every page say, for good,
    // that the connection to the site was lost.
    configureData({ random: () => 0, maxReopenMs: 200 });
    const site = host();
    const wrapper = await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1, 'the channel opens');
    for (let refusal = 0; refusal < 3; refusal += 1) {
      const made = FakeEventSource.made.length;
      FakeEventSource.made.at(-1)!.fail();
      await waitUntil(() => FakeEventSource.made.length > made, 'tried again', { timeout: 2_000 });
    }
    await waitUntil(() => site.state.fetches >= 3, 'the document fetched instead');
    expect(unreachable(site.src)).to.equal(undefined);
    expect(notice(wrapper)).to.equal('');
  });

  it('a channel that has never opened is said to be not live once it has failed liveUnopenedMs; the words go once it opens', async () => {
    // Before, a channel that could never open (a host without CORS for the page, one it could not reach) left the
    // member a meeting that never moved by itself, and said nothing.
    configureData({ random: () => 0, maxReopenMs: 100, liveUnopenedMs: 300 });
    const site = host();
    const wrapper = await showProbes(site.src);
    const liveUnopened = () => {
      const state = documentStoreFor(site.src).get();
      return state.status === 'ready' ? state.liveUnopened : undefined;
    };
    const failing = setInterval(() => opened(site.channel).at(-1)?.fail(), 20);
    const warnings = await warningsOf(async () => {
      try {
        await waitUntil(() => liveUnopened() !== undefined, 'said to be unopened', { timeout: 3_000 });
      } finally {
        clearInterval(failing);
      }
    });
    expect(notice(wrapper)).to.equal(en.shared.liveUnopened);
    expect(unreachable(site.src), 'the host answers: no lost connection').to.equal(undefined);
    // What the address answered (here the test server's 404) was warned of already, with its fix: nothing more.
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.include('it answered 404');
    await waitUntil(() => opened(site.channel).length === 1, 'tried again');
    opened(site.channel)[0]!.open();
    await waitUntil(() => liveUnopened() === undefined, 'no longer said once it opens');
    expect(notice(wrapper)).to.equal('');
  });

  it('a channel that fails at first and opens within liveUnopenedMs (a host restarting) is said to be nothing', async () => {
    configureData({ random: () => 0, maxReopenMs: 50, liveUnopenedMs: 400 });
    const site = host();
    const wrapper = await showProbes(site.src);
    const warnings = await warningsOf(async () => {
      const failing = setInterval(() => opened(site.channel).at(-1)?.drop(), 20);
      await pause(200);
      clearInterval(failing);
      await waitUntil(() => opened(site.channel).length === 1, 'tried again');
      opened(site.channel)[0]!.open();
      await pause(600);
    });
    const state = documentStoreFor(site.src).get();
    expect(state.status === 'ready' && state.liveUnopened).to.equal(undefined);
    expect(notice(wrapper)).to.equal('');
    expect(warnings.filter((warning) => warning.includes('has not opened'))).to.deep.equal([]);
  });

  it('a channel that opens and is ended at once, again and again, is reopened after growing waits, and the document fetched', async () => {
    // A wrong `live` address (or a proxy) answering text/event-stream and ending it at once: left to the
    // browser's own retry, it reopened every 3 s for ever, and the document, never fetched again, stayed as it loaded.
    configureData({ random: () => 0, maxReopenMs: 2_000 });
    const site = host();
    const own = resolveDocumentUrl(`/live/${uniqueKey('ends-at-once')}`);
    await showProbes(site.src, 1, own);
    for (let cycle = 0; cycle < 3; cycle += 1) {
      await waitUntil(() => opened(own).length === 1, 'opened', { timeout: 3_000 });
      const source = opened(own)[0]!;
      const fetches = site.state.fetches;
      source.open();
      source.drop();
      expect(source.closed, 'the browser retries once by itself').to.equal(false);
      source.open();
      source.drop();
      expect(source.closed, 'reopened by the page instead').to.equal(true);
      await waitUntil(() => site.state.fetches > fetches, 'the document fetched', { timeout: 1_000 });
    }
    // Each stream opened, and none carried anything to show the channel works: the waits grow (half of 1 s, then
    // half of 2 s), where an opening that counted as working kept them at the first.
    const made = FakeEventSource.made.map((source) => source.madeAt);
    expect(made[2]! - made[1]!, 'the second wait').to.be.at.least(950);
    expect(unreachable(site.src), 'the host answers: no lost connection').to.equal(undefined);
  });

  it('a channel whose every try opens a stream that ends carrying nothing is said to keep stopping, until it carries something', async () => {
    // Before, a proxy that closed the stream at once got a console warning, and the member was told nothing: the
    // stream opened, so the channel was not "unopened", yet nothing live ever came.
    configureData({ random: () => 0, maxReopenMs: 100 });
    const site = host();
    const own = resolveDocumentUrl(`/live/${uniqueKey('keeps-ending')}`);
    const said = () => {
      const state = documentStoreFor(site.src).get();
      return state.status === 'ready' ? state.liveUnopened : 'not ready';
    };
    let wrapper: HTMLElement | undefined;
    await warningsOf(async () => {
      wrapper = await showProbes(site.src, 1, own);
      for (let cycle = 1; cycle <= ENDINGS_SAID; cycle += 1) {
        expect(said(), `nothing said before try ${cycle}`).to.equal(undefined);
        await waitUntil(() => opened(own).length === 1, 'tried', { timeout: 3_000 });
        const source = opened(own)[0]!;
        source.open();
        source.drop();
        source.open();
        source.drop();
      }
      await waitUntil(() => said() === 'ended', 'said to keep stopping', { timeout: 1_000 });
    });
    expect(notice(wrapper!)).to.equal(en.shared.liveEnding);
    expect(unreachable(site.src), 'the host answers: no lost connection').to.equal(undefined);
    // The next try holds: the stream carries a heartbeat, and the words go.
    await waitUntil(() => opened(own).length === 1, 'tried again', { timeout: 3_000 });
    const holding = opened(own)[0]!;
    holding.open();
    expect(said(), 'opening alone shows nothing: each try opened').to.equal('ended');
    holding.emit('heartbeat', {});
    await waitUntil(() => said() === undefined, 'unsaid once it carries something');
    expect(notice(wrapper!)).to.equal('');
  });

  it('a stream that holds a while before it ends carrying nothing (a proxy’s idle timeout) does not count as stopping at once', async () => {
    // Held past `endedAtOnceMs` shortened from ENDED_AT_ONCE_MS's 5 s to half a second: the same idle timeout.
    const endedAtOnceMs = ENDED_AT_ONCE_MS / 10;
    configureData({ random: () => 0, maxReopenMs: 100, endedAtOnceMs });
    const site = host();
    const own = resolveDocumentUrl(`/live/${uniqueKey('idle-timeout')}`);
    const said = () => {
      const state = documentStoreFor(site.src).get();
      return state.status === 'ready' ? state.liveUnopened : 'not ready';
    };
    /** One of the page's tries: opened, and after `heldMs` ended, carrying nothing. */
    const tryOnce = async (heldMs: number) => {
      await waitUntil(() => opened(own).length === 1, 'tried', { timeout: 3_000 });
      const source = opened(own)[0]!;
      source.open();
      if (heldMs) await pause(heldMs);
      source.fail();
    };
    await warningsOf(async () => {
      await showProbes(site.src, 1, own);
      for (let cycle = 1; cycle < ENDINGS_SAID; cycle += 1) await tryOnce(0);
      await tryOnce(endedAtOnceMs + 100);
      // The tries before it no longer count: one more ended at once is one in a row.
      await tryOnce(0);
      await waitUntil(() => opened(own).length === 1, 'tried again', { timeout: 3_000 });
    });
    expect(said()).to.equal(undefined);
  });

  it('a `live` address that cannot be opened is named once in a console warning: the element, what it answered, the fix', async () => {
    // Before, a typo in `live` was tried again for ever, and nothing on the page or in the console said so.
    configureData({ random: () => 0, maxReopenMs: 100 });
    const warnings: string[] = [];
    let restoreFetch = () => {};
    const realWarn = console.warn;
    console.warn = (...parts: unknown[]) => warnings.push(parts.join(' '));
    try {
      const site = host();
      const typo = resolveDocumentUrl(`/live/${uniqueKey('evnts')}`);
      let asked = 0;
      const fetchBefore = window.fetch;
      window.fetch = (input, init) => {
        if (String(input) === typo) asked += 1;
        return fetchBefore(input, init);
      };
      restoreFetch = () => (window.fetch = fetchBefore);
      await showProbes(site.src, 2, typo);
      for (let refusal = 0; refusal < 3; refusal += 1) {
        await waitUntil(() => opened(typo).length === 1, 'tried', { timeout: 2_000 });
        opened(typo)[0]!.fail();
      }
      await waitUntil(() => warnings.length > 0, 'warned');
      await pause(200);
      expect(warnings, 'once for the address, naming both elements').to.have.length(1);
      const [warning] = warnings as [string];
      expect(warning).to.include('<probe-element live="').and.include(typo);
      expect(warning, 'what came back').to.match(/answered 404 /);
      expect(warning, 'how to fix it').to.include('live="off"');
      expect(asked, 'what it answers asked once, not at every try').to.equal(1);
    } finally {
      restoreFetch();
      console.warn = realWarn;
    }
  });

  it('a `live` address whose host is down or restarting is not warned of; once it answers wrongly, it is', async () => {
    // Before, a right address whose host was merely down at page load (no answer, or a restarting host's 503) was
    // warned of as a typo: "Fix the address in `live`".
    configureData({ random: () => 0, maxReopenMs: 100 });
    const site = host();
    const own = resolveDocumentUrl(`/live/${uniqueKey('restarting')}`);
    const state = { answer: 'down' as 'down' | number, asked: 0 };
    const restoreFetch = answerAt(own, () => {
      state.asked += 1;
      if (state.answer === 'down') return Promise.reject(new TypeError('Failed to fetch'));
      const headers = { 'Content-Type': 'text/html' };
      return Promise.resolve(new Response('<h1>Unavailable</h1>', { status: state.answer, headers }));
    });
    const warnings = await warningsOf(async (warned) => {
      await showProbes(site.src, 1, own);
      for (const answer of ['down', 503, 502, 429, 404] as const) {
        state.answer = answer;
        const asked = state.asked;
        while (state.asked === asked) {
          await waitUntil(() => opened(own).length === 1, 'tried', { timeout: 2_000 });
          opened(own)[0]!.fail();
          await pause(20);
        }
        await pause(50);
        expect(warned, `answered ${answer}`).to.have.length(answer === 404 ? 1 : 0);
      }
    }).finally(restoreFetch);
    expect(warnings[0], 'the address is wrong now')
      .to.match(/answered 404 /)
      .and.include('Fix the address in `live`');
  });

  it('a channel the host names in its Link header that a proxy breaks is named once in a console warning: where it came from, what it answered, the fix', async () => {
    // Before, a proxy ending the host's stream at once, or answering it with a page of its own, cost a warning
    // when a `live` attribute named the channel, and none when the document's Link header did.
    configureData({ random: () => 0, maxReopenMs: 100 });
    const endsAtOnce = host();
    let answersHtml = endsAtOnce;
    let restoreFetch = () => {};
    const warnings = await warningsOf(async (warned) => {
      await showProbes(endsAtOnce.src);
      for (let cycle = 0; cycle < 2; cycle += 1) {
        await waitUntil(() => opened(endsAtOnce.channel).length === 1, 'opened', { timeout: 3_000 });
        const source = opened(endsAtOnce.channel)[0]!;
        source.open();
        source.drop();
        source.open();
        source.drop();
      }
      await waitUntil(() => warned.length === 1, 'warned of the stream ended at once');
      answersHtml = host(); // the fetch stub of a host of its own, over the first's
      restoreFetch = answerAt(answersHtml.channel, () =>
        Promise.resolve(new Response('<p>Proxy</p>', { headers: { 'Content-Type': 'text/html' } })),
      );
      await showProbes(answersHtml.src);
      for (let refusal = 0; refusal < 2; refusal += 1) {
        await waitUntil(() => opened(answersHtml.channel).length === 1, 'tried', { timeout: 2_000 });
        opened(answersHtml.channel)[0]!.fail();
      }
      await waitUntil(() => warned.length === 2, 'warned of the page the proxy answers');
      await pause(200);
    }).finally(() => restoreFetch());
    expect(warnings, 'once for each channel').to.have.length(2);
    const [ended, html] = warnings as [string, string];
    for (const [warning, site] of [
      [ended, endsAtOnce],
      [html, answersHtml],
    ] as const) {
      expect(warning, 'where the address came from').to.include('the Link header').and.include(site.url);
      expect(warning).to.include(site.channel);
      expect(warning, 'how to fix it').to.include('proxy').and.include('live="off"');
      expect(warning, 'no live attribute to fix').not.to.include('Fix the address in `live`');
    }
    expect(ended, 'what came back').to.include('ends the stream at once');
    expect(html, 'what came back').to.match(/answered 200 \(text\/html/);
  });

  it('seen again while its channel waits to be reopened, the page fetches the document at once', async () => {
    // Before, a person coming back to the tab saw the document as it was until the channel's wait was over
    // (up to maxReopenMs, 30 s): nothing was fetched on focus while a channel was wanted.
    configureData({ random: () => 1, maxReopenMs: 30_000 });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    try {
      const ways = {
        focus: () => window.dispatchEvent(new Event('focus')),
        visible: () => document.dispatchEvent(new Event('visibilitychange')),
      };
      for (const [way, seen] of Object.entries(ways)) {
        const site = host();
        await showProbes(site.src);
        await waitUntil(() => opened(site.channel).length === 1, 'the channel opens');
        const source = opened(site.channel)[0]!;
        await pause(1_100); // nothing asked for a second
        source.fail(); // refused: it waits to be reopened
        await pause(100); // a fetch the failure asks for at once comes first
        const made = FakeEventSource.made.length;
        site.state.document.partnership.name = `Renamed while away (${way})`;
        seen();
        await waitUntil(() => shown(site.src).partnership.name === `Renamed while away (${way})`, way, {
          timeout: 400,
        });
        expect(FakeEventSource.made.length, `${way}: the channel keeps its wait`).to.equal(made);
      }
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('while the host is down, its channel and the document are asked at most once a second, from the first try', async function () {
    this.timeout(20_000);
    // Before, the first tries (a reopening after half a second, then one, two, each with its refetch, and the
    // refetch's own retries) asked two or three times a second for the first seconds: every phone in the room at once.
    // The page's second shortened to `second` ms, and every wait with it: the same tries, in less time.
    const second = 300;
    configureData({ random: () => 0, maxReopenMs: 30 * second, askingGapMs: second });
    const site = host();
    const first = await openChannel(site);
    /** A host that is down: every stream it is asked for fails at once, as the document does. */
    class Refused extends FakeEventSource {
      constructor(url: string) {
        super(url);
        setTimeout(() => this.drop(), 0);
      }
    }
    configureData({ EventSource: Refused as unknown as typeof EventSource });
    let probes = 0;
    const restoreFetch = answerAt(site.channel, () => (probes++, Promise.reject(new TypeError('Failed to fetch'))));
    site.state.down = true;
    const start = performance.now();
    first.drop();
    first.drop(); // the connection lost, and the browser's own retry failed: the page takes over
    // Long enough for a wait to grow past the first ones: with no jitter, the fourth reopening's, due about 9.4
    // `second`s in (waits of 2, 2 and 4 `second`s after the first), with room for a loaded machine's late timers:
    // at 9.5, a run whose timers were 100 ms late missed it and compared the two first waits alone.
    await pause(12 * second).finally(restoreFetch);
    const reopened = FakeEventSource.made.filter((s) => s.madeAt >= start).map((s) => s.madeAt);
    const fetched = site.state.fetchedAt.filter((at) => at >= start);
    const asked = [...reopened, ...fetched].sort((a, b) => a - b);
    const gaps = asked.slice(1).map((at, i) => Math.round(at - asked[i]!));
    expect(reopened.length, 'tried again').to.be.at.least(2);
    expect(fetched.length, 'the document asked for too').to.be.at.least(2);
    // A fetch is asked a moment after the page lets it go (the saved copy is read first): 50 ms of slack.
    expect(Math.min(...gaps), `gaps ${gaps.join(', ')}`).to.be.at.least(second - 50);
    const waits = reopened.slice(1).map((at, i) => Math.round(at - reopened[i]!));
    expect(waits.at(-1), `the waits between reopenings still grow: ${waits.join(', ')}`).to.be.greaterThan(waits[0]!);
    expect(probes, 'what the address answers, asked once').to.be.at.most(1);
  });

  it('a reopened channel resumes from the last record it brought, and the document is fetched', async () => {
    const site = host({ link: `/live/${uniqueKey('events')}?after=3` });
    await showProbes(site.src);
    await waitUntil(() => opened(site.channel).length === 1, 'the channel opens');
    const source = opened(site.channel)[0]!;
    source.open();
    await pause(50);
    expect(site.state.fetches, 'a channel that says where it starts costs no fetch on opening').to.equal(1);
    source.emit('changed', { proposal: 'plan' }, '7');
    await waitUntil(() => site.state.fetches === 2, 'refetched for the change');
    source.drop();
    source.drop();
    await waitUntil(() => FakeEventSource.made.length === 2, 'reopened', { timeout: 2_000 });
    expect(FakeEventSource.made[1]!.url).to.equal(site.channel.replace('after=3', 'after=7'));
    FakeEventSource.made[1]!.open();
    await waitUntil(() => site.state.fetches === 3, 'the document fetched once the channel is back');
  });

  it('a channel that sent heartbeats and falls silent is closed and reopened, and the document fetched', async () => {
    configureData({ liveSilenceMs: 200 });
    const site = host();
    const first = await openChannel(site);
    await pause(400);
    expect(first.closed, 'a channel that never sent a heartbeat may be quiet').to.equal(false);
    for (let beat = 0; beat < 6; beat += 1) {
      first.emit('heartbeat', {}, '');
      await pause(80);
    }
    expect(first.closed, 'heartbeats keep it open').to.equal(false);
    await waitUntil(() => first.closed, 'closed after silence', { timeout: 1_000 });
    await waitUntil(() => opened(site.channel).length === 1, 'reopened', { timeout: 2_000 });
    opened(site.channel)[0]!.open();
    await waitUntil(() => site.state.fetches === 3, 'the document fetched once the channel is back');
  });

  it('back from sleep, a channel silent past liveSilenceMs by the clock is reopened at once, and the document fetched', async () => {
    // A laptop that slept an hour with the lid shut, or a phone in a pocket: the host ended the stream meanwhile,
    // but nothing told the page, and its timers slept too (they count time awake). Before, it showed the meeting
    // as it was an hour ago, as current, until its silence timer woke up to 50 s later.
    configureData({ liveSilenceMs: 60_000 });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    const realNow = Date.now;
    try {
      const site = host();
      const first = await openChannel(site);
      first.emit('heartbeat', {}, '');
      first.emit('changed', { proposal: 'plan' }, '7');
      await waitUntil(() => site.state.fetches === 3, 'refetched for the change');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(first.closed, 'a channel heard from a moment ago is kept').to.equal(false);
      Date.now = () => realNow.call(Date) + 3_600_000;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(first.closed, 'taken for dead at once').to.equal(true);
      expect(opened(site.channel).map((s) => s.url)).to.deep.equal([site.channel]);
      opened(site.channel)[0]!.open();
      await waitUntil(() => site.state.fetches === 4, 'the document fetched once the channel is back');
    } finally {
      Date.now = realNow;
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('back from sleep, a channel whose wait to be reopened is over by the clock is reopened at once', async () => {
    // The host could not be reached as the lid shut: the page's wait (up to maxReopenMs) counted only time awake.
    configureData({ random: () => 0, maxReopenMs: 30_000 });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    const realNow = Date.now;
    try {
      const site = host();
      const first = await openChannel(site);
      first.drop();
      first.drop();
      const made = FakeEventSource.made.length;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(FakeEventSource.made.length, 'a wait not over is waited out').to.equal(made);
      Date.now = () => realNow.call(Date) + 3_600_000;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(FakeEventSource.made.length, 'reopened at once').to.equal(made + 1);
      FakeEventSource.made.at(-1)!.open();
      await waitUntil(() => site.state.fetches >= 3, 'the document fetched once the channel is back');
    } finally {
      Date.now = realNow;
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('without a channel, the document is fetched again every pollMs', async () => {
    // The timer skips a page nobody sees; the runner's second page at a time can count as hidden.
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    try {
      configureData({ pollMs: 100 });
      const site = host({ link: '' });
      await showProbes(site.src);
      await waitUntil(() => site.state.fetches >= 3, 'fetched on the timer', { timeout: 3_000 });
      expect(FakeEventSource.made).to.have.length(0);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('by default, without a channel, the page asks again every 5 minutes (DESIGN.md, "Live")', async () => {
    const real = globalThis.setInterval;
    const every: number[] = [];
    globalThis.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      every.push(ms ?? 0);
      return real(handler, ms, ...rest);
    }) as typeof setInterval;
    try {
      // A timer of another length first, so the page's timer is made again at the default's.
      const restore = configureData({ pollMs: 1_000 });
      (await showProbes(host({ link: '' }).src)).remove();
      restore();
      await showProbes(host({ link: '' }).src);
      expect(every.at(-1), 'the timer of a page left to its defaults').to.equal(5 * 60_000);
    } finally {
      globalThis.setInterval = real;
    }
  });

  it('the polling documents of the page share one timer: elements coming and going set none', async () => {
    const real = globalThis.setInterval;
    let intervals = 0;
    globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
      intervals += 1;
      return real(...args);
    }) as typeof setInterval;
    try {
      const site = host({ link: '' });
      await showProbes(site.src);
      // An element with live="off" stops its document's polling; its leaving starts it again.
      for (let turn = 0; turn < 3; turn += 1) (await showProbes(site.src, 1, 'off')).remove();
      expect(intervals, 'one timer for the page').to.be.at.most(1);
    } finally {
      globalThis.setInterval = real;
    }
  });
});
