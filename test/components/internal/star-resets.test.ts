/**
 * Page-wide resets that match every element of the page, the kit's elements among them: `* { all: unset }` (an
 * older theme's), `*, *::before, *::after { all: revert }` (close to the widely copied "new CSS reset") and
 * `body * { line-height: inherit; text-align: inherit }`. A rule matching the element beats anything the kit sets on
 * `:host`, so the elements' text look is set inside their shadow roots (components/internal/styles.ts, `.words`),
 * where no page rule reaches: under such a reset a paragraph of the vote panel was centred, uppercase, in the page's
 * colour on lines three times its size. docs/embedding.md, "The page's stylesheet".
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS, describeElement, mountAll, shadowElements } from '../../fixtures/all-elements.js';
import { failOnPageErrors } from '../../fixtures/probe-element.js';

/** The page's own text, which a reset hands to each element it unsets. */
const PAGE_TEXT = `body { color: purple; line-height: 3; text-align: center; text-transform: uppercase;
  font-style: italic; font-weight: 700; text-shadow: 1px 1px red; white-space: pre-wrap; text-indent: 2em;
  word-break: break-all; font-variant: small-caps; }`;

/** Blocks the reset turns inline, given back as such a page gives them back (the mounting `<main>` among them). */
const BLOCKS_BACK = `html, body, main, div { display: block; } head, style, script { display: none; }`;

const RESETS = [
  '* { all: unset; }',
  ':where(*) { all: unset; }',
  '*, *::before, *::after { all: revert; }',
  'body * { line-height: inherit; text-align: inherit; text-transform: inherit; color: inherit; }',
];

/** What the kit keeps its own inside each element, whatever rule of the page matches the element. */
const KEPT = [
  'color',
  'line-height',
  'text-align',
  'text-transform',
  'font-style',
  'font-weight',
  'text-shadow',
  'white-space',
  'text-indent',
  'word-break',
  'font-variant-caps',
];

function looks(host: HTMLElement): string[] {
  return [...shadowElements(host)].map((element) => {
    const computed = getComputedStyle(element);
    return `${describeElement(element, '', 20)}: ${KEPT.map((p) => `${p} ${computed.getPropertyValue(p)}`).join('; ')}`;
  });
}

describe('a page-wide reset matching the elements themselves', function () {
  this.timeout(30_000);
  failOnPageErrors();

  for (const reset of RESETS) {
    it(`leaves their words as the kit draws them: ${reset}`, async () => {
      const host = await mountAll();
      const style = document.createElement('style');
      try {
        const wanted = looks(host);
        style.textContent = `${PAGE_TEXT}\n${BLOCKS_BACK}\n${reset}`;
        document.head.append(style);
        const found = looks(host);
        expect(found.length).to.equal(wanted.length);
        expect(found.filter((line, i) => line !== wanted[i]).slice(0, 8)).to.deep.equal([]);
      } finally {
        style.remove();
        host.remove();
      }
    });
  }

  it('leaves a paragraph of the vote panel left-aligned, its lines 1.4 of its size, in the kit’s case', async () => {
    const host = await mountAll();
    const style = document.createElement('style');
    style.textContent = `${PAGE_TEXT}\n${BLOCKS_BACK}\n* { all: unset; }`;
    document.head.append(style);
    try {
      const paragraph = host.querySelector('vote-panel')!.shadowRoot!.querySelector('p')!;
      const computed = getComputedStyle(paragraph);
      expect(computed.textAlign).to.equal('start');
      expect(computed.textTransform).to.equal('none');
      expect(parseFloat(computed.lineHeight)).to.be.closeTo(1.4 * parseFloat(computed.fontSize), 0.1);
    } finally {
      style.remove();
      host.remove();
    }
  });
});

/**
 * A reset of pseudo-elements reaches the host's own: the host is in the page's tree, so `*::before` matches
 * `vote-panel::before`. The elements' paragraph widths (components/internal/styles.ts) were drawn there, and the
 * reset took them away: in a flex row beside a sidebar each element shrank to 0 px wide.
 */
describe('a page-wide reset of ::before and ::after', function () {
  this.timeout(30_000);
  failOnPageErrors();

  const PSEUDO_RESETS = ['*, *::before, *::after { all: revert; }', '*::before { all: unset; }'];
  const DOCUMENT = { src: '/demo/data/sutton.json', today: '2019-12-10' };

  /** A 1000 px flex row of a 260 px sidebar and `tag` in its fullest example; inline styles, which no reset beats. */
  async function besideASidebar([tag, attrs, ready]: (typeof ELEMENTS)[number]): Promise<HTMLElement> {
    const row = document.createElement('div');
    Object.assign(row.style, { display: 'flex', gap: '20px', width: '1000px', font: '19px Arial, sans-serif' });
    const sidebar = document.createElement('aside');
    Object.assign(sidebar.style, { display: 'block', width: '260px', flex: 'none' });
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries({ ...DOCUMENT, ...attrs })) element.setAttribute(name, value);
    row.append(sidebar, element);
    document.body.append(row);
    await waitUntil(() => element.shadowRoot?.querySelector(ready), `<${tag}> rendered`, { timeout: 5000 });
    return row;
  }

  for (const example of ELEMENTS) {
    const [tag] = example;
    it(`<${tag}>: as wide in a flex row as without the reset`, async () => {
      const row = await besideASidebar(example);
      const element = row.querySelector<HTMLElement>(tag)!;
      const style = document.createElement('style');
      try {
        const width = () => Math.round(element.getBoundingClientRect().width);
        expect(width(), 'without a reset, the rest of the row').to.equal(1000 - 260 - 20);
        const found = PSEUDO_RESETS.map((reset) => {
          style.textContent = reset;
          document.head.append(style);
          const under = `${reset}: ${width()} px`;
          style.remove();
          return under;
        });
        expect(found).to.deep.equal(PSEUDO_RESETS.map((reset) => `${reset}: ${1000 - 260 - 20} px`));
      } finally {
        style.remove();
        row.remove();
      }
    });
  }
});
