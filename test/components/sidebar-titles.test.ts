/**
 * An element's title sizes with the element's own width, not the page's: its `cqi` are the element's. On a 1280 px
 * page with no container of its own, an element in a 260 px sidebar took the viewport's 10cqi (128 px, so the full
 * 1.5em) and broke its title's words ("Implementa/tion"). The element's wrapper is its own inline-size container;
 * beside a sidebar in a flex row, and in a grid cell, it still takes the room a block would.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ELEMENTS, describeElement } from '../fixtures/all-elements.js';
import { wordsBrokenIn } from '../fixtures/broken-words.js';
import '../../components/index.js';

/** The elements with a title of their own (`.heading-0`) in their fullest example. */
const TITLED = ELEMENTS.filter(([tag]) => tag !== 'risk-register' && tag !== 'action-tracker');
const DOCUMENT = { src: '/demo/data/sutton.json', today: '2019-12-10' };

/** `tag` in its fullest example, appended to `where` and drawn. */
async function place(where: HTMLElement, [tag, attrs, ready]: (typeof ELEMENTS)[number]): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...DOCUMENT, ...attrs })) element.setAttribute(name, value);
  where.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `<${tag}> rendered`, { timeout: 5000 });
  return element;
}

/** A box of the page, styled as the host page would, appended to `parent`. */
function box(parent: HTMLElement, tag: string, style: Partial<CSSStyleDeclaration>): HTMLElement {
  const element = document.createElement(tag);
  Object.assign(element.style, style);
  parent.append(element);
  return element;
}

const title = (element: HTMLElement) => element.shadowRoot!.querySelector<HTMLElement>('.heading-0')!;
const titleSize = (element: HTMLElement) => parseFloat(getComputedStyle(title(element)).fontSize);
const width = (element: HTMLElement) => Math.round(element.getBoundingClientRect().width);
/** A 1280 px window with no body margin for the suite; calling it makes the test's `<main>`, taken away after it. */
function onAWidePage() {
  let main: HTMLElement | undefined;
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
    document.body.style.margin = '0';
  });
  afterEach(() => main?.remove());
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });
  return (style: Partial<CSSStyleDeclaration>) => (main = box(document.body, 'main', style));
}

const settled = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

describe('titles in a 260 px sidebar of a 1280 px page', function () {
  this.timeout(30_000);
  const page = onAWidePage();

  for (const example of TITLED) {
    const [tag] = example;
    it(`<${tag}>: smaller than full width, no word broken inside, and a block's width in a flex row and a grid cell`, async () => {
      const main = page({ font: '19px Arial, sans-serif' });
      const row = box(main, 'div', { display: 'flex', gap: '20px' });
      const sidebar = box(row, 'aside', { width: '260px', flex: 'none' });
      const inSidebar = await place(sidebar, example);
      const beside = await place(row, example);
      const grid = box(main, 'div', { display: 'grid', gridTemplateColumns: '260px auto', gap: '20px' });
      const inCell = await place(box(grid, 'div', {}), example);
      const inWideCell = await place(grid, example);
      const full = await place(main, example);
      await settled();

      expect(titleSize(inSidebar), 'the sidebar’s title against the full width’s').to.be.lessThan(titleSize(full));
      expect(titleSize(inCell), 'the same in a 260 px grid cell').to.equal(titleSize(inSidebar));
      const textSize = getComputedStyle(main).fontSize;
      const broken = [inSidebar, inCell].flatMap((element) =>
        wordsBrokenIn(title(element), textSize)
          .filter(({ width: wide, room }) => wide <= room)
          .map(
            ({ word, width: wide, room }) =>
              `${describeElement(title(element), '', 30)}: "${word}", ${Math.round(wide)} px of ${room}`,
          ),
      );
      expect(broken, 'title words broken that fit a line at the text’s size').to.deep.equal([]);

      // Beside the sidebar, the element takes the rest of the row and of the grid, as a block of text would.
      expect(width(inSidebar), 'in the sidebar').to.equal(260);
      expect(width(beside), 'beside the sidebar in a flex row').to.equal(1280 - 260 - 20);
      expect(width(inWideCell), 'in the grid’s auto column').to.equal(1280 - 260 - 20);
      expect(width(full)).to.equal(1280);
    });
  }
});

/**
 * Each element is its own inline-size container, so its content gives it no width: where a page sizes a box by its
 * content (a float, an inline-block, a dialog, an absolutely placed box), the roster, the register and the tracker
 * were 0 px wide and metres tall, and every element was once its wrapper became the container. Each now takes the
 * room it is offered there, as a paragraph would, and a flex column of fixed height does not stretch it.
 */
describe('an element in a box the page sizes by its content', function () {
  this.timeout(30_000);
  const page = onAWidePage();

  for (const example of ELEMENTS) {
    const [tag] = example;
    it(`<${tag}>: as wide as the room in a float, an inline-block and an absolutely placed box; not stretched in a flex column`, async () => {
      const main = page({ font: '19px Arial, sans-serif', position: 'relative' });
      const float = await place(box(main, 'div', { float: 'left' }), example);
      box(main, 'div', { clear: 'both' });
      const inline = await place(box(main, 'div', { display: 'inline-block' }), example);
      const placed = await place(box(main, 'div', { position: 'absolute', top: '0', left: '0' }), example);
      const column = box(main, 'div', { display: 'flex', flexDirection: 'column', height: '20000px' });
      const inColumn = await place(column, example);
      box(column, 'p', { margin: '0' }).textContent = '.';
      await settled();

      expect(width(float), 'in a float').to.equal(1280);
      expect(width(inline), 'in an inline-block').to.equal(1280);
      expect(width(placed), 'in an absolutely placed box').to.equal(1280);
      const drawn = inColumn.shadowRoot!.querySelector('.words')!.getBoundingClientRect().height;
      expect(Math.round(inColumn.getBoundingClientRect().height), 'a flex column’s free room left to it').to.equal(
        Math.round(drawn),
      );
    });
  }

  it('a narrow float on a phone is no wider than the phone', async () => {
    await setViewport({ width: 320, height: 640 });
    const main = page({ font: '19px Arial, sans-serif' });
    const float = await place(box(main, 'div', { float: 'left' }), ELEMENTS[0]!);
    await settled();
    expect(width(float)).to.equal(320);
  });
});
