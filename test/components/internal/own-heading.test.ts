/**
 * Each element's own heading, at its `heading-level`: a screen-reader user moving by headings found none for the
 * action tracker or the risk register (docs/elements.md listed the attribute, and it changed nothing). Heard, not
 * shown: the page's own heading above the element names it to the eye. The behaviour lives in the shared heading
 * code, so one test walks both elements.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../components/action-tracker/action-tracker.js';
import '../../../components/risk-register/risk-register.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

/** Each element, the group it shows, and its heading in English and Welsh. */
const ELEMENTS = [
  { tag: 'action-tracker', group: 'elg', english: 'Actions', welsh: 'Camau gweithredu' },
  { tag: 'risk-register', group: 'eog', english: 'Risk register', welsh: 'Cofrestr risg' },
] as const;

async function mount(tag: string, attrs: Record<string, string>): Promise<HTMLElement & { data: unknown }> {
  const element = document.createElement(tag) as HTMLElement & { data: unknown };
  for (const [name, value] of Object.entries({ today: '2019-12-10', ...attrs })) element.setAttribute(name, value);
  element.data = await seedDocument('sutton');
  fixtureSync(html`<div>${element}</div>`);
  await until(() => !shadowOf(element).querySelector('.loading'), 'the element to load');
  return element;
}

const firstHeading = (element: HTMLElement) => shadowOf(element).querySelector('h1, h2, h3, h4, h5, h6');

for (const { tag, group, english, welsh } of ELEMENTS) {
  describe(`<${tag}>’s own heading`, () => {
    it('is its first heading, at heading-level 2 by default', async () => {
      const element = await mount(tag, { group });
      const title = firstHeading(element)!;
      expect(title.localName).to.equal('h2');
      expect(textOf(title)).to.equal(english);
    });

    it('follows heading-level, and the parts’ headings stay below it', async () => {
      const element = await mount(tag, { group, 'heading-level': '4' });
      const levels = [...shadowOf(element).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
      expect(levels[0]).to.equal('h4');
      expect(
        levels.every((level) => level >= 'h4'),
        levels.join(' '),
      ).to.equal(true);
    });

    it('is in Welsh in a Welsh element', async () => {
      const element = await mount(tag, { group, lang: 'cy' });
      await until(() => textOf(firstHeading(element)) === welsh, 'the Welsh heading');
    });

    it('is heard but not shown', async () => {
      const element = await mount(tag, { group });
      expect(firstHeading(element)!.classList.contains('visually-hidden')).to.equal(true);
    });
  });
}
