/**
 * A page may load single elements from dist/components/ as separate scripts,
 * each carrying its own copy of Lit, zod and the data layer, beside the whole
 * kit. Elements from different scripts must still share one fetch and one
 * store per document, so a change shown by one moves the others.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { documentUrl, requestCount, uniqueKey } from '../fixtures/probe-element.js';
import { minimalDocument } from '../fixtures/documents.js';
import { updateDocument } from '../../src/data/index.js';

const bundle = (path: string) => import(/* @vite-ignore */ `${path}?copy=${Math.random()}`);

describe('elements from separate scripts on one page', () => {
  it('share one fetch and one store per document', async () => {
    await bundle('/dist/components/partnership-roster.js');
    await bundle('/dist/components/risk-register.js');
    await bundle('/dist/partnership-kit.js');
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
    await waitUntil(() => {
      const [roster, risks, actions] = text();
      return roster?.includes('Head of A Primary') && risks?.includes('Budget') && actions?.includes('Draft the paper');
    }, 'every element shows the document');
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
