/**
 * Resets older CMS themes carry: `[hidden] { display: block !important }`, `* { box-sizing: content-box }` and
 * `button { all: unset }`. Selectors of the page match the page's elements, the kit's elements among them, and
 * nothing inside their shadow roots; only what the page's text inherits crosses into them (host-styles.test.ts). So
 * the elements draw every part where they drew it without the resets, their buttons still buttons; and the one
 * reset that reaches an element, `[hidden]`, shows one the page hid, as it shows each hidden thing of the page
 * (docs/embedding.md, "The page's stylesheet").
 */
import { expect } from '@open-wc/testing';
import { describeElement, mountAll, shadowElements } from '../fixtures/all-elements.js';
import { failOnPageErrors } from '../fixtures/probe-element.js';

const RESETS = `[hidden] { display: block !important; }
  * { box-sizing: content-box; }
  button { all: unset; }`;

/** Where each visible part is drawn, and how, relative to its element's `<main>`. */
function drawn(host: HTMLElement): string[] {
  const origin = host.getBoundingClientRect();
  return [...shadowElements(host)]
    .filter((element) => element.checkVisibility())
    .map((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const where = [box.x - origin.x, box.y - origin.y, box.width, box.height].map(Math.round).join(',');
      return `${describeElement(element, '', 20)}: ${where} ${style.display} ${style.boxSizing} ${style.cursor}`;
    });
}

describe('a CMS theme’s resets', function () {
  this.timeout(30_000);
  failOnPageErrors();

  it('change nothing inside the elements', async () => {
    const host = await mountAll();
    const resets = document.createElement('style');
    try {
      const wanted = drawn(host);
      expect(
        wanted.some((line) => / button[. ]/.test(line)),
        'buttons measured',
      ).to.equal(true);
      resets.textContent = RESETS;
      document.head.append(resets);
      const found = drawn(host);
      expect(found.length).to.equal(wanted.length);
      expect(found.filter((line, i) => line !== wanted[i]).slice(0, 10)).to.deep.equal([]);
    } finally {
      resets.remove();
      host.remove();
    }
  });

  it('[hidden] { display: block !important } shows an element the page hid, as it shows the page’s own', async () => {
    const host = await mountAll();
    const resets = document.createElement('style');
    const roster = host.querySelector('partnership-roster')!;
    const own = document.createElement('p');
    own.hidden = true;
    host.append(own);
    roster.hidden = true;
    try {
      expect(getComputedStyle(roster).display).to.equal('none');
      resets.textContent = RESETS;
      document.head.append(resets);
      expect(getComputedStyle(own).display).to.equal('block');
      expect(getComputedStyle(roster).display).to.equal('block');
    } finally {
      resets.remove();
      host.remove();
    }
  });
});
