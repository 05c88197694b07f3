/**
 * What the elements follow to draw for a light or a dark page: the page's `color-scheme`, as the browser's own
 * controls do, with any `--pk-*` property the page sets winning over it; not the reader's `prefers-color-scheme` alone
 * (it says what the reader would like, not what the page draws), nor the page's own colours (docs/embedding.md, "Dark
 * pages", says why). These are the pages a council's web team has, measured as the browser draws them: a control's
 * edge keeps WCAG's 3:1 on what is behind it (1.4.11), and the two pages that say the wrong thing are mended as the
 * guide says.
 */
import { expect } from '@open-wc/testing';
import { describeElement, emulateMediaFeatures, mountAll, shadowElements } from '../fixtures/all-elements.js';
import { backgroundBehind, contrast, unreadable } from '../fixtures/contrast.js';
import { failOnPageErrors } from '../fixtures/probe-element.js';

/** Each field whose edge is under 3:1 on what is behind it: a radio's circle, a select's or a text field's border. */
function faintEdges(host: HTMLElement): string[] {
  const fields = [...shadowElements(host)].filter(
    (e) => e.matches('input:not([type=hidden]), select, textarea') && (e as HTMLElement).checkVisibility(),
  );
  expect(fields.length, 'fields measured').to.be.greaterThan(10);
  return fields.flatMap((field) => {
    const style = getComputedStyle(field);
    const ratio = contrast(style.borderTopColor, backgroundBehind(field.parentElement!));
    return ratio >= 3 ? [] : [`${describeElement(field, '', 0)}: ${style.borderTopColor} (${ratio.toFixed(2)})`];
  });
}

/** A page's stylesheet, adopted for one test. */
function withPageStyles(rules: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

describe('a light or a dark page', function () {
  this.timeout(30_000);
  failOnPageErrors();

  it('every field’s edge keeps 3:1 on a light page and on one that says it is dark', async () => {
    const host = await mountAll();
    try {
      expect(faintEdges(host).slice(0, 10), 'light').to.deep.equal([]);
      Object.assign(host.style, { colorScheme: 'dark', background: '#111', color: '#eee' });
      expect(faintEdges(host).slice(0, 10), 'dark').to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  /** Every element mounted on a page with `pageStyles`, under a dark preference, readable and with every field's edge. */
  async function readableUnderDarkPreference(pageStyles: string, pageBackground?: string): Promise<void> {
    const putBack = withPageStyles(pageStyles);
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const host = await mountAll();
    try {
      if (pageBackground) expect(getComputedStyle(host).backgroundColor, 'the page').to.equal(pageBackground);
      expect(unreadable(host).slice(0, 15)).to.deep.equal([]);
      expect(faintEdges(host).slice(0, 10)).to.deep.equal([]);
    } finally {
      await emulateMediaFeatures([]);
      putBack();
      host.remove();
    }
  }

  it('a page dark only in its own @media (prefers-color-scheme: dark) is readable once it says color-scheme there', () =>
    readableUnderDarkPreference(
      `@media (prefers-color-scheme: dark) {
        main { color-scheme: dark; background: #111; color: #eee; }
      }`,
      'rgb(17, 17, 17)',
    ));

  it('a white card on a page that declares light dark is readable under a dark preference once it says color-scheme: light', () =>
    readableUnderDarkPreference(`:root { color-scheme: light dark; }
      main { background: #fff; color: #0b0c0c; color-scheme: light; }`));
});
