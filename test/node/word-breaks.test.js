// No word is broken across lines ("Novembe/r" in a narrow column), on every
// demo page (so every example) and on a clerk's vote page, as a phone (320 px) and a desktop
// (1280 px) draw them, in English and in Welsh. A word here is a run of
// letters: ids, dates, addresses and hyphenated words may wrap at their
// punctuation, which is not a break inside a word. (A JSON path in the error
// summary may wrap between the words of a field's name: it writes a <wbr>
// there, so each word is a text node of its own.)
//
// On a 320 px phone at 200 % text (the demo's 19 px text at 38 px), a word the kit's elements break must be one
// too wide for its line even at the text's size: "Completed" in a card's legend, in 178 px of a 256 px card, was
// broken though it fits the card.
//
// A card's field labels are drawn text (a ::before), which neither of the finders below reads as words: they are
// measured against their fields instead.
//
// It runs in Node with playwright-core against the demo host, as a person
// would open the pages, rather than in the browser test runner.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { DEMO_MOMENTS, startHost } from '../../demo/server.js';

const { DEMO_PAGES, EXAMPLES } = await import('../../dist/demo/examples.js');
/** Every generated demo page (the partnerships', the error states' and each element's examples) and the vote page. */
const PAGES = [
  ...DEMO_PAGES.map((p) => `demo/${p.page}.html`),
  ...Object.keys(EXAMPLES).map((tag) => `demo/examples/${tag}.html`),
  'vote',
];
const CLERK = 'p-elg-chair';
const WIDTHS = [320, 1280];

/**
 * Runs in the page, before its scripts (`addInitScript`): `wordWidthIn(word, within, font)`, the width of `word` on
 * one line in `within`'s font with `font` over it, for the measures below. Each measure runs alone in the page, so
 * they share it through the page rather than by import.
 */
function installWordWidth() {
  globalThis.wordWidthIn = (word, within, font) => {
    const probe = document.createElement('span');
    Object.assign(probe.style, { whiteSpace: 'nowrap', position: 'absolute', ...font });
    probe.textContent = word;
    within.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  };
}

/** Runs in the page: each word drawn on more than one line, with the element it is in; with `only`, in the page's elements it selects. */
function brokenWords(only) {
  const broken = [];
  const lines = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
    return new Set(tops).size;
  };
  const visit = (root) => {
    for (const element of root.querySelectorAll(only ? `:is(${only}), :is(${only}) *` : '*')) {
      if (element.shadowRoot && !only) visit(element.shadowRoot);
      if (!element.checkVisibility()) continue;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        for (const match of node.data.matchAll(/\p{L}{2,24}/gu)) {
          if (lines(node, match.index, match.index + match[0].length) > 1) {
            const host = element.getRootNode().host?.localName ?? 'page';
            broken.push(`${host} ${element.localName}: "${match[0]}"`);
          }
        }
      }
    }
  };
  visit(document);
  return broken;
}

/**
 * Runs in the page: in the kit's elements, each word (a run between spaces and hyphens) that a line ends inside of
 * though it would fit a line of its own at the page's text size: the room is its block's width, less the padding and
 * border of any inline box (a tag) around it, a legend's or a caption's the element's own width, as a title's is, and
 * a radio's label's the row of the radio and its label.
 * A word too wide even so (a URL, "implementation" in a card of a phone at 200 % text) must break, and is not listed,
 * unless it is in a legend or a caption (a title's words are the kit's own, and it draws them to fit the element), or
 * it fits three quarters of the element: a box's border, padding and list indent leave its words that much of it; a
 * card (a table row drawn as a box), nine tenths. In a list, the room is as if the bullet's indent were 0.75em (room
 * for the marker), so a list indented further breaks a word it could have kept whole.
 */
function brokenThoughTheyFit() {
  const textSize = getComputedStyle(document.querySelector('main') ?? document.body).fontSize;
  const px = (style, ...names) => names.reduce((sum, name) => sum + parseFloat(style[name]), 0);
  const SIDES = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'];
  const roomFor = (element) => {
    let inset = 0;
    for (let at = element; at; at = at.parentElement ?? at.getRootNode().host) {
      const style = getComputedStyle(at);
      if (style.display === 'inline' || style.display === 'contents') continue;
      if (!style.display.startsWith('inline')) return at.clientWidth - px(style, 'paddingLeft', 'paddingRight') - inset;
      inset += px(style, ...SIDES);
    }
    return Infinity;
  };
  // How much further than a bullet's 0.75em the list around an item indents it: the vote's tally indented 1.25em and
  // broke "pleidleisiau’n" (218 px in 209).
  const extraIndent = (element) => {
    const list = element.closest('li')?.parentElement;
    if (!list) return 0;
    const style = getComputedStyle(list);
    return Math.max(0, parseFloat(style.paddingInlineStart) - 0.75 * parseFloat(style.fontSize));
  };
  const broken = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (root === document || !element.checkVisibility()) continue;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        for (const match of node.data.matchAll(/[^\s-]*\p{L}[^\s-]*/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
          if (new Set(tops).size < 2) continue;
          const width = globalThis.wordWidthIn(match[0], element, { fontSize: textSize });
          // A legend or caption titles what is under it: its words are to fit the element, all of them ("cynrychiolydd"
          // in the vote's legend, bold at 38 px, was 258 px in a 256 px column).
          const title = element.closest('legend, caption');
          // A radio's label has the radio's row, the radio's room included: a word too wide to go beside the radio
          // takes the line under it. Measured by the label's own room (its row less the radio and its gap), a check-in
          // card's "Representative present" was let break "Representative" (256 px) in 216 px of a 279 px row.
          const control = element.closest('label')?.control;
          const radio = control?.type === 'radio' ? control : undefined;
          const room = title
            ? roomFor(element.getRootNode().host)
            : radio
              ? roomFor(radio.parentElement)
              : roomFor(element);
          // A roster warning's "Secondary" (182 px) had 140 px of the 256 px element: boxes and indents left it too little;
          // a card's "Headteacher" (218 px), 216.
          const row = element.closest('tr');
          const share = row && getComputedStyle(row).display !== 'table-row' ? 0.9 : 0.75;
          const fitsItsShare = !radio && width <= share * element.getRootNode().host.clientWidth;
          if (width > room + extraIndent(element) && !title && !fitsItsShare) continue;
          const where = `${element.getRootNode().host.localName} ${element.localName}`;
          broken.push(`${where}: "${match[0]}", ${Math.round(width)} px of ${Math.round(room)}`);
        }
      }
    }
  };
  visit(document);
  return broken;
}

/**
 * Runs in the page: each word of a card's field label (the ::before a cell draws from its data-label) that is wider
 * than its line, in the label's own font, so that the label breaks it: unless even at the body's weight and size the
 * word is wider than the inside of the card, which no inset or weight could keep whole ("Representative", 256 px at
 * 38 px, in a 256 px element). Bold, at a phone's 200 % text, "Cynrychiolydd" (264 px; 239 at the body's weight) broke
 * in a field of 235.
 */
function brokenCardLabels() {
  const textSize = getComputedStyle(document.querySelector('main') ?? document.body).fontSize;
  const widthIn = globalThis.wordWidthIn;
  const broken = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      const card = element.closest('tr');
      const label = getComputedStyle(element, '::before');
      if (root === document || !element.hasAttribute('data-label') || label.content === 'none') continue;
      if (!card || getComputedStyle(card).display === 'table-row' || !element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const word of element.dataset.label.split(/[\s-]+/)) {
        const width = widthIn(word, element, { font: label.font, letterSpacing: label.letterSpacing });
        if (width <= room || widthIn(word, element, { fontSize: textSize, fontWeight: 'normal' }) > card.clientWidth)
          continue;
        broken.push(
          `${element.getRootNode().host.localName}: "${word}", ${Math.round(width)} px of ${Math.round(room)}`,
        );
      }
    }
  };
  visit(document);
  return broken;
}

/** Runs in the page: the root's font size at `percent`, as a reader's larger default text (the demo sizes in rem). */
function zoomText(percent) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:root { font-size: ${percent}%; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Runs in the page: every word may break anywhere, in the page and in every shadow root. */
function breakEveryWord() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { word-break: break-all !important; }');
  const visit = (root) => {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(document);
}

/** Runs in the page: the text of the kit's elements, once every one has drawn and none is still loading. */
function kitText() {
  const drawing = (e) => e.localName.includes('-') && e.shadowRoot && e.localName !== 'partnership-data';
  const elements = [...document.querySelectorAll('*')].filter(drawing);
  const texts = elements.map((e) => e.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
  return texts.length > 0 && texts.every((t) => t.length > 0) ? texts.join(' | ') : undefined;
}

describe('no word broken across lines', () => {
  let browser;
  let host;
  let dataDir;
  let session;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    dataDir = await mkdtemp(join(tmpdir(), 'pk-word-breaks-'));
    host = await startHost({ port: 0, dataDir, demoNow: DEMO_MOMENTS.sutton });
    const signIn = await fetch(`${host.url}sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ person: CLERK }).toString(),
      redirect: 'manual',
    });
    session = /^([^=]+)=([^;]+)/.exec(signIn.headers.get('set-cookie'));
  });
  after(async () => {
    await browser?.close();
    await new Promise((done) => (host ? host.server.close(done) : done()));
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** A page, drawn in full: every element shows its words, in the language asked for. */
  async function open(path, width, lang) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addCookies([{ name: session[1], value: session[2], url: host.url }]);
    await context.addInitScript(installWordWidth);
    const page = await context.newPage();
    await page.goto(`${host.url}${path}?lang=${lang}`);
    const text = await (await page.waitForFunction(kitText, undefined, { timeout: 15_000 })).jsonValue();
    await page.evaluate(() => document.fonts.ready);
    return { page, text, close: () => context.close() };
  }

  test('at 200 % text, finds a word broken that would fit its line when there is one', async () => {
    const { page, close } = await open('demo/examples/action-tracker.html', WIDTHS[0], 'en');
    await page.evaluate(zoomText, 200);
    await page.evaluate(breakEveryWord);
    assert.notDeepEqual(await page.evaluate(brokenThoughTheyFit), []);
    await close();
  });

  test("at 200 % text, finds a card's label too wide for its field when there is one", async () => {
    const { page, close } = await open('demo/examples/partnership-roster.html', WIDTHS[0], 'cy');
    await page.evaluate(zoomText, 200);
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('[data-label]::before { font-weight: bold !important; font-size: 1.25em !important; }');
      const visit = (root) => {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
      };
      visit(document);
    });
    assert.notDeepEqual(await page.evaluate(brokenCardLabels), []);
    await close();
  });

  test('finds a word broken across lines when there is one', async () => {
    const { page, close } = await open('demo/sutton.html', 320, 'en');
    await page.evaluate(breakEveryWord);
    assert.notDeepEqual(await page.evaluate(brokenWords), []);
    await close();
  });

  // Each page is opened once a language, at a phone's width, then widened to a desktop's: a reader who turns a
  // tablet or widens the window sees the same words. Half the page loads of opening each width afresh.
  for (const path of PAGES) {
    test(path, { timeout: 120_000 }, async () => {
      const drawn = {};
      for (const lang of ['en', 'cy']) {
        const { page, text, close } = await open(path, WIDTHS[0], lang);
        drawn[lang] = text;
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          assert.deepEqual(await page.evaluate(brokenWords), [], `${lang}, ${width} px`);
        }
        // A phone at 200 % text: a legend, a caption or a card's field breaks only a word too wide for its line.
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
        await page.evaluate(zoomText, 200);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        assert.deepEqual(await page.evaluate(brokenThoughTheyFit), [], `${lang}, ${WIDTHS[0]} px at 200 % text`);
        // A card's labels keep their words whole wherever the card has room for them at the body's weight.
        assert.deepEqual(await page.evaluate(brokenCardLabels), [], `card labels, ${lang}, at 200 % text`);
        // The lede's too: the file path in an examples page's lede breaks between its parts ("partner/ship" did).
        assert.deepEqual(await page.evaluate(brokenWords, '.lede'), [], `the lede, ${lang}, at 200 % text`);
        await close();
      }
      assert.notEqual(drawn.cy, drawn.en, 'the Welsh page is drawn in Welsh');
    });
  }
});
