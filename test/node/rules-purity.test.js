// The rules core is pure functions of (document, inputs, today): no module of
// src/rules may read the clock, the page or the network. Every file in the
// folder is read, so a new rule module is checked the day it is added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const folder = new URL('../../src/rules/', import.meta.url);
const modules = readdirSync(folder).filter((file) => file.endsWith('.ts'));
// `document` alone is no sign: the rules name the partnership document so. The page's document is.
const IMPURE =
  /\bwindow\b|\bdocument\.(?:body|cookie|createElement|querySelector|getElementById|documentElement|location|head)\b|\bglobalThis\b|\bnavigator\b|Date\.now|new Date\(\s*\)|localStorage|fetch\(|Math\.random/;

test('src/rules has modules to check', () => {
  assert.ok(modules.length >= 15, `found ${modules.join(', ')}`);
});

for (const file of modules) {
  test(`src/rules/${file} names no clock, page or network`, () => {
    // Comments may say anything.
    const code = readFileSync(new URL(file, folder), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    assert.doesNotMatch(code, IMPURE);
  });
}
