// Each template Lit clones is one more instance made and committed in every render (issue 12). The quorum
// indicator clones none only to put parts side by side (the base element's notices and view, a requirement's
// pauses and tag), nor one for each pause only a screen reader hears: those are written in the templates around
// them. What it draws is unchanged (test/bench/bench-page.test.ts compares it with its baseline's drawing).
import { expect } from '@open-wc/testing';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { uniqueKey } from '../../fixtures/probe-element.js';
import '../../../components/index.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

freshDocumentsEachTest();
let element: Lit | undefined;
afterEach(() => element?.remove());

/** Every template fragment cloned while `during` runs. */
async function clonedDuring(during: () => Promise<unknown>): Promise<DocumentFragment[]> {
  const cloned: DocumentFragment[] = [];
  const importNode = Document.prototype.importNode;
  Document.prototype.importNode = function <T extends Node>(this: Document, node: T, deep?: boolean): T {
    cloned.push(node.cloneNode(true) as DocumentFragment);
    return importNode.call(this, node, deep) as T;
  };
  try {
    await during();
  } finally {
    Document.prototype.importNode = importNode;
  }
  return cloned;
}

const isMarker = (node: Node) =>
  node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim());
/** A template holding nothing but parts: it only sets them side by side. */
const onlyMarkers = (fragment: DocumentFragment) => [...fragment.childNodes].every(isMarker);
/** A template holding one screen-reader pause and nothing else. */
const onlyAPause = (fragment: DocumentFragment) => {
  const nodes = [...fragment.childNodes].filter((node) => !isMarker(node));
  const span = nodes[0];
  return (
    nodes.length === 1 &&
    span instanceof HTMLSpanElement &&
    span.className === 'visually-hidden' &&
    [...span.childNodes].every(isMarker)
  );
};
const described = (fragments: DocumentFragment[]) =>
  fragments.map((fragment) => [...fragment.childNodes].map((node) => node.nodeName).join(' '));

describe('the quorum indicator’s templates', () => {
  it('clones none only to set parts side by side, and none for a pause alone', async () => {
    const cloned = await clonedDuring(async () => {
      element = document.createElement('quorum-indicator') as Lit;
      const src = `${location.origin}/demo/data/sutton.json?${uniqueKey()}`;
      for (const [name, value] of Object.entries({ src, live: 'off', today: '2019-12-10', meeting: 'elg-2019-12-10' }))
        element.setAttribute(name, value);
      document.body.append(element);
      for (let turn = 0; turn < 200 && !element.shadowRoot?.querySelector('.verdict'); turn += 1)
        await new Promise((done) => setTimeout(done, 10));
      await element.updateComplete;
    });
    expect(element!.shadowRoot!.querySelector('.requirement .visually-hidden'), 'the pauses are drawn').not.to.equal(
      null,
    );
    expect(described(cloned.filter(onlyMarkers)), 'templates of parts side by side').to.deep.equal([]);
    expect(described(cloned.filter(onlyAPause)), 'templates of a pause alone').to.deep.equal([]);
  });
});
