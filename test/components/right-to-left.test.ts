/**
 * A language a council registers that reads right to left (Urdu, Arabic: community languages councils
 * translate into) sets `dir: 'rtl'`, and then every element's layout mirrors: the GOV.UK left edge of a
 * warning or inset stands at the right, indents and gaps swap sides, and text starts at the right. Each
 * element is drawn twice, in English and in a right-to-left test language with English words, and every
 * box in the right-to-left one must be the mirror of its English twin.
 */
import { expect } from '@open-wc/testing';
import { registerMessages } from '../../src/messages/registry.js';
import { describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';

const SIDES = ['border-%-width', 'border-%-style', 'padding-%', 'margin-%'];

/** What of `element`'s box differs from the mirror of `twin`'s, as `property: ltr → rtl` lines. */
function unmirrored(twin: Element, element: Element): string[] {
  const ltr = getComputedStyle(twin);
  const rtl = getComputedStyle(element);
  const found: string[] = [];
  for (const pattern of SIDES) {
    for (const [from, to] of [
      ['left', 'right'],
      ['right', 'left'],
    ]) {
      const was = ltr.getPropertyValue(pattern.replace('%', from!));
      const is = rtl.getPropertyValue(pattern.replace('%', to!));
      if (was !== is) found.push(`${pattern.replace('%', from!)} ${was}, its mirror ${is}`);
    }
  }
  const align = { left: 'right', right: 'left' }[ltr.textAlign] ?? ltr.textAlign;
  if (rtl.textAlign !== align) found.push(`text-align ${ltr.textAlign}, its mirror ${rtl.textAlign}`);
  return found;
}

describe('a right-to-left language', () => {
  let english: HTMLElement;
  let mirrored: HTMLElement;

  before(async () => {
    registerMessages('x-rtl-layout', { lang: 'x-rtl-layout', dir: 'rtl' });
    english = await mountAll();
    mirrored = await mountAll();
    mirrored.setAttribute('lang', 'x-rtl-layout');
    mirrored.setAttribute('dir', 'rtl');
    await new Promise((done) => requestAnimationFrame(done));
  });
  after(() => {
    english.remove();
    mirrored.remove();
  });

  it('mirrors every box of every element', () => {
    const ltr = [...shadowElements(english)];
    const rtl = [...shadowElements(mirrored)];
    expect(rtl.length, 'the same elements drawn').to.equal(ltr.length);
    const problems = rtl.flatMap((element, i) =>
      unmirrored(ltr[i]!, element).map((problem) => `${describeElement(element)}: ${problem}`),
    );
    expect(problems).to.deep.equal([]);
  });
});
