// The shared stores (one fetch and one store per resolved URL, changes
// published to every reader) and the IndexedDB cache of the last valid
// document per URL.
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { clear, createStore, get, set } from 'idb-keyval';
import {
  CACHE_DATABASE,
  documentStoreFor,
  forgetDocumentStores,
  refetchDocument,
  relayDocument,
  resolveDocumentUrl,
  updateDocument,
  type SavedDocument,
} from '../../../src/data/index.js';
import '../../../components/partnership-data/partnership-data.js';
import {
  collectPartnershipErrors,
  documentUrl,
  failOnPageErrors,
  heldResponse,
  requestCount,
  uniqueKey,
  untilShows,
  type ProbeElement,
} from '../../fixtures/probe-element.js';
import { namedDocument } from '../../fixtures/documents.js';
import { shownText } from '../../fixtures/text.js';
import { freshDocumentsEachTest, offline } from '../../fixtures/fresh-documents.js';

const stubFetch = freshDocumentsEachTest();

describe('document stores', () => {
  failOnPageErrors();

  it('resolves "x.json", "./x.json" and the absolute URL to one store', () => {
    const name = `${uniqueKey()}.json`;
    const store = documentStoreFor(name);
    expect(documentStoreFor(`./${name}`)).to.equal(store);
    expect(documentStoreFor(new URL(name, document.baseURI).href)).to.equal(store);
    expect(resolveDocumentUrl(`./${name}`)).to.equal(new URL(name, document.baseURI).href);
    expect(documentStoreFor(`other-${name}`)).not.to.equal(store);
  });

  it('three elements with the same src share one fetch', async () => {
    const key = uniqueKey('three');
    const src = documentUrl(namedDocument('Shared Partnership'), key);
    const wrapper = fixtureSync<HTMLDivElement>(html`
      <div>
        <probe-element src=${src}></probe-element>
        <probe-element src=${src}></probe-element>
        <probe-element src=${src}></probe-element>
      </div>
    `);
    for (const probe of wrapper.querySelectorAll('probe-element')) await untilShows(probe, 'Shared Partnership');
    expect(await requestCount(key)).to.equal(1);
  });

  it('two spellings of one URL ("x" and "./x") share one fetch', async () => {
    const key = uniqueKey('spelling');
    const src = documentUrl(namedDocument('Spelled Twice'), key).replace(/^\//, '');
    const wrapper = fixtureSync<HTMLDivElement>(html`
      <div><probe-element src=${src}></probe-element><probe-element src=${`./${src}`}></probe-element></div>
    `);
    for (const probe of wrapper.querySelectorAll('probe-element')) await untilShows(probe, 'Spelled Twice');
    expect(await requestCount(key)).to.equal(1);
  });

  it('an element added later reads the loaded document without fetching again', async () => {
    const key = uniqueKey('later');
    const src = documentUrl(namedDocument('Loaded Once'), key);
    const first = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(first, 'Loaded Once');
    const later = document.createElement('probe-element');
    later.src = src;
    first.after(later);
    await later.updateComplete;
    expect(shownText(later)).to.contain('Loaded Once');
    expect(await requestCount(key)).to.equal(1);
  });

  it('forgetDocumentStores makes the next element fetch again', async () => {
    const key = uniqueKey('forget');
    const src = documentUrl(namedDocument('Fetched Twice'), key);
    await untilShows(await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`), 'Fetched Twice');
    forgetDocumentStores();
    await untilShows(await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`), 'Fetched Twice');
    expect(await requestCount(key)).to.equal(2);
  });

  it('a sign-in fetches the document again on a page with no element that writes back', async () => {
    // A roster or a risk register alone: no vote panel, quorum indicator or action tracker made the page's outbox.
    const key = uniqueKey('sign-in');
    const src = documentUrl(namedDocument('Read Only'), key);
    await untilShows(await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`), 'Read Only');
    window.dispatchEvent(new Event('partnership-signed-in'));
    await waitUntil(async () => (await requestCount(key)) === 2, 'fetched again for the new viewer');
  });

  it('updateDocument(src, change) re-renders every element that reads that store', async () => {
    const src = documentUrl(namedDocument('Before the change')).replace(/^\//, '');
    const wrapper = fixtureSync<HTMLDivElement>(html`
      <div>
        <probe-element id="plain" src=${src}></probe-element>
        <probe-element id="dotted" src=${`./${src}`}></probe-element>
        <partnership-data src=${src}><probe-element id="provided"></probe-element></partnership-data>
        <probe-element id="unrelated" src=${documentUrl(namedDocument('Another document'))}></probe-element>
      </div>
    `);
    const probes = ['plain', 'dotted', 'provided'].map((id) => wrapper.querySelector<ProbeElement>(`#${id}`)!);
    const unrelated = wrapper.querySelector<ProbeElement>('#unrelated')!;
    for (const probe of probes) await untilShows(probe, 'Before the change');
    await untilShows(unrelated, 'Another document');

    updateDocument(`./${src}`, (doc) => ({
      ...doc,
      partnership: { ...doc.partnership, name: 'After the change' },
      people: [...doc.people, { id: 'p-new', name: 'New person' }],
    }));

    for (const probe of probes) {
      await untilShows(probe, 'After the change');
      expect(shownText(probe)).to.contain('5 people');
    }
    expect(shownText(unrelated)).to.contain('Another document');
  });

  it('relayDocument publishes nothing when the document reads as it is shown (issue 12)', async () => {
    // Nothing on its way here: laid over again, the document is the one shown, and no element need draw again.
    const src = documentUrl(namedDocument('Nothing waiting'));
    const store = documentStoreFor(src);
    const published: unknown[] = [];
    const stop = store.subscribe((state) => published.push(state));
    try {
      await waitUntil(() => store.get().status === 'ready', 'the document is shown');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const before = published.length;
      relayDocument(src);
      expect(published).to.have.length(before);
    } finally {
      stop();
    }
  });

  it('updateDocument does nothing while the document is not loaded', () => {
    const src = `/${uniqueKey('never')}.json`;
    const store = documentStoreFor(src);
    let called = false;
    updateDocument(src, (doc) => {
      called = true;
      return doc;
    });
    expect(called).to.equal(false);
    expect(store.get().status).to.equal('loading');
  });
});

describe('the IndexedDB cache', () => {
  failOnPageErrors();

  const kitDatabase = createStore('partnership-kit', 'documents');
  beforeEach(() => clear(kitDatabase));

  function saveCopy(src: string, json: unknown, fetchedAt: string): Promise<void> {
    const saved: SavedDocument = { json, fetchedAt };
    return set(resolveDocumentUrl(src), saved, kitDatabase);
  }

  it("saves a loaded document in the kit's own database, not idb-keyval's default one", async () => {
    const doc = namedDocument('Saved Partnership');
    const src = documentUrl(doc);
    const before = Date.now();
    await untilShows(
      await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`),
      'Saved Partnership',
    );

    let saved: SavedDocument | undefined;
    await waitUntil(async () => (saved = await get<SavedDocument>(resolveDocumentUrl(src), kitDatabase)));
    expect(saved!.json).to.deep.equal(doc);
    expect(Date.parse(saved!.fetchedAt)).to.be.within(before - 1000, Date.now() + 1000);

    expect(CACHE_DATABASE).to.equal('partnership-kit');
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).to.include('partnership-kit');
    expect(names).not.to.include('keyval-store');
  });

  it('on a later visit with the network failing, shows the saved copy and says it may be out of date', async () => {
    const src = documentUrl(namedDocument('Offline Partnership', 1));
    await untilShows(
      await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`),
      'Offline Partnership',
    );
    await waitUntil(() => get(resolveDocumentUrl(src), kitDatabase));

    forgetDocumentStores(); // a new visit
    const fetches = stubFetch(offline(src));
    const errors = collectPartnershipErrors();
    try {
      const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
      await untilShows(probe, 'It may be out of date');
      expect(fetches.calls).to.include(resolveDocumentUrl(src));
      const text = shownText(probe);
      expect(text).to.contain('Showing the copy saved on this device on');
      expect(text).to.contain('the latest could not be loaded');
      expect(text).to.contain('Offline Partnership').and.contain('5 people');
      expect(text).not.to.contain('There is a problem');
    } finally {
      errors.stop();
    }
  });

  it('a refetch that breaks the contract keeps what is shown and says it may be out of date', async () => {
    // A host that stored a record the contract refuses (it checked less than the core does): every page open in
    // the meeting kept the last copy and said nothing, and no change after it ever reached them.
    const src = documentUrl(namedDocument('Broken Later Partnership', 1));
    const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(probe, 'Broken Later Partnership');
    const broken = { ...namedDocument('Broken Later Partnership', 1), contract: 'not-a-contract' };
    stubFetch((url) =>
      url === resolveDocumentUrl(src)
        ? Promise.resolve(new Response(JSON.stringify(broken), { headers: { 'Content-Type': 'application/json' } }))
        : undefined,
    );
    refetchDocument(src);
    await untilShows(probe, 'It may be out of date');
    const text = shownText(probe);
    expect(text).to.contain('the latest could not be loaded');
    expect(text).to.contain('Broken Later Partnership');
    expect(text).not.to.contain('There is a problem');
  });

  it('names the date the saved copy was fetched', async () => {
    const src = `/cache/${uniqueKey()}.json`;
    await saveCopy(src, namedDocument('Dated Partnership'), '2024-03-05T10:30:00.000Z');
    stubFetch(offline(src));
    const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(probe, 'Dated Partnership');
    expect(shownText(probe)).to.contain(
      'Showing the copy saved on this device on 5 March 2024 at 10:30am. It may be out of date: the latest could not be loaded.',
    );
  });

  it('while the fetch is slow, shows the saved copy "while the latest loads", then the fresh one', async () => {
    const src = `/cache/${uniqueKey()}.json`;
    await saveCopy(src, namedDocument('Yesterday’s copy'), '2024-03-05T10:30:00.000Z');
    const held = heldResponse();
    stubFetch((url) => (url === resolveDocumentUrl(src) ? held.promise : undefined));

    const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(probe, 'Yesterday’s copy');
    expect(shownText(probe)).to.contain(
      'Showing the copy saved on this device on 5 March 2024 at 10:30am while the latest loads.',
    );

    held.release(namedDocument('Today’s copy', 2));
    await untilShows(probe, 'Today’s copy');
    expect(shownText(probe)).to.contain('6 people');
    expect(shownText(probe)).not.to.contain('Showing the copy saved');

    await waitUntil(async () => {
      const saved = await get<SavedDocument>(resolveDocumentUrl(src), kitDatabase);
      return (saved?.json as { partnership?: { name?: string } }).partnership?.name === 'Today’s copy';
    }, 'the fresh document replaces the saved copy');
  });

  it('ignores a saved copy that no longer meets the contract', async () => {
    const src = `/cache/${uniqueKey()}.json`;
    await saveCopy(src, { contract: 'partnership-kit/1' }, '2024-03-05T10:30:00.000Z');
    stubFetch(offline(src));
    const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(probe, 'There is a problem');
    expect(shownText(probe)).to.contain('the connection failed');
  });

  it('without a saved copy, a network failure is a clear error', async () => {
    const src = `/cache/${uniqueKey()}.json`;
    stubFetch(offline(src));
    const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(probe, 'There is a problem');
    expect(shownText(probe)).to.contain('could not be loaded: the connection failed');
  });
});
