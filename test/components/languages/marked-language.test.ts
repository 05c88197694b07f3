/**
 * Every word an element shows comes from the messages module: each element,
 * in each state, rendered in `x-marked` (every message wrapped in ⟦ ⟧) shows
 * no text, and no accessible name, that is neither marked nor the document's
 * own data.
 */
import { waitUntil } from '@open-wc/testing';
import '../../../components/index.js';
import { ELEMENTS } from '../../fixtures/all-elements.js';
import { seedDocument } from '../../fixtures/documents.js';
import { MARKED, documentWords, expectAllMarked, registerMarked } from '../../fixtures/marked-language.js';

async function mounted(tag: string, attrs: Record<string, string>, ready: string): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ lang: MARKED, today: '2019-12-10', ...attrs })) {
    element.setAttribute(name, value);
  }
  document.body.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `${tag} rendered`, { timeout: 5000 });
  return element;
}

describe('every visible word comes from the messages module', () => {
  let words: string[];
  before(async () => {
    registerMarked();
    words = documentWords(await seedDocument('sutton'));
  });
  afterEach(() => {
    for (const element of document.body.querySelectorAll('[lang]')) element.remove();
  });

  // Every example is checked so in test/components/examples.test.ts; these are states no example shows.
  const more: [string, Record<string, string>, string][] = [
    ['vote-panel', { proposal: 'wsoa-reporting' }, '.tally'],
    ['action-tracker', { group: 'elg', editor: 'p-project-manager', endpoint: '/x' }, 'table'],
    ['risk-register', { group: 'elg' }, 'table'],
    // A member with no vote on it, and ids the document does not hold.
    ['vote-panel', { proposal: 'hnb-plan', voter: 'p-lbs-dps', endpoint: '/x' }, '.tally'],
    ['vote-panel', { proposal: 'no-such-proposal' }, 'p'],
    ['quorum-indicator', { meeting: 'no-such-meeting' }, 'p'],
    ['partnership-roster', { group: 'no-such-group' }, 'p'],
    ['risk-register', { group: 'no-such-group' }, 'p'],
    ['action-tracker', { owner: 'no-such-person' }, 'p'],
  ];
  for (const [tag, attrs, ready] of more) {
    it(`${tag} ${JSON.stringify(attrs)}`, async () => {
      const element = await mounted(tag, { src: '/demo/data/sutton.json', live: 'off', ...attrs }, ready);
      expectAllMarked(element, words);
    });
  }

  it('an element given no document at all', async () => {
    const element = await mounted('partnership-roster', { group: 'elg', live: 'off' }, '.error-summary');
    expectAllMarked(element, words);
  });

  for (const src of ['/demo/errors/broken-document.json', '/demo/errors/not-json.json', '/demo/nothing-here.json']) {
    for (const [tag, attrs] of ELEMENTS) {
      it(`${tag} that cannot show ${src}`, async () => {
        const element = await mounted(tag, { ...attrs, src, live: 'off' }, '.error-summary');
        expectAllMarked(element, words);
      });
    }
  }
});
