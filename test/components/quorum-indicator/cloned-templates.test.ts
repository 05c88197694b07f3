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

/** The markup of every template fragment cloned while `during` runs. */
async function clonedDuring(during: () => Promise<unknown>): Promise<string[]> {
  const cloned: string[] = [];
  const importNode = Document.prototype.importNode;
  Document.prototype.importNode = function <T extends Node>(this: Document, node: T, deep?: boolean): T {
    const holder = document.createElement('div');
    holder.append(node.cloneNode(true));
    cloned.push(holder.innerHTML);
    return importNode.call(this, node, deep) as T;
  };
  try {
    await during();
  } finally {
    Document.prototype.importNode = importNode;
  }
  return cloned;
}

const onlyMarkers = (markup: string) => markup.replace(/<!--[^]*?-->/g, '').trim() === '';
const onlyAPause = (markup: string) => /^<span class="visually-hidden"><!--[^]*?--><\/span>$/.test(markup);

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
    expect(cloned.filter(onlyMarkers), 'templates of parts side by side').to.deep.equal([]);
    expect(cloned.filter(onlyAPause), 'templates of a pause alone').to.deep.equal([]);
  });
});
