// The elements' style sheets as the build ships them. The build minifies each css`…` template
// (scripts/minify-css-plugin.js) and writes the result back into a template literal, where a CSS
// escape ("\25b8" for '▸') is an invalid JS escape: the tagged template's cooked string is then
// undefined, and the risk register's table styles shipped as the word "undefined", every sort
// button and summary drawn by the browser's defaults. The browser tests, run from the source,
// could not see it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { minifyTemplates } from '../../scripts/minify-css-plugin.js';
import { startHost } from '../../demo/server.js';

const root = new URL('../../', import.meta.url);

/** The cooked text of each css`…` template without ${…} in `source` (those the build minifies), as Lit's `css` reads it. */
function cookedTemplates(source) {
  const cooked = [];
  const css = (strings) => (cooked.push(strings[0]), '');
  for (const [template] of source.matchAll(/\bcss`(?:[^`\\$]|\\.)*`/g)) {
    runInNewContext(template, { css });
  }
  return cooked;
}

async function componentSources() {
  const files = await readdir(new URL('components/', root), { recursive: true });
  const sources = files.filter((file) => file.endsWith('.ts')).map((file) => new URL(`components/${file}`, root));
  return Promise.all(sources.map(async (url) => ({ url, text: await readFile(url, 'utf8') })));
}

describe('the minified css`…` templates', () => {
  test("keep a character outside ASCII as itself, as the template's cooked text", async () => {
    const out = await minifyTemplates("const s = css`\n  summary::before {\n    content: '▸ ' / '';\n  }\n`;");
    const [text] = cookedTemplates(out);
    assert.equal(typeof text, 'string', `the template's cooked text is undefined: ${out}`);
    assert.match(text, /content:"▸ "\s*\/\s*""/);
  });

  test('of every element read as the CSS the minifier wrote, none undefined', async () => {
    for (const { url, text } of await componentSources()) {
      if (!text.includes('css`')) continue;
      for (const cooked of cookedTemplates(await minifyTemplates(text))) {
        assert.equal(typeof cooked, 'string', `a css\`…\` template in ${url.pathname} is undefined once minified`);
        assert.doesNotMatch(cooked, /undefined/, `${url.pathname}`);
      }
    }
  });
});

describe('the built elements in a page', () => {
  let browser;
  let host;
  let dataDir;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    dataDir = await mkdtemp(join(tmpdir(), 'pk-built-styles-'));
    host = await startHost({ port: 0, dataDir });
  });
  after(async () => {
    await browser?.close();
    await new Promise((done) => (host ? host.server.close(done) : done()));
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const TAGS = ['partnership-roster', 'vote-panel', 'quorum-indicator', 'risk-register', 'action-tracker'];
  for (const tag of [...TAGS, 'highlight-report']) {
    test(`${tag}: every rule of its shadow root's sheets is the CSS written, none undefined`, async () => {
      const page = await browser.newPage();
      await page.goto(`${host.url}demo/examples/${tag}.html`);
      await page.waitForFunction((name) => document.querySelector(name)?.shadowRoot?.adoptedStyleSheets.length, tag);
      const sheets = await page.evaluate((name) => {
        const element = document.querySelector(name);
        return element.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      }, tag);
      await page.close();
      const rules = sheets.flat();
      assert.ok(rules.length > 20, `${tag} has ${rules.length} rules`);
      const broken = rules.filter((rule) => rule.includes('undefined'));
      assert.deepEqual(broken, [], `${tag}'s built sheets hold "undefined" where a template's CSS was`);
    });
  }
});
