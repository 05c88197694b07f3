// The site's tabs share one live stream per channel (src/data/shared-channel.ts):
// over HTTP/1.1 a browser opens six connections to a site, and a stream per tab
// left a member's seventh tab loading nothing. Each `SharedChannel` here stands
// for a tab (Web Locks and BroadcastChannel work alike between two in one page),
// over a real event stream from the test server (test/harness/events-plugin.js).
import { expect, waitUntil } from '@open-wc/testing';
import { channelName, LEADER_ANSWER_MS, SharedChannel } from '../../../src/data/shared-channel.js';
import { uniqueKey } from '../../fixtures/probe-element.js';

const stream = (channel: string) => `/__events/stream?channel=${encodeURIComponent(channel)}&after=0`;

async function publish(channel: string, data: unknown): Promise<number> {
  const url = `/__events/send?channel=${encodeURIComponent(channel)}&event=record`;
  return (await (await fetch(url, { method: 'POST', body: JSON.stringify(data) })).json()).id;
}

async function hostState(channel: string): Promise<{ listeners: number; connections: number }> {
  return (await fetch(`/__events/state?channel=${encodeURIComponent(channel)}`)).json();
}

/** A tab's channel, and everything it has heard. */
function tab(channel: string, viewerChanged = false, withCredentials = false) {
  const source = new SharedChannel(stream(channel), EventSource, viewerChanged, withCredentials);
  const heard: { type: string; data: string; id: string }[] = [];
  for (const type of ['open', 'error', 'record', 'refetch']) {
    source.addEventListener(type, (event) => {
      const { data = '', lastEventId = '' } = event as MessageEvent<string>;
      heard.push({ type, data, id: lastEventId });
    });
  }
  const records = () => heard.filter((e) => e.type === 'record').map((e) => JSON.parse(e.data).n as number);
  return { source, heard, records };
}

const tabs: SharedChannel[] = [];
afterEach(() => tabs.splice(0).forEach((source) => source.close()));
function opened(channel: string, viewerChanged = false, withCredentials = false) {
  const made = tab(channel, viewerChanged, withCredentials);
  tabs.push(made.source);
  return made;
}

describe('one live stream shared by the site’s tabs', function () {
  this.timeout(15_000);

  it('two tabs on one channel hold one connection, and both hear each record, with its id', async () => {
    const channel = uniqueKey('shared');
    const first = opened(channel);
    const second = opened(channel);
    await waitUntil(() => first.source.readyState === 1 && second.source.readyState === 1, 'both open', {
      timeout: 5000,
    });
    const id = await publish(channel, { n: 1 });
    await waitUntil(() => first.records().length === 1 && second.records().length === 1, 'both hear it');
    expect(second.heard.find((e) => e.type === 'record')?.id).to.equal(String(id));
    expect(await hostState(channel)).to.deep.equal({ ...(await hostState(channel)), listeners: 1, connections: 1 });
  });

  it('a tab joining a stream already open fetches the document once (what was stored since it read it)', async () => {
    const channel = uniqueKey('shared');
    const first = opened(channel);
    await waitUntil(() => first.source.readyState === 1, 'open', { timeout: 5000 });
    const second = opened(channel);
    await waitUntil(() => second.source.readyState === 1, 'the second hears it is open');
    expect(second.heard.map((e) => e.type)).to.deep.equal(['open', 'refetch']);
    expect(first.heard.map((e) => e.type)).to.deep.equal(['open']);
  });

  it('when the tab holding the stream closes, another opens it from the last record heard: none is lost', async () => {
    const channel = uniqueKey('shared');
    const first = opened(channel);
    const second = opened(channel);
    await waitUntil(() => second.source.readyState === 1, 'open', { timeout: 5000 });
    await publish(channel, { n: 1 });
    await waitUntil(() => second.records().length === 1, 'heard through the first tab');
    first.source.close();
    // Published before the second tab can have opened its own stream: it comes with the replay from `after`.
    await publish(channel, { n: 2 });
    await publish(channel, { n: 3 });
    await waitUntil(() => second.records().length === 3, 'the rest, once each', { timeout: 5000 });
    expect(second.records()).to.deep.equal([1, 2, 3]);
    await waitUntil(async () => (await hostState(channel)).listeners === 1, 'one stream again');
    expect((await hostState(channel)).connections).to.equal(2);
  });

  it('a tab holding the lock that does not answer (frozen, or in the back/forward cache) has the stream taken', async () => {
    const channel = uniqueKey('shared');
    const silent = new AbortController();
    // A tab that took the lock and then stopped running: it never opens the stream nor answers.
    const held = navigator.locks
      .request(
        channelName(stream(channel)),
        () => new Promise<void>((release) => silent.signal.addEventListener('abort', () => release())),
      )
      .catch((error: unknown) => error);
    const waiting = opened(channel);
    await waitUntil(() => waiting.source.readyState === 1, 'opened after the wait', {
      timeout: LEADER_ANSWER_MS + 5000,
    });
    expect((await hostState(channel)).listeners).to.equal(1);
    expect(((await held) as Error).name).to.equal('AbortError', 'the silent tab lost its lock');
    silent.abort();
  });

  it('a tab where someone signed in has the shared stream opened again, as the new viewer', async () => {
    const channel = uniqueKey('shared');
    const first = opened(channel);
    await waitUntil(() => first.source.readyState === 1, 'open', { timeout: 5000 });
    expect((await hostState(channel)).connections).to.equal(1);
    // The stream was opened for whoever was signed in then; the host serves each stream to its session.
    const signedIn = opened(channel, true);
    await waitUntil(() => signedIn.source.readyState === 1, 'joined', { timeout: 5000 });
    await waitUntil(async () => (await hostState(channel)).connections === 2, 'opened again', { timeout: 5000 });
    await waitUntil(async () => (await hostState(channel)).listeners === 1, 'the old one closed', { timeout: 5000 });
    await publish(channel, { n: 1 });
    await waitUntil(() => first.records().length === 1 && signedIn.records().length === 1, 'both hear the next');
  });

  it("a tab whose stream goes with the member's session never shares one opened without it: each holds its own", async () => {
    // A stream is the host's for the session that opened it: a page sending the member's cookies to a host on
    // another origin (credentials="include") following the public's stream would hear only what the public may.
    const channel = uniqueKey('shared');
    expect(channelName(stream(channel), true)).not.to.equal(channelName(stream(channel)));
    const member = opened(channel, false, true);
    const publicTab = opened(channel);
    await waitUntil(() => member.source.readyState === 1 && publicTab.source.readyState === 1, 'both open', {
      timeout: 5000,
    });
    await waitUntil(async () => (await hostState(channel)).listeners === 2, 'two streams', { timeout: 5000 });
    expect(member.heard.map((e) => e.type)).to.deep.equal(['open']);
    expect(publicTab.heard.map((e) => e.type)).to.deep.equal(['open']);
  });

  it('the stream closing for good reaches every tab as an error', async () => {
    const channel = uniqueKey('shared');
    const first = opened(channel);
    const second = opened(channel);
    await waitUntil(() => second.source.readyState === 1, 'open', { timeout: 5000 });
    await fetch(`/__events/drop?channel=${encodeURIComponent(channel)}`, { method: 'POST' });
    await waitUntil(() => second.heard.some((e) => e.type === 'error'), 'the second tab is told');
    expect(first.heard.some((e) => e.type === 'error')).to.equal(true);
  });
});
