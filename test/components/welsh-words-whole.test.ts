/**
 * Welsh words are long: "Ymgynghorydd", "penderfyniadau", "ymddiheuriadau". On a 320 px phone at 200 % text (the
 * demo's 19 px text at 38 px, in GOV.UK's 15 px gutters: 290 px for each element) a word as wide as the element can hold
 * must not be broken by an inset of the kit's: a tag's padding or a note's border and padding. It breaks only where
 * even the element's whole width is too narrow, and there the browser hyphenates it where it knows the language
 * (long-words.test.ts). Found walking every element in Welsh at 200 % text (December 2026): the roster's "Ymgynghorydd"
 * tag and the vote panel's "penderfyniadau" note broke at whichever letter met the edge.
 */
import { expect } from '@open-wc/testing';
import { describeElement, shadowElements } from '../fixtures/all-elements.js';
import { wordsBrokenIn } from '../fixtures/broken-words.js';
import { mountAllOnThePhone, putThePageBack } from '../fixtures/phone-at-large-text.js';

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
    host = await mountAllOnThePhone({ gutter: '15px', lang: 'cy' });
  });
  after(putThePageBack);

  it('a tag keeps a word as wide as the element whole ("Ymgynghorydd")', () => {
    expect(host.querySelector('partnership-roster')!.shadowRoot!.textContent).to.include('Ymgynghorydd');
    expect(brokenThoughTheElementHoldsThem(host, 'partnership-roster', '.tag')).to.deep.equal([]);
  });

  it('the vote panel’s note that the vote is indicative keeps "penderfyniadau" whole', () => {
    expect(brokenThoughTheElementHoldsThem(host, 'vote-panel', '.indicative')).to.deep.equal([]);
  });
});
