// The lint forbids the sinks that break a council's CSP or let data become
// markup. This proves each rule fires on a file that uses the sink.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();
/** Each lint message as `rule: message`, so a test checks the rule that fired, not just that one did. */
const lint = async (code) => {
  const [result] = await eslint.lintText(code, { filePath: 'components/probe/probe.ts' });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`).join('\n');
};

const sinks = {
  unsafeHTML:
    "import { html } from 'lit';\nimport { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const t = html`${unsafeHTML('<b>')}`;",
  unsafeSVG: "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport const s = unsafeSVG('<g/>');",
  unsafeStatic: "import { unsafeStatic } from 'lit/static-html.js';\nexport const s = unsafeStatic('p');",
  styleMap: "import { styleMap } from 'lit/directives/style-map.js';\nexport const s = styleMap({});",
  innerHTML: 'document.body.innerHTML = location.hash;',
  'inline style binding': "import { html } from 'lit';\nconst c = 'red';\nexport const t = html`<p style=${c}>x</p>`;",
  eval: "eval('1');",
  'new Function': "export const f = new Function('return 1');",
};

/** What each sink's refusal must say: the project's own rule, naming the sink, not some other lint. */
const refusals = {
  unsafeHTML: /no-restricted-syntax: unsafeHTML lets data become markup/,
  unsafeSVG: /no-restricted-syntax: unsafeSVG lets data become markup/,
  unsafeStatic: /no-restricted-syntax: unsafeStatic lets data become markup/,
  styleMap: /no-restricted-syntax: styleMap lets data become markup/,
  innerHTML: /no-restricted-syntax: Setting HTML from a string lets data become markup/,
  'inline style binding': /no-restricted-syntax: An inline style binding breaks a strict CSP/,
  eval: /no-eval: /,
  'new Function': /no-restricted-syntax: new Function is eval/,
};

for (const [sink, code] of Object.entries(sinks)) {
  test(`the lint refuses ${sink}, by the rule made for it`, async () => {
    assert.match(await lint(code), refusals[sink]);
  });
}

test('the lint accepts a plain lit template', async () => {
  assert.equal(
    await lint('import { html } from \'lit\';\nexport const t = (name: string) => html`<p class="x">${name}</p>`;\n'),
    '',
  );
});
