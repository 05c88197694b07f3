// The seed document edited after votes were stored, in a way only the stored votes make a contract error:
// a decision by correspondence is dated by its last vote once it is closed, and a rule agreed at a later
// meeting, or a rule other than the group's on that date, breaks the contract. Before, the host checked the
// edited seed alone (it has no votes, so no such date), started, and served every page a document each
// element refused: the meeting page went blank in front of the partnership.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentAs, freshStore, openStore, post, startApi, storeKinds, sutton } from './harness.js';
import { randomUUID } from 'node:crypto';

const core = await import('../../../dist/core.js');

/** Between the November and December meetings of the ELG: a survey put to the group by correspondence. */
const BETWEEN_MEETINGS = '2019-11-20T10:00:00.000Z';

/** The seed with an open decision by correspondence: no meeting and no `closes`, so its votes date it once closed. */
function withSurvey(fields = {}) {
  const seed = structuredClone(sutton);
  seed.proposals.push({
    id: 'place-survey',
    group: 'elg',
    title: 'Run the pupil place survey',
    status: 'open',
    ...fields,
  });
  return seed;
}

const surveyVote = (by, seat, cast) => ({
  id: randomUUID(),
  proposal: 'place-survey',
  seat,
  by,
  choice: 'for',
  cast,
});

/** Two votes by correspondence stored through the API, the later cast at 09:58 on 20 November. */
async function storeSurveyVotes(kind) {
  const where = await freshStore(kind);
  const first = await startApi(await openStore(where), { document: withSurvey(), now: () => BETWEEN_MEETINGS });
  for (const ballot of [
    surveyVote('p-carew-head', 'elg-special', '2019-11-20T09:55:00Z'),
    surveyVote('p-limes-head', 'elg-pru', '2019-11-20T09:58:00Z'),
  ]) {
    const stored = await post(first.base, 'votes', ballot);
    assert.equal(stored.status, 201, JSON.stringify(stored.body));
  }
  await first.close();
  return where;
}

/** Starts the host, resolving with the error it refused to start with, or the started host. */
const attempt = async (where, document) =>
  startApi(await openStore(where), { document, now: () => BETWEEN_MEETINGS }).catch((error) => error);

for (const kind of storeKinds()) {
  test(`${kind}: a rule agreed after the stored votes of a closed decision by correspondence stops the host at start`, async () => {
    const where = await storeSurveyVotes(kind);
    // The clerk closes the survey in the seed and records that the group agreed two-thirds for it, at the
    // December meeting: after every vote was in. By itself the seed keeps the contract (it holds no votes).
    const edited = withSurvey({
      status: 'closed',
      decisionRule: 'two-thirds',
      ruleAgreedUnanimously: 'elg-2019-12-10',
    });
    assert.ok(core.parseDocument(edited).ok, 'the edited seed keeps the contract by itself');

    const started = await attempt(where, edited);
    if (!(started instanceof Error)) {
      // Before: it started, and the document every page reads broke the contract.
      const served = await documentAs(started.base, 'p-carew-head');
      await started.close();
      assert.ok(core.parseDocument(served.body).ok, 'the document every page reads keeps the contract');
    }
    assert.ok(started instanceof Error, 'the host refuses to start');
    assert.match(started.message, /breaks the contract \(1 problem\) once the votes stored for it are applied/);
    assert.match(started.message, /proposals\[\d+\]\.ruleAgreedUnanimously \(place-survey\): is 'elg-2019-12-10'/);
    // Dated by its last vote: the later's receipt, at 10:00 by the host's clock.
    assert.match(started.message, /was decided on 20 November 2019 at 10am/, 'it says when the votes dated it');

    // The meeting that agreed the rule named as the one before the votes: the host starts and serves it.
    edited.proposals.at(-1).ruleAgreedUnanimously = 'elg-2019-11-12';
    const again = await attempt(where, edited);
    assert.ok(!(again instanceof Error), String(again));
    try {
      const served = await documentAs(again.base, 'p-carew-head');
      assert.ok(core.parseDocument(served.body).ok);
      assert.equal(served.body.votes.filter((v) => v.proposal === 'place-survey').length, 2);
    } finally {
      await again.close();
    }
  });
}

test('a rule other than the group had on the date of the last stored vote stops the host at start', async () => {
  const where = await storeSurveyVotes('sqlite');
  // The seed now records that the group decided by two-thirds until the end of November, and the survey, closed,
  // says simple majority without naming a meeting that agreed it: on its date (its last vote) that was not the rule.
  const edited = withSurvey({ status: 'closed', decisionRule: 'simple-majority' });
  edited.groups.find((g) => g.id === 'elg').previousRules = [{ to: '2019-11-30', decisionRule: 'two-thirds' }];
  assert.ok(core.parseDocument(edited).ok, 'the edited seed keeps the contract by itself');

  const started = await attempt(where, edited);
  if (!(started instanceof Error)) await started.close();
  assert.ok(started instanceof Error, 'the host refuses to start');
  assert.match(started.message, /once the votes stored for it are applied/);
  assert.match(started.message, /proposals\[\d+\]\.ruleAgreedUnanimously \(place-survey\): is missing/);
});
