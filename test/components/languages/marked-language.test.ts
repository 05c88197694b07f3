/**
 * Every word an element shows comes from the messages module: each element,
 * in each state, rendered in `x-marked` (every message wrapped in ⟦ ⟧) shows
 * no text, and no accessible name, that is neither marked nor the document's
 * own data.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/index.js';
import { ELEMENTS, everyElement } from '../../fixtures/all-elements.js';
import { MARKED, documentWords, registerMarked, unaccounted } from '../../fixtures/marked-language.js';

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'];

/** Each piece of text the element shows or names a control with, with where it is. */
function* shownText(root: ParentNode): Generator<[where: string, text: string]> {
  for (const element of everyElement(root)) {
    // A JSON path in the error summary is the document's address of a problem, not words.
    if (element.matches('style, script, code.path')) continue;
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        yield [`${element.localName}.${[...element.classList].join('.')}`, node.textContent];
      }
    }
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) yield [`${element.localName}[${name}]`, value];
    }
    if (element instanceof HTMLOptionElement && !element.textContent?.trim()) yield ['option', element.label];
  }
}

async function mounted(tag: string, attrs: Record<string, string>, ready: string): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ lang: MARKED, today: '2019-12-10', ...attrs })) {
    element.setAttribute(name, value);
  }
  document.body.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `${tag} rendered`, { timeout: 5000 });
  return element;
}

function expectAllMarked(element: HTMLElement, words: readonly string[]): void {
  const shown = [...shownText(element.shadowRoot!)];
  expect(
    shown.some(([, text]) => text.includes('⟦')),
    `${element.localName} speaks x-marked`,
  ).to.equal(true);
  const stray = shown
    .map(([where, text]) => [where, text, unaccounted(text, words)] as const)
    .filter(([, , rest]) => rest !== '')
    .map(([where, text]) => `${where}: "${text.trim().slice(0, 80)}"`);
  expect(stray, `${element.localName} shows words that are not from the messages module`).to.deep.equal([]);
}

describe('every visible word comes from the messages module', () => {
  let words: string[];
  before(async () => {
    registerMarked();
    words = documentWords(await (await fetch('/demo/data/sutton.json')).json());
  });
  afterEach(() => {
    for (const element of document.body.querySelectorAll('[lang]')) element.remove();
  });

  for (const [tag, attrs, ready] of ELEMENTS) {
    it(`${tag}, showing the Sutton document`, async () => {
      const element = await mounted(tag, { src: '/demo/data/sutton.json', live: 'off', ...attrs }, ready);
      expectAllMarked(element, words);
    });
  }

  const more: [string, Record<string, string>, string][] = [
    ['vote-panel', { proposal: 'hnb-plan' }, '.tally'],
    ['vote-panel', { proposal: 'wsoa-reporting' }, '.tally'],
    ['partnership-roster', { group: 'eog' }, 'table'],
    ['quorum-indicator', { meeting: 'elg-2019-12-10', now: '2019-12-10T16:30:00+00:00' }, '.verdict'],
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
