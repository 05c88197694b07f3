/**
 * A live channel that can never open: the page's Content-Security-Policy forbids its host, its host does not
 * allow the page's origin (CORS), or nothing answers at its address. The browser logs why, out of the page's
 * reach, and the member saw a meeting that never moved by itself. The element now says, once, that updates are
 * not live (and that the member's own changes are kept), the console tells the web team which address and the
 * likely cause, and the page keeps trying: a policy's block at once, the rest once the channel has failed for
 * `liveUnopenedMs`, as a host restarting fails for a few seconds too.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { failOnPageErrors, requestCount, respondUrl, uniqueKey } from '../../fixtures/probe-element.js';
import { textOf } from '../../fixtures/text.js';
import { loadElementsUnderCsp, STRICT_CSP } from '../../harness/csp.js';
import { channelName } from '../../../src/data/shared-channel.js';
import { ENDINGS_SAID } from '../../../src/data/channel-trouble.js';
import '../../../components/index.js';

const UNOPENED_MS = 600;

const SUTTON = '/demo/data/sutton.json';
freshDocumentsEachTest({
  EventSource: window.EventSource,
  liveUnopenedMs: UNOPENED_MS,
  maxReopenMs: 200,
  refetchDebounceMs: 20,
});

/** The test server under another origin: the same host by its other name, so a request to it is cross-origin. */
function otherOrigin(): string {
  const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${other}:${location.port}`;
}

/** The console's warnings from now on, until `stop()`. */
function collectWarnings(): { warnings: string[]; stop(): void } {
  const warnings: string[] = [];
  const realWarn = console.warn;
  console.warn = (...parts: unknown[]) => warnings.push(parts.join(' '));
  return { warnings, stop: () => (console.warn = realWarn) };
}

const noticeOf = (element: Element) => textOf(element.shadowRoot?.querySelector('[part~=connection-notice]'));

/** A roster in `lang` of the Sutton document, its channel at `live`. */
function roster(src: string, live: string, lang = 'en') {
  return html`<partnership-roster
    src=${src}
    group="elg"
    today="2019-12-10"
    live=${live}
    lang=${lang}
  ></partnership-roster>`;
}

describe('a live channel that can never open', () => {
  failOnPageErrors();
  let console_: ReturnType<typeof collectWarnings>;
  beforeEach(() => (console_ = collectWarnings()));
  afterEach(() => console_.stop());

  it('on a host without CORS for the page: said in the element, in English and Welsh, and the likely cause in the console, once the channel has failed a while', async () => {
    // An event stream that ends at once, so that no stream the browser refused holds one of its six connections
    // to the host (Chromium keeps some open a while), and each try is counted.
    const key = uniqueKey('no-cors');
    const live = `${otherOrigin()}${respondUrl({ key, type: 'text/event-stream', body: 'retry: 3000\n\n' })}`;
    const src = SUTTON;
    const shownAt = performance.now();
    const wrapper = await fixture<HTMLElement>(html`<div>${roster(src, live)}${roster(src, live, 'cy')}</div>`);
    const [english, welsh] = wrapper.querySelectorAll('partnership-roster');
    await waitUntil(() => english!.shadowRoot!.querySelector('table'), 'the roster drawn');
    await waitUntil(() => noticeOf(english!) !== '', 'the element says updates are not live', { timeout: 4000 });
    // The first failures are a host restarting as much as a host refusing the page: nothing was said at them.
    expect(performance.now() - shownAt, 'said once the channel had failed liveUnopenedMs').to.be.at.least(UNOPENED_MS);
    expect(noticeOf(english!)).to.equal(en.shared.liveUnopened);
    await waitUntil(() => noticeOf(welsh!) === cy.shared.liveUnopened, 'the Welsh roster says it in Welsh');
    await waitUntil(() => console_.warnings.length > 0, 'the console told');
    const [warning] = console_.warnings;
    expect(warning).to.include(`<partnership-roster live="${live}">`);
    expect(warning).to.include(`the live channel ${live} has not opened`);
    expect(warning).to.include('CORS');
    expect(warning).to.include(`Access-Control-Allow-Origin: ${location.origin}`);
    // The kit's own host has an option for it.
    expect(warning).to.include(`list ${location.origin} in its allowedOrigins`);
    // The page keeps trying, with its backoff, and says nothing more.
    const tries = await requestCount(key);
    await waitUntil(async () => (await requestCount(key)) > tries, 'the channel tried again', {
      timeout: 4000,
    });
    expect(console_.warnings, 'one warning').to.have.length(1);
    expect(noticeOf(english!)).to.equal(en.shared.liveUnopened);
  });

  it('on a host (or a proxy) that ends the stream at once, try after try: said in the element, in English and Welsh, that updates keep stopping', async () => {
    // The stream opens (the right content type, from the page's own site), so the channel is not "unopened":
    // before, the console alone was told, and the member saw a meeting that never moved by itself.
    const key = uniqueKey('ends-at-once');
    const live = respondUrl({ key, type: 'text/event-stream', body: 'retry: 50\n\n' });
    const wrapper = await fixture<HTMLElement>(html`<div>${roster(SUTTON, live)}${roster(SUTTON, live, 'cy')}</div>`);
    const [english, welsh] = wrapper.querySelectorAll('partnership-roster');
    await waitUntil(() => english!.shadowRoot!.querySelector('table'), 'the roster drawn');
    await waitUntil(() => noticeOf(english!) === en.shared.liveEnding, 'the element says updates keep stopping', {
      timeout: 8000,
    });
    expect(await requestCount(key), 'said after a few tries').to.be.at.least(ENDINGS_SAID);
    await waitUntil(() => noticeOf(welsh!) === cy.shared.liveEnding, 'the Welsh roster says it in Welsh');
    expect(console_.warnings.some((warning) => warning.includes('ends the stream at once'))).to.equal(true);
  });

  it('at a port nothing listens at: said in the element, and in the console that the host cannot be reached, and why that may be', async () => {
    const { port } = (await (await fetch('/__events/closed-port')).json()) as { port: number };
    const live = `http://127.0.0.1:${port}/events`;
    const element = await fixture<HTMLElement>(roster(SUTTON, live));
    await waitUntil(() => element.shadowRoot!.querySelector('table'), 'the roster drawn');
    await waitUntil(() => noticeOf(element) === en.shared.liveUnopened, 'the element says updates are not live', {
      timeout: 4000,
    });
    await waitUntil(() => console_.warnings.length > 0, 'the console told');
    expect(console_.warnings).to.have.length(1);
    const [warning] = console_.warnings;
    expect(warning).to.include(`the live channel ${live} has not opened`);
    expect(warning).to.include('cannot be reached');
    expect(warning).to.include('DNS');
    expect(warning).to.include(`nothing is listening at http://127.0.0.1:${port}`);
    expect(warning).not.to.include('CORS');
  });

  it('on a host the page’s Content-Security-Policy forbids: said at once, in the element and in the console, naming connect-src', async () => {
    const live = `${otherOrigin()}/__events/stream?channel=${uniqueKey('forbidden')}`;
    // The page's own defaults (a 30-second wait before CORS or an unreachable host is said): a policy is certain.
    const run = await loadElementsUnderCsp(
      [{ tag: 'partnership-roster', attrs: { group: 'elg', today: '2019-12-10', live } }],
      { policy: STRICT_CSP },
    );
    try {
      const element = run.frame.contentDocument!.querySelector('partnership-roster')!;
      await waitUntil(() => noticeOf(element) === en.shared.liveUnopened, 'the element says updates are not live', {
        timeout: 4000,
      });
      await waitUntil(() => run.warnings.length > 0, 'the console told');
      expect(run.warnings).to.have.length(1);
      const [warning] = run.warnings;
      expect(warning).to.include(`the live channel ${live} is blocked by this page’s Content-Security-Policy`);
      expect(warning).to.include(`connect-src does not allow ${otherOrigin()}`);
      expect(run.errors).to.deep.equal([]);
    } finally {
      run.remove();
    }
  });

  it('on a host the policy forbids, in a tab that does not hold the shared stream: said at once all the same', async () => {
    // The tab holding the stream sees the `securitypolicyviolation`; this one hears only that the stream failed.
    // Its own request for what the address answers (the warning's) is refused by its policy too, and that
    // violation tells it at the failure, not 30 s (`liveUnopenedMs`) on as a request of its own would.
    const live = `${otherOrigin()}/__events/stream?channel=${uniqueKey('forbidden-shared')}`;
    const placed = [{ tag: 'partnership-roster', attrs: { group: 'elg', today: '2019-12-10', live } }];
    const first = await loadElementsUnderCsp(placed, { policy: STRICT_CSP });
    const second = { run: undefined as Awaited<ReturnType<typeof loadElementsUnderCsp>> | undefined };
    const holding = stand_inHoldingTheStream(live);
    try {
      const found = first.frame.contentDocument!.querySelector('partnership-roster')!;
      await waitUntil(() => noticeOf(found) === en.shared.liveUnopened, 'the first tab found the policy', {
        timeout: 4000,
      });
      // From now on a tab of the site holds the stream at every try of the next, as with many tabs open at once.
      await holding.held;
      second.run = await loadElementsUnderCsp(placed, { policy: STRICT_CSP });
      const told = second.run.frame.contentDocument!.querySelector('partnership-roster')!;
      // The page's own wait (30 s) is what a tab that never opens the stream itself waited before.
      await waitUntil(() => noticeOf(told) === en.shared.liveUnopened, 'the second tab says it at once', {
        timeout: 4000,
      });
      await waitUntil(() => second.run!.warnings.length > 0, 'its console told');
      expect(second.run.warnings[0]).to.include('is blocked by this page’s Content-Security-Policy');
      expect(second.run.warnings[0]).to.include(`connect-src does not allow ${otherOrigin()}`);
    } finally {
      holding.stop();
      first.remove();
      second.run?.remove();
    }
  });
});

/**
 * A tab of the site that holds the channel's lock, and so the stream, and answers each tab that asks that its
 * stream is closed: as a tab holding it through another's tries does (the stream blocked, by its policy).
 */
function stand_inHoldingTheStream(live: string): { held: Promise<void>; stop(): void } {
  const name = channelName(live);
  const tabs = new BroadcastChannel(name);
  tabs.onmessage = (event: MessageEvent<{ type: string }>) => {
    if (event.data.type === 'hello') tabs.postMessage({ type: 'state', readyState: 2 });
  };
  let release = () => {};
  let granted = () => {};
  const held = new Promise<void>((resolve) => (granted = resolve));
  void navigator.locks.request(name, () => {
    granted();
    return new Promise<void>((resolve) => (release = resolve));
  });
  return {
    held,
    stop: () => {
      tabs.close();
      release();
    },
  };
}
