/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide every element fits without the
 * page scrolling sideways (wide tables scroll inside their own box).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountAll, shadowElements } from '../fixtures/all-elements.js';

describe('at 320 px wide', function () {
  this.timeout(30_000);
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('no element makes the page scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const host = await mountAll();
    expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
    host.remove();
  });

  it('a table wider than the screen scrolls in a named box the keyboard can reach (WCAG 2.1.1)', async () => {
    await setViewport({ width: 320, height: 640 });
    const host = await mountAll();
    const tables = [...shadowElements(host)].filter((element) => element.localName === 'table');
    const boxes = tables.map((table) => table.closest('.table-wrap')).filter((box) => box !== null);
    const scrolling = boxes.filter((box) => box.scrollWidth > box.clientWidth);
    expect(scrolling.length, 'tables that scroll at 320 px').to.be.greaterThan(0);
    for (const box of scrolling) {
      expect(box.getAttribute('role')).to.equal('region');
      expect(box.getAttribute('tabindex')).to.equal('0');
      expect(box.getAttribute('aria-label')).to.match(/\w/);
    }
    host.remove();
  });
});
