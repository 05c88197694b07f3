/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide every element fits without the
 * page scrolling sideways (wide tables scroll inside their own box).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountAll } from '../fixtures/all-elements.js';

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
});
