/**
 * A `today` or `now` attribute that is not a date or date-time is said in
 * the element, with what it uses instead, rather than quietly replaced by the
 * device's date (a browser review found a register counting "5 reviews
 * overdue" instead of 2 from `today="2019-02-30"`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { cy } from '../../src/messages/cy.js';
import { en } from '../../src/messages/index.js';
import { ELEMENTS } from '../fixtures/all-elements.js';
import { shownText } from '../fixtures/text.js';

const WITH_NOW = ['vote-panel', 'quorum-indicator'];

async function show(tag: string, attrs: Record<string, string>, ready: string): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ src: '/demo/data/sutton.json', ...attrs })) {
    element.setAttribute(name, value);
  }
  document.body.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `<${tag}> rendered`, { timeout: 5000 });
  return element;
}

const notices = (element: HTMLElement): string[] =>
  [...(element.shadowRoot?.querySelectorAll('[part="attribute-notice"]') ?? [])].map((p) => p.textContent!.trim());

describe('moment attributes that are not moments', () => {
  for (const [tag, attrs, ready] of ELEMENTS) {
    it(`<${tag}> says a today that is not a date, and that it uses today's date`, async () => {
      const element = await show(tag, { ...attrs, today: '2019-02-30' }, ready);
      expect(notices(element)).to.deep.equal([en.shared.notAMoment('today', '2019-02-30')]);
      element.remove();
    });

    it(`<${tag}> says nothing of a today that is a date`, async () => {
      const element = await show(tag, { ...attrs, today: '2019-12-10' }, ready);
      expect(notices(element)).to.deep.equal([]);
      element.remove();
    });
  }

  for (const [tag, attrs, ready] of ELEMENTS.filter(([tag]) => WITH_NOW.includes(tag))) {
    it(`<${tag}> says a now that is not a date-time, in the element's language`, async () => {
      const element = await show(tag, { ...attrs, today: '2019-12-10', now: 'yesterday', lang: 'cy' }, ready);
      await waitUntil(
        () => notices(element).length > 0 && shownText(element).includes(cy.shared.notAMoment('now', 'yesterday')),
      );
      expect(notices(element)).to.deep.equal([cy.shared.notAMoment('now', 'yesterday')]);
      element.remove();
    });
  }
});
