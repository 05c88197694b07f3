// The published core, as a portal's server uses it: `dist/core.js` imported in
// Node 20 with no DOM. `npm test` builds it first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { moduleClosure } from '../../scripts/size.js';
import * as core from 'partnership-kit/core';
import { outcome, parseDocument, quorum, checkVote, meetingDeadlines } from 'partnership-kit/core'; // the package's own export, resolving to dist/core.js

const demo = (name) => JSON.parse(readFileSync(new URL(`../../demo/data/${name}.json`, import.meta.url), 'utf8'));

test('the core loads no Lit and defines no element: it is the rules, not the widgets', () => {
  const loaded = [...moduleClosure('dist/core.js')].map((file) => readFileSync(file, 'utf8')).join('\n');
  assert.doesNotMatch(loaded, /customElements\.define|createPolicy\("lit-html"|attachShadow/);
});

test('parseDocument refuses a broken document with paths, and never throws', () => {
  const result = parseDocument({ contract: 'partnership-kit/1', partnership: { id: 'x' } });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.problems.map((p) => p.path),
    ['partnership.name'],
  );
  for (const input of [null, '', '{', [], 1]) assert.equal(parseDocument(input).ok, false);
});

for (const name of ['sutton', 'wokingham', 'suffolk', 'ealing']) {
  test(`the ${name} demo document keeps the contract`, () => {
    const result = parseDocument(demo(name));
    assert.deepEqual(result.ok ? [] : result.problems, []);
  });
}

test('JSON text that is not JSON is placed by line and column, as an editor shows it, not by position alone', () => {
  const trailingComma = '{\n  "contract": "partnership-kit/1",\n  "partnership": { "id": "x", "name": "X" },\n}';
  const result = parseDocument(trailingComma);
  assert.equal(result.ok, false);
  // The comma to delete, at the end of line 3: not the bracket after it, on line 4.
  assert.match(result.problems[0].message, /line 3 column 44\. Delete the comma after the last item\./);
});

test('a server gets the Sutton results from the core', () => {
  const result = parseDocument(demo('sutton'));
  assert.ok(result.ok);
  const doc = result.document;
  const plan = outcome(doc, 'hnb-plan');
  assert.deepEqual([plan.for, plan.against, plan.abstain, plan.result], [6, 1, 1, 'carried']);
  assert.deepEqual(
    plan.invalid.map((i) => i.reason),
    ['holder-present'],
  );
  assert.equal(outcome(doc, 'send-banding').result, 'not-carried');
  assert.equal(outcome(doc, 'ap-commissioning').result, 'tied');
  assert.equal(outcome(doc, 'wsoa-reporting').result, 'pending');
  assert.equal(quorum(doc, 'eog-2019-11-05').quorate, false);
  assert.deepEqual(meetingDeadlines(doc, 'elg-2019-11-12'), {
    noticeDue: '2019-11-01',
    minutesDue: '2019-11-21',
    noticeLate: true,
    minutesLate: true,
  });
});

test("outcome's @example says what the core gives for the Sutton demo document", () => {
  // It promised '7 for, 2 against: carried', which no Sutton document gave.
  const source = readFileSync(new URL('../../src/rules/outcome.ts', import.meta.url), 'utf8');
  const promised = source.match(/outcome\(doc, 'hnb-plan'\);\n.*\/\/ '([^']+)'/)?.[1];
  const result = outcome(parseDocument(demo('sutton')).document, 'hnb-plan');
  assert.equal(promised, `${result.for} for, ${result.against} against: ${result.result}`);
});

/**
 * Sutton without the primary seat's holder's own vote on 'hnb-plan': the seat's only vote is then its proxy's,
 * cast with the holder in the room, which the count does not take.
 */
function onlyTheProxysVote() {
  const { document: sutton } = parseDocument(demo('sutton'));
  const holderOwn = (v) => v.proposal === 'hnb-plan' && v.seat === 'elg-primary' && v.by === 'p-cirrus-dceo';
  return { ...sutton, votes: sutton.votes.filter((v) => !holderOwn(v)) };
}

test('a server tells a seat that voted, its vote not counted, from one that did not vote, in English', () => {
  const doc = onlyTheProxysVote();
  const plan = outcome(doc, 'hnb-plan');
  const primary = plan.withoutVote.find((seat) => seat.seat === 'elg-primary');
  assert.deepEqual(primary, { seat: 'elg-primary', holder: 'p-cirrus-dceo', uncounted: plan.invalid });
  assert.match(primary.uncounted[0].message, /cannot vote on behalf of the seat/);
  assert.ok(!('uncounted' in plan.withoutVote.find((seat) => seat.seat === 'elg-pru')), 'a seat that cast no vote');
});

test('a server names each vote not counted by its seat and voter, without looking the vote up', () => {
  const doc = onlyTheProxysVote();
  const plan = outcome(doc, 'hnb-plan');
  const proxys = doc.votes.find((v) => v.id === plan.invalid[0].vote);
  assert.deepEqual([plan.invalid[0].seat, plan.invalid[0].by], [proxys.seat, proxys.by]);
  assert.equal(plan.invalid[0].seat, 'elg-primary');
  // Who a page may name them to, on a secret ballot only the viewer's own: the core's uncountedNamed.
  const proposal = doc.proposals.find((p) => p.id === 'hnb-plan');
  assert.deepEqual(core.uncountedNamed({ ...proposal, ballot: 'secret', status: 'closed' }, plan, 'p-nobody'), []);
  assert.equal(core.uncountedNamed({ ...proposal, status: 'closed' }, plan, null), plan.invalid);
});

test('a server refuses a proxy vote while the holder attended', () => {
  const result = parseDocument(demo('sutton'));
  assert.ok(result.ok);
  const check = checkVote(result.document, {
    id: 'new-vote',
    proposal: 'wsoa-reporting',
    seat: 'elg-secondary',
    by: 'p-wilsons-deputy',
    choice: 'for',
    cast: '2019-12-10T16:45:00+00:00',
  });
  assert.equal(check.ok, false);
  assert.equal(check.reason, 'holder-present');
});

test('Suffolk, set in 2014 and 2015, counts working days past its own bank holidays', async () => {
  const { addWorkingDays, holidaysOf } = await import('partnership-kit/core');
  const result = parseDocument(demo('suffolk'));
  assert.ok(result.ok);
  // Christmas Day and Boxing Day 2014, then the weekend: the next working day after Christmas Eve is the 29th.
  assert.equal(addWorkingDays('2014-12-24', 1, holidaysOf(result.document)), '2014-12-29');
});

test("a host wording the core's codes itself names a seat in the group the code is about, not the first group's", () => {
  // Two groups each with a seat 'spare' (an id is unique within its group): the board's is vacant.
  const seat = (id, holder, label) => ({ id, label, partner: 'council', voting: true, holder, proxy: null });
  const result = parseDocument({
    contract: 'partnership-kit/1',
    partnership: { id: 'x', name: 'X' },
    partners: [{ id: 'council', name: 'Council' }],
    people: [
      { id: 'fiona', name: 'Fiona' },
      { id: 'bella', name: 'Bella' },
    ],
    groups: [
      { id: 'forum', name: 'Forum', quorum: [], seats: [seat('spare', 'fiona', 'Forum spare')] },
      {
        id: 'board',
        name: 'Board',
        quorum: [],
        seats: [seat('chair', 'bella', 'Board chair'), seat('spare', null, 'Board spare')],
      },
    ],
    meetings: [{ id: 'm', group: 'board', start: '2019-10-15T16:00:00+01:00', attendance: {} }],
    proposals: [{ id: 'p', group: 'board', meeting: 'm', title: 'Plan', status: 'open' }],
  });
  assert.ok(result.ok);
  const doc = result.document;
  const names = core.namesIn(doc, core.enCore);
  const vacant = core.rosterWarnings(doc, 'board', '2019-10-15').find((w) => w.code === 'vacant');
  assert.match(core.explainWarning(core.enCore, core.namesInGroup(names, 'board'), vacant), /^Board spare is vacant/);
  const vote = { id: 'v', proposal: 'p', seat: 'spare', by: 'fiona', choice: 'for', cast: '2019-10-15T16:30:00+01:00' };
  const refused = core.checkVote(doc, vote);
  assert.match(
    core.explainReason(core.enCore, core.namesForProposal(names, doc, 'p'), refused),
    /^Board spare was vacant/,
  );
});

test("a portal's wrong inputs to the published core are refused with what to pass, never answered wrongly", () => {
  const result = parseDocument(demo('sutton'));
  assert.ok(result.ok);
  // Each of these answered before: '0NaN-NaN-NaN', the current holder, and "Invalid value used as weak map key".
  assert.throws(() => core.addWorkingDays('31/12/2026', 1), { name: 'RangeError', message: /^date must be a date/ });
  assert.throws(() => core.appointmentOn(result.document, 'elg-primary', 'not-a-date'), RangeError);
  assert.throws(() => core.londonDate('31/12/2026 18:00'), { name: 'RangeError', message: /^dateTime must be/ });
  assert.throws(() => outcome(result, 'hnb-plan'), {
    name: 'TypeError',
    message: /as parseDocument gives it in 'document', not parseDocument's result\.$/,
  });
});
