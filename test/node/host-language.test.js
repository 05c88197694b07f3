// A Welsh reader's page arrives Welsh: the language switch keeps its choice in a cookie, and the reference host
// sends each page with <html lang="cy"> and the portal's words already in Welsh, before any script runs. The
// switch once said the words in Welsh only after the page had loaded: every page showed the English one first,
// and a screen reader could start reading it in an English voice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './demo-meeting.js';
import { executablePath } from './server/demo-browser.js';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { DEMO_LANGUAGE_COOKIE, demoWords } from '../../demo/words.js';
import { escapeHtml } from '../../demo/host/pages.js';
import { inLanguage } from '../../demo/host/page-language.js';
import { demoHostForThisFile } from './demo-host.js';

const { EXAMPLES } = await import('../../dist/demo/examples.js');

const WELSH = `${DEMO_LANGUAGE_COOKIE}=cy`;
const host = demoHostForThisFile('language');

/** The page's first HTML, as the host sends it: no script has run. */
async function page(path, cookie) {
  const response = await fetch(new URL(path, host.url), {
    headers: cookie ? { Cookie: cookie } : {},
    redirect: 'manual',
  });
  return { response, html: await response.text() };
}

async function signedIn() {
  const response = await fetch(new URL('/sign-in', host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'person=p-hackbridge-head',
    redirect: 'manual',
  });
  assert.equal(response.status, 303);
  return response.headers.get('set-cookie').split(';')[0];
}

const htmlLang = (html) => /<html lang="([^"]*)"/.exec(html)?.[1];
const said = (lang, key, values) => escapeHtml(demoWords(lang, key, values));

test('with the Welsh choice, each page arrives with lang="cy" and the portal’s words in Welsh', async () => {
  const session = await signedIn();
  const pages = [
    ['/', 'index.title'],
    ['/demo/sutton.html', 'sutton.lede'],
    ['/sign-in', 'signIn.lede'],
    ['/vote', 'vote.heading'],
  ];
  for (const [path, key] of pages) {
    const { response, html } = await page(path, `${session}; ${WELSH}`);
    assert.equal(response.status, 200, path);
    assert.equal(htmlLang(html), 'cy', path);
    assert.ok(html.includes(`>${said('cy', key)}<`), `${path}: ${key} in Welsh`);
    assert.ok(!html.includes(`>${said('en', key)}<`), `${path}: ${key} not in English`);
    assert.ok(html.includes(`>${said('cy', 'portal')}</a>`), `${path}: the header in Welsh`);
  }
  const { html: index } = await page('/', WELSH);
  assert.ok(index.includes(`>${said('cy', 'index.signInToVote', { partnership: 'Sutton' })}<`));
  assert.match(index, /aria-label="Tudalennau’r demo" data-aria-words="index.demoPages"/);
  assert.match(index, /<title data-words="index.title">Demo partnership-kit<\/title>/);
});

test('English by default, and with the English choice', async () => {
  for (const cookie of [undefined, `${DEMO_LANGUAGE_COOKIE}=en`, `${DEMO_LANGUAGE_COOKIE}=fr`])
    for (const path of ['/', '/demo/sutton.html', '/sign-in']) {
      const { html } = await page(path, cookie);
      assert.equal(htmlLang(html), 'en-GB', `${path} with ${cookie}`);
      assert.ok(html.includes(`>${said('en', 'portal')}</a>`), `${path} with ${cookie}`);
    }
  // The generated page as it is on disk: the host sends it unchanged.
  assert.equal((await page('/demo/sutton.html')).html, await readFile(join(root, 'demo', 'sutton.html'), 'utf8'));
});

test('?lang=cy in the address is Welsh from the first HTML too, as the switch honours it', async () => {
  const { html } = await page('/demo/ealing.html?lang=cy');
  assert.equal(htmlLang(html), 'cy');
  assert.ok(html.includes(`>${said('cy', 'ealing.lede')}<`));
  assert.equal(htmlLang((await page('/demo/ealing.html?lang=en', WELSH)).html), 'en-GB');
});

test('a page that differs by the cookie says so (Vary: Cookie), and a copy kept in the other language is not reused', async () => {
  const english = await page('/demo/sutton.html');
  const welsh = await page('/demo/sutton.html', WELSH);
  for (const { response } of [english, welsh]) {
    assert.match(response.headers.get('vary') ?? '', /\bCookie\b/);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
  }
  const englishTag = english.response.headers.get('etag');
  assert.notEqual(welsh.response.headers.get('etag'), englishTag);
  // The browser revalidates its English copy after the reader chose Welsh: it gets the Welsh page, not a 304.
  const revalidated = await fetch(new URL('/demo/sutton.html', host.url), {
    headers: { Cookie: WELSH, 'If-None-Match': englishTag },
  });
  assert.equal(revalidated.status, 200);
  assert.equal(htmlLang(await revalidated.text()), 'cy');
  const same = await fetch(new URL('/demo/sutton.html', host.url), {
    headers: { Cookie: WELSH, 'If-None-Match': welsh.response.headers.get('etag') },
  });
  assert.equal(same.status, 304);
  // The kit's own files are the same in every language: no Vary: Cookie, which would make caches keep one a reader.
  const kit = await fetch(new URL('/dist/partnership-kit.js', host.url), { headers: { Cookie: WELSH } });
  assert.doesNotMatch(kit.headers.get('vary') ?? '', /Cookie/);
});

test('every marked word of every demo page is said in Welsh, none left English', async () => {
  const pages = ['index', 'sutton', 'wokingham', 'suffolk', 'ealing', 'errors', 'react'].map((name) => `${name}.html`);
  const examples = ['vote-panel', 'quorum-indicator', 'partnership-roster', 'risk-register', 'action-tracker'];
  for (const file of [...pages, ...examples.map((name) => `examples/${name}.html`)]) {
    const english = await readFile(join(root, 'demo', file), 'utf8');
    const welsh = inLanguage(english, 'cy');
    const marked = [...english.matchAll(/\sdata-words="/g)].length;
    // Each marked element, with its words (and the values they take) as the switch would say them.
    const sayings = [...welsh.matchAll(/\sdata-words="([^"]+)"((?:\sdata-words-[a-z]+="[^"]*")*)[^>]*>([^<]*)</g)];
    assert.equal(sayings.length, marked, `${file}: every marked element is text the host can say`);
    for (const [, key, attrs, text] of sayings) {
      const values = Object.fromEntries([...attrs.matchAll(/data-words-([a-z]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      assert.equal(text, said('cy', key, values), `${file}: ${key}`);
    }
    assert.equal(htmlLang(welsh), 'cy', file);
  }
});

// The partnership and example pages' tab titles were written English only: a Welsh page kept an English tab.
test('the tab titles of the partnership, error and example pages arrive in Welsh; a partnership’s name as written', async () => {
  const titles = {
    '/demo/sutton.html': 'Sutton Education Partnership – demo partnership-kit',
    '/demo/ealing.html': 'Ealing Learning Partnership – demo partnership-kit',
    '/demo/errors.html': 'Pan fydd pethau’n mynd o chwith – demo partnership-kit',
    '/demo/examples/vote-panel.html': '&lt;vote-panel&gt;: enghreifftiau – demo partnership-kit',
  };
  for (const [path, title] of Object.entries(titles)) {
    const { html } = await page(path, WELSH);
    assert.equal(/<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1], title, path);
  }
  const { html: english } = await page('/demo/examples/vote-panel.html');
  assert.match(english, /<title[^>]*>&lt;vote-panel&gt;: examples – partnership-kit demo<\/title>/);
});

// An examples page's heading and lede were written English only, the heading around the element's <code>, which
// the host's word replacement cannot fill: a Welsh page kept them English under a Welsh tab title.
test('an examples page’s heading, lede and markup summaries arrive in Welsh; the tag and the file as written', async () => {
  const text = (html) => html.replace(/<[^>]*>/g, '');
  const { html } = await page('/demo/examples/vote-panel.html', WELSH);
  assert.equal(text(/<h1>(.*?)<\/h1>/.exec(html)?.[1] ?? ''), '&lt;vote-panel&gt;: enghreifftiau');
  assert.match(html, /<h1><code>&lt;vote-panel&gt;<\/code>/, 'the tag in its own <code>');
  assert.equal(
    text(/<p class="lede">(.*?)<\/p>/.exec(html)?.[1] ?? ''),
    'Pob enghraifft yn components/vote-panel/vote-panel.examples.ts. Mae tudalennau partneriaeth y demo yn dangos ' +
      'rhai ohonyn nhw; mae pob cyfres brofion a rennir yn eu rhedeg i gyd.',
  );
  const summaries = [...html.matchAll(/<summary[^>]*>([^<]*)<\/summary>/g)].map(([, words]) => words);
  assert.equal(summaries.length, 10);
  assert.deepEqual(new Set(summaries), new Set(['Y cod HTML']));

  const { html: english } = await page('/demo/examples/vote-panel.html');
  assert.equal(text(/<h1>(.*?)<\/h1>/.exec(english)?.[1] ?? ''), '&lt;vote-panel&gt;: examples');
  assert.match(english, /<p class="lede">[^<]*<[^>]*>Every example in</);
});

/** Each example's name on an examples page → the words of the paragraph under its heading (its title), its description. */
function descriptions(html) {
  const under = /<h2 id="([^"]+)-heading">.*?<\/h2>\n<p data-words="examples\.summary"[^>]*>([^<]*)<\/p>/g;
  return Object.fromEntries([...html.matchAll(under)].map(([, name, words]) => [name, words]));
}

// Each example's description stayed English on a Welsh examples page, under its Welsh heading and "Y cod HTML".
test('each example’s description arrives in Welsh on its element’s examples page, and in English without the choice', async () => {
  for (const [tag, examples] of Object.entries(EXAMPLES)) {
    const { html: welsh } = await page(`/demo/examples/${tag}.html`, WELSH);
    const { html: english } = await page(`/demo/examples/${tag}.html`);
    const inEach = (lang) => Object.fromEntries(examples.map((e) => [e.name, escapeHtml(e.summary[lang])]));
    assert.deepEqual(descriptions(welsh), inEach('cy'), tag);
    assert.deepEqual(descriptions(english), inEach('en'), tag);
  }
  const { html } = await page('/demo/examples/quorum-indicator.html', WELSH);
  assert.equal(descriptions(html)['sutton-eog-november'], 'Cyfarfod blaenorol o’r EOG.');
});

test('with JavaScript off, a Welsh reader’s page is Welsh; the switch keeps the choice the host reads, both ways', async (t) => {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  t.after(() => browser.close());
  const scriptless = await browser.newContext({ javaScriptEnabled: false });
  await scriptless.addCookies([{ name: DEMO_LANGUAGE_COOKIE, value: 'cy', url: host.url }]);
  const still = await scriptless.newPage();
  await still.goto(new URL('/sign-in', host.url).href);
  assert.equal(await still.locator('html').getAttribute('lang'), 'cy');
  assert.equal(
    await still.locator('h1').textContent(),
    demoWords('cy', 'signIn.heading', { partnership: 'Sutton Education Partnership' }),
  );

  const reader = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await reader.goto(host.url);
  await reader.locator('.language-switch button[value="cy"]').click();
  const welsh = await reader.goto(new URL('/sign-in', host.url).href);
  assert.equal(htmlLang(await welsh.text()), 'cy', 'the host read the switch’s Welsh choice');
  await reader.locator('.language-switch button[value="en"]').click();
  const english = await reader.goto(new URL('/demo/sutton.html', host.url).href);
  assert.equal(htmlLang(await english.text()), 'en-GB', 'and its English one');
});
