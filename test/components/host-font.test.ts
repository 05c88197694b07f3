/**
 * DESIGN.md, "Look": the elements look at home on the host's page, in the font the host page
 * sets (its system font stack, or its own), never one of the kit's. Every element that shows
 * words in every shadow root, the form controls too (which the browser gives a font of its
 * own unless told to inherit), is in the font of the element's container. Only a JSON path in
 * an error summary is set in a monospace font, as code.
 */
import { expect } from '@open-wc/testing';
import { describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';
import { failOnPageErrors } from '../fixtures/probe-element.js';

/** A font no browser has: only inheritance can bring it into a shadow root. */
const HOST_FONT = '"Council Sans Test", Georgia, serif';

/** Whether `element` shows words itself, or is a control the browser fonts on its own. */
function showsWords(element: Element): boolean {
  if (element.matches('button, input, select, textarea, option')) return true;
  return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
}

describe('the host page’s font', () => {
  failOnPageErrors();

  it('is the font of every word each element shows, its controls’ too', async () => {
    const host = await mountAll();
    host.style.fontFamily = HOST_FONT;
    try {
      const wanted = getComputedStyle(host).fontFamily;
      const others: string[] = [];
      let checked = 0;
      for (const element of shadowElements(host)) {
        if (!showsWords(element) || element.closest('.path')) continue;
        checked += 1;
        const font = getComputedStyle(element).fontFamily;
        if (font !== wanted) others.push(`${describeElement(element)}: ${font}`);
      }
      expect(checked, 'words were found to check').to.be.greaterThan(100);
      expect(others).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });
});
