/**
 * What a host page's container passes down into the elements. The elements inherit the page's
 * font and colour on purpose; the text layout of the container they sit in is not theirs. A CMS
 * rich-text block often sets `white-space: pre-wrap` (to keep an editor's line breaks), and an
 * article body `text-indent`: inherited through the shadow root, they turned the whitespace of
 * the elements' own templates into blank lines and indents, and every paragraph, cell and button
 * label indented.
 */
import { expect } from '@open-wc/testing';
import { mountAll, shadowElements, describeElement } from '../../fixtures/all-elements.js';

const LAYOUT = ['white-space', 'text-indent'] as const;

async function mountIn(style: string): Promise<{ host: HTMLElement; styles: Map<string, string>[] }> {
  const host = await mountAll();
  host.setAttribute('style', style);
  const styles = [...shadowElements(host)].map((element) => {
    const computed = getComputedStyle(element);
    return new Map(LAYOUT.map((name) => [name, computed.getPropertyValue(name)]));
  });
  return { host, styles };
}

describe('a host container’s text layout', function () {
  this.timeout(30_000);

  for (const style of ['white-space: pre-wrap', 'white-space: nowrap', 'text-indent: 3em']) {
    it(`does not reach inside the elements: ${style}`, async () => {
      const plain = await mountIn('');
      const hostile = await mountIn(style);
      try {
        const elements = [...shadowElements(hostile.host)];
        expect(elements.length).to.equal(plain.styles.length);
        elements.forEach((element, i) => {
          for (const name of LAYOUT) {
            expect(hostile.styles[i]!.get(name), `${name} of ${describeElement(element)}`).to.equal(
              plain.styles[i]!.get(name),
            );
          }
        });
      } finally {
        plain.host.remove();
        hostile.host.remove();
      }
    });
  }
});
