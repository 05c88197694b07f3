// The demo's own pages at 200 % text on a 320 px phone: their headings and text wrap inside the page. "Partnership",
// in the h1 of each partnership's page at 72 px, was wider than the phone, and so were the index's element names
// ("<partnership-roster>"), the error page's file names and the examples' code: the whole page scrolled sideways.
import { expect } from '@open-wc/testing';
import { pageInFrame } from '../fixtures/demo-frame.js';

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

for (const name of ['sutton', 'wokingham', 'suffolk', 'ealing']) {
  it(`${name}'s demo page at 200 % text on a 320 px phone: every heading of the page fits it`, async () => {
    const page = await pageInFrame(`/demo/${name}.html`, 320, 800);
    // A reader's larger default font, as text-only zoom: the demo sizes its text in rem.
    page.documentElement.style.fontSize = '200%';
    const headings = [...page.querySelectorAll<HTMLElement>('h1, h2')];
    expect(headings.length).to.be.greaterThan(3);
    const wide = headings
      .filter(
        (heading) => heading.scrollWidth > heading.clientWidth + 1 || heading.getBoundingClientRect().right > 320.5,
      )
      .map((heading) => `${heading.localName} "${heading.textContent!.trim()}": ${heading.scrollWidth} px`);
    expect(wide).to.deep.equal([]);
  });
}

const PAGES = [
  'index',
  'errors',
  ...[
    'action-tracker',
    'highlight-report',
    'partnership-roster',
    'quorum-indicator',
    'risk-register',
    'vote-panel',
  ].map((element) => `examples/${element}`),
];
for (const name of ['sutton', 'wokingham', 'suffolk', 'ealing', ...PAGES]) {
  it(`the demo's ${name} page at 200 % text on a 320 px phone: nothing of the page's own runs past it`, async () => {
    const page = await pageInFrame(`/demo/${name}.html`, 320, 800);
    page.documentElement.style.fontSize = '200%';
    // The page's own boxes: the elements' shadow roots are measured by their own tests (zoom.test.ts).
    const past = [...page.querySelectorAll<HTMLElement>('header *, main *')]
      .filter((box) => box.getBoundingClientRect().right > 320.5)
      .map(
        (box) =>
          `${box.localName} "${box.textContent!.trim().slice(0, 40)}": to ${Math.round(box.getBoundingClientRect().right)} px`,
      );
    expect(past).to.deep.equal([]);
  });
}

// The index's h2s ("The partnerships") kept the browser's 1.5em, 57 px at 200 % text, while its h1 fell to the
// text's 38 px: the headings read upside down, and "partnerships" broke in two.
for (const name of ['sutton', ...PAGES]) {
  it(`the demo's ${name} page at 200 % text on a 320 px phone: no h2 is larger than its h1`, async () => {
    const page = await pageInFrame(`/demo/${name}.html`, 320, 800);
    page.documentElement.style.fontSize = '200%';
    const size = (heading: Element) => parseFloat(getComputedStyle(heading).fontSize);
    const h1 = size(page.querySelector('main h1')!);
    const larger = [...page.querySelectorAll('main h2')]
      .filter((h2) => size(h2) > h1)
      .map((h2) => `"${h2.textContent!.trim()}": ${size(h2)} px, the h1 ${h1} px`);
    expect(larger).to.deep.equal([]);
  });
}
