/**
 * The demo's headings fall in size with their level, the page's and the
 * elements' together: an element's title is an h3 under the page's h2, and
 * was drawn larger than it (1.5em of the demo's 19 px text, 28.5 px, under a
 * 24 px h2). Measured on every demo page, on a wide screen and a phone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { wordsBrokenIn } from '../fixtures/broken-words.js';

const PAGES = ['sutton', 'ealing', 'suffolk', 'wokingham'];

/** Every heading shown in the page and in its elements' shadow roots, with its level and size in px. */
function headingsOf(root: Document | ShadowRoot, found: { level: number; size: number; text: string }[] = []) {
  for (const element of root.querySelectorAll('*')) {
    const level = /^h([1-6])$/.exec(element.localName);
    if (level && element.checkVisibility()) {
      const size = parseFloat(getComputedStyle(element).fontSize);
      found.push({ level: Number(level[1]), size, text: (element.textContent ?? '').trim().slice(0, 40) });
    }
    if (element.shadowRoot) headingsOf(element.shadowRoot, found);
  }
  return found;
}

async function open(page: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.src = `/demo/${page}.html?lang=en`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // The elements' titles are in their shadow roots once each has its document.
  await waitUntil(() => headingsOf(frame.contentDocument!).some((h) => h.level === 3), 'the elements’ titles', {
    timeout: 8000,
  });
  return frame;
}

describe('the demo pages’ headings', function () {
  this.timeout(60_000);

  for (const width of [1280, 320]) {
    it(`at ${width} px, no heading is larger than a heading of a higher level`, async () => {
      for (const page of PAGES) {
        const frame = await open(page, width);
        const headings = headingsOf(frame.contentDocument!);
        for (const lower of headings) {
          for (const higher of headings.filter((h) => h.level < lower.level)) {
            expect(
              lower.size,
              `${page}: h${lower.level} "${lower.text}" against h${higher.level} "${higher.text}"`,
            ).to.be.at.most(higher.size);
          }
        }
        frame.remove();
      }
    });
  }

  /** The page's h1 and its first element's h2 (`.widget > h2`), in px, and the root's font size. */
  function pageHeadings(frame: HTMLIFrameElement) {
    const page = frame.contentDocument!;
    const size = (element: Element | null) => parseFloat(getComputedStyle(element!).fontSize);
    return {
      h1: size(page.querySelector('h1')),
      h2: size(page.querySelector('.widget > h2')),
      root: size(page.documentElement),
    };
  }

  // A reader's larger text (the root's size at 200 %) on a wide screen: as a narrow screen, the phone's sizes.
  for (const [width, zoom, phone] of [
    [1280, 100, false],
    [320, 100, true],
    [1280, 200, true],
  ] as const) {
    it(`at ${width} px and ${zoom} % text, the page's h1 and h2 take the ${phone ? 'phone' : 'wide screen'}'s sizes`, async () => {
      const frame = await open('sutton', width);
      const sheet = new (frame.contentWindow as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(`:root { font-size: ${zoom}%; }`);
      frame.contentDocument!.adoptedStyleSheets = [...frame.contentDocument!.adoptedStyleSheets, sheet];
      const { h1, h2, root } = pageHeadings(frame);
      expect([h1 / root, h2 / root], 'h1 and h2 in rem').to.deep.equal(phone ? [2.25, 1.875] : [3, 2.25]);
      frame.remove();
    });
  }

  it("at 320 px and 200 % text, the page's h1 and h2 break between words, as the elements' titles do", async () => {
    const frame = await open('sutton', 320);
    const page = frame.contentDocument!;
    const sheet = new (frame.contentWindow as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(':root { font-size: 200%; }');
    page.adoptedStyleSheets = [...page.adoptedStyleSheets, sheet];
    const textSize = getComputedStyle(page.querySelector('main')!).fontSize;
    const brokenThoughTheyFit = [...page.querySelectorAll('h1, .widget > h2')].flatMap((heading) =>
      wordsBrokenIn(heading, textSize)
        .filter(({ width, room }) => width <= room)
        .map(({ word, width, room }) => `${heading.localName}: "${word}", ${Math.round(width)} px of ${room}`),
    );
    expect(brokenThoughTheyFit).to.deep.equal([]);
    frame.remove();
  });
});
