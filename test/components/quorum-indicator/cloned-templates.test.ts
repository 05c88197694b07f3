// Each template Lit clones is one more instance made and committed in every render (issue 12). The quorum
// indicator clones none only to put parts side by side (the base element's notices and view), nor one for each
// pause only a screen reader hears, nor one for a requirement's tag and its pauses, nor one for a verdict line:
// each is written in the template around it. What it draws is unchanged (test/bench/bench-page.test.ts compares
// it with its baseline's drawing).
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
/** A template holding a tag (a `strong`, its class a part) and the pauses round it, and nothing else. */
const onlyATag = (fragment: DocumentFragment) => {
  const nodes = [...fragment.childNodes].filter((node) => !isMarker(node));
  const pause = (node: Node) => node instanceof HTMLSpanElement && node.className === 'visually-hidden';
  return (
    nodes.some((node) => node instanceof HTMLElement && node.localName === 'strong') &&
    nodes.every((node) => pause(node) || (node instanceof HTMLElement && node.localName === 'strong'))
  );
};
/** A template holding the verdict line and nothing else: it is written in the template of its section. */
const onlyAVerdict = (fragment: DocumentFragment) => {
  const nodes = [...fragment.childNodes].filter((node) => !isMarker(node));
  return nodes.length === 1 && nodes[0] instanceof HTMLDivElement && nodes[0].className === 'verdict';
};
const described = (fragments: DocumentFragment[]) =>
  fragments.map((fragment) => [...fragment.childNodes].map((node) => node.nodeName).join(' '));

/** The templates cloned while an indicator of Sutton's ELG meeting of 10 December 2019 is drawn with `attributes`. */
async function clonedFor(attributes: Record<string, string>): Promise<DocumentFragment[]> {
  return clonedDuring(async () => {
    element = document.createElement('quorum-indicator') as Lit;
    const src = `${location.origin}/demo/data/sutton.json?${uniqueKey()}`;
    for (const [name, value] of Object.entries({ src, live: 'off', meeting: 'elg-2019-12-10', ...attributes }))
      element.setAttribute(name, value);
    document.body.append(element);
    for (let turn = 0; turn < 200 && !element.shadowRoot?.querySelector('.verdict'); turn += 1)
      await new Promise((done) => setTimeout(done, 10));
    await element.updateComplete;
  });
}

describe('the quorum indicator’s templates', () => {
  it('clones none only to set parts side by side, nor for a pause, a tag or the verdict alone', async () => {
    const cloned = await clonedFor({ today: '2019-12-10' });
    expect(element!.shadowRoot!.querySelector('.requirement .visually-hidden'), 'the pauses are drawn').not.to.equal(
      null,
    );
    expect(described(cloned.filter(onlyMarkers)), 'templates of parts side by side').to.deep.equal([]);
    expect(described(cloned.filter(onlyAPause)), 'templates of a pause alone').to.deep.equal([]);
    expect(described(cloned.filter(onlyAVerdict)), 'templates of the verdict alone').to.deep.equal([]);
    expect(described(cloned.filter(onlyATag)), 'templates of a tag and its pauses alone').to.deep.equal([]);
  });

  it('clones no template of a verdict alone while the meeting is on, for now or for the whole meeting', async () => {
    const cloned = await clonedFor({ now: '2019-12-10T16:30:00+00:00' });
    const verdicts = [...element!.shadowRoot!.querySelectorAll('.verdict')].map((v) => v.getAttribute('part'));
    expect(verdicts, 'both verdicts are drawn').to.deep.equal(['now-verdict', 'verdict']);
    expect(described(cloned.filter(onlyAVerdict)), 'templates of a verdict alone').to.deep.equal([]);
  });
});
