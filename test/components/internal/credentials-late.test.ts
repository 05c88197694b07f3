// credentials="include" appearing after a change was refused for want of the member's session (a 401, the
// host on another origin reading no cookie): set on the element since it connected, or on another element
// that connects later (a single-page app's next view). The change goes at once, with the session, not at the
// next retry a minute on, a focus or a sign-in. Only what that host refused for the session goes sooner.
import { expect } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import '../../../components/partnership-data/partnership-data.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { outboxForPage, type OutboxStatus } from '../../../src/data/index.js';
import { boundaryDocument } from '../../fixtures/documents.js';
import { documentUrl, failOnPageErrors, uniqueKey, untilShows } from '../../fixtures/probe-element.js';
import { forgetQueuedRecords } from '../../fixtures/queued-records.js';
import { until } from '../../fixtures/show-element.js';
import { editableTracker, saveStatus } from '../action-tracker/editable-tracker.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers the POSTs to endpoints whose URL includes `portal`: 401 without the member's session, 201 with it.
 * Nothing reaches the network: the hosts are made up, one origin for each test (a page names an origin once).
 */
function portalHosts() {
  const posts: { url: string; credentials?: RequestCredentials }[] = [];
  const passOn = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (init?.method !== 'POST' || !url.includes('portal')) return passOn(input, init);
    posts.push({ url, credentials: init.credentials });
    const session = init.credentials === 'include';
    return Promise.resolve(
      new Response(session ? '{}' : JSON.stringify({ message: 'Sign in' }), {
        status: session ? 201 : 401,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  }) as typeof fetch;
  return { posts, restore: () => (window.fetch = passOn) };
}

/** An editable tracker of a document of its own (its own store and fetch), sending to `endpoint`. */
const tracker = (endpoint: string, attrs: Record<string, string> = {}): Promise<ActionTracker> =>
  editableTracker(endpoint, { src: documentUrl(boundaryDocument(), uniqueKey('credentials-late')), ...attrs });

/** Marks Due yesterday Dropped in `element`; resolves once the host refused it for the session. */
async function refusedForTheSession(element: ActionTracker, posts: { url: string }[]): Promise<string> {
  const before = new Set(Object.keys(outboxForPage().$status.get()));
  await saveStatus(element, 'Due yesterday', 'dropped');
  await until(() => Object.keys(outboxForPage().$status.get()).some((id) => !before.has(id)), 'the change queued');
  const id = Object.keys(outboxForPage().$status.get()).find((key) => !before.has(key))!;
  const status = () => outboxForPage().$status.get()[id] as OutboxStatus;
  await until(() => status().state === 'queued' && 'problem' in status(), 'the host refused the session');
  expect(status()).to.include({ problem: 'signed-out' });
  expect(posts).to.have.length.above(0);
  return id;
}

describe('credentials="include" appearing after a change was refused for the session', () => {
  failOnPageErrors();
  let hosts: ReturnType<typeof portalHosts>;
  beforeEach(() => (hosts = portalHosts()));
  afterEach(async () => {
    hosts.restore();
    await forgetQueuedRecords('portal');
  });

  // First: the page's own origin, which the next tests' documents name with their elements' credentials, is
  // said to take the session here, as a portal's page with the kit on its own origin says it.
  it('set on <partnership-data>: the change to its host goes at once, with the session', async () => {
    const data = document.createElement('partnership-data');
    data.setAttribute('src', documentUrl(boundaryDocument(), uniqueKey('credentials-late-data')));
    const endpoint = `/__respond?key=${uniqueKey('portal-data')}&status=201&body=%7B%7D`;
    const inside = document.createElement('action-tracker') as ActionTracker;
    const attrs = { group: 'board', today: '2019-12-10', editable: '', editor: 'p-chair', endpoint };
    for (const [name, value] of Object.entries(attrs)) inside.setAttribute(name, value);
    data.append(inside);
    document.body.append(data);
    try {
      await untilShows(inside, 'Due yesterday');
      const id = await refusedForTheSession(inside, hosts.posts);
      const sent = hosts.posts.length;
      data.setAttribute('credentials', 'include');
      await until(() => hosts.posts.length > sent, 'sent again', 3000);
      expect(hosts.posts.at(-1)!.credentials).to.equal('include');
      await until(() => outboxForPage().$status.get()[id]?.state === 'recorded', 'the host has it');
    } finally {
      data.remove();
    }
  });

  it('set on the element: the change goes at once, with the session', async () => {
    const endpoint = `https://portal-${uniqueKey('set')}.example/api/changes`;
    const element = await tracker(endpoint);
    const id = await refusedForTheSession(element, hosts.posts);
    const sent = hosts.posts.length;
    element.setAttribute('credentials', 'include');
    await until(() => hosts.posts.length > sent, 'sent again', 3000);
    expect(hosts.posts.at(-1)).to.deep.equal({ url: endpoint, credentials: 'include' });
    await until(() => outboxForPage().$status.get()[id]?.state === 'recorded', 'the host has it');
  });

  it('on an element that connects later: the change goes at once; one refused by another host still waits', async () => {
    const endpoint = `https://portal-${uniqueKey('later')}.example/api/changes`;
    const elsewhere = `https://portal-${uniqueKey('elsewhere')}.example/api/changes`;
    const first = await tracker(endpoint);
    const id = await refusedForTheSession(first, hosts.posts);
    const other = await tracker(elsewhere);
    const waits = await refusedForTheSession(other, hosts.posts);
    const sent = hosts.posts.length;
    await tracker(endpoint, { credentials: 'include' });
    await until(() => hosts.posts.length > sent, 'sent again', 3000);
    expect(hosts.posts.slice(sent)).to.deep.equal([{ url: endpoint, credentials: 'include' }]);
    await until(() => outboxForPage().$status.get()[id]?.state === 'recorded', 'the host has it');
    await pause(1500);
    expect(hosts.posts.slice(sent), 'nothing to the other host').to.have.length(1);
    expect(outboxForPage().$status.get()[waits]).to.include({ state: 'queued', problem: 'signed-out' });
  });
});
