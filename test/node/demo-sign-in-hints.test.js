// The reference host's sign-in page says, under a person's post, what the demo lets them do: who records the
// meeting's attendance (the clerk or chair), and who votes on the open proposal. Without it a reader trying the demo
// faced 25 posts and no clue which to choose to see the clerk's check-in, or to cast a vote: the chair who records
// attendance was 23rd, and most of the posts have no vote. What each may do is the rules core's
// (mayRecordAttendance, eligibleSeats), as on the vote page. In English and in Welsh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoHostForThisFile } from './demo-host.js';
import { demoWords } from '../../demo/words.js';

const host = demoHostForThisFile('sign-in-hints');

const CLERK = 'p-elg-chair';
const GOVERNOR = 'p-muschamp-gov';
const NO_VOTE = 'p-cognus-commissioning';

/** The text of the choice (its radio's label) for `person` on the sign-in page in `lang`. */
async function choiceOf(person, lang) {
  const page = await (await fetch(`${host.url}sign-in?lang=${lang}`)).text();
  const label = new RegExp(`<label for="p-${person}">(.*?)</label>`, 's').exec(page);
  assert.ok(label, `a choice for ${person}`);
  return label[1];
}

/** A hint in `lang` for `key`, as the page writes it (marked for the language switch). */
const hint = (key, lang) => `<span data-words="${key}" class="choice__hint">${demoWords(lang, key)}</span>`;

for (const lang of ['en', 'cy']) {
  test(`the chair who records attendance is said to, under the post (${lang})`, async () => {
    const choice = await choiceOf(CLERK, lang);
    assert.ok(choice.includes(hint('signIn.records', lang)), choice);
    assert.ok(!choice.includes('signIn.votes'), 'the chair has no vote on the open proposal');
  });

  test(`a governor who votes on the open proposal is said to (${lang})`, async () => {
    const choice = await choiceOf(GOVERNOR, lang);
    assert.ok(choice.includes(hint('signIn.votes', lang)), choice);
    assert.ok(!choice.includes('signIn.records'));
  });

  test(`a post with neither says nothing more (${lang})`, async () => {
    assert.ok(!(await choiceOf(NO_VOTE, lang)).includes('choice__hint'));
  });
}

test('the words differ in Welsh', () => {
  for (const key of ['signIn.records', 'signIn.votes']) assert.notEqual(demoWords('cy', key), demoWords('en', key));
});
