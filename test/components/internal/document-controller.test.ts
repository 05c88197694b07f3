// Where an element's document comes from, which source wins, and what the
// element shows and fires when the document cannot be used.
//
// <partnership-data> is deliberately NOT imported at the top of this file: the
// first provider test puts an element inside <partnership-data> before that
// element's script has loaded, as a CMS page does, then loads it. Every later
// provider test loads it through loadPartnershipData().
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { en } from '../../../src/messages/index.js';
import { cy } from '../../../src/messages/cy.js';
import { updateDocument, type LoadFailure } from '../../../src/data/index.js';
import type { PartnershipData } from '../../../components/partnership-data/partnership-data.js';
import { minimalDocument, namedDocument } from '../../fixtures/documents.js';
import {
  collectPartnershipErrors,
  documentUrl,
  failOnPageErrors,
  respondUrl,
  spyOnFetch,
  uniqueKey,
  untilShows,
  type ProbeElement,
} from '../../fixtures/probe-element.js';
import { shownText, textOf } from '../../fixtures/text.js';
import { partnershipErrorsEachTest, untilOneFailure } from '../../fixtures/failures.js';
import { freshDocumentsEachTest, offline } from '../../fixtures/fresh-documents.js';

async function loadPartnershipData(): Promise<typeof PartnershipData> {
  const module = await import('../../../components/partnership-data/partnership-data.js');
  return module.PartnershipData;
}

/** A probe element with an inline `<script type="application/json">` child, not yet in the page. */
function probeWithInline(json: unknown, src?: string): ProbeElement {
  const probe = document.createElement('probe-element');
  if (src) probe.setAttribute('src', src);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  probe.append(script);
  return probe;
}

/**
 * Puts `node` in the page and returns the first `probe-element` in it. fixtureSync,
 * not fixture: fixture waits a frame for a plain <div>, and a test page in a
 * background tab gets no frames.
 */
async function place(node: Node): Promise<ProbeElement> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div>${node}</div>`);
  const probe = wrapper.querySelector('probe-element');
  if (!probe) throw new Error('no probe-element placed');
  await probe.updateComplete;
  return probe;
}

const stubFetch = freshDocumentsEachTest();

describe('DocumentController: each source', () => {
  failOnPageErrors();

  it('shows a document given as the data property', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element .data=${namedDocument('Data Property Partnership')}></probe-element>`,
    );
    await untilShows(probe, 'Data Property Partnership');
    expect(shownText(probe)).to.contain('4 people');
  });

  it('shows a document fetched from src', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element src=${documentUrl(namedDocument('Fetched Partnership', 2))}></probe-element>`,
    );
    await untilShows(probe, 'Fetched Partnership');
    expect(shownText(probe)).to.contain('6 people');
  });

  it('shows "loading" until the fetched document arrives', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element
        src=${respondUrl({ body: JSON.stringify(minimalDocument()), delayMs: 300 })}
      ></probe-element>`,
    );
    expect(shownText(probe)).to.equal(en.shared.loading);
    await untilShows(probe, 'Test Education Partnership');
  });

  it('shows a document given as an inline <script type="application/json"> child', async () => {
    const probe = await place(probeWithInline(namedDocument('Inline Partnership')));
    await untilShows(probe, 'Inline Partnership');
    expect(shownText(probe)).not.to.contain('{');
  });

  it('shows inline JSON that a CMS wrapped in a <p> inside the element', async () => {
    // WordPress's wpautop (as @wordpress/autop writes it) wraps a script with a blank line on each side in a <p>.
    const json = JSON.stringify(namedDocument('Wrapped Inline Partnership'));
    const saved = `<probe-element>\n<p><script type="application/json">\n${json}\n</script></p>\n</probe-element>`;
    const parsed = new DOMParser().parseFromString(saved, 'text/html').body.firstElementChild!;
    const probe = await place(parsed);
    await untilShows(probe, 'Wrapped Inline Partnership');
  });
});

describe('DocumentController: which source wins', () => {
  failOnPageErrors();

  it('data beats src, and src is not fetched', async () => {
    const src = documentUrl(namedDocument('From src'));
    const fetches = stubFetch();
    const probe = await fixture<ProbeElement>(
      html`<probe-element src=${src} .data=${namedDocument('From data')}></probe-element>`,
    );
    await untilShows(probe, 'From data');
    expect(shownText(probe)).not.to.contain('From src');
    expect(fetches.calls).to.deep.equal([]);
  });

  it('src beats an inline child', async () => {
    const probe = await place(probeWithInline(namedDocument('From inline'), documentUrl(namedDocument('From src'))));
    await untilShows(probe, 'From src');
    expect(shownText(probe)).not.to.contain('From inline');
  });

  it('data beats an inline child', async () => {
    const probe = probeWithInline(namedDocument('From inline'));
    probe.data = namedDocument('From data');
    await place(probe);
    await untilShows(probe, 'From data');
  });
});

describe('DocumentController: a source that changes', () => {
  failOnPageErrors();

  it('changing src shows the new document', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element src=${documentUrl(namedDocument('First src'))}></probe-element>`,
    );
    await untilShows(probe, 'First src');
    probe.src = documentUrl(namedDocument('Second src', 1));
    await untilShows(probe, 'Second src');
    expect(shownText(probe)).to.contain('5 people');
  });

  it('changing the src attribute shows the new document', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element src=${documentUrl(namedDocument('First attribute'))}></probe-element>`,
    );
    await untilShows(probe, 'First attribute');
    probe.setAttribute('src', documentUrl(namedDocument('Second attribute')));
    await untilShows(probe, 'Second attribute');
  });

  it('changing data shows the new document', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element .data=${namedDocument('First data')}></probe-element>`,
    );
    await untilShows(probe, 'First data');
    probe.data = namedDocument('Second data', 3);
    await untilShows(probe, 'Second data');
    expect(shownText(probe)).to.contain('7 people');
  });

  it('clearing data falls back to src', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element
        src=${documentUrl(namedDocument('Behind the data'))}
        .data=${namedDocument('In front')}
      ></probe-element>`,
    );
    await untilShows(probe, 'In front');
    probe.data = undefined;
    await untilShows(probe, 'Behind the data');
  });

  // A web team's own script: create, append, then give the document, all in one task (before the first render).
  it('shows data, src or the src attribute set straight after the element was appended', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const set: [string, (probe: ProbeElement) => void][] = [
      ['Data after append', (probe) => (probe.data = namedDocument('Data after append'))],
      ['Src after append', (probe) => (probe.src = documentUrl(namedDocument('Src after append')))],
      [
        'Attribute after append',
        (probe) => probe.setAttribute('src', documentUrl(namedDocument('Attribute after append'))),
      ],
    ];
    for (const [name, give] of set) {
      const probe = document.createElement('probe-element');
      wrapper.append(probe);
      give(probe);
      await untilShows(probe, name);
      expect(shownText(probe)).not.to.contain(en.shared.failure({ kind: 'no-source' }));
    }
  });

  it('an element taken out of the page and put back shows the document as it is now', async () => {
    const src = documentUrl(namedDocument('Before it left'));
    const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    await untilShows(probe, 'Before it left');
    const parent = probe.parentElement!;
    probe.remove();
    updateDocument(src, (doc) => ({ ...doc, partnership: { ...doc.partnership, name: 'While it was away' } }));
    await probe.updateComplete;
    expect(shownText(probe)).to.contain('Before it left');
    parent.append(probe);
    await untilShows(probe, 'While it was away');
  });
});

describe('DocumentController: the nearest <partnership-data> ancestor', () => {
  failOnPageErrors();

  it('shows the document of a <partnership-data> whose script loads after the element inside it (ContextRoot replay)', async function () {
    if (customElements.get('partnership-data')) {
      // Only the first provider test in this page can see the element undefined.
      this.skip();
    }
    const url = documentUrl(namedDocument('Provider Loaded Late'));
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <partnership-data src=${url}><probe-element></probe-element></partnership-data>
      </div>`,
    );
    const probe = wrapper.querySelector('probe-element')!;
    expect(customElements.get('partnership-data')).to.equal(undefined);
    await loadPartnershipData();
    await untilShows(probe, 'Provider Loaded Late');
  });

  it('shows the document of a <partnership-data> upgraded after the element inside it (ContextRoot replay)', async () => {
    const PartnershipDataClass = await loadPartnershipData();
    const tag = `late-partnership-data-${uniqueKey('t').slice(2, 10)}`;
    const provider = document.createElement(tag);
    provider.setAttribute('src', documentUrl(namedDocument('Provider Upgraded Late')));
    provider.append(document.createElement('probe-element'));
    const probe = await place(provider);
    customElements.define(tag, class extends PartnershipDataClass {});
    await untilShows(probe, 'Provider Upgraded Late');
  });

  it('shows the document of the <partnership-data src> it is inside', async () => {
    await loadPartnershipData();
    const url = documentUrl(namedDocument('Provided Partnership', 1));
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <partnership-data src=${url}
          ><p><probe-element></probe-element></p
        ></partnership-data>
      </div>`,
    );
    const probe = wrapper.querySelector('probe-element')!;
    await untilShows(probe, 'Provided Partnership');
    expect(shownText(probe)).to.contain('5 people');
  });

  it('inside a <partnership-data> without src: says that element has no src, not to place it inside one', async () => {
    // TinyMCE told only the element names (custom_elements) keeps <partnership-data> and drops its src.
    await loadPartnershipData();
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <partnership-data
          ><p><probe-element></probe-element></p
        ></partnership-data>
      </div>`,
    );
    const probe = wrapper.querySelector('probe-element')!;
    await untilShows(probe, en.shared.problemTitle);
    const failure = { kind: 'no-source', dataWithoutSrc: true } as const;
    expect(probe.shadowRoot!.querySelector('.error-summary')).not.to.equal(null);
    expect(shownText(probe)).to.contain(en.shared.failure(failure));
    expect(shownText(probe)).to.contain('the <partnership-data> this element is inside has no src attribute');
    expect(shownText(probe)).not.to.contain('place it inside <partnership-data src="…">');
  });

  it('fires no partnership-error for an element inside <partnership-data src> whose document loads', async () => {
    await loadPartnershipData();
    const errors = collectPartnershipErrors();
    try {
      const url = documentUrl(namedDocument('Quiet Provider'));
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <partnership-data src=${url}><probe-element></probe-element></partnership-data>
        </div>`,
      );
      await untilShows(wrapper.querySelector('probe-element')!, 'Quiet Provider');
      expect(errors.events.map((e) => e.detail.failure.kind)).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it('an element inside <partnership-data src> whose document breaks the contract fires partnership-error', async () => {
    await loadPartnershipData();
    const errors = collectPartnershipErrors();
    try {
      const broken = namedDocument('');
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <partnership-data src=${documentUrl(broken)}><probe-element></probe-element></partnership-data>
        </div>`,
      );
      const probe = wrapper.querySelector('probe-element')!;
      await untilShows(probe, en.shared.problemTitle);
      await waitUntil(() => errors.events.length > 0, 'a partnership-error');
      expect(errors.events.map((e) => [e.target, e.detail.failure.kind])).to.deep.equal([[probe, 'contract']]);
    } finally {
      errors.stop();
    }
  });

  it('takes the nearest of two nested <partnership-data>', async () => {
    await loadPartnershipData();
    const outer = documentUrl(namedDocument('Outer Provider'));
    const inner = documentUrl(namedDocument('Inner Provider'));
    const wrapper = fixtureSync<HTMLDivElement>(html`
      <div>
        <partnership-data src=${outer}>
          <probe-element id="outer"></probe-element>
          <partnership-data src=${inner}><probe-element id="inner"></probe-element></partnership-data>
        </partnership-data>
      </div>
    `);
    const outerProbe = wrapper.querySelector<ProbeElement>('#outer')!;
    const innerProbe = wrapper.querySelector<ProbeElement>('#inner')!;
    await untilShows(outerProbe, 'Outer Provider');
    await untilShows(innerProbe, 'Inner Provider');
  });

  it("shows the new document when the provider's src changes", async () => {
    await loadPartnershipData();
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <partnership-data src=${documentUrl(namedDocument('Provider Before'))}
          ><probe-element></probe-element
        ></partnership-data>
      </div>`,
    );
    const probe = wrapper.querySelector('probe-element')!;
    await untilShows(probe, 'Provider Before');
    wrapper.querySelector('partnership-data')!.src = documentUrl(namedDocument('Provider After'));
    await untilShows(probe, 'Provider After');
  });

  it('an inline child beats the provider', async () => {
    await loadPartnershipData();
    const provider = document.createElement('partnership-data');
    provider.src = documentUrl(namedDocument('From provider'));
    provider.append(probeWithInline(namedDocument('From inline')));
    const probe = await place(provider);
    await untilShows(probe, 'From inline');
    expect(shownText(probe)).not.to.contain('From provider');
  });

  it('src beats the provider', async () => {
    await loadPartnershipData();
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <partnership-data src=${documentUrl(namedDocument('From provider'))}>
          <probe-element src=${documentUrl(namedDocument('From own src'))}></probe-element>
        </partnership-data>
      </div>`,
    );
    const probe = wrapper.querySelector('probe-element')!;
    await untilShows(probe, 'From own src');
  });

  it('an element with src or data asks no provider; one whose src is taken away asks then', async () => {
    await loadPartnershipData();
    const asked: EventTarget[] = [];
    const count = (event: Event) => asked.push(event.composedPath()[0]!);
    document.addEventListener('context-request', count, { capture: true });
    try {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <partnership-data src=${documentUrl(namedDocument('From provider'))}>
            <probe-element src=${documentUrl(namedDocument('From own src'))}></probe-element>
            <probe-element id="given" .data=${namedDocument('Given')}></probe-element>
          </partnership-data>
        </div>`,
      );
      const [probe, given] = wrapper.querySelectorAll('probe-element');
      await untilShows(probe!, 'From own src');
      await untilShows(given!, 'Given');
      expect(asked).to.deep.equal([]);
      probe!.removeAttribute('src');
      await untilShows(probe!, 'From provider');
      expect(asked).to.deep.equal([probe]);
    } finally {
      document.removeEventListener('context-request', count, { capture: true });
    }
  });

  it('an element moved from one provider to another shows the second one’s document', async () => {
    await loadPartnershipData();
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <partnership-data id="first" src=${documentUrl(namedDocument('First provider'))}
          ><probe-element></probe-element
        ></partnership-data>
        <partnership-data id="second" src=${documentUrl(namedDocument('Second provider'))}></partnership-data>
      </div>`,
    );
    const probe = wrapper.querySelector('probe-element')!;
    await untilShows(probe, 'First provider');
    wrapper.querySelector('#second')!.append(probe);
    await untilShows(probe, 'Second provider');
    // The first provider's later documents no longer reach it.
    wrapper.querySelector<PartnershipData>('#first')!.src = documentUrl(namedDocument('First again'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shownText(probe)).to.contain('Second provider');
  });
});

describe('DocumentController: every failure shows a message and fires partnership-error', () => {
  failOnPageErrors();

  const errors = partnershipErrorsEachTest();
  const oneFailure = (probe: ProbeElement) => untilOneFailure(probe, errors);

  it('network failure without a saved copy: kind "network", says the connection failed', async () => {
    const src = `/offline/${uniqueKey()}.json`;
    stubFetch(offline(src));
    const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
    const failure = await oneFailure(probe);
    expect(failure.kind).to.equal('network');
    expect(shownText(probe)).to.contain('the connection failed (Failed to fetch)');
    expect(shownText(probe)).to.contain('Check your connection');
  });

  it('HTTP 404: kind "http", says it could not be found and names the status', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element src=${respondUrl({ status: 404, type: 'text/plain', body: 'Not Found' })}></probe-element>`,
    );
    const failure = await oneFailure(probe);
    expect(failure).to.include({ kind: 'http', status: 404 });
    expect(shownText(probe)).to.contain('could not be found at').and.contain('HTTP 404');
  });

  it('HTTP 500: kind "http", names the status', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element src=${respondUrl({ status: 500, type: 'text/plain', body: 'Oops' })}></probe-element>`,
    );
    const failure = await oneFailure(probe);
    expect(failure).to.include({ kind: 'http', status: 500 });
    expect(shownText(probe)).to.contain('the server answered HTTP 500');
  });

  it('a src that is not JSON: kind "not-json", says so', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element
        src=${respondUrl({ type: 'text/html', body: '<!doctype html><h1>Sign in</h1>' })}
      ></probe-element>`,
    );
    const failure = await oneFailure(probe);
    expect(failure).to.include({ kind: 'not-json', webPage: true });
    // A wrong address on a CMS answers with a web page: say so, not the parser's "Unexpected token '<'".
    expect(shownText(probe)).to.contain('sent a web page, not the partnership’s information as JSON');
    expect(shownText(probe)).not.to.contain('Unexpected token');
  });

  it('an inline child that is not JSON: kind "not-json", says so', async () => {
    const probe = await place(probeWithInline('{ "contract": "partnership-kit/1", '));
    const failure = await oneFailure(probe);
    expect(failure.kind).to.equal('not-json');
    expect(failure).not.to.have.property('webPage');
    expect(shownText(probe)).to.contain(en.shared.failure(failure));
    // There is no file: the web team is sent to the JSON they wrote inside the element.
    expect(shownText(probe)).to.contain('Check the JSON inside the element’s <script type="application/json">');
    expect(shownText(probe)).not.to.contain('Check the file');
  });

  it('an inline child with nothing in it: kind "not-json", says it is empty and how the JSON may have gone', async () => {
    // CKEditor 5 allowing every element keeps the script inside a custom element but drops what is in it.
    const probe = await place(probeWithInline(''));
    const failure = await oneFailure(probe);
    expect(failure).to.include({ kind: 'not-json', empty: true });
    expect(shownText(probe)).to.contain(en.shared.failure(failure));
    expect(shownText(probe)).to.contain('The <script type="application/json"> inside the element is empty');
    expect(shownText(probe)).not.to.contain('column');
  });

  it('a fetched document that breaks the contract: the error summary names the path people[0].name, and whose it is', async () => {
    const doc = minimalDocument();
    delete doc.people[0].name;
    const probe = await fixture<ProbeElement>(html`<probe-element src=${documentUrl(doc)}></probe-element>`);
    const failure = await oneFailure(probe);
    expect(failure.kind).to.equal('contract');
    const text = shownText(probe);
    expect(text).to.contain(en.shared.problemTitle);
    expect(text).to.contain('The partnership document has a problem, so nothing is shown from it');
    // The path, then the id of the listed record it is inside, so a web team finds it without counting.
    const item = probe.shadowRoot!.querySelector('.error-summary li')!;
    const codes = [...item.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).to.deep.equal(['people[0].name', doc.people[0].id]);
    expect(textOf(item)).to.match(new RegExp(`^people\\[0\\]\\.name \\(${doc.people[0].id}\\) is missing`));
  });

  it('a data property with several problems: lists each with its path', async () => {
    const doc = minimalDocument();
    delete doc.people[0].name;
    doc.groups[0].seats[2].holder = 'p-nobody';
    const probe = await fixture<ProbeElement>(html`<probe-element .data=${doc}></probe-element>`);
    const failure = await oneFailure(probe);
    expect(failure.kind).to.equal('contract');
    const text = shownText(probe);
    expect(text).to.contain('The partnership document has 2 problems');
    expect(text).to.contain('people[0].name').and.contain('groups[0].seats[2].holder').and.contain('p-nobody');
  });

  it('a document with hundreds of problems: counts them all and lists the first 100', async () => {
    const doc = minimalDocument();
    doc.people.push(...Array.from({ length: 300 }, (_, i) => ({ id: `p-extra-${i}`, name: '' })));
    const probe = await fixture<ProbeElement>(html`<probe-element .data=${doc}></probe-element>`);
    await oneFailure(probe);
    expect(shownText(probe)).to.contain('The partnership document has 300 problems').and.contain('the first 100');
    expect(probe.shadowRoot!.querySelectorAll('.error-summary li')).to.have.length(100);
  });

  it('no source at all: kind "no-source", says how to give one', async () => {
    const probe = await fixture<ProbeElement>(html`<probe-element></probe-element>`);
    const failure = await oneFailure(probe);
    expect(failure.kind).to.equal('no-source');
    expect(shownText(probe)).to.contain('No partnership document was given');
  });

  it('the error summary is announced (role="alert") and the document is not shown', async () => {
    const probe = await fixture<ProbeElement>(
      html`<probe-element src=${respondUrl({ status: 500, type: 'text/plain', body: '' })}></probe-element>`,
    );
    await oneFailure(probe);
    expect(probe.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(en.shared.problemTitle);
    expect(shownText(probe)).not.to.contain('people');
  });

  it('elements sharing a failing src each show the message and fire their own event', async () => {
    const src = respondUrl({ status: 500, type: 'text/plain', body: '' });
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div><probe-element src=${src}></probe-element><probe-element src=${src}></probe-element></div>`,
    );
    const probes = [...wrapper.querySelectorAll('probe-element')];
    for (const probe of probes) expect((await oneFailure(probe)).kind).to.equal('http');
  });
});

// An embedding reviewer's page (p14-attrs): a src in a CMS's curly quotes was fetched with the quotes in its address
// and told as a 404 naming "%E2%80%9D"; a script typed "application/json; charset=utf-8" or "application/ld+json"
// was told there was no document at all.
describe('a source written with a mistake', () => {
  afterEach(() => document.body.replaceChildren());

  it('says a src in curly quotes needs straight quotes, and fetches nothing', async () => {
    const fetches = spyOnFetch();
    const errors = collectPartnershipErrors();
    const probe = document.createElement('probe-element');
    probe.setAttribute('src', '”/data/sutton.json”');
    document.body.append(probe);
    const failure = await untilOneFailure(probe, errors).finally(errors.stop);
    fetches.restore();
    const expected = { kind: 'curly-quotes', src: '”/data/sutton.json”', quote: '”', address: '/data/sutton.json' };
    expect(failure).to.deep.equal(expected);
    expect(fetches.calls.length).to.equal(0);
    const said = en.shared.failure(expected as LoadFailure);
    expect(said)
      .to.contain('Use straight double quotes ("), not curly quotes (”)')
      .and.contain('src="/data/sutton.json"');
    expect(shownText(probe)).to.contain(said);
    expect(cy.shared.failure(expected as LoadFailure)).to.contain('Defnyddiwch ddyfynodau dwbl syth');
  });

  it('reads inline JSON typed application/json with parameters after it', async () => {
    const probe = document.createElement('probe-element');
    const script = probe.appendChild(document.createElement('script'));
    script.type = 'application/json; charset=utf-8';
    script.textContent = JSON.stringify(namedDocument('Typed Partnership'));
    document.body.append(probe);
    await untilShows(probe, 'Typed Partnership');
  });

  it('names the type of a script it does not read, and what to change', async () => {
    const errors = collectPartnershipErrors();
    const probe = document.createElement('probe-element');
    const script = probe.appendChild(document.createElement('script'));
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(namedDocument('Linked Partnership'));
    document.body.append(probe);
    const failure = await untilOneFailure(probe, errors).finally(errors.stop);
    expect(failure).to.deep.equal({ kind: 'no-source', scriptType: 'application/ld+json' });
    const said = en.shared.failure(failure);
    expect(said).to.contain('type="application/ld+json"').and.contain('type="application/json"');
    expect(shownText(probe)).to.contain(said);
    expect(cy.shared.failure(failure)).to.contain('type="application/ld+json"');
  });
});
