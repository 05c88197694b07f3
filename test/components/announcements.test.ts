// What a screen reader hears from a page with every element on one document:
// each change once. Elements showing the same document load, fail and fall
// back to the saved copy together, so only the first of them speaks; the
// others show the same words silently. The counter
// (test/harness/announcements.ts) fails the test on any text announced twice.
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/messages/index.js';
import { saveDocument } from '../../src/data/document-cache.js';
import { ELEMENTS } from '../fixtures/all-elements.js';
import { seedDocument, type LooseDocument } from '../fixtures/documents.js';
import { textOf } from '../fixtures/text.js';
import { freshDocumentsEachTest, offline } from '../fixtures/fresh-documents.js';
import { heldResponse, uniqueKey } from '../fixtures/probe-element.js';
import { listenForAnnouncements, type AnnouncementListener } from '../harness/announcements.js';
import { refetchDocument } from '../../src/data/index.js';
import { everyNode, speech, wholePageTree } from '../fixtures/spoken.js';
import '../../components/index.js';

// Fetched in a hook, under mocha's timeout: a top-level await that stalled would hold the file unstarted.
let sutton: LooseDocument;
before(async () => {
  sutton = await seedDocument('sutton');
});
/** The five kinds of element, and a second roster: two of one kind on one document. */
const PAGE: [tag: string, attrs: Record<string, string>, ready: string][] = [
  ...ELEMENTS,
  ['partnership-roster', { group: 'eog' }, 'table'],
];

const stubFetch = freshDocumentsEachTest();
let heard: AnnouncementListener | undefined;
let page: HTMLElement | undefined;
afterEach(() => {
  heard?.stop();
  page?.remove();
});

/** Every element of PAGE showing `src`, in a new `<main>`. */
function mount(src: string): HTMLElement[] {
  page = document.createElement('main');
  document.body.append(page);
  return PAGE.map(([tag, attrs]) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries({ src, today: '2019-12-10', ...attrs })) {
      element.setAttribute(name, value);
    }
    return page!.appendChild(element);
  });
}

/** The loading notice of the element that speaks for the document: a status, and live. */
const SPEAKING_LOADING = '.loading[role=status]:not([aria-live=off])';

/** The text of the part `selector` finds in a kit element. */
const textIn = (element: Element, selector: string) => textOf(element.shadowRoot?.querySelector(selector));

/**
 * How many status regions in the page's accessibility tree say `words`: what a screen reader finds as a status
 * on moving into each element, where a plain paragraph is no status at all.
 */
async function statusesSaying(words: string): Promise<number> {
  const statuses = everyNode(await wholePageTree()).filter((node) => node.role === 'status');
  return statuses.filter((status) => speech(status) === words).length;
}

function expectEachOnce(listener: AnnouncementListener): void {
  listener.flush();
  expect(listener.duplicates(), 'texts announced more than once').to.deep.equal([]);
}

describe('announcements on a page of every element on one document', () => {
  it('loading: one "Loading…" for the page, though every element shows it; then each element’s own words once', async () => {
    const src = `/held/${uniqueKey()}.json`;
    const held = heldResponse();
    stubFetch((url) => (url.includes(src) ? held.promise : undefined));
    heard = listenForAnnouncements();
    const elements = mount(src);
    await waitUntil(() => elements.every((e) => textIn(e, '.loading') === en.shared.loading), 'every element loading');
    heard.flush();
    expect(heard.timesHeard(en.shared.loading)).to.equal(1);
    // Every element's "Loading…" is a status, so that a screen reader moving to any of them finds one; only the
    // first's is live.
    const speaking = elements.filter((e) => e.shadowRoot!.querySelector(SPEAKING_LOADING));
    expect(speaking, 'only the first element speaks').to.deep.equal([elements[0]]);
    const statuses = elements.filter((e) => e.shadowRoot!.querySelector('.loading[role=status]'));
    expect(statuses, 'a status in every element').to.deep.equal(elements);
    held.release(sutton);
    await waitUntil(
      () => PAGE.every(([, , ready], i) => elements[i]!.shadowRoot!.querySelector(ready)),
      'every element rendered the document',
    );
    expectEachOnce(heard);
    expect(heard.timesHeard(en.shared.loading)).to.equal(1);
  });

  it('loading, then the connection lost: a status on every element, as the saved notice is, each heard once', async () => {
    const src = `/held/${uniqueKey()}.json`;
    const held = heldResponse();
    let lost = false;
    stubFetch((url) =>
      !url.includes(src) ? undefined : lost ? Promise.reject(new TypeError('Failed to fetch')) : held.promise,
    );
    heard = listenForAnnouncements();
    const elements = mount(src);
    await waitUntil(() => elements.every((e) => textIn(e, '.loading') === en.shared.loading), 'every element loading');
    expect(await statusesSaying(en.shared.loading), 'a status in every element').to.equal(elements.length);
    heard.flush();
    expect(heard.timesHeard(en.shared.loading), 'heard once').to.equal(1);

    held.release(sutton);
    await waitUntil(
      () => PAGE.every(([, , ready], i) => elements[i]!.shadowRoot!.querySelector(ready)),
      'every element rendered the document',
    );
    lost = true;
    refetchDocument(src);
    const unreachable = en.shared.unreachable;
    await waitUntil(
      () => elements.every((e) => textIn(e, '[part~=connection-notice]') === unreachable),
      'every element says the connection was lost',
    );
    expect(await statusesSaying(unreachable), 'a status in every element').to.equal(elements.length);
    expectEachOnce(heard);
    expect(heard.timesHeard(unreachable), 'heard once').to.equal(1);
  });

  it('failing: one alert for the one failure, the same error summary in every element', async () => {
    const src = `/offline/${uniqueKey()}.json`;
    stubFetch(offline(src));
    heard = listenForAnnouncements();
    const elements = mount(src);
    await waitUntil(() => elements.every((e) => e.shadowRoot?.querySelector('.error-summary')), 'every element failed');
    expectEachOnce(heard);
    const alerts = heard.heard.filter((a) => a.politeness === 'assertive');
    expect(alerts, 'one alert').to.have.length(1);
    expect(alerts[0]!.text).to.contain(en.shared.problemTitle).and.contain('the connection failed');
    expect(elements.filter((e) => e.shadowRoot!.querySelector('[role=alert]'))).to.deep.equal([elements[0]]);
  });

  it('the saved copy: its notice once for the document, while refreshing and once the refresh failed', async () => {
    const src = `${location.origin}/saved/${uniqueKey()}.json`;
    const fetchedAt = '2019-12-09T09:00:00Z';
    await saveDocument(src, { json: sutton, fetchedAt });
    let fail!: (error: Error) => void;
    const held = new Promise<Response>((_, reject) => (fail = reject));
    stubFetch((url) => (url.includes(src) ? held : undefined));
    heard = listenForAnnouncements();
    const elements = mount(src);
    const refreshing = en.shared.savedCopy(fetchedAt, true);
    await waitUntil(() => elements.every((e) => textIn(e, '.notice') === refreshing), 'every element shows the copy');
    heard.flush();
    expect(heard.timesHeard(refreshing)).to.equal(1);
    fail(new TypeError('Failed to fetch'));
    const failed = en.shared.savedCopy(fetchedAt, false);
    await waitUntil(
      () => elements.every((e) => textIn(e, '.notice') === failed),
      'every element says the fetch failed',
    );
    expectEachOnce(heard);
    expect(heard.timesHeard(failed)).to.equal(1);
    expect(heard.timesHeard(/There is a problem/), 'the saved copy shows: no alert').to.equal(0);
  });

  it('the latest replacing the saved copy: a status on every element, heard once, and not on a first load', async () => {
    const src = `${location.origin}/saved/${uniqueKey()}.json`;
    await saveDocument(src, { json: sutton, fetchedAt: '2019-12-09T09:00:00Z' });
    let arrive!: (response: Response) => void;
    const latest = new Promise<Response>((done) => (arrive = done));
    stubFetch((url) => (url.includes(src) ? latest : undefined));
    heard = listenForAnnouncements();
    const elements = mount(src);
    await waitUntil(() => elements.every((e) => textIn(e, '[part=saved-notice]')), 'every element shows the copy');
    arrive(Response.json(sutton));
    const loaded = en.shared.latestLoaded;
    await waitUntil(() => elements.every((e) => textIn(e, '[part=saved-notice]') === loaded), 'every element says so');
    expectEachOnce(heard);
    expect(heard.timesHeard(loaded)).to.equal(1);
    const roles = elements.map((e) => e.shadowRoot!.querySelector('[part=saved-notice]')!.getAttribute('role'));
    expect(roles, 'the same notice on every element').to.deep.equal(elements.map(() => 'status'));
    page?.remove();

    // A first load, with no saved copy: nothing replaced, nothing to say.
    heard.stop();
    heard = listenForAnnouncements();
    const fresh = mount(`${location.origin}/demo/data/sutton.json?${uniqueKey()}`);
    await waitUntil(
      () => PAGE.every(([, , ready], i) => fresh[i]!.shadowRoot!.querySelector(ready)),
      'every element rendered the document',
    );
    heard.flush();
    expect(heard.timesHeard(loaded)).to.equal(0);
    expect(fresh.filter((e) => e.shadowRoot!.querySelector('[part=saved-notice]'))).to.deep.equal([]);
  });

  it('when the element that spoke leaves the page, the next one speaks for the document', async () => {
    const src = `/held/${uniqueKey()}.json`;
    stubFetch((url) => (url.includes(src) ? heldResponse().promise : undefined));
    const elements = mount(src);
    await waitUntil(() => elements[0]!.shadowRoot?.querySelector(SPEAKING_LOADING), 'the first speaks');
    elements[0]!.remove();
    await waitUntil(() => elements[1]!.shadowRoot?.querySelector(SPEAKING_LOADING), 'the second takes over');
    expect(elements.slice(2).some((e) => e.shadowRoot!.querySelector(SPEAKING_LOADING))).to.equal(false);
  });
});
