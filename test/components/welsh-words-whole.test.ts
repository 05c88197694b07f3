/**
 * Welsh words are long: "Ymgynghorydd", "penderfyniadau", "ymddiheuriadau". On a 320 px phone at 200 % text (the
 * demo's 19 px text at 38 px, in GOV.UK's 15 px gutters: 290 px for each element) a word as wide as the element can hold
 * must not be broken by an inset of the kit's: a tag's padding or a note's border and padding. It breaks only where
 * even the element's whole width is too narrow, and there the browser hyphenates it where it knows the language
 * (long-words.test.ts). Found walking every element in Welsh at 200 % text (December 2026): the roster's "Ymgynghorydd"
 * tag and the vote panel's "penderfyniadau" note broke at whichever letter met the edge.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cy } from '../../src/messages/cy.js';
import { describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';
import { wordsBrokenIn } from '../fixtures/broken-words.js';

let sheet: CSSStyleSheet | undefined;

/** Every element, on the demo's 320 px phone at 200 % text, in GOV.UK's 15 px gutters (290 px each), in Welsh. */
async function mountInWelshOnThePhoneAtLargeText(): Promise<HTMLElement> {
  await setViewport({ width: 320, height: 740 });
  sheet = new CSSStyleSheet();
  sheet.replaceSync(':root { font-size: 200%; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.body.style.margin = '0';
  const host = await mountAll();
  host.style.font = '1.1875rem Arial, sans-serif';
  host.style.padding = '0 15px';
  const elements = [...host.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
  for (const element of elements) element.setAttribute('lang', 'cy');
  await waitUntil(
    () => host.querySelector('risk-register')!.shadowRoot!.textContent!.includes(cy.risk.heatMapTitle),
    'Welsh words',
  );
  await Promise.all(elements.map((element) => element.updateComplete));
  return host;
}

/** The parts `selector` selects in `tag`, each word in them broken though narrower than the element. */
function brokenThoughTheElementHoldsThem(host: HTMLElement, tag: string, selector: string): string[] {
  const element = host.querySelector<HTMLElement>(tag)!;
  const parts = [...shadowElements(host)].filter(
    (e) => (e.getRootNode() as ShadowRoot).host === element && e.matches(selector) && e.checkVisibility(),
  );
  expect(parts.length, `<${tag}> ${selector} shown`).to.be.greaterThan(0);
  return parts.flatMap((part) => {
    return wordsBrokenIn(part, getComputedStyle(part).fontSize)
      .filter(({ width }) => width <= element.clientWidth)
      .map(({ word, width }) => `${describeElement(part, '', 20)}: "${word}", ${Math.round(width)} px`);
  });
}

describe('Welsh words on a 320 px phone at 200 % text', function () {
  this.timeout(30_000);
  let host: HTMLElement;
  before(async () => {
    host = await mountInWelshOnThePhoneAtLargeText();
  });
  after(async () => {
    host.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('a tag keeps a word as wide as the element whole ("Ymgynghorydd")', () => {
    expect(host.querySelector('partnership-roster')!.shadowRoot!.textContent).to.include('Ymgynghorydd');
    expect(brokenThoughTheElementHoldsThem(host, 'partnership-roster', '.tag')).to.deep.equal([]);
  });

  it('the vote panel’s note that the vote is indicative keeps "penderfyniadau" whole', () => {
    expect(brokenThoughTheElementHoldsThem(host, 'vote-panel', '.indicative')).to.deep.equal([]);
  });
});
