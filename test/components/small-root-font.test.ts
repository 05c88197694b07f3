/**
 * A page from an older CMS theme that sets `html { font-size: 62.5% }`, so that `1rem` is 10px, and puts its body
 * text back at `1.6rem` (16px). The elements take the page's text size, as on any page; their spacing, a `1rem` of
 * the kit's, shrank to 10px there, crowding the panels, tags and cards of a member reading the page (docs/embedding.md,
 * "The page's stylesheet"). It is at least 16px now, as on a page that leaves the root alone.
 */
import { expect } from '@open-wc/testing';
import { describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';
import { failOnPageErrors } from '../fixtures/probe-element.js';

const SPACING = [
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'row-gap',
  'column-gap',
];

/** Each visible part's spacing, as `risk-register td "…": margin-bottom 16px`. */
function spacingOf(host: HTMLElement): string[] {
  return [...shadowElements(host)]
    .filter((element) => element.checkVisibility())
    .flatMap((element) => {
      const style = getComputedStyle(element);
      return SPACING.map(
        (property) => `${describeElement(element, '', 20)}: ${property} ${style.getPropertyValue(property)}`,
      );
    });
}

/** Mounts every element on a page whose root font size is `root`, its text at 16px. */
async function mountWithRoot(root: string): Promise<{ host: HTMLElement; sheet: CSSStyleSheet }> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:root { font-size: ${root}; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const host = await mountAll();
  host.style.fontSize = '16px';
  await Promise.all(
    [...host.children].map((element) => (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete),
  );
  return { host, sheet };
}

function takeAway({ host, sheet }: { host: HTMLElement; sheet: CSSStyleSheet }): void {
  host.remove();
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}

describe('a page whose root font size is 62.5 %', function () {
  this.timeout(30_000);
  failOnPageErrors();

  it('spaces the elements as a page that leaves the root alone does', async () => {
    const usual = await mountWithRoot('100%');
    const wanted = spacingOf(usual.host);
    takeAway(usual);
    const small = await mountWithRoot('62.5%');
    try {
      expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
      const found = spacingOf(small.host);
      expect(found.length).to.equal(wanted.length);
      expect(found.filter((line, i) => line !== wanted[i]).slice(0, 10)).to.deep.equal([]);
    } finally {
      takeAway(small);
    }
  });

  it('keeps the page’s own text size, and a reader’s larger text still enlarges the spacing', async () => {
    const larger = await mountWithRoot('200%');
    try {
      const roster = larger.host.querySelector('partnership-roster')!;
      expect(getComputedStyle(roster.shadowRoot!.querySelector('td')!).fontSize).to.equal('16px');
      const spaced = [...shadowElements(larger.host)].some((e) => getComputedStyle(e).marginBottom === '32px');
      expect(spaced, 'a 1rem margin at 32px').to.equal(true);
    } finally {
      takeAway(larger);
    }
  });
});
