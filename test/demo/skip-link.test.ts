// The demo's skip link, as GOV.UK's: followed from the keyboard, it moves the focus to the page's main column, so a
// screen reader reads on from there. Without a tabindex on <main> the focus stayed on the body.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pageInFrame } from '../fixtures/demo-frame.js';

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('demo: the skip link', function () {
  this.timeout(30_000);
  for (const page of ['/demo/index.html', '/demo/sutton.html', '/demo/examples/vote-panel.html']) {
    it(`moves the focus to the main column on ${page}`, async () => {
      const doc = await pageInFrame(page, 1024, 700);
      const link = doc.querySelector<HTMLAnchorElement>('.skip-link');
      expect(link, 'the page has a skip link').to.not.equal(null);
      link!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => doc.activeElement !== link, 'the focus moves', { timeout: 5_000 }).catch(() => undefined);
      expect(doc.activeElement?.id ?? doc.activeElement?.tagName).to.equal('main');
    });
  }
});
