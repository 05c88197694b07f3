/**
 * A page may load single elements from dist/components/ as separate scripts.
 * Those share one copy of Lit, zod and the data layer through dist/chunks/,
 * so under a strict CSP with Trusted Types they create Lit's policy once. The
 * whole kit, dist/partnership-kit.js, carries its own copies: a page loads
 * the kit or element files, not both. Elements from different copies must
 * still share one fetch and one store per document, so a change shown by one
 * moves the others.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { documentUrl, requestCount, uniqueKey } from '../fixtures/probe-element.js';
import { minimalDocument } from '../fixtures/documents.js';
import { updateDocument } from '../../src/data/index.js';
import { en } from '../../src/messages/index.js';
import { loadElementsUnderCsp, type PlacedElement } from '../harness/csp.js';

const bundle = (path: string) => import(/* @vite-ignore */ `${path}?copy=${Math.random()}`);

describe('elements from separate scripts on one page', () => {
  // Three bundles fetched and run afresh, the whole kit among them: seconds on a loaded machine, and not what is
  // tested. Loaded in the test, they left mocha's 10 s less than the wait below was given, so a slow load failed
  // as a bare timeout that named neither step (three fresh-clone runs under load).
  before(async function () {
    this.timeout(30_000);
    await bundle('/dist/components/partnership-roster.js');
    await bundle('/dist/components/risk-register.js');
    await bundle('/dist/partnership-kit.js');
  });

  it('share one fetch and one store per document', async function () {
    // Room for the wait below to fail with its own words, not mocha's.
    this.timeout(15_000);
    const key = uniqueKey('separate');
    const src = documentUrl(minimalDocument(), key);
    const host = document.createElement('div');
    for (const [tag, attrs] of [
      ['partnership-roster', { group: 'board' }],
      ['risk-register', {}],
      ['action-tracker', { today: '2019-10-20' }],
    ] as const) {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries({ src, ...attrs })) element.setAttribute(name, value);
      host.append(element);
    }
    document.body.append(host);
    const text = () => [...host.children].map((e) => e.shadowRoot?.textContent ?? '');
    await waitUntil(
      () => {
        const [roster, risks, actions] = text();
        return (
          roster?.includes('Head of A Primary') && risks?.includes('Budget') && actions?.includes('Draft the paper')
        );
      },
      'every element shows the document',
      { timeout: 10_000 },
    );
    expect(await requestCount(key)).to.equal(1);

    // This test's own copy of the data layer (from src/) publishes a change: every script's elements show it.
    updateDocument(new URL(src, location.href).href, (doc) => ({
      ...doc,
      risks: doc.risks.map((risk) => ({ ...risk, title: 'Budget gap widens' })),
      actions: doc.actions.map((action) => ({ ...action, title: 'Draft the revised paper' })),
    }));
    await waitUntil(
      () => text()[1]?.includes('Budget gap widens') && text()[2]?.includes('Draft the revised paper'),
      'every element shows the change',
    );
    host.remove();
  });
});

describe('element files under a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(20_000);

  const elements: PlacedElement[] = [
    { tag: 'quorum-indicator', attrs: { meeting: 'elg-2019-12-10', today: '2019-12-10' } },
    { tag: 'vote-panel', attrs: { proposal: 'wsoa-reporting', voter: 'p-cirrus-head', today: '2019-12-10' } },
  ];
  const page = (scripts: string[]) => loadElementsUnderCsp(elements, { scripts });

  it('two element files create one policy and both render, with no error and no violation', async () => {
    const run = await page(['/dist/components/quorum-indicator.js', '/dist/components/vote-panel.js']);
    try {
      expect(run.errors).to.deep.equal([]);
      expect(run.violations).to.deep.equal([]);
      for (const { tag } of elements) {
        const text = run.frame.contentWindow!.document.querySelector(tag)!.shadowRoot?.textContent ?? '';
        expect(text, `<${tag}> rendered its view`).to.not.contain(en.shared.loading);
        expect(text, `<${tag}> shows no problem`).to.not.contain(en.shared.problemTitle);
        expect(text.length, `<${tag}> rendered something`).to.be.greaterThan(50);
      }
    } finally {
      run.remove();
    }
  });

  it('an element file and the whole kit on one page are two copies of Lit, refused by the policy', async () => {
    const run = await page(['/dist/components/quorum-indicator.js', '/dist/partnership-kit.js']);
    try {
      expect(run.errors.join(' ')).to.contain('"lit-html" already exists');
      expect(run.violations.join(' ')).to.contain('trusted-types');
    } finally {
      run.remove();
    }
  });
});
