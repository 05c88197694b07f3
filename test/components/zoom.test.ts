/**
 * WCAG 1.4.4 Resize Text and 1.4.10 Reflow at 200 % zoom, for all five
 * elements on one page:
 *
 * - page zoom: a 1280×800 window zoomed to 200 % lays out in 640×400 CSS px
 *   at two device pixels to the CSS pixel, which is what the test emulates;
 * - text-only zoom: the root font size doubled by a page stylesheet in a
 *   1280×800 window, as a reader's larger default font does.
 *
 * Either way the page must not scroll sideways and no text may be lost: no box
 * in any shadow root may clip or spill its content, except a data table's own
 * scroll box (`overflow-x: auto`), which 1.4.10 allows. Text zoom must also
 * reach every piece of text: a size in px, or a control left with the
 * browser's fixed 13.33 px font, would not grow with it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/messages/en.js';
import { cy } from '../../src/messages/cy.js';
import { setViewport } from '@web/test-runner-commands';
import { describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';

/** Sub-pixel layout rounds scroll sizes; one pixel is rounding, two is content. */
const ROUNDING = 1;

/**
 * Text for screen readers only is clipped to one pixel on purpose: by the
 * visually-hidden class, or by a layout that keeps a table's headers for
 * screen readers only (the action tracker's cards clip their thead to nothing).
 */
function isScreenReaderOnly(element: Element): boolean {
  if (element.closest('.visually-hidden') !== null) return true;
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (getComputedStyle(at).clipPath === 'inset(50%)') return true;
  }
  return false;
}

const SCROLLS = new Set(['auto', 'scroll']);
const CLIPS = new Set(['hidden', 'clip']);

/** A box that scrolls sideways is allowed only for the data table inside it. */
function isTableScrollBox(element: Element): boolean {
  const wider = [...element.children].filter(
    (child) => child.getBoundingClientRect().width > element.clientWidth + ROUNDING,
  );
  return wider.length > 0 && wider.every((child) => child.localName === 'table');
}

/** Whether `element` is inside a data table's own scroll box, where it may run past the page (1.4.10 allows it). */
function inTableScrollBox(element: Element): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (SCROLLS.has(getComputedStyle(at).overflowX) && isTableScrollBox(at)) return true;
  }
  return false;
}

/** What is wrong with one box's fit at this zoom, or nothing. */
function misfit(element: Element): string | undefined {
  const style = getComputedStyle(element);
  const wide = element.scrollWidth - element.clientWidth;
  const tall = element.scrollHeight - element.clientHeight;
  if (wide > ROUNDING) {
    if (SCROLLS.has(style.overflowX)) {
      if (!isTableScrollBox(element)) return `scrolls sideways by ${wide}px and is not a table's scroll box`;
    } else if (CLIPS.has(style.overflowX)) {
      return `clips ${wide}px of its content's width`;
    } else {
      return `its content spills ${wide}px out of its width`;
    }
  }
  if (tall > ROUNDING) {
    if (CLIPS.has(style.overflowY)) return `clips ${tall}px of its content's height`;
    // A table's box scrolls only sideways; one that scrolls up and down is a page hidden inside the page.
    if (SCROLLS.has(style.overflowY)) return `scrolls up and down by ${tall}px`;
    return `its content spills ${tall}px out of its height`;
  }
  return undefined;
}

function expectNothingClipped(host: HTMLElement): void {
  const problems: string[] = [];
  let measured = 0;
  for (const element of shadowElements(host)) {
    if (isScreenReaderOnly(element)) continue;
    measured += 1;
    const problem = misfit(element);
    if (problem) problems.push(`${describeElement(element)}: ${problem}`);
  }
  expect(measured, 'elements measured').to.be.greaterThan(200);
  expect(problems, 'boxes that clip or spill their content').to.deep.equal([]);
}

function expectNoSidewaysScroll(width: number): void {
  const page = document.documentElement;
  expect(page.clientWidth, 'viewport width').to.equal(width);
  expect(page.scrollWidth, 'page width').to.be.at.most(page.clientWidth);
}

/** Elements that hold text themselves, with their font size in px. */
function textSizes(host: HTMLElement): Map<Element, number> {
  const sizes = new Map<Element, number>();
  for (const element of shadowElements(host)) {
    const holdsText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (holdsText) sizes.set(element, parseFloat(getComputedStyle(element).fontSize));
  }
  return sizes;
}

/** Text whose size grew by less than factor (half a pixel is rounding), as "what: before → after". */
function notGrown(before: Map<Element, number>, after: Map<Element, number>, factor: number): string[] {
  return [...before]
    .filter(([element, size]) => (after.get(element) ?? 0) < size * factor - 0.5)
    .map(([element, size]) => `${describeElement(element)}: ${size}px → ${after.get(element)}px`);
}

/** The page's own stylesheet (a constructed one, so no inline style), as a reader's font size preference. */
function zoomText(percent: number): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:root { font-size: ${percent}%; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

describe('at 200 % zoom', function () {
  this.timeout(30_000);
  let host: HTMLElement | undefined;
  let sheet: CSSStyleSheet | undefined;

  afterEach(async () => {
    host?.remove();
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    host = sheet = undefined;
    await setViewport({ width: 800, height: 600, deviceScaleFactor: 1 });
  });

  it('page zoom (a 1280×800 window is 640×400 CSS px): no sideways scroll, no text clipped', async () => {
    await setViewport({ width: 640, height: 400, deviceScaleFactor: 2 });
    expect(window.devicePixelRatio, 'device pixels per CSS pixel').to.equal(2);
    host = await mountAll();
    expectNoSidewaysScroll(640);
    expectNothingClipped(host);
  });

  it('text-only zoom (root font size 200 %): all text doubles, no sideways scroll, no text clipped', async () => {
    await setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
    host = await mountAll();
    const before = textSizes(host);
    sheet = zoomText(200);
    expect(before.size, 'pieces of text measured').to.be.greaterThan(100);
    expect(notGrown(before, textSizes(host), 2), 'text that did not grow to 200 %').to.deep.equal([]);
    expectNoSidewaysScroll(1280);
    expectNothingClipped(host);
  });

  it('a phone at 200 % text (360 CSS px wide): no sideways scroll, no text clipped', async () => {
    // A member reading large text on a phone: the vote count's table was 16em wide, 512 px at this size.
    await setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
    sheet = zoomText(200);
    host = await mountAll();
    expectNoSidewaysScroll(360);
    expectNothingClipped(host);
  });

  // The demo's phone: 320 px, its 19 px text (1.1875rem) doubled, in a 1rem gutter. The highlight report's keys were
  // 10em wide whatever the column (380 px at 38 px), and the page scrolled sideways, in English and in Welsh.
  for (const lang of ['en', 'cy']) {
    it(`a 320 px phone at 200 % text in the demo's 19 px font, in ${lang}: no sideways scroll, no text clipped`, async () => {
      await setViewport({ width: 320, height: 740, deviceScaleFactor: 1 });
      sheet = zoomText(200);
      document.body.style.margin = '0';
      try {
        host = await mountAll();
        host.style.font = '1.1875rem Arial, sans-serif';
        host.style.padding = '0 1rem';
        const elements = [...host.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
        for (const element of elements) element.setAttribute('lang', lang);
        const heatMap = (lang === 'cy' ? cy : en).risk.heatMapTitle;
        await waitUntil(
          () => host!.querySelector('risk-register')!.shadowRoot!.textContent!.includes(heatMap),
          `${lang} words`,
        );
        await Promise.all(elements.map((element) => element.updateComplete));
        const pastThePage = [...shadowElements(host)]
          .filter((element) => !isScreenReaderOnly(element) && !inTableScrollBox(element))
          .filter((element) => element.getBoundingClientRect().right > 320.5)
          .map((element) => `${describeElement(element)}: to ${Math.round(element.getBoundingClientRect().right)} px`);
        expect(pastThePage, 'boxes past the page’s right edge').to.deep.equal([]);
        expectNoSidewaysScroll(320);
        expectNothingClipped(host);
      } finally {
        document.body.style.margin = '';
      }
    });
  }
});
