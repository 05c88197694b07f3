/**
 * On a 320 px phone at 200 % text a 5×5 heat map cannot be as narrow as the screen: the grid scrolls sideways in its
 * own box (WCAG 1.4.10 lets it), which the keyboard reaches and which is named. Its words do not: the title, what the
 * map shows, how to choose a cell and the "Impact →" under the columns are read without scrolling (WCAG 1.4.10).
 * Found in a browser review: in that box the caption was as wide as the grid, about 540 px on a 290 px element,
 * every line of it cut at the element's edge.
 */
import { expect } from '@open-wc/testing';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { seedDocument } from '../../fixtures/documents.js';
import { placeOnThePhone, putThePageBack } from '../../fixtures/phone-at-large-text.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { heatMapOf, SEEDS } from './register-harness.js';
import '../../../components/risk-register/risk-register.js';

/** Sutton's register on the phone in `lang`, once the map has its words in it and its box knows it scrolls. */
async function onThePhone(lang: 'en' | 'cy'): Promise<RiskRegister> {
  const register = document.createElement('risk-register');
  for (const [name, value] of Object.entries({ ...SEEDS.sutton, lang })) register.setAttribute(name, value);
  register.data = await seedDocument('sutton');
  await placeOnThePhone(register, '15px');
  const title = (lang === 'cy' ? cy : en).risk.heatMapTitle;
  await until(() => heatMapOf(register)?.caption?.textContent?.includes(title) ?? false, `${lang} words`);
  await until(() => scrollBox(register).getAttribute('role') === 'region', 'the map’s box to scroll');
  return register;
}

const scrollBox = (register: RiskRegister) => heatMapOf(register).closest<HTMLElement>('.table-box')!;

/** Each line of `part`'s text that runs past the visible width of the box it scrolls in, unscrolled. */
function cutLines(register: RiskRegister, part: Element): string[] {
  const box = scrollBox(register);
  const visible = box.getBoundingClientRect().left + box.clientWidth;
  const range = document.createRange();
  range.selectNodeContents(part);
  return [...range.getClientRects()]
    .filter((line) => line.width > 0 && line.right > visible + 0.5)
    .map((line) => `${part.className || part.localName}: ${Math.round(line.right)} > ${Math.round(visible)}`);
}

describe('the heat map on a 320 px phone at 200 % text', function () {
  this.timeout(30_000);
  afterEach(putThePageBack);

  for (const lang of ['en', 'cy'] as const) {
    const t = (lang === 'cy' ? cy : en).risk;

    it(`wraps its title, description and instructions to the visible width (${lang})`, async () => {
      const register = await onThePhone(lang);
      const caption = heatMapOf(register).caption!;
      expect(caption.textContent).to.include(t.heatMapCaption('open')).and.include(t.heatMapChoose);
      expect(cutLines(register, caption)).to.deep.equal([]);
      expect(caption.getBoundingClientRect().width, 'the caption').to.be.at.most(register.clientWidth + 0.5);
    });

    it(`shows its "${t.impactAxis}" whole, unscrolled (${lang})`, async () => {
      const register = await onThePhone(lang);
      const axis = shadowOf(register).querySelector('.heat-map tfoot .axis:not(.axis--likelihood)')!;
      expect(axis.textContent!.trim()).to.equal(t.impactAxis);
      expect(cutLines(register, axis)).to.deep.equal([]);
    });

    it(`scrolls only the grid, in a box the keyboard reaches, named "${t.heatMapTitle}" (${lang})`, async () => {
      const register = await onThePhone(lang);
      const box = scrollBox(register);
      expect(box.scrollWidth, 'the grid overflows').to.be.greaterThan(box.clientWidth);
      expect(box.tabIndex).to.equal(0);
      expect(box.getAttribute('aria-label')).to.equal(t.heatMapTitle);
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(320);
    });
  }
});
