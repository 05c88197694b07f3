// A viewer the document has no person for reads it as the public does (src/rules/privacy.ts, readerOf): a portal's
// sign-in answering with its own user id, or a person since taken out of the document, was served the members'
// view of an open proposal, every vote and each person's `ext`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument, publishedDocument, readerOf, voteReadable } from 'partnership-kit/core';

const sutton = parseDocument(JSON.parse(readFileSync(new URL('../../demo/data/sutton.json', import.meta.url), 'utf8')));
assert.ok(sutton.ok);
const doc = {
  ...sutton.document,
  people: sutton.document.people.map((person, i) =>
    i === 0 ? { ...person, ext: { email: 'x@example.org' } } : person,
  ),
};
const NOW = '2019-12-10T16:30:00Z';
const openVote = doc.votes.find((vote) => vote.proposal === 'wsoa-reporting');
const member = doc.people.find((person) => person.id !== openVote.by).id;

test('readerOf: a person of the document is themself; any other id, and null, is the public', () => {
  assert.equal(readerOf(doc, member), member);
  assert.equal(readerOf(doc, 'jo.bloggs@council.example'), null);
  assert.equal(readerOf(doc, null), null);
});

test('an unknown id is published the public’s document and may read no vote the public may not', () => {
  assert.ok(openVote, 'the demo has a vote on its open proposal');
  assert.equal(voteReadable(doc, openVote, member, NOW), true);
  assert.equal(voteReadable(doc, openVote, 'jo.bloggs@council.example', NOW), false);
  assert.deepEqual(publishedDocument(doc, 'jo.bloggs@council.example', NOW), publishedDocument(doc, null, NOW));
  assert.notDeepEqual(publishedDocument(doc, member, NOW), publishedDocument(doc, null, NOW));
});
