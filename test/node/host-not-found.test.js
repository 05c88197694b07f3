// A page that is not there is GOV.UK's "Page not found" in the portal's own page: its header, its language switch,
// the reader's language, and a link to the start page. It was the bare text "Not found", in English only, with no
// way back. Files (the kit, the demo's scripts, styles and data) and the API keep their plain answers: a script or
// the kit reads them, not a person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_LANGUAGE_COOKIE, demoWords } from '../../demo/words.js';
import { escapeHtml } from '../../demo/host/pages.js';
import { demoHostForThisFile } from './demo-host.js';

const host = demoHostForThisFile('not-found');

/** A GET as a browser opening a page sends it (Accept: text/html), with `headers` besides. */
async function opened(path, headers = {}) {
  const response = await fetch(new URL(path, host.url), {
    headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...headers },
    redirect: 'manual',
  });
  return { response, type: response.headers.get('content-type'), body: await response.text() };
}

const said = (lang, key) => escapeHtml(demoWords(lang, key));

/** Whether `html` is the not-found page in `lang`: its words, the portal's header and switch, a way back. */
function assertNotFoundPage(html, lang, path) {
  assert.match(html, new RegExp(`<html lang="${lang === 'en' ? 'en-GB' : lang}"`), path);
  assert.ok(html.includes(`<h1 data-words="notFound.heading">${said(lang, 'notFound.heading')}</h1>`), path);
  for (const key of ['notFound.typed', 'notFound.pasted', 'notFound.title'])
    assert.ok(html.includes(`>${said(lang, key)}<`), `${path}: ${key}`);
  assert.ok(html.includes(`href="/">${said(lang, 'notFound.startPage')}</a>`), `${path}: the link back`);
  assert.ok(html.includes(`>${said(lang, 'portal')}</a>`), `${path}: the portal's header`);
  assert.match(html, /<nav class="language-switch"/, path);
}

test('a page that is not there is the portal’s "Page not found", 404, in English', async () => {
  for (const path of ['/no-such-page', '/demo/nothing.html', '/demo/examples/']) {
    const { response, type, body } = await opened(path);
    assert.equal(response.status, 404, path);
    assert.match(type, /^text\/html/, path);
    assertNotFoundPage(body, 'en', path);
  }
  assert.equal(demoWords('en', 'notFound.heading'), 'Page not found');
});

test('in Welsh with the Welsh choice: ?lang=cy in the address, or the switch’s cookie', async () => {
  for (const [path, headers] of [
    ['/no-such-page?lang=cy', {}],
    ['/no-such-page', { Cookie: `${DEMO_LANGUAGE_COOKIE}=cy` }],
  ]) {
    const { response, body } = await opened(path, headers);
    assert.equal(response.status, 404, path);
    assertNotFoundPage(body, 'cy', path);
    assert.ok(!body.includes(said('en', 'notFound.heading')), `${path}: no English heading`);
  }
});

test('the API and files keep their plain answers, even to a request that asks for HTML', async () => {
  const api = await opened('/api/unknown');
  assert.equal(api.response.status, 404);
  assert.match(api.type, /^application\/json/);
  assert.deepEqual(JSON.parse(api.body), { error: 'There is no such API.' });
  for (const path of ['/demo/nothing.js', '/dist/nothing.json', '/demo/nothing.css']) {
    const { response, type, body } = await opened(path);
    assert.equal(response.status, 404, path);
    assert.match(type, /^text\/plain/, path);
    assert.equal(body, 'Not found', path);
  }
  // A script's own request for a page (no text/html asked for) is a file's answer too.
  const fetched = await fetch(new URL('/no-such-page', host.url));
  assert.equal(fetched.status, 404);
  assert.equal(await fetched.text(), 'Not found');
});
