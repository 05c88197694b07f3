/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide every element fits without the
 * page scrolling sideways: tables become cards in a narrow column, or
 * scroll inside a named box of their own.
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

  it('a table fits the screen, or scrolls in a named box the keyboard can reach (WCAG 2.1.1)', async () => {
    await setViewport({ width: 320, height: 640 });
    const host = await mountAll();
    const tables = [...shadowElements(host)].filter((element) => element.localName === 'table');
    expect(tables.length, 'tables on the page').to.be.greaterThan(0);
    for (const table of tables) {
      const box = table.closest('.table-box');
      if (table.getBoundingClientRect().right <= 320) continue;
      // Wider than the screen: only inside a scroll box that is named and can take focus.
      const name = table.getAttribute('part') ?? 'a table';
      expect(box?.getAttribute('role'), `${name} is wider than the screen: its scroll box`).to.equal('region');
      expect(box?.getAttribute('tabindex')).to.equal('0');
      expect(box?.getAttribute('aria-label')).to.match(/\w/);
    }
    host.remove();
  });

  it('the vote panel’s "How each seat voted" is cards, its Vote on screen without scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const host = await mountAll();
    const choices = [...shadowElements(host)].filter((element) => element.matches('details.choices table'));
    expect(choices.length, 'a recorded ballot on the page').to.be.greaterThan(0);
    for (const table of choices) {
      table.closest('details')!.open = true;
      const box = table.closest('.table-box')!;
      expect(box.scrollWidth, 'nothing scrolled off').to.be.at.most(box.clientWidth);
      expect(getComputedStyle(table).display).to.equal('block');
    }
    host.remove();
  });
});
