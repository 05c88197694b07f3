// The demo's English | Cymraeg switch: it sets lang on every element of the
// page, including elements added later, and a choice made with it stands
// over the ?lang= the page was opened with. It keeps the choice in the cookie
// the reference host reads (test/node/host-language.test.js); served by
// anything else, as here, a page is said in the choice once the script runs.
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_LANGUAGE_COOKIE } from '../../demo/words.js';
import { EXAMPLES } from '../../components/examples.js';

/** `page` in a frame as wide as a phone; `scripts: false` is the page as first painted, before its scripts run. */
async function open(page: string, { scripts = true } = {}): Promise<Document> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.src = page;
  frame.title = page;
  frame.style.width = '360px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  if (scripts) await waitUntil(() => doc.querySelector('.language-switch [aria-pressed]'), 'the switch works');
  return doc;
}

/** Where the switch kept the choice before the cookie (until December 2026): local storage, under this key. */
const EARLIER_KEY = 'pk-demo-lang';

const keptInCookie = () => new RegExp(`(^|; )${DEMO_LANGUAGE_COOKIE}=(\\w+)`).exec(document.cookie)?.[2];

const headerHeight = (doc: Document) => doc.querySelector('.site-header')!.getBoundingClientRect().height;

const langs = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('vote-panel, partnership-roster')].map((e) => e.lang);

describe('the demo language switch', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    // The next test, and the next file's, start with no choice made.
    document.cookie = `${DEMO_LANGUAGE_COOKIE}=; Path=/; Max-Age=0`;
    localStorage.removeItem(EARLIER_KEY);
  });

  it('sets lang on every element, and keeps the choice for elements added after it', async () => {
    const doc = await open('/demo/ealing.html?lang=cy');
    expect(langs(doc).every((lang) => lang === 'cy')).to.equal(true);
    const [english, welsh] = doc.querySelectorAll<HTMLButtonElement>('.language-switch button');
    expect(welsh!.getAttribute('aria-pressed')).to.equal('true');

    english!.click();
    expect(english!.getAttribute('aria-pressed')).to.equal('true');
    expect(langs(doc).every((lang) => lang === 'en')).to.equal(true);

    const later = doc.createElement('partnership-roster');
    doc.querySelector('main')!.append(later);
    await waitUntil(() => later.lang !== '', 'the new element gets a lang');
    expect(later.lang, 'the choice made, not the ?lang= the page opened with').to.equal('en');
  });

  // The switch once changed only the kit's elements: on the index, which has none, it changed nothing visible.
  it('says the portal’s own words in the language chosen, and sets the page’s language', async () => {
    const doc = await open('/demo/index.html?lang=cy');
    const text = (selector: string) => doc.querySelector(selector)!.textContent;
    expect(doc.documentElement.lang).to.equal('cy');
    expect(text('h1')).to.equal('Demo partnership-kit');
    expect(text('.site-header a')).to.equal('porth demo partnership-kit');
    expect(text('a[href="/sign-in"]')).to.equal('Mewngofnodwch i borth Sutton a phleidleisiwch');
    expect(doc.querySelector('nav[data-aria-words]')!.getAttribute('aria-label')).to.equal('Tudalennau’r demo');
    expect(doc.title).to.equal('Demo partnership-kit');

    doc.querySelector<HTMLButtonElement>('.language-switch button[value="en"]')!.click();
    expect(doc.documentElement.lang).to.equal('en-GB');
    expect(text('h1')).to.equal('partnership-kit demo');
    expect(text('a[href="/sign-in"]')).to.equal('Sign in to the Sutton portal and vote');
  });

  // Kept in local storage, the choice was out of the host's reach: every page it sent arrived in English first.
  it('keeps the choice in a cookie for the host, and says the next page in it without the host, both ways', async () => {
    const kept = () => new RegExp(`(^|; )${DEMO_LANGUAGE_COOKIE}=(\\w+)`).exec(document.cookie)?.[2];
    const first = await open('/demo/index.html');
    expect(first.documentElement.lang).to.equal('en-GB');
    first.querySelector<HTMLButtonElement>('.language-switch button[value="cy"]')!.click();
    expect(kept()).to.equal('cy');

    const welsh = await open('/demo/sutton.html');
    expect(welsh.documentElement.lang).to.equal('cy');
    expect(welsh.querySelector('.site-header a')!.textContent).to.equal('porth demo partnership-kit');
    expect(langs(welsh).every((lang) => lang === 'cy')).to.equal(true);
    welsh.querySelector<HTMLButtonElement>('.language-switch button[value="en"]')!.click();
    expect(kept()).to.equal('en');

    const english = await open('/demo/index.html');
    expect(english.documentElement.lang).to.equal('en-GB');
    expect(english.querySelector('h1')!.textContent).to.equal('partnership-kit demo');
  });

  // The partnership and example pages' tab titles stayed English when the reader chose Cymraeg.
  it('says the tab’s title in the language chosen on the partnership and example pages, both ways', async () => {
    const sutton = await open('/demo/sutton.html');
    expect(sutton.title).to.equal('Sutton Education Partnership – partnership-kit demo');
    sutton.querySelector<HTMLButtonElement>('.language-switch button[value="cy"]')!.click();
    expect(sutton.title, 'the partnership’s name as written').to.equal(
      'Sutton Education Partnership – demo partnership-kit',
    );
    sutton.querySelector<HTMLButtonElement>('.language-switch button[value="en"]')!.click();
    expect(sutton.title).to.equal('Sutton Education Partnership – partnership-kit demo');

    expect((await open('/demo/examples/vote-panel.html?lang=cy')).title).to.equal(
      '<vote-panel>: enghreifftiau – demo partnership-kit',
    );
    expect((await open('/demo/errors.html?lang=cy')).title).to.equal(
      'Pan fydd pethau’n mynd o chwith – demo partnership-kit',
    );
  });

  // An examples page's heading and lede stayed English when the reader chose Cymraeg: only its tab title changed.
  it('says an examples page’s heading, lede and markup summaries in the language chosen, both ways', async () => {
    const doc = await open('/demo/examples/vote-panel.html');
    const text = (selector: string) => doc.querySelector(selector)!.textContent;
    const summaries = () => new Set([...doc.querySelectorAll('summary')].map((summary) => summary.textContent));
    expect(text('h1')).to.equal('<vote-panel>: examples');
    doc.querySelector<HTMLButtonElement>('.language-switch button[value="cy"]')!.click();
    expect(text('h1')).to.equal('<vote-panel>: enghreifftiau');
    expect(text('h1 code'), 'the tag as written, in its own <code>').to.equal('<vote-panel>');
    expect(text('.lede')).to.equal(
      'Pob enghraifft yn components/vote-panel/vote-panel.examples.ts. Mae tudalennau partneriaeth y demo yn ' +
        'dangos rhai ohonyn nhw; mae pob cyfres brofion a rennir yn eu rhedeg i gyd.',
    );
    expect([...summaries()]).to.deep.equal(['Y cod HTML']);

    doc.querySelector<HTMLButtonElement>('.language-switch button[value="en"]')!.click();
    expect(text('h1')).to.equal('<vote-panel>: examples');
    expect(text('.lede')).to.match(/^Every example in components\/vote-panel\/vote-panel\.examples\.ts\. The demo’s/);
    expect([...summaries()]).to.deep.equal(['The markup']);
  });

  // Each example's description stayed English when the reader chose Cymraeg, under a Welsh heading and "Y cod HTML".
  it('says each example’s description in the language chosen, both ways', async () => {
    const doc = await open('/demo/examples/quorum-indicator.html');
    // The paragraph under each example's heading (its title), its description, by the example's name.
    const described = () =>
      Object.fromEntries(
        [...doc.querySelectorAll('section > h2')].map((h) => [
          h.id.replace(/-heading$/, ''),
          h.nextElementSibling!.textContent,
        ]),
      );
    const inEach = (lang: 'en' | 'cy') =>
      Object.fromEntries(EXAMPLES['quorum-indicator'].map((e) => [e.name, e.summary[lang]]));
    expect(described()['sutton-eog-november']).to.equal('A past EOG meeting.');
    doc.querySelector<HTMLButtonElement>('.language-switch button[value="cy"]')!.click();
    expect(described()).to.deep.equal(inEach('cy'));
    expect(described()['sutton-eog-november']).to.equal('Cyfarfod blaenorol o’r EOG.');

    doc.querySelector<HTMLButtonElement>('.language-switch button[value="en"]')!.click();
    expect(described()).to.deep.equal(inEach('en'));
  });

  // A reader who chose Cymraeg before the choice moved to the cookie had it in local storage only, and was then
  // sent every page in English.
  it('carries a choice kept in local storage over to the cookie once, and forgets the old key', async () => {
    localStorage.setItem(EARLIER_KEY, 'cy');
    const doc = await open('/demo/index.html');
    expect(doc.documentElement.lang).to.equal('cy');
    expect(doc.querySelector('h1')!.textContent).to.equal('Demo partnership-kit');
    expect(keptInCookie(), 'the host sends the next page in Welsh').to.equal('cy');
    expect(localStorage.getItem(EARLIER_KEY), 'carried over once').to.equal(null);

    // Once only: a choice made with the switch since stands, whatever a stale key says.
    doc.querySelector<HTMLButtonElement>('.language-switch button[value="en"]')!.click();
    localStorage.setItem(EARLIER_KEY, 'cy');
    const next = await open('/demo/index.html');
    expect(next.documentElement.lang).to.equal('en-GB');
    expect(keptInCookie()).to.equal('en');
    expect(localStorage.getItem(EARLIER_KEY)).to.equal(null);
  });

  // One test a page: each opens its page twice with every element on it, which a loaded machine's 10 s bound held
  // for one page but not for both.
  for (const page of ['/demo/ealing.html', '/demo/react.html']) {
    it(`has its room in ${page}'s header from the first paint: the page does not move down when the script adds it`, async () => {
      const first = headerHeight(await open(page, { scripts: false }));
      expect(headerHeight(await open(page)), `${page}'s header once the switch works`).to.equal(first);
    });
  }
});
