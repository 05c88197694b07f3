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

// As a block of its own (inline-block, for its height), a link that wrapped on a phone at 200 % text pushed the words
// after it ("Sutton Education Partnership: ELG and EOG, …") to a line below, and its bullet down to its last line.
it('a link in a list of the index wraps as words do at 200 % text on a 320 px phone: the words after it follow on', async () => {
  const page = await pageInFrame('/demo/index.html', 320, 800);
  page.documentElement.style.fontSize = '200%';
  const items = [...page.querySelectorAll('main li')].filter((li) => li.firstElementChild?.localName === 'a');
  const apart = items
    .filter((li) => li.firstElementChild!.nextSibling?.nodeType === Node.TEXT_NODE)
    .filter((li) => {
      const link = li.firstElementChild!;
      const after = page.createRange();
      after.selectNodeContents(link.nextSibling!);
      // Each line's middle: the link's box has its padding above and below the words, the words' none.
      const middle = (box: DOMRect) => (box.top + box.bottom) / 2;
      const linkLines = [...link.getClientRects()];
      return Math.abs(middle(after.getClientRects()[0]!) - middle(linkLines[linkLines.length - 1]!)) > 2;
    })
    .map((li) => li.textContent!.trim());
  expect(items.length).to.be.greaterThan(5);
  expect(apart).to.deep.equal([]);
});
