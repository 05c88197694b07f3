// WCAG 2.2 target size (2.5.8, AA) on the demo portal's index: every link
// that is not part of a sentence is at least 24 by 24 px, at a phone's width
// and a desktop's. A link inside a paragraph is exempt, as the criterion says.
import { expect } from '@open-wc/testing';
import { pageInFrame } from '../fixtures/demo-frame.js';

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

for (const width of [320, 1280]) {
  it(`every link on the index outside a sentence is at least 24 × 24 px at ${width} px`, async () => {
    const page = await pageInFrame('/demo/index.html', width, 800);
    const links = [...page.querySelectorAll<HTMLAnchorElement>('a')].filter(
      (a) => !a.closest('p') && !a.classList.contains('skip-link'),
    );
    expect(links.length).to.be.greaterThan(5);
    const small = links
      .map((a) => ({ text: a.textContent!.trim(), box: a.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(small).to.deep.equal([]);
  });
}
