// The reference host's sign-in page when the form is sent with nobody chosen:
// the page again in GOV.UK's error pattern, not a bare 400 answer, since
// portal teams copy what the demo portal does. Each of the page's own words carries the key (data-words) the
// demo's language switch says it by in Welsh (demo/words.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoHostForThisFile } from './demo-host.js';

const host = demoHostForThisFile('sign-in');

const signIn = (body) =>
  fetch(`${host.url}sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });

for (const [what, body] of [
  ['nobody chosen', ''],
  ['someone not in the document', 'person=p-nobody'],
]) {
  test(`sign-in with ${what}: the form again, with an error summary and the message at the question`, async () => {
    const response = await signIn(body);
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const page = await response.text();
    assert.match(page, /<title data-words="signIn.errorTitle">Error: Sign in/, 'the title starts "Error:"');
    assert.match(page, /class="error-summary" role="alert"[^>]*tabindex="-1"/, 'a GOV.UK error summary');
    assert.match(page, /<h2 data-words="signIn.problem" id="error-summary-title">There is a problem<\/h2>/);
    assert.match(
      page,
      /<a data-words="signIn.choose" href="#p-[^"]+">Select who you are<\/a>/,
      'it links to the first choice',
    );
    assert.match(page, /<fieldset id="person" class="fieldset--error" aria-describedby="person-error">/);
    assert.match(
      page,
      /<p id="person-error" class="error-message"><span data-words="signIn.error" class="visually-hidden">Error:<\/span> <span data-words="signIn.choose">Select who you are<\/span><\/p>/,
    );
    assert.match(page, /<form method="post" action="\/sign-in"/, 'the form is there to answer again');
    assert.ok(page.indexOf('error-summary') < page.indexOf('<h1 '), 'the summary comes before the heading');
  });
}

test('the sign-in page without an error has no error summary', async () => {
  const page = await (await fetch(`${host.url}sign-in`)).text();
  assert.ok(!page.includes('error-summary'));
  assert.ok(!page.includes('aria-describedby'));
  assert.match(page, /<title data-words="signIn.title">Sign in/);
});
