/**
 * No word is broken across lines ("Novembe/r" in a narrow column): every
 * element, in a phone's width and a desktop's, in English and in Welsh.
 * A word here is a run of letters; ids, dates, URLs and hyphenated words
 * may wrap at their punctuation, which is not a break inside a word.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cy } from '../../src/messages/cy.js';
import { describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';

const WORD = /\p{L}{2,24}/gu;

/** The lines a piece of text is drawn on, by the tops of its boxes. */
function linesOf(node: Text, start: number, end: number): number {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
  return new Set(tops).size;
}

/** Each word drawn on more than one line, with where it is. */
function brokenWords(host: HTMLElement): string[] {
  const broken: string[] = [];
  for (const element of shadowElements(host)) {
    for (const node of element.childNodes) {
      if (!(node instanceof Text) || !element.checkVisibility()) continue;
      for (const match of node.data.matchAll(WORD)) {
        if (linesOf(node, match.index, match.index + match[0].length) > 1) {
          broken.push(`${describeElement(element, '', 0)}: "${match[0]}"`);
        }
      }
    }
  }
  return broken;
}

describe('no word broken across lines', function () {
  this.timeout(60_000);
  after(async () => {
    document.documentElement.lang = 'en';
    await setViewport({ width: 800, height: 600 });
  });

  it('finds a word broken across lines when there is one', async () => {
    await setViewport({ width: 320, height: 800 });
    const host = await mountAll();
    const breakAll = new CSSStyleSheet();
    breakAll.replaceSync('* { word-break: break-all; }');
    for (const element of host.children) {
      element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, breakAll];
    }
    expect(brokenWords(host)).to.not.deep.equal([]);
    host.remove();
  });

  for (const lang of ['en', 'cy']) {
    for (const width of [320, 1280]) {
      it(`${lang}, ${width} px wide`, async () => {
        document.documentElement.lang = lang;
        await setViewport({ width, height: 800 });
        const host = await mountAll();
        if (lang === 'cy') {
          // Welsh loads on demand: wait until the elements speak it.
          const roster = host.querySelector('partnership-roster')!;
          await waitUntil(() => roster.shadowRoot?.textContent?.includes(cy.roster.columns.representative), 'Welsh');
        }
        expect(brokenWords(host)).to.deep.equal([]);
        host.remove();
      });
    }
  }
});
