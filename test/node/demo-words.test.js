// The demo portal's own words (demo/words.js), in English and Welsh: every key in both languages, counts in each
// language's plural forms, and the host's pages marked so that the language switch says them in Welsh. The portal's
// words once stayed English on a Welsh page: the switch changed only the kit's elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEMO_WORDS, demoWords } from '../../demo/words.js';
import { problemPage, signInPage, votePage } from '../../demo/host/pages.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const sutton = JSON.parse(read('demo/data/sutton.json'));

/** The keys a page's HTML marks for the switch. */
const markedKeys = (html) => [...html.matchAll(/data-(?:aria-)?words="([^"]+)"/g)].map((m) => m[1]);

test('every word of the demo portal is in English and in Welsh', () => {
  assert.deepEqual(Object.keys(DEMO_WORDS.cy).sort(), Object.keys(DEMO_WORDS.en).sort());
});

test('the React page counts problems in each language’s plural forms', () => {
  assert.equal(demoWords('en', 'react.status', { count: 0 }), 'Rendered by React; 0 problems reported.');
  assert.equal(demoWords('en', 'react.status', { count: 1 }), 'Rendered by React; 1 problem reported.');
  assert.equal(demoWords('en', 'react.status', { count: 2 }), 'Rendered by React; 2 problems reported.');
  assert.equal(demoWords('cy', 'react.status', { count: 1 }), 'Lluniwyd gan React; adroddwyd am 1 broblem.');
  assert.equal(demoWords('cy', 'react.status', { count: 2 }), 'Lluniwyd gan React; adroddwyd am 2 broblem.');
  assert.equal(demoWords('cy', 'react.status', { count: 6 }), 'Lluniwyd gan React; adroddwyd am 6 phroblem.');
});

test('the sign-in page marks its own words, and keeps the people’s names as written', () => {
  for (const html of [signInPage(sutton, undefined), signInPage(sutton, undefined, { error: true })]) {
    const keys = markedKeys(html);
    for (const key of ['portal', 'skipLink', 'signIn.heading', 'signIn.lede', 'signIn.who', 'signIn.button'])
      assert.ok(keys.includes(key), key);
    assert.ok(
      keys.every((key) => key in DEMO_WORDS.cy),
      keys.join(),
    );
  }
  assert.ok(markedKeys(signInPage(sutton, undefined, { error: true })).includes('signIn.problem'));
  assert.match(signInPage(sutton, undefined), /data-words-partnership="Sutton Education Partnership"/);
  assert.equal(
    demoWords('cy', 'signIn.heading', { partnership: 'Sutton Education Partnership' }),
    'Mewngofnodi i borth Sutton Education Partnership',
  );
});

test('the vote page marks its own words: the heading, who is signed in, signing out and the actions', () => {
  const person = sutton.people[0];
  const proposal = sutton.proposals.find((p) => p.meeting);
  const html = votePage(sutton, { personId: person.id, proposal, today: '2019-12-10', clerk: false });
  const keys = markedKeys(html);
  for (const key of ['vote.heading', 'vote.signedInAs', 'vote.someoneElse', 'vote.signOut', 'vote.yourActions'])
    assert.ok(keys.includes(key), key);
  assert.equal(
    demoWords('cy', 'vote.signedInAs', { name: person.name }),
    `Rydych wedi mewngofnodi fel ${person.name}.`,
  );
});

test('the index marks its headings and text, each with Welsh words', () => {
  const keys = markedKeys(read('demo/index.html'));
  for (const key of ['index.title', 'index.lede', 'index.partnerships', 'index.voting', 'index.signInToVote'])
    assert.ok(keys.includes(key), key);
  assert.ok(
    keys.every((key) => key in DEMO_WORDS.cy),
    keys.join(),
  );
});

test('the page of a problem with the service marks its words: a Welsh reader is told in Welsh', () => {
  // Before, it was the portal's one page in English whatever the switch said.
  const keys = markedKeys(problemPage());
  for (const key of ['problem.title', 'problem.heading', 'problem.tryAgain', 'problem.safe'])
    assert.ok(keys.includes(key), key);
  assert.match(problemPage(), /<title data-words="problem.title">Sorry, there is a problem with the service – /);
  assert.equal(demoWords('cy', 'problem.heading'), 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth');
});
