// "The core answers every governance question; elements only render its
// answers" (issue 10). Every .ts file under components/ is read, and a line
// that works out a governance rule itself fails the test, naming the file and
// line. The list is short on purpose: each pattern is a rule an element once
// computed, with the core function that answers it instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** What an element must not compute, and what in the core answers it. */
const RULES = [
  {
    pattern: /\*\s*[234]\s*[<>]=?/,
    rule: 'a share of the seats (majority, two thirds): outcome().tooEarlyToSay, needed',
  },
  { pattern: /\.results\s*[!=]==/, rule: 'when the count may be shown: disclosure().count' },
  { pattern: /\.ballot\s*[!=]==/, rule: 'whether the record names each vote: disclosure().choices' },
  { pattern: /\.declarations\.(?:some|every|find|filter)\(/, rule: 'who withdrew: withdrew(), inPlaceOfWithdrawn()' },
  { pattern: /Math\.(?:ceil|floor)\([^)]*\b(?:seats?|entitled|min)\b/, rule: 'quorum arithmetic: quorum()' },
  {
    pattern: /\binvalid\.(?:map|flatMap|filter|some|find|every|reduce)\(/,
    rule: 'whose votes the count does not take, and who may see them named: outcome().withoutVote[].uncounted, ownUncountedVotes(), uncountedNamed()',
  },
  {
    pattern: /\.flatMap\(\(\w+\) => \(\w+\.by === voter\b/,
    rule: 'which seats a member voted for, and their vote for each: ownVotes()',
  },
  {
    pattern: /\binstantOf\([^)]*\.cast\)/,
    rule: 'which of two votes is the later: compareVotes(), ownVote(), refusedVoteReplaced()',
  },
];

/** Comments may say anything: blanked out, keeping their line breaks so line numbers hold. */
const code = (source) =>
  source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/.*$/gm, '$1');

/** Each line of `source` that computes a rule, as `file:line: the rule`. */
export function breaches(file, source) {
  return code(source)
    .split('\n')
    .flatMap((line, index) =>
      RULES.filter(({ pattern }) => pattern.test(line)).map(({ rule }) => `${file}:${index + 1}: ${rule}`),
    );
}

const files = readdirSync(new URL('components/', root), { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `components/${file}`);

test('components/ has element files to check', () => {
  assert.ok(files.length >= 20, `found ${files.join(', ')}`);
});

for (const file of files) {
  test(`${file} computes no governance rule itself`, () => {
    assert.deepEqual(breaches(file, readFileSync(new URL(file, root), 'utf8')), []);
  });
}

// The rules as the elements once wrote them: each must still be caught.
const computed = {
  'the "could stand" rule': 'const couldStand = result.needed === null || voted * 2 > result.entitled;',
  'the count hidden until close': "if (proposal.results === 'after-close') return t.afterClose;",
  'a secret ballot': "const named = proposal.ballot !== 'secret';",
  'a proxy in place of a holder who withdrew': 'result.declarations.some((d) => d.seat === seat.id && d.withdrew)',
  'a quorum of half the seats': 'const needed = Math.ceil(seats.length / 2);',
  'the seats whose vote is not counted': 'const ids = new Set(invalid.map((item) => item.vote));',
  'the votes not counted named on a secret ballot': 'const listed = invalid.flatMap((item) => {',
  'the seats a member voted for':
    '...new Set(votesFor(reading.document, reading.proposal.id).flatMap((v) => (v.by === voter ? [v.seat] : []))),',
  'a refused vote replaced, by cast alone':
    'if (recordedSince && instantOf(recordedSince.cast) >= instantOf(cast)) return [];',
};

for (const [what, line] of Object.entries(computed)) {
  test(`the check catches ${what}`, () => {
    assert.equal(breaches('probe.ts', `// ${what}\n${line}\n`).length, 1);
  });
}

test('the check leaves comments and the words of a rule alone', () => {
  const said =
    "/**\n * voted * 2 > entitled\n */\n// proposal.results === 'after-close'\nconst href = 'http://x'; // a * 2 > b\n";
  assert.deepEqual(breaches('probe.ts', said), []);
});
