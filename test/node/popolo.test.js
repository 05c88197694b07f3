// The Popolo export of the built core (`dist/core.js`), checked against the
// published Popolo JSON Schemas (test/fixtures/popolo/, with where they come
// from) and against the core's own answers: every record of the four demo
// partnerships and of a built document with seat history and a secret ballot
// validates, every id it refers to resolves, memberships carry the partner,
// earlier appointments end, counts are the core's, and what the document
// withholds stays withheld.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { outcome, parseDocument, publishedDocument, toPopolo } from 'partnership-kit/core';

const read = (url) => JSON.parse(readFileSync(url, 'utf8'));
const demo = (name) => read(new URL(`../../demo/data/${name}.json`, import.meta.url));
const FIXTURES = new URL('../fixtures/popolo/', import.meta.url);
const SCHEMA = (name) => `http://www.popoloproject.com/schemas/${name}.json`;

/**
 * A schema node with draft-03's `"required": true` on each property turned
 * into the parent's `required` list, and no field beyond the published ones
 * allowed where a schema lists its properties (see the fixtures' README).
 */
function adaptNode(node) {
  if (Array.isArray(node)) return node.map(adaptNode);
  if (node === null || typeof node !== 'object') return node;
  const { properties, ...rest } = node;
  const adapted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, adaptNode(value)]));
  if (!properties) return adapted;
  const required = Object.keys(properties).filter((name) => properties[name].required === true);
  adapted.properties = Object.fromEntries(
    Object.entries(properties).map(([name, { required: _draft03, ...schema }]) => [name, adaptNode(schema)]),
  );
  if (required.length > 0) adapted.required = required;
  adapted.additionalProperties = false;
  return adapted;
}

/** A published draft-03 Popolo schema as Ajv 8 reads it: `id` is `$id`, and no `$schema` (read as draft-07). */
function adaptSchema({ $schema: _draft03, id, ...schema }) {
  return { $id: id, ...adaptNode(schema) };
}

function popoloValidator() {
  // Popolo's fields are "string or null": union types are the published schemas' own.
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.json'))) {
    ajv.addSchema(adaptSchema(read(new URL(file, FIXTURES))));
  }
  return (name, record) => {
    const validate = ajv.getSchema(SCHEMA(name));
    assert.ok(validate, `the ${name} schema is loaded`);
    return validate(record) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
  };
}

const errorsOf = popoloValidator();
const CLASSES = {
  organizations: 'organization',
  persons: 'person',
  posts: 'post',
  memberships: 'membership',
  events: 'event',
  motions: 'motion',
  vote_events: 'vote_event',
};

function parsed(input) {
  const result = parseDocument(input);
  assert.deepEqual(result.ok ? [] : result.problems, []);
  return result.document;
}

/**
 * Sutton with seat history (an earlier holder and proxy, a vacancy, an acting
 * holder) on `elg-primary`, a closed secret ballot and an open proposal whose
 * results show only after the close, each with votes, and date-times Popolo
 * writes otherwise.
 */
function builtDocument() {
  const doc = demo('sutton');
  doc.people.push({ id: 'p-old-primary', name: 'Former primary head' }, { id: 'p-old-deputy', name: 'Former deputy' });
  const elg = doc.groups.find((group) => group.id === 'elg');
  elg.seats.find((seat) => seat.id === 'elg-primary').previous = [
    { holder: 'p-old-primary', proxy: 'p-old-deputy', from: '2015-09-01', to: '2017-08-31' },
    { holder: null, proxy: null, from: '2017-09-01', to: '2017-12-31' },
    { holder: 'p-cirrus-head', proxy: null, from: '2018-01-01', to: '2019-08-31' },
  ];
  const copyVotes = (from, to) =>
    doc.votes
      .filter((vote) => vote.proposal === from)
      .map((vote) => ({ ...vote, id: `${to}-${vote.id}`, proposal: to }));
  doc.proposals.push(
    { id: 'secret-item', group: 'elg', title: 'Elect the vice-chair', status: 'closed', ballot: 'secret' },
    { id: 'hidden-item', group: 'elg', meeting: 'elg-2019-12-10', title: 'Set the 2020 dates', status: 'open' },
  );
  // Date-times as the contract allows and Popolo's schemas do not: no seconds, a fraction of a second.
  doc.proposals.at(-2).closes = '2019-10-15T18:00+01:00';
  doc.meetings.find((meeting) => meeting.id === 'elg-2019-10-15').end = '2019-10-15T18:00:00.250+01:00';
  doc.proposals.at(-1).results = 'after-close';
  doc.votes.push(...copyVotes('hnb-plan', 'secret-item'), ...copyVotes('wsoa-reporting', 'hidden-item'));
  return parsed(doc);
}

/**
 * Sutton with a working group whose chair's seat has the id of the ELG's: the contract asks a seat's id to be
 * unique among its group's seats only, so two groups may each have a `chair`. Its `elg-primary` seat, like
 * the ELG's by id and holder, is the finance partner's, and voted on the group's one proposal.
 */
function sharedSeatIds() {
  const doc = demo('sutton');
  const elg = doc.groups.find((group) => group.id === 'elg');
  const chair = elg.seats.find((seat) => seat.role === 'chair');
  const primary = elg.seats.find((seat) => seat.id === 'elg-primary');
  doc.groups.push({
    id: 'elg-working',
    name: 'ELG working group',
    kind: 'working-group',
    decisionRule: 'simple-majority',
    quorum: [],
    seats: [{ ...chair }, { ...primary, partner: 'finance' }],
  });
  doc.proposals.push({
    id: 'wg-item',
    group: 'elg-working',
    title: 'Agree the working group’s terms',
    status: 'closed',
    closes: '2019-11-01T18:00:00Z',
  });
  doc.votes.push({
    id: 'wg-vote',
    proposal: 'wg-item',
    seat: 'elg-primary',
    by: primary.holder,
    choice: 'for',
    cast: '2019-11-01T17:00:00Z',
  });
  return parsed(doc);
}

/**
 * Sutton with the primary seat's only vote on the High Needs Block plan its proxy's, cast while its holder was in
 * the room: the seat voted, and no vote of it counted (`holder-present`).
 */
function proxyNotCounted() {
  const doc = demo('sutton');
  doc.votes = doc.votes.filter((vote) => !(vote.proposal === 'hnb-plan' && vote.by === 'p-cirrus-dceo'));
  return parsed(doc);
}

const NOW = '2019-12-10T17:00:00+00:00';
const DOCUMENTS = {
  ...Object.fromEntries(['sutton', 'wokingham', 'suffolk', 'ealing'].map((name) => [name, parsed(demo(name))])),
  built: builtDocument(),
  'two groups with one seat id': sharedSeatIds(),
  'a proxy’s vote not counted': proxyNotCounted(),
};
const SECRET_VOTER = 'p-cirrus-dceo';

/** Each export a test checks: the demo documents as given, and the built one as the host holds it and as it publishes it. */
const EXPORTS = {
  ...Object.fromEntries(Object.entries(DOCUMENTS).map(([name, doc]) => [name, toPopolo(doc, { now: NOW })])),
  'built, for the public': toPopolo(publishedDocument(DOCUMENTS.built, null, NOW), { now: NOW }),
  'built, for a member': toPopolo(publishedDocument(DOCUMENTS.built, SECRET_VOTER, NOW), { now: NOW }),
};
const voteEvent = (popolo, proposal) => popolo.vote_events.find((event) => event.identifier === proposal);

test('the loader keeps the published schemas strict', () => {
  assert.deepEqual(errorsOf('count', { option: 'yes', value: 2 }), []);
  assert.notDeepEqual(errorsOf('count', { option: 'yes' }), [], 'a count needs its value');
  assert.notDeepEqual(errorsOf('identifier', { scheme: 'x' }), [], 'an identifier needs its identifier');
  assert.notDeepEqual(errorsOf('motion', { date: '2019-10-15' }), [], "a motion's date is a date-time");
  assert.notDeepEqual(errorsOf('event', { start_date: '2019-10-15T16:00:00.5Z' }), [], 'no fraction of a second');
  assert.notDeepEqual(errorsOf('membership', { person_id: 'p', seat: 's' }), [], 'no field beyond the published list');
});

for (const [name, popolo] of Object.entries(EXPORTS)) {
  test(`every record of the ${name} export validates against its Popolo schema`, () => {
    assert.deepEqual(Object.keys(popolo).sort(), Object.keys(CLASSES).sort());
    for (const [list, schema] of Object.entries(CLASSES)) {
      for (const record of popolo[list]) assert.deepEqual(errorsOf(schema, record), [], `${list}: ${record.id}`);
    }
  });

  test(`every id of the ${name} export is unique, and every id it refers to resolves`, () => {
    const all = Object.keys(CLASSES).flatMap((list) => popolo[list].map((record) => record.id));
    assert.equal(new Set(all).size, all.length);
    const idsOf = (list) => new Set(popolo[list].map((record) => record.id));
    const [organizations, posts, persons, events, motions] = [
      'organizations',
      'posts',
      'persons',
      'events',
      'motions',
    ].map(idsOf);
    const resolves = (set, id, what) => assert.ok(id === undefined || set.has(id), `${what} ${id}`);
    for (const record of Object.values(popolo).flat()) {
      resolves(organizations, record.organization_id, 'organization_id');
      resolves(organizations, record.parent_id, 'parent_id');
      resolves(organizations, record.on_behalf_of_id, 'on_behalf_of_id');
      resolves(posts, record.post_id, 'post_id');
      resolves(persons, record.person_id, 'person_id');
      resolves(motions, record.motion_id, 'motion_id');
      resolves(events, record.legislative_session_id, 'legislative_session_id');
    }
    for (const vote of popolo.vote_events.flatMap((event) => event.votes ?? [])) {
      resolves(persons, vote.voter_id, 'voter_id');
      resolves(organizations, vote.group_id, 'group_id');
    }
  });
}

for (const [name, doc] of Object.entries(DOCUMENTS)) {
  test(`the ${name} export has a membership for each holder and proxy of each appointment, on behalf of the seat's partner`, () => {
    const popolo = EXPORTS[name];
    const expected = doc.groups.flatMap((group) =>
      group.seats.flatMap((seat) =>
        [...seat.previous, { holder: seat.holder, proxy: seat.proxy }].flatMap((appointment) =>
          [
            [appointment.holder, seat.role],
            [appointment.proxy, 'proxy'],
          ]
            .filter(([person]) => person)
            .map(([person, role]) => ({
              person_id: `person/${person}`,
              role,
              post_id: `seat/${group.id}/${seat.id}`,
              organization_id: `group/${group.id}`,
              on_behalf_of_id: seat.partner && `partner/${seat.partner}`,
            })),
        ),
      ),
    );
    const actual = popolo.memberships.map(({ person_id, role, post_id, organization_id, on_behalf_of_id }) => ({
      person_id,
      role,
      post_id,
      organization_id,
      on_behalf_of_id,
    }));
    assert.deepEqual(actual, expected);
    assert.ok(popolo.memberships.some((membership) => membership.on_behalf_of_id));
  });

  test(`the ${name} export's counts and results are the core's outcome`, () => {
    const popolo = EXPORTS[name];
    const decided = doc.proposals.filter((proposal) => proposal.status === 'open' || proposal.status === 'closed');
    assert.deepEqual(
      popolo.vote_events.map((event) => event.identifier),
      decided.map((proposal) => proposal.id),
    );
    const words = { carried: 'pass', 'not-carried': 'fail', tied: 'tied', inquorate: 'inquorate', pending: undefined };
    for (const event of popolo.vote_events) {
      const result = outcome(doc, event.identifier, { now: NOW });
      assert.equal(event.result, words[result.result], event.identifier);
      if (!event.counts) continue;
      assert.deepEqual(
        event.counts.map((count) => [count.option, count.value]),
        [
          ['yes', result.for],
          ['no', result.against],
          ['abstain', result.abstain],
        ],
      );
      if (!event.votes) continue;
      // Once decided, the roll call goes on with each voting seat's holder that did not vote, and the last vote
      // of each seat that voted though none of its votes counted.
      const notVoting = result.result === 'pending' ? [] : result.withoutVote.filter((seat) => seat.holder);
      const rollCall = (seat) => {
        const last = seat.uncounted?.at(-1);
        if (!last) return [`person/${seat.holder}`, 'not voting', 'holder'];
        return [`person/${last.by}`, 'not counted', last.by === seat.holder ? 'holder' : 'proxy'];
      };
      assert.deepEqual(
        event.votes.map((vote) => [vote.voter_id, vote.option, vote.role]),
        [
          ...result.counted.map((vote) => [
            `person/${vote.by}`,
            { for: 'yes', against: 'no', abstain: 'abstain' }[vote.choice],
            vote.as,
          ]),
          ...notVoting.map(rollCall),
        ],
      );
    }
  });
}

test('a seat that voted, though no vote of it counted, is its last vote "not counted", not its holder "not voting"', () => {
  const doc = DOCUMENTS['a proxy’s vote not counted'];
  const proxyVote = doc.votes.find((vote) => vote.proposal === 'hnb-plan' && vote.by === 'p-cirrus-head');
  assert.deepEqual(
    outcome(doc, 'hnb-plan').invalid.map(({ vote, reason }) => [vote, reason]),
    [[proxyVote.id, 'holder-present']],
  );
  const primary = voteEvent(EXPORTS['a proxy’s vote not counted'], 'hnb-plan').votes.filter(
    (vote) => vote.group_id === 'partner/primary',
  );
  assert.deepEqual(primary, [
    {
      id: `vote/${proxyVote.id}`,
      voter_id: 'person/p-cirrus-head',
      option: 'not counted',
      role: 'proxy',
      group_id: 'partner/primary',
    },
  ]);
  assert.deepEqual(errorsOf('vote', primary[0]), []);
  // A seat with no vote cast is still its holder not voting.
  const post16 = voteEvent(EXPORTS['a proxy’s vote not counted'], 'hnb-plan').votes.find(
    (vote) => vote.id === 'vote/hnb-plan/elg-post16',
  );
  assert.equal(post16?.option, 'not voting');
});

test('earlier appointments become memberships that ended, oldest first; a vacancy is none', () => {
  const seat = EXPORTS.built.memberships.filter((membership) => membership.post_id === 'seat/elg/elg-primary');
  assert.deepEqual(
    seat.map(({ id, person_id, role, start_date, end_date }) => [id, person_id, role, start_date, end_date]),
    [
      ['membership/elg/elg-primary/0/holder', 'person/p-old-primary', 'member', '2015-09-01', '2017-08-31'],
      ['membership/elg/elg-primary/0/proxy', 'person/p-old-deputy', 'proxy', '2015-09-01', '2017-08-31'],
      ['membership/elg/elg-primary/2/holder', 'person/p-cirrus-head', 'member', '2018-01-01', '2019-08-31'],
      ['membership/elg/elg-primary/3/holder', 'person/p-cirrus-dceo', 'member', '2019-09-01', '2021-08-31'],
      ['membership/elg/elg-primary/3/proxy', 'person/p-cirrus-head', 'proxy', '2019-09-01', '2021-08-31'],
    ],
  );
  for (const membership of seat) assert.equal(membership.on_behalf_of_id, 'partner/primary');
});

test('a secret ballot names no voter, for the public, for a member who voted, or from the host’s whole document', () => {
  const full = outcome(DOCUMENTS.built, 'secret-item');
  assert.ok(
    full.counted.some((vote) => vote.by === SECRET_VOTER),
    'the member voted in the secret ballot',
  );
  for (const name of ['built', 'built, for the public', 'built, for a member']) {
    const event = voteEvent(EXPORTS[name], 'secret-item');
    assert.equal(event.votes, undefined, name);
    assert.doesNotMatch(JSON.stringify(event), /person\//, name);
    assert.deepEqual(
      event.counts.map((count) => count.value),
      [full.for, full.against, full.abstain],
      `${name}: the published count`,
    );
    assert.equal(event.result, 'pass');
  }
});

/** Sutton's ELG breaking ties by the chair, with the early years seat in the chair (Sutton's own chair has no vote). */
function suttonWithEarlyYearsChairing() {
  const doc = demo('sutton');
  const elg = doc.groups.find((group) => group.id === 'elg');
  elg.tieBreak = 'chair';
  for (const seat of elg.seats)
    if (seat.id === 'elg-chair' || seat.id === 'elg-early-years')
      seat.role = seat.id === 'elg-chair' ? 'member' : 'chair';
  return doc;
}

/** The ELG's "Elect the vice-chair" at its 15 October 2019 meeting, closing at 18:00, with `settings` over it. */
function addTieItem(doc, settings) {
  doc.proposals.push({
    id: 'tie-item',
    group: 'elg',
    meeting: 'elg-2019-10-15',
    title: 'Elect the vice-chair',
    closes: '2019-10-15T18:00:00+01:00',
    ...settings,
  });
}

/** A vote on the tie item for `seat`, as the seat's holder cast on `hnb-plan` (same voter), chosen and dated anew. */
function tieItemVote(doc) {
  const first = (seat) => doc.votes.find((vote) => vote.proposal === 'hnb-plan' && vote.seat === seat);
  return (seat, choice, cast) => ({ ...first(seat), id: `tie-${seat}`, proposal: 'tie-item', choice, cast });
}

test('a secret ballot tied and carried on the chair’s casting vote is carried in every published export', () => {
  const doc = suttonWithEarlyYearsChairing();
  addTieItem(doc, { status: 'closed', ballot: 'secret' });
  const chose = {
    'elg-early-years': 'for',
    'elg-primary': 'for',
    'elg-secondary': 'against',
    'elg-finance': 'against',
  };
  const first = (seat) => doc.votes.find((vote) => vote.proposal === 'hnb-plan' && vote.seat === seat);
  doc.votes.push(
    ...Object.entries(chose).map(([seat, choice]) => ({
      ...first(seat),
      id: `tie-${seat}`,
      proposal: 'tie-item',
      choice,
    })),
  );
  const whole = parsed(doc);
  const full = outcome(whole, 'tie-item');
  assert.deepEqual([full.for, full.against, full.result, full.decidedBy], [2, 2, 'carried', 'casting-vote']);
  for (const viewer of [null, SECRET_VOTER]) {
    const event = voteEvent(toPopolo(publishedDocument(whole, viewer, NOW), { now: NOW }), 'tie-item');
    assert.equal(event.result, 'pass', `served to ${viewer}`);
    assert.equal(event.votes, undefined, `served to ${viewer}: still no voter named`);
  }
});

test('the public’s live tie read after its close gives no result: the chair may have cast since, as the panel says', () => {
  // Sutton's ELG, breaking ties by the chair, the early years seat in the chair; a recorded, live proposal served to
  // the public at 17:00 tied 1-1, the chair's seat yet to vote, and exported after its 18:00 close. Before, the
  // export read the copy as `tied` (not carried), where the host's record, the chair voting for at 17:30, carried it.
  const doc = suttonWithEarlyYearsChairing();
  addTieItem(doc, { status: 'open' });
  const vote = tieItemVote(doc);
  doc.votes.push(
    vote('elg-primary', 'for', '2019-10-15T16:40:00+01:00'),
    vote('elg-secondary', 'against', '2019-10-15T16:45:00+01:00'),
  );
  const served = publishedDocument(parsed(doc), null, '2019-10-15T17:00:00+01:00');
  assert.deepEqual(served.proposals.find((p) => p.id === 'tie-item').count, { for: 1, against: 1, abstain: 0 });
  const after = '2019-10-15T19:00:00+01:00';
  const read = outcome(served, 'tie-item', { now: after });
  assert.equal(read.result, 'tied', 'the core reads the copy as it stands');
  const popolo = toPopolo(served, { now: after });
  assert.equal(voteEvent(popolo, 'tie-item').result, undefined, 'the vote event');
  assert.equal(popolo.motions.find((m) => m.identifier === 'tie-item').result, undefined, 'the motion');
  // The counts the copy publishes are still given: they are what the public was shown.
  assert.deepEqual(
    voteEvent(popolo, 'tie-item').counts.map((c) => c.value),
    [1, 1, 0],
  );
  // The host's record, where the chair's seat voted for at 17:30, carried it on the casting vote.
  doc.votes.push(vote('elg-early-years', 'for', '2019-10-15T17:30:00+01:00'));
  const hosts = toPopolo(parsed(doc), { now: after });
  assert.equal(voteEvent(hosts, 'tie-item').result, 'pass');
  // A closed proposal's tie without `casting` was given no casting vote: `tied`, as before.
  const closed = structuredClone(served);
  closed.proposals.find((p) => p.id === 'tie-item').status = 'closed';
  assert.equal(voteEvent(toPopolo(parsed(closed), { now: after }), 'tie-item').result, 'tied');
});

test('the public’s live count read after its close gives no result, tied or not: seats may have voted since', () => {
  // The same item served to the public at 17:00 standing 2-1 for, two seats yet to vote, exported after its 18:00
  // close. Before, the export read the copy's count as final, `pass`, where the host's record, those two seats
  // voting against at 17:30, did not carry it. The panel shows no result from such a copy either: it fetches
  // the votes the host publishes at the close.
  const doc = suttonWithEarlyYearsChairing();
  addTieItem(doc, { status: 'open' });
  const vote = tieItemVote(doc);
  doc.votes.push(
    vote('elg-primary', 'for', '2019-10-15T16:40:00+01:00'),
    vote('elg-secondary', 'for', '2019-10-15T16:45:00+01:00'),
    vote('elg-finance', 'against', '2019-10-15T16:50:00+01:00'),
  );
  const served = publishedDocument(parsed(doc), null, '2019-10-15T17:00:00+01:00');
  assert.deepEqual(served.proposals.find((p) => p.id === 'tie-item').count, { for: 2, against: 1, abstain: 0 });
  const after = '2019-10-15T19:00:00+01:00';
  assert.equal(outcome(served, 'tie-item', { now: after }).result, 'carried', 'the core reads the copy as it stands');
  const popolo = toPopolo(served, { now: after });
  assert.equal(voteEvent(popolo, 'tie-item').result, undefined, 'the vote event');
  assert.equal(popolo.motions.find((m) => m.identifier === 'tie-item').result, undefined, 'the motion');
  assert.deepEqual(
    voteEvent(popolo, 'tie-item').counts.map((c) => c.value),
    [2, 1, 0],
    'the counts the public was shown are still given',
  );
  // The host's record, where two more seats voted against at 17:30, did not carry it.
  doc.votes.push(
    vote('elg-special', 'against', '2019-10-15T17:30:00+01:00'),
    vote('elg-cognus', 'against', '2019-10-15T17:31:00+01:00'),
  );
  assert.equal(voteEvent(toPopolo(parsed(doc), { now: after }), 'tie-item').result, 'fail');
  // The public's copy served after the close holds every vote, and gives the result.
  const final = publishedDocument(parsed(doc), null, after);
  assert.equal(voteEvent(toPopolo(final, { now: after }), 'tie-item').result, 'fail');
  // A secret ballot's count is served only once voting has closed: final, whatever the status the copy keeps.
  const secret = structuredClone(served);
  Object.assign(
    secret.proposals.find((p) => p.id === 'tie-item'),
    { ballot: 'secret' },
  );
  assert.equal(voteEvent(toPopolo(parsed(secret), { now: after }), 'tie-item').result, 'pass');
});

test('an open secret ballot: no count and no voter, even from the host’s whole document, whatever its results', () => {
  const doc = structuredClone(DOCUMENTS.built);
  Object.assign(
    doc.proposals.find((proposal) => proposal.id === 'hidden-item'),
    { results: 'live', ballot: 'secret' },
  );
  // Each vote moving a count while it is open would tell a watcher how the member who just voted voted.
  const event = voteEvent(toPopolo(doc, { now: NOW }), 'hidden-item');
  assert.deepEqual([event.counts, event.votes, event.result], [undefined, undefined, undefined]);
  // Nor a count the host's document carries for it.
  doc.proposals.find((proposal) => proposal.id === 'hidden-item').count = { for: 2, against: 1, abstain: 0 };
  assert.equal(voteEvent(toPopolo(doc, { now: NOW }), 'hidden-item').counts, undefined);
});

test('results shown after the close: while open, no count and no voter', () => {
  for (const name of ['built', 'built, for the public', 'built, for a member']) {
    const event = voteEvent(EXPORTS[name], 'hidden-item');
    assert.deepEqual([event.counts, event.votes, event.result], [undefined, undefined, undefined], name);
  }
  const closed = toPopolo(DOCUMENTS.built, { now: NOW }).vote_events.find(
    (event) => event.identifier === 'wsoa-reporting',
  );
  assert.ok(closed.counts && closed.votes, 'a live proposal shows its standing count and votes');
});

test('a copy served while the vote was open, exported after its close: no count, no voter and no result from it', () => {
  const LATER = '2019-12-10T19:00:00+00:00';
  for (const ballot of ['recorded', 'secret']) {
    const doc = structuredClone(DOCUMENTS.built);
    // Results after the close (and, the second time, a secret ballot), closing at 18:00: open when served at 17:00.
    Object.assign(
      doc.proposals.find((proposal) => proposal.id === 'hidden-item'),
      { closes: '2019-12-10T18:00:00+00:00', ballot },
    );
    const voter = doc.votes.find((vote) => vote.proposal === 'hidden-item').by;
    for (const viewer of [null, voter]) {
      const popolo = toPopolo(publishedDocument(doc, viewer, NOW), { now: LATER });
      const event = voteEvent(popolo, 'hidden-item');
      const said = `${ballot}, served to ${viewer} at ${NOW}`;
      assert.deepEqual([event.counts, event.votes, event.result], [undefined, undefined, undefined], said);
      assert.equal(popolo.motions.find((motion) => motion.identifier === 'hidden-item').result, undefined, said);
    }
    // The host's whole record, or a copy served after the close, still gives the count and the result.
    const full = outcome(doc, 'hidden-item', { now: LATER });
    for (const served of [doc, publishedDocument(doc, null, LATER)]) {
      const event = voteEvent(toPopolo(served, { now: LATER }), 'hidden-item');
      assert.deepEqual(
        event.counts.map((count) => count.value),
        [full.for, full.against, full.abstain],
        ballot,
      );
      assert.ok(event.result, ballot);
    }
  }
});

test('ids stay the same when the seat changes hands, and base prefixes every id and reference', () => {
  const doc = builtDocument();
  const seat = doc.groups[0].seats.find((s) => s.id === 'elg-primary');
  const handedOver = {
    ...doc,
    groups: [
      {
        ...doc.groups[0],
        seats: doc.groups[0].seats.map((s) =>
          s === seat
            ? {
                ...s,
                previous: [...s.previous, { holder: s.holder, proxy: s.proxy, from: s.term.from, to: '2020-08-31' }],
                holder: 'p-old-primary',
                proxy: null,
                term: { from: '2020-09-01' },
              }
            : s,
        ),
      },
      ...doc.groups.slice(1),
    ],
  };
  const before = new Map(EXPORTS.built.memberships.map((m) => [m.id, m.person_id]));
  const after = new Map(toPopolo(parsed(handedOver)).memberships.map((m) => [m.id, m.person_id]));
  for (const [id, person] of before) assert.equal(after.get(id), person, id);
  assert.equal(after.get('membership/elg/elg-primary/4/holder'), 'person/p-old-primary');

  const base = 'https://council.example/popolo/';
  const prefixed = toPopolo(DOCUMENTS.sutton, { base, now: NOW });
  const plain = JSON.stringify(EXPORTS.sutton);
  const refs = /"(id|\w+_id)":"([^"]+)"/g;
  const expected = [...plain.matchAll(refs)].map(([, key, id]) => [key, base + id]);
  assert.deepEqual(
    [...JSON.stringify(prefixed).matchAll(refs)].map(([, key, id]) => [key, id]),
    expected,
  );
});

test('a vote carries the partner its seat represented on the decision’s date, not the one it represents now', () => {
  // The primary seat was moved to the secondary partner from 2020 (contract 1.2, previousStanding).
  const doc = demo('sutton');
  const moved = doc.groups[0].seats.find((seat) => seat.id === 'elg-primary');
  Object.assign(moved, { partner: 'secondary', previousStanding: [{ to: '2019-12-31', partner: 'primary' }] });
  const partnerOf = (popolo, proposal) =>
    voteEvent(popolo, proposal).votes.find((vote) => vote.voter_id === `person/${moved.holder}`)?.group_id;
  const popolo = toPopolo(parsed(doc), { now: NOW });
  assert.equal(partnerOf(popolo, 'hnb-plan'), 'partner/primary');
  moved.previousStanding = [{ to: '2019-10-14', partner: 'primary' }];
  assert.equal(partnerOf(toPopolo(parsed(doc), { now: NOW }), 'hnb-plan'), 'partner/secondary');
});

test('a seat is its group’s: two groups’ seats of one id are two posts, each with its own memberships', () => {
  const popolo = EXPORTS['two groups with one seat id'];
  const chair = DOCUMENTS['two groups with one seat id'].groups[0].seats.find((seat) => seat.role === 'chair').id;
  const posts = popolo.posts.filter((post) => post.id.endsWith(`/${chair}`));
  assert.deepEqual(
    posts.map((post) => [post.id, post.organization_id]),
    [
      [`seat/elg/${chair}`, 'group/elg'],
      [`seat/elg-working/${chair}`, 'group/elg-working'],
    ],
  );
  const held = popolo.memberships.filter((m) => m.post_id === `seat/elg-working/${chair}`).map((m) => m.id);
  assert.ok(held.length > 0);
  for (const id of held) assert.match(id, new RegExp(`^membership/elg-working/${chair}/\\d+/(holder|proxy)$`));
});

test('a vote carries the partner of its seat in the proposal’s group, not of a seat of that id in another', () => {
  const event = voteEvent(EXPORTS['two groups with one seat id'], 'wg-item');
  assert.deepEqual(
    event.votes.map((vote) => [vote.id, vote.group_id]),
    [['vote/wg-vote', 'partner/finance']],
  );
});

test('date-times keep their offset and gain whole seconds', () => {
  const meeting = EXPORTS.built.events.find((event) => event.id === 'meeting/elg-2019-10-15');
  assert.deepEqual([meeting.start_date, meeting.end_date], ['2019-10-15T16:00:00+01:00', '2019-10-15T18:00:00+01:00']);
  assert.equal(voteEvent(EXPORTS.built, 'secret-item').end_date, '2019-10-15T18:00:00+01:00');
});
