/**
 * Every element's every example (components/examples.ts), run through the
 * suites every element shares: it reaches the state it names and not another;
 * axe finds no WCAG 2.2 AA violation; every table has a caption; Tab reaches every control it shows; in
 * Welsh it speaks Welsh; and every word it shows comes from the messages
 * module. A new example is in all of these by being written.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { documentSrc, everyExample, exampleAttributes, type TaggedExample } from '../../components/examples.js';
import { expectNoAxeViolations } from '../harness/axe.js';
import { tabStops, tabThrough } from '../fixtures/all-elements.js';
import { MARKED, documentWords, expectAllMarked, registerMarked } from '../fixtures/marked-language.js';
import { failOnPageErrors } from '../fixtures/probe-element.js';
import '../../components/index.js';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

/**
 * The example on the page, in a `div` of its own, with `extra` attributes,
 * once its shadow root holds its `ready` selector.
 */
async function show(example: TaggedExample, extra: Record<string, string> = {}): Promise<HTMLElement> {
  const element = document.createElement(example.tag);
  for (const [name, value] of Object.entries({ live: 'off', ...exampleAttributes(example), ...extra }))
    element.setAttribute(name, value);
  const wrapper = document.body.appendChild(document.createElement('div'));
  wrapper.append(element);
  mounted.push(wrapper);
  await waitUntil(() => element.shadowRoot?.querySelector(example.ready), `${example.tag} shows ${example.ready}`);
  return element;
}

/** The words of the example's document, which an element shows as they are. */
async function wordsOf(example: TaggedExample): Promise<string[]> {
  const src = documentSrc(example.document) ?? example.attrs.src;
  const response = await fetch(src!);
  return documentWords(response.ok ? await response.json().catch(() => ({})) : {});
}

describe('every example', () => {
  failOnPageErrors();
  before(() => registerMarked());

  for (const example of everyExample()) {
    describe(`<${example.tag}> ${example.name}`, () => {
      it(`shows its state: ${example.state}`, async () => {
        const element = await show(example);
        const summary = element.shadowRoot!.querySelector('[part="error-summary"]');
        expect(summary !== null, 'an error summary is shown').to.equal(example.state === 'error');
      });

      it('has no axe violation', async () => {
        await expectNoAxeViolations(await show(example));
      });

      it('lets Tab reach every control it shows', async () => {
        const wrapper = (await show(example)).parentElement!;
        const visited = await tabThrough(wrapper, () => {});
        expect(visited).to.equal(tabStops(wrapper));
      });

      it('speaks Welsh on a Welsh page', async () => {
        const english = (await show(example, { lang: 'en' })).shadowRoot!.textContent;
        const welsh = await show(example, { lang: 'cy' });
        expect(welsh.shadowRoot!.textContent).not.to.equal(english);
        await expectNoAxeViolations(welsh);
      });

      it('names every table it shows with a caption (DESIGN.md: real tables with captions)', async () => {
        const element = await show(example);
        for (const table of element.shadowRoot!.querySelectorAll('table')) {
          const caption = table.caption?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          expect(caption, `a table of class "${table.className}" has a caption with words`).not.to.equal('');
        }
      });

      it('shows only words from the messages module and the document', async () => {
        expectAllMarked(await show(example, { lang: MARKED }), await wordsOf(example));
      });
    });
  }
});
