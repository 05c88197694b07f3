/**
 * A council's CMS page around the elements, and what of its stylesheet crosses into them. Inherited properties cross
 * a shadow root's edge; the kit decides which it takes (docs/embedding.md, "The page's stylesheet"):
 *
 * - taken, the page's own: its font family and size, visibility, cursor and direction;
 * - not taken, the page's text layout and case, which would make the records say something else or unreadable: a
 *   theme's `text-transform: uppercase` (a name's or a Welsh word's case is part of it), `letter-spacing`,
 *   `word-spacing`, `text-align: center` (a centred list, a centred table), `font-style` and `font-weight` (an
 *   editor's bold or italic round a block made every word of the element bold, and the kit's bold said nothing), and
 *   where its words break (an article's `word-break: break-all` or `hyphens: auto`: the kit breaks and hyphenates
 *   words only where they do not fit, tests/components/long-words.test.ts), a `text-shadow` and `text-align-last`.
 *
 * A page changes one part's look on purpose with `::part()`; a rule for the element itself is matched as a page-wide
 * reset's is, and reaches only its letter and word spacing, as a reader's own text spacing does (WCAG 1.4.12).
 *
 * Every element is mounted twice, once in a plain container and once in a hostile one, and each word-showing part
 * must look the same in both.
 */
import { expect } from '@open-wc/testing';
import { describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';
import { failOnPageErrors } from '../fixtures/probe-element.js';

/** A CMS theme's body rules, which the page's own text inherits. */
const HOSTILE_TEXT: Partial<CSSStyleDeclaration> = {
  textTransform: 'uppercase',
  letterSpacing: '0.2em',
  wordSpacing: '0.5em',
  textAlign: 'center',
  fontStyle: 'italic',
  fontWeight: '700',
  wordBreak: 'break-all',
  hyphens: 'auto',
  textShadow: '2px 2px 2px red',
  textAlignLast: 'center',
  fontVariant: 'small-caps oldstyle-nums',
  fontStretch: 'condensed',
  fontFeatureSettings: '"smcp"',
  webkitTextFillColor: 'rgb(11, 12, 12)',
  textEmphasis: 'dot',
  webkitTextStroke: '1px red',
  paintOrder: 'stroke',
  quotes: '"«" "»"',
  tabSize: '2',
  caretColor: 'red',
} as Partial<CSSStyleDeclaration>;

/** What the kit keeps its own: the page's values of these must not reach an element's words. */
const KEPT = [
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'font-style',
  'font-weight',
  'word-break',
  'hyphens',
  'text-shadow',
  'text-align-last',
  // What a theme's font and paint bring: small capitals, figures, a text fill colour over the kit's own.
  'font-variant-caps',
  'font-variant-numeric',
  'font-stretch',
  'font-feature-settings',
  '-webkit-text-fill-color',
  'text-emphasis-style',
  '-webkit-text-stroke-width',
  'paint-order',
  'quotes',
  'tab-size',
  'caret-color',
];

function looks(host: HTMLElement): { name: string; style: Record<string, string> }[] {
  return [...shadowElements(host)].map((element) => {
    const computed = getComputedStyle(element);
    return {
      name: describeElement(element, '', 30),
      style: Object.fromEntries(KEPT.map((property) => [property, computed.getPropertyValue(property)])),
    };
  });
}

describe('the host page’s stylesheet', () => {
  failOnPageErrors();

  it('does not change an element’s case, spacing, alignment, weight, slant, word breaks or shadow', async () => {
    const plain = await mountAll();
    const hostile = await mountAll();
    Object.assign(hostile.style, HOSTILE_TEXT);
    try {
      const wanted = looks(plain);
      const found = looks(hostile);
      expect(found.map((e) => e.name)).to.deep.equal(wanted.map((e) => e.name));
      const changed = found.flatMap(({ name, style }, i) =>
        KEPT.filter((p) => style[p] !== wanted[i]!.style[p]).map((p) => `${name}: ${p} ${style[p]}`),
      );
      expect(changed.slice(0, 20)).to.deep.equal([]);
    } finally {
      plain.remove();
      hostile.remove();
    }
  });

  it('still gives the elements the page’s font family and size', async () => {
    const host = await mountAll();
    host.style.font = 'italic 700 23px/2 Georgia, serif';
    try {
      const roster = host.querySelector('partnership-roster')!;
      const cell = roster.shadowRoot!.querySelector('td')!;
      expect(getComputedStyle(cell).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(cell).fontSize).to.equal('23px');
    } finally {
      host.remove();
    }
  });

  it('gives way to a rule for one of its parts, and to a reader’s text spacing (WCAG 1.4.12)', async () => {
    const host = await mountAll();
    // The text-spacing bookmarklet's rules, which match each element (not what is inside its shadow root).
    const readers = document.createElement('style');
    readers.textContent = `* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      partnership-roster::part(group) { text-transform: uppercase; }`;
    document.head.append(readers);
    try {
      const cell = host.querySelector('partnership-roster')!.shadowRoot!.querySelector('td')!;
      const size = parseFloat(getComputedStyle(cell).fontSize);
      expect(parseFloat(getComputedStyle(cell).letterSpacing)).to.be.closeTo(0.12 * size, 0.1);
      expect(parseFloat(getComputedStyle(cell).wordSpacing)).to.be.closeTo(0.16 * size, 0.1);
      // A rule for the element itself (vote-panel { … }) no longer reaches its words: it has the weight of a page's
      // body * { text-transform: inherit }, which must not (internal/star-resets.test.ts). ::part() is the way in.
      const title = host.querySelector('partnership-roster')!.shadowRoot!.querySelector('[part~="group"] h2')!;
      expect(getComputedStyle(title).textTransform).to.equal('uppercase');
    } finally {
      readers.remove();
      host.remove();
    }
  });
});
