/**
 * Welsh words are long: "Ymgynghorydd", "penderfyniadau", "ymddiheuriadau". On a 320 px phone at 200 % text (the
 * demo's 19 px text at 38 px, in GOV.UK's 15 px gutters: 290 px for each element) a word as wide as the element can hold
 * must not be broken by an inset of the kit's: a tag's padding or a note's border and padding. It breaks only where
 * even the element's whole width is too narrow, and there the browser hyphenates it where it knows the language
 * (long-words.test.ts). Found walking every element in Welsh at 200 % text (December 2026): the roster's "Ymgynghorydd"
 * tag and the vote panel's "penderfyniadau" note broke at whichever letter met the edge.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { quorumExamples } from '../../components/quorum-indicator/quorum-indicator.examples.js';
import { cy } from '../../src/messages/cy.js';
import { describeElement } from '../fixtures/all-elements.js';
import { wordsBrokenIn } from '../fixtures/broken-words.js';
import { minimalDocument } from '../fixtures/documents.js';
import { mountAllOnThePhone, placeOnThePhone, putThePageBack } from '../fixtures/phone-at-large-text.js';

const SUTTON = '/demo/data/sutton.json';
/** The word that broke in the quorum indicator's lists: a seat's apologies, "…: anfonwyd ymddiheuriadau". */
const APOLOGIES = cy.quorum.withApologies('').split(' ').at(-1)!;

/** The parts `selector` selects in `element`, each word in them broken though narrower than the element. */
function brokenThoughTheElementHoldsThem(element: HTMLElement, selector: string): string[] {
  const parts = [...element.shadowRoot!.querySelectorAll(selector)].filter((e) => e.checkVisibility());
  expect(parts.length, `<${element.localName}> ${selector} shown`).to.be.greaterThan(0);
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
  /** The element of `tag` on the phone. */
  const element = (tag: string) => host.querySelector<HTMLElement>(tag)!;

  it('a tag keeps a word as wide as the element whole ("Ymgynghorydd")', () => {
    expect(element('partnership-roster').shadowRoot!.textContent).to.include('Ymgynghorydd');
    expect(brokenThoughTheElementHoldsThem(element('partnership-roster'), '.tag')).to.deep.equal([]);
  });

  it('the vote panel’s note that the vote is indicative keeps "penderfyniadau" whole', () => {
    expect(brokenThoughTheElementHoldsThem(element('vote-panel'), '.indicative')).to.deep.equal([]);
  });

  // "anfonwyd ymddiheuriadau" (apologies sent): the word 270 px, in a bulleted line of 262 px it broke at the edge.
  it('the quorum indicator’s list of who is missing keeps "ymddiheuriadau" whole', () => {
    const indicator = element('quorum-indicator');
    const missing = [...indicator.shadowRoot!.querySelectorAll('.missing li')];
    expect(
      missing.some((item) => item.textContent!.endsWith(APOLOGIES)),
      'apologies listed',
    ).to.equal(true);
    expect(brokenThoughTheElementHoldsThem(indicator, '.missing li')).to.deep.equal([]);
  });

  // In the meeting's now, inside its border, the same line had 269 px.
  it('so does the list of who is not in the room, half an hour into the meeting', async () => {
    const example = quorumExamples.find(({ name }) => name === 'sutton-elg-in-meeting')!;
    const indicator = document.createElement('quorum-indicator');
    for (const [name, value] of Object.entries({ src: SUTTON, lang: 'cy', ...example.attrs })) {
      indicator.setAttribute(name, value);
    }
    host.append(indicator);
    const missing = () => [...(indicator.shadowRoot?.querySelectorAll('.now .missing li') ?? [])];
    await waitUntil(() => missing().some((item) => item.textContent!.endsWith(APOLOGIES)), 'apologies listed now');
    expect(brokenThoughTheElementHoldsThem(indicator, '.now .missing li')).to.deep.equal([]);
  });
});

describe('the error summary in Welsh on a 320 px phone at 200 % text', function () {
  this.timeout(30_000);
  after(putThePageBack);

  // "– mae ar goll: ychwanegwch …" (it is missing: add …): "ychwanegwch", 11 letters, broke at the edge of the list.
  it('keeps the words of a problem whole ("ychwanegwch")', async () => {
    const broken = minimalDocument();
    delete (broken.people[0] as { name?: string }).name;
    const roster = document.createElement('partnership-roster') as HTMLElement & { data: unknown };
    roster.setAttribute('lang', 'cy');
    roster.data = broken;
    await placeOnThePhone(roster, '15px');
    const problems = () => [...(roster.shadowRoot?.querySelectorAll('.error-summary__list li') ?? [])];
    await waitUntil(() => problems().some((li) => li.textContent!.includes('ychwanegwch')), 'the problem in Welsh');
    expect(brokenThoughTheElementHoldsThem(roster, '.error-summary__list li')).to.deep.equal([]);
  });
});
