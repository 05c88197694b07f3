// The clerk's check-in is a part of the meeting with a heading of its own, as the meeting as a whole and the
// movements are: a listener moving by headings went from "The meeting as a whole" to nothing, though the check-in
// is what a clerk came for. Its table keeps the same words as its name.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { eogCheckIn, type Indicator } from './check-in-fixture.js';

/** Each heading of the element, in order: its level and words. */
const headings = (indicator: Element) =>
  [...indicator.shadowRoot!.querySelectorAll('[role=heading], h1, h2, h3, h4, h5, h6')].map((h) => [
    Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
    h.textContent!.replace(/\s+/g, ' ').trim(),
  ]);

async function shown(lang: string): Promise<Indicator> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const indicator = eogCheckIn({ 'heading-level': '3', endpoint: '/__respond?status=201' });
  wrapper.append(indicator);
  await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'check-in shown', { timeout: 4000 });
  await indicator.updateComplete;
  return indicator;
}

describe('quorum indicator: the check-in has a heading', () => {
  for (const [lang, words] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`a heading one level below the indicator's names the check-in, before its table (${lang})`, async () => {
      const indicator = await shown(lang);
      const all = headings(indicator);
      const [top] = all;
      expect(top![0]).to.equal(3);
      expect(all).to.deep.include([4, words.checkIn.caption]);
      const heading = indicator.shadowRoot!.getElementById('check-in-heading')!;
      const table = indicator.shadowRoot!.querySelector('[part=check-in]')!;
      expect(heading.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      // The table keeps its caption for its name; the heading shows the words once on screen.
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal(words.checkIn.caption);
      expect(table.querySelector('caption')!.classList.contains('visually-hidden')).to.equal(true);
    });
  }
});
