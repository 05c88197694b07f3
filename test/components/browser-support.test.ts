/**
 * The promised browsers the tests do not run in (README, "Browser support"),
 * reproduced in Chromium by taking away what they lack.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { mountAll, shadowElements } from '../fixtures/all-elements.js';

const foldedDetails = (host: Element) =>
  [...shadowElements(host)].filter(
    (element): element is HTMLDetailsElement =>
      element.localName === 'details' && !(element as HTMLDetailsElement).open,
  );

describe('browser support', function () {
  this.timeout(30_000);

  describe('printing where ::details-content is unknown (Safari 16.4 to 18.3)', () => {
    const supports = CSS.supports.bind(CSS);
    afterEach(async () => {
      CSS.supports = supports;
      await emulateMedia({ media: 'screen' });
    });

    it('opens every closed details element before printing and closes it again after', async () => {
      const host = await mountAll();
      const folded = foldedDetails(host);
      expect(folded.length, 'folded parts on the page').to.be.greaterThan(0);
      expect(folded.map((d) => d.classList[0])).to.include.members(['choices', 'mitigation']);
      // Safari 16.4: `selector(::details-content)` is false, and the print rule that shows the content is dropped.
      CSS.supports = ((...args: [string, string?]) =>
        args.length === 1 && /details-content/.test(args[0])
          ? false
          : supports(...(args as [string]))) as typeof CSS.supports;
      const opened = folded.filter((details) => details.isConnected);
      window.dispatchEvent(new Event('beforeprint'));
      for (const details of opened) expect(details.open, `${details.className} opened for paper`).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      for (const details of opened) expect(details.open, `${details.className} folded again`).to.equal(false);
      host.remove();
    });

    it('leaves a details element the member opened open after printing', async () => {
      const host = await mountAll();
      const [mine, ...others] = foldedDetails(host);
      mine!.open = true;
      CSS.supports = (() => false) as typeof CSS.supports;
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
      expect(mine!.open).to.equal(true);
      for (const details of others) expect(details.open).to.equal(false);
      host.remove();
    });

    it('leaves them to the print styles where the browser has ::details-content', async () => {
      const host = await mountAll();
      const folded = foldedDetails(host);
      window.dispatchEvent(new Event('beforeprint'));
      for (const details of folded) expect(details.open, details.className).to.equal(false);
      window.dispatchEvent(new Event('afterprint'));
      host.remove();
    });

    it('does not follow an element once it has left the page', async () => {
      const host = await mountAll();
      const folded = foldedDetails(host);
      host.remove();
      CSS.supports = (() => false) as typeof CSS.supports;
      window.dispatchEvent(new Event('beforeprint'));
      for (const details of folded) expect(details.open).to.equal(false);
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
