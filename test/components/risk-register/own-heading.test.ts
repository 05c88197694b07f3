/**
 * The element's own heading, at its `heading-level`: a screen-reader user moving by headings found none for the
 * risk register (docs/elements.md listed the attribute, and it changed nothing). Heard, not shown: the page's own heading
 * above the element names it to the eye.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

async function mount(attrs: Record<string, string>): Promise<RiskRegister> {
  const element = document.createElement('risk-register');
  for (const [name, value] of Object.entries({ today: '2019-12-10', ...attrs })) element.setAttribute(name, value);
  element.data = await seedDocument('sutton');
  fixtureSync(html`<div>${element}</div>`);
  await until(() => !shadowOf(element).querySelector('.loading'), 'the element to load');
  return element;
}

const firstHeading = (element: HTMLElement) => shadowOf(element).querySelector('h1, h2, h3, h4, h5, h6');

describe('<risk-register>’s own heading', () => {
  it('is its first heading, at heading-level 2 by default', async () => {
    const element = await mount({ group: 'eog' });
    const title = firstHeading(element)!;
    expect(title.localName).to.equal('h2');
    expect(textOf(title)).to.equal('Risk register');
  });

  it('follows heading-level, and the parts’ headings stay below it', async () => {
    const element = await mount({ ...{ group: 'eog' }, 'heading-level': '4' });
    const levels = [...shadowOf(element).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
    expect(levels[0]).to.equal('h4');
    expect(
      levels.every((level) => level >= 'h4'),
      levels.join(' '),
    ).to.equal(true);
  });

  it('is in Welsh in a Welsh element', async () => {
    const element = await mount({ ...{ group: 'eog' }, lang: 'cy' });
    await until(() => textOf(firstHeading(element)) === 'Cofrestr risg', 'the Welsh heading');
  });

  it('is heard but not shown', async () => {
    const element = await mount({ group: 'eog' });
    expect(firstHeading(element)!.classList.contains('visually-hidden')).to.equal(true);
  });
});
