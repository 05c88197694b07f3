// The published JSON Schema (dist/partnership.schema.json) agrees with
// parseDocument (dist/core.js) on every rule of shape, proved with ajv, the
// reference validator of draft 2020-12, in strict mode with ajv-formats, on
// documents generated from the demo documents and mutated by fast-check:
//
// - a document parseDocument accepts, ajv accepts;
// - a document with any problem that src/contract/shape-codes.ts classifies as
//   `shape`, ajv refuses (so in particular every document refused for shape alone);
// - a document refused only for document rules (references, order, uniqueness
//   across records), ajv accepts, unless the only thing ajv sees is in attendance
//   parseDocument did not read further because the seat is not the group's;
// - ajv gives the same verdict with format assertion turned off: the schema's
//   patterns state every rule, so a validator that treats `format` as an
//   annotation (the draft 2020-12 default) agrees as well.
//
// Calendar dates: 2023-02-30 and 2023-02-29 are shape problems like any other.
// The schema's date pattern states the whole Gregorian calendar (the months'
// lengths and the leap years), so it is held to them without an exemption; the
// exhaustive checks below compare it with parseDocument day by day.
//
// Date-times may leave out the seconds (ISO 8601, as the contract says), which
// RFC 3339's `format: date-time` does not allow: the schema applies that format
// to a date-time with seconds only, and its pattern states the rest. Quorum
// fractions a/b have at most three digits each, so a pattern can state a ≤ b.
//
// The seed is fixed so CI is repeatable; a failure prints it. Another seed or
// more runs: JSON_SCHEMA_SEED=123 JSON_SCHEMA_RUNS=5000 node --test test/node/json-schema.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { tsImport } from 'tsx/esm/api';
import { parseDocument } from 'partnership-kit/core';

const { PROBLEM_KINDS } = await tsImport('../../src/contract/shape-codes.ts', import.meta.url);

const SEED = Number(process.env.JSON_SCHEMA_SEED ?? 20191015);
const RUNS = Number(process.env.JSON_SCHEMA_RUNS ?? 1200);

const schema = JSON.parse(readFileSync(new URL('../../dist/partnership.schema.json', import.meta.url), 'utf8'));
const withFormats = new Ajv2020({ strict: true, allErrors: true });
addFormats(withFormats);
withFormats.addSchema(schema);
const validate = withFormats.getSchema(schema.$id);
/** The same schema with `format` as an annotation only. */
const withoutFormats = new Ajv2020({ strict: true, validateFormats: false });
const validatePatternsOnly = withoutFormats.compile(schema);
const definition = (name) => withFormats.getSchema(`${schema.$id}#/$defs/${name}`);

const DEMOS = ['sutton', 'wokingham', 'suffolk', 'ealing'].map((name) =>
  JSON.parse(readFileSync(new URL(`../../demo/data/${name}.json`, import.meta.url), 'utf8')),
);
const clone = (value) => JSON.parse(JSON.stringify(value));

/** A problem's kind, from the one classification of the codes. */
function kindOf(code) {
  const kind = PROBLEM_KINDS[code];
  if (!kind) throw new Error(`Problem code "${code}" is not classified in src/contract/shape-codes.ts.`);
  return kind;
}

/** An ajv error's place as parseDocument writes a path: `meetings[0].attendance.elg-primary`. */
function pathOf(error) {
  const keys = error.instancePath
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'propertyNames' || error.propertyName !== undefined) {
    keys.push(error.propertyName ?? error.params.propertyName);
  }
  let out = '';
  for (const key of keys) {
    if (/^\d+$/.test(key)) out += `[${key}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const within = (path, root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`);

/**
 * Both verdicts on one JSON document, and whether they agree. Returns the
 * document's class (accepted, shape, document) for the tallies.
 */
function judge(input) {
  const json = JSON.stringify(input);
  let parsed;
  try {
    parsed = parseDocument(JSON.parse(json));
  } catch (error) {
    assert.fail(`parseDocument threw ${String(error)}, which it never may\ndocument: ${json.slice(0, 4000)}`);
  }
  const schemaAccepts = validate(JSON.parse(json));
  const errors = validate.errors ?? [];
  const patternsAccept = validatePatternsOnly(JSON.parse(json));
  const show = () =>
    `document: ${json.length > 4000 ? `${json.slice(0, 4000)}…` : json}\n` +
    `parseDocument: ${JSON.stringify(parsed.ok ? 'ok' : parsed.problems)}\n` +
    `ajv: ${JSON.stringify(errors.slice(0, 8))}`;
  assert.equal(patternsAccept, schemaAccepts, `ajv without format assertion disagrees with ajv with it\n${show()}`);
  if (parsed.ok) {
    assert.ok(schemaAccepts, `ajv refuses a document parseDocument accepts\n${show()}`);
    return 'accepted';
  }
  const kinds = parsed.problems.map((p) => kindOf(p.code));
  if (kinds.includes('shape')) {
    assert.ok(!schemaAccepts, `ajv accepts a document with a problem of shape\n${show()}`);
    return 'shape';
  }
  if (parsed.total > parsed.problems.length) return 'uncounted';
  if (!schemaAccepts) {
    // parseDocument reads no further into attendance for a seat the meeting's group does not have.
    const unread = parsed.problems.filter((p) => p.code === 'seat-not-in-group').map((p) => p.path);
    const seen = errors.map(pathOf).filter((path) => !unread.some((root) => within(path, root)));
    assert.deepEqual(seen, [], `ajv refuses a document parseDocument refuses only for document rules\n${show()}`);
  }
  return 'document';
}

// --- Values, right and wrong -------------------------------------------------

const pad = (n, width) => String(n).padStart(width, '0');
const WRONG_TYPES = [null, true, false, 0, 1, -1, 2.5, '', 'x', [], {}, ['x'], { as: 'holder' }];

const idValue = fc.oneof(
  fc.constantFrom(
    '../x',
    'A B',
    '',
    '-x',
    '.x',
    '_x',
    'x'.repeat(64),
    'x'.repeat(65),
    'é',
    'a/b',
    'x\n',
    ' x',
    'A_1:2.3',
  ),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,66}$/),
  fc.string({ maxLength: 8 }),
);
const dateParts = fc.record({
  year: fc.oneof(fc.integer({ min: 1890, max: 2110 }), fc.constantFrom(0, 4, 100, 400, 1900, 2000, 9999, 12345)),
  month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 13, 99)),
  day: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 28, max: 32 }), fc.constant(0)),
  loose: fc.nat(9),
});
const dateText = ({ year, month, day, loose }) =>
  loose === 0 ? `${year}-${month}-${day}` : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
const dateValue = fc.oneof(
  dateParts.map(dateText),
  fc.constantFrom('2023-02-30', '2023-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2019-04-31', '20191015'),
  fc.constantFrom('2019-10-15T00:00:00Z', '2019-10-15 ', ' 2019-10-15', '2019-10-1５', '15/10/2019'),
);
const dateTimeValue = fc
  .record({
    date: fc.oneof({ arbitrary: fc.constant('2019-10-15'), weight: 3 }, { arbitrary: dateValue, weight: 1 }),
    separator: fc.constantFrom('T', 'T', 'T', 't', ' '),
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(24, 99)),
    minute: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constant(60)),
    second: fc.constantFrom(undefined, undefined, '00', '59', '60', '5'),
    fraction: fc.constantFrom(undefined, undefined, '.5', '.123456789', '.1234567890', '.'),
    offset: fc.constantFrom('Z', 'Z', '+01:00', '-05:30', '+23:59', 'z', '+24:00', '+01:60', '+0100', '+01', ''),
  })
  .map(({ date, separator, hour, minute, second, fraction, offset }) => {
    const seconds = second === undefined ? '' : `:${second}${fraction ?? ''}`;
    return `${date}${separator}${pad(hour, 2)}:${pad(minute, 2)}${seconds}${offset}`;
  });
const numberValue = fc.oneof(
  fc.integer({ min: -2, max: 30 }),
  fc.constantFrom(0.5, 1.5, -0, 60, 61, 1e9, 100001, 2 ** 53 + 2),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);
const fractionValue = fc.oneof(
  fc.constantFrom('3/2', '0/1', '1/0', '2/2', '01/2', '1/02', '1/2 ', 'all', 'All', 'ALL', '1//2', '1/2/3', '½'),
  fc.constantFrom('999/999', '998/999', '999/998', '1000/1000', '1/1000', '99/100', '100/99', '12/13', '13/12'),
  fc.tuple(fc.nat(1100), fc.nat(1100)).map(([a, b]) => `${a}/${b}`),
  fc.tuple(fc.nat(130), fc.nat(130)).map(([a, b]) => `${a}/${b}`),
);
const enumValue = fc.constantFrom(
  ...['maybe', 'Open', 'for', 'against', 'abstain', 'holder', 'proxy', 'apologies', 'absent', 'late'],
  ...['live', 'after-close', 'recorded', 'secret', 'open', 'closed', 'draft', 'withdrawn', 'accepted'],
  ...['in-progress', 'done', 'dropped', 'green', 'amber', 'red', 'member', 'chair', 'none', 'simple-majority'],
  ...['two-thirds', 'unanimous', 'strategic', 'trust', 'other', 'partnership-kit/1', 'partnership-kit/2', 'x/1'],
);
/** One candidate of every kind; the mutation picks the kind that fits the value it replaces. */
const candidates = fc.record({
  id: idValue,
  date: dateValue,
  dateTime: dateTimeValue,
  number: numberValue,
  fraction: fractionValue,
  enum: enumValue,
  wrong: fc.constantFrom(...WRONG_TYPES),
  json: fc.jsonValue({ maxDepth: 2 }),
  kind: fc.nat(),
  fitting: fc.nat(3),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;
const ID_KEYS = new Set(['id', 'group', 'partner', 'holder', 'proxy', 'reportsTo', 'meeting', 'from', 'person']);
const ID_KEYS_MORE = new Set(['ruleAgreedUnanimously', 'proposal', 'seat', 'by', 'owner', 'guests']);

/** The candidate of the kind that fits `value` at `key` (three times in four), or of any kind. */
function pick(value, key, c) {
  const kinds = ['id', 'date', 'dateTime', 'number', 'fraction', 'enum', 'wrong', 'json'];
  if (c.fitting === 0) return c[kinds[c.kind % kinds.length]];
  if (typeof value === 'number') return key === 'min' && c.kind % 2 ? c.fraction : c.number;
  if (key === 'min') return c.fraction;
  if (typeof value === 'string') {
    if (DATE.test(value)) return c.date;
    if (DATE_TIME.test(value)) return c.dateTime;
    if (ID_KEYS.has(key) || ID_KEYS_MORE.has(key) || typeof key === 'number') return c.id;
    return c.kind % 2 ? c.enum : c.wrong;
  }
  return c.kind % 2 ? c.wrong : c.json;
}

// --- Mutations ---------------------------------------------------------------

/** Every place in `doc`: its parent, its key and its value. */
function places(doc) {
  const out = [];
  const walk = (parent, key, value) => {
    out.push({ parent, key, value });
    if (Array.isArray(value)) value.forEach((item, i) => walk(value, i, item));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(value, k, v);
  };
  walk(null, null, doc);
  return out;
}
const objects = (doc) => places(doc).filter((p) => p.value && typeof p.value === 'object' && !Array.isArray(p.value));
const records = (doc, key) => (Array.isArray(doc[key]) ? doc[key] : []);
const nth = (list, n) => (list.length === 0 ? undefined : list[n % list.length]);

const UNKNOWN_KEYS = ['colour', 'Name', 'ID', 'notes', 'status', 'end', 'received', 'previous', 'count', '__proto__'];

const keepChange = fc.record({
  op: fc.constant('keep'),
  at: fc.nat(),
  what: fc.nat(),
  json: fc.jsonValue({ maxDepth: 2 }),
});
const mutation = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set'), at: fc.nat(), c: candidates }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove'), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('add-key'),
      at: fc.nat(),
      key: fc.constantFrom(...UNKNOWN_KEYS),
      c: candidates,
    }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('contract-1.1'), at: fc.nat(), what: fc.nat(), c: candidates }) },
  { weight: 2, arbitrary: keepChange },
);

/** Sets `value` at `key` of `parent`, even `__proto__`, as JSON.parse would. */
function put(parent, key, value) {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** 1.1 fields, mostly in the right shape, with the values of `c` now and then. */
function add11(doc, { at, what, c }) {
  const people = records(doc, 'people').map((p) => p.id);
  const person = nth(people, at) ?? 'nobody';
  const groups = records(doc, 'groups');
  const seats = groups.flatMap((g) => (Array.isArray(g.seats) ? g.seats : []));
  const odd = at % 3 === 0;
  switch (what % 12) {
    case 0: {
      const seat = nth(seats, at);
      if (!seat) return;
      const from = odd ? c.date : '2015-09-01';
      seat.previous = [{ holder: odd ? c.id : person, proxy: at % 2 ? null : person, from, to: '2016-08-31' }];
      if (at % 5 === 0) seat.previous.push({ holder: null, from: '2016-09-01', to: odd ? c.date : '2017-08-31' });
      return;
    }
    case 1:
    case 2: {
      const meeting = nth(records(doc, 'meetings'), at);
      if (!meeting || typeof meeting.attendance !== 'object' || meeting.attendance === null) return;
      const seat = nth(Object.keys(meeting.attendance), at);
      if (seat === undefined) return;
      const day = typeof meeting.start === 'string' ? meeting.start.slice(0, 10) : '2019-10-15';
      const span = { as: odd ? c.enum : 'holder', arrived: `${day}T16:20:00+01:00` };
      if (at % 2) span.left = odd ? c.dateTime : `${day}T17:30:00+01:00`;
      meeting.attendance[seat] = what % 10 === 1 ? span : at % 7 === 0 ? [] : [{ as: 'apologies' }, span];
      return;
    }
    case 3: {
      const meeting = nth(records(doc, 'meetings'), at);
      if (meeting) meeting.end = odd ? c.dateTime : `${String(meeting.start).slice(0, 10)}T23:59:00Z`;
      return;
    }
    case 4: {
      const proposal = nth(records(doc, 'proposals'), at);
      if (!proposal) return;
      const declaration = {
        person,
        interest: odd ? c.enum : 'Governor of a school named in the plan',
        withdrew: at % 2 === 0,
      };
      if (at % 4 === 1) declaration.declared = c.dateTime;
      proposal.declarations = [declaration];
      return;
    }
    case 5: {
      const proposal = nth(records(doc, 'proposals'), at);
      if (!proposal) return;
      proposal.results = odd ? c.enum : 'after-close';
      proposal.ballot = at % 2 ? 'secret' : 'recorded';
      return;
    }
    case 6: {
      const proposal = nth(records(doc, 'proposals'), at);
      if (proposal) proposal.count = { for: 3, against: odd ? c.number : 1, abstain: 0 };
      return;
    }
    case 7: {
      const vote = nth(records(doc, 'votes'), at);
      if (vote) vote.received = odd ? c.dateTime : vote.cast;
      return;
    }
    case 8: {
      const risk = nth(records(doc, 'risks'), at);
      if (risk) risk.inherent = { likelihood: odd ? c.number : 5, impact: 5 };
      if (doc.riskScale && typeof doc.riskScale === 'object') {
        doc.riskScale.appetite = { financial: odd ? c.number : 8, [at % 4 === 0 ? '' : 'reputational']: 12 };
      }
      return;
    }
    case 9: {
      // 1.2: a seat's earlier standing and a group's earlier rules, now and then out of order or of shape.
      const seat = nth(seats, what);
      if (seat) {
        const partner = nth(records(doc, 'partners'), at)?.id ?? c.id;
        seat.previousStanding = [
          { to: odd ? c.date : '2018-08-31', voting: at % 2 === 0, tags: at % 4 ? ['core'] : [] },
          { to: at % 5 === 0 ? '2018-08-31' : '2019-08-31', role: odd ? c.enum : 'chair', partner },
        ];
      }
      const group = nth(groups, at);
      if (group) group.previousRules = [{ to: odd ? c.date : '2019-08-31', tieBreak: at % 2 ? 'chair' : 'none' }];
      return;
    }
    case 10:
    case 11: {
      const group = nth(groups, at);
      if (!group) return;
      const months = ['2019-11', '2019-12', '2019-13', '2019-1', '2019-00', '2019-11-01', '2020-09'];
      const status = nth(['green', 'amber', 'red'], at);
      const report = { period: odd ? c.date.slice(0, 7) : nth(months, what), status, decisionsNeeded: [] };
      if (status === 'green' || at % 4 !== 1) report.reason = odd ? c.enum : 'Banding model late';
      if (at % 5 === 2) report.submitted = c.date;
      const milestone = { id: 'ms-1', title: 'Banding model agreed', due: '2019-12-01' };
      if (at % 2) milestone.done = odd ? c.date : '2019-11-28';
      doc.projects = [
        {
          id: 'wp1',
          title: 'Work Project 1',
          group: group.id,
          lead: person,
          start: '2019-05-01',
          end: what % 12 === 10 ? '2020-09-30' : c.date,
          reportDays: at % 3 === 1 ? c.number : 10,
          milestones: [milestone],
          reports: at % 6 === 0 ? [report, { ...report }] : [report],
        },
      ];
      const risk = nth(records(doc, 'risks'), at);
      if (risk) risk.project = at % 7 === 3 ? c.id : 'wp1';
      const action = nth(records(doc, 'actions'), what);
      if (action) action.project = 'wp1';
      return;
    }
    default: {
      const group = nth(groups, at);
      if (!group) return;
      group.quorum = [{ label: 'A share of voting seats', seats: { voting: true }, min: odd ? c.fraction : '2/3' }];
      if (at % 2) group.quorum[0].seats = { partner: odd ? c.id : [] };
    }
  }
}

/** A change that keeps the document valid, mostly: another form of the same date-time, an `ext`, text. */
function keep(doc, { at, what, json }) {
  const all = places(doc);
  switch (what % 4) {
    case 0: {
      const times = all.filter((p) => typeof p.value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00/.test(p.value));
      const place = nth(times, at);
      if (!place) return;
      const forms = [
        (t) => t.replace(/(T\d{2}:\d{2}):00/, '$1'),
        (t) => t.replace(/(T\d{2}:\d{2}:00)/, '$1.000'),
        (t) => t.replace(/\+00:00$/, 'Z'),
      ];
      place.parent[place.key] = forms[at % forms.length](place.value);
      return;
    }
    case 1:
    case 2: {
      const record = nth(
        objects(doc).filter((p) => Array.isArray(p.parent) || p.key === 'partnership'),
        at,
      );
      if (record && !('as' in record.value) && !('likelihood' in record.value && !('id' in record.value))) {
        record.value.ext = json && typeof json === 'object' && !Array.isArray(json) ? json : { note: json };
      }
      return;
    }
    default: {
      const texts = all.filter((p) => ['name', 'title', 'label', 'notes', 'summary'].includes(p.key));
      const place = nth(texts, at);
      if (place && typeof place.value === 'string') place.parent[place.key] = `${place.value} (revised)`;
    }
  }
}

function mutate(doc, m) {
  if (m.op === 'contract-1.1') return add11(doc, m);
  if (m.op === 'keep') return keep(doc, m);
  if (m.op === 'add-key') {
    const target = nth(objects(doc), m.at);
    if (target) put(target.value, m.key, m.c.kind % 2 ? m.c.json : m.c.wrong);
    return;
  }
  const place = nth(places(doc).slice(1), m.at);
  if (!place) return;
  if (m.op === 'remove') {
    if (Array.isArray(place.parent)) place.parent.splice(place.key, 1);
    else delete place.parent[place.key];
  } else {
    put(place.parent, place.key, pick(place.value, place.key, m.c));
  }
}

const document = fc
  .record({
    demo: fc.nat(DEMOS.length - 1),
    /** Records nothing refers to, cut short to keep each run quick. */
    keep: fc.record({ votes: fc.nat(40), risks: fc.nat(8), actions: fc.nat(12) }),
    mutations: fc.oneof(
      { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
      {
        weight: 1,
        arbitrary: fc.array(keepChange, { maxLength: 3 }),
      },
    ),
  })
  .map(({ demo, keep: kept, mutations }) => {
    const doc = clone(DEMOS[demo]);
    for (const [key, count] of Object.entries(kept)) if (Array.isArray(doc[key])) doc[key] = doc[key].slice(0, count);
    for (const m of mutations) mutate(doc, m);
    return doc;
  });

// --- Tests -------------------------------------------------------------------

test('the schema is draft 2020-12 with an $id, a title and a description, and compiles in strict mode', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /^https:\/\/.+\/partnership\.schema\.json$/);
  assert.ok(schema.title && schema.description);
  assert.equal(typeof validate, 'function');
});

test('every problem code is classified as shape, document or outside', () => {
  for (const [code, kind] of Object.entries(PROBLEM_KINDS)) assert.match(kind, /^(shape|document|outside)$/, code);
});

for (const [i, demo] of DEMOS.entries()) {
  test(`demo document ${i + 1} is accepted by both`, () => {
    assert.equal(judge(demo), 'accepted');
  });
}

test(`ajv and parseDocument agree on ${RUNS} generated and mutated documents (seed ${SEED})`, () => {
  const tally = { accepted: 0, shape: 0, document: 0, uncounted: 0 };
  try {
    fc.assert(
      fc.property(document, (doc) => {
        tally[judge(doc)] += 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
  } catch (error) {
    const cause = error.cause instanceof Error ? `\n${error.cause.message}` : '';
    error.message = `JSON Schema and parseDocument disagree (fast-check seed ${SEED}):\n${error.message}${cause}`;
    throw error;
  }
  console.log(`json-schema agreement, seed ${SEED}:`, tally);
  // Each class is well represented, so no direction passes by having nothing to judge.
  assert.ok(tally.accepted >= RUNS / 6, `only ${tally.accepted} accepted documents`);
  assert.ok(tally.shape >= RUNS / 3, `only ${tally.shape} documents with a problem of shape`);
  assert.ok(tally.document >= RUNS / 30, `only ${tally.document} documents with document problems only`);
});

test('the whole document: not an object, another contract, too many records', () => {
  for (const input of [[], 1, null, true, [{ contract: 'partnership-kit/1' }]]) assert.equal(judge(input), 'shape');
  const other = { ...clone(DEMOS[3]), contract: 'partnership-kit/2' };
  assert.equal(parseDocument(other).problems[0].code, 'other-contract');
  assert.equal(judge(other), 'shape');
  const crowded = clone(DEMOS[3]);
  crowded.partners = Array.from({ length: 100_001 }, (_, i) => ({ id: `p${i}`, name: 'Partner' }));
  assert.equal(parseDocument(crowded).problems[0].code, 'too-many-records');
  assert.equal(judge(crowded), 'shape');
});

test("the host's ext: nested 16 levels both accept, 17 levels both refuse, in an object or a list", () => {
  /** An `ext` of `levels` objects or lists, one inside the other, the innermost holding a string. */
  const nested = (levels, list) => {
    let value = 'deep';
    for (let i = 1; i < levels; i += 1) value = list ? [value] : { next: value };
    return { next: value };
  };
  for (const list of [false, true]) {
    const ok = clone(DEMOS[3]);
    ok.partners[0].ext = nested(16, list);
    assert.equal(judge(ok), 'accepted');
    const deep = clone(DEMOS[3]);
    deep.partners[0].ext = nested(17, list);
    assert.deepEqual(
      parseDocument(deep).problems.map((p) => [p.path, p.code]),
      [['partners[0].ext', 'wrong-value']],
    );
    assert.equal(judge(deep), 'shape');
  }
});

test("a published count's casting vote: for or against in both; where it breaks no tie, a document rule", () => {
  // Ealing's board breaks ties by the chair.
  const withCount = (count, group = {}) => {
    const doc = clone(DEMOS[3]);
    Object.assign(doc.groups[0], group);
    doc.proposals[0].count = count;
    return doc;
  };
  const tie = { for: 2, against: 2, abstain: 1 };
  for (const casting of ['for', 'against']) assert.equal(judge(withCount({ ...tie, casting })), 'accepted');
  for (const casting of ['abstain', 'chair', true, null]) {
    assert.equal(judge(withCount({ ...tie, casting })), 'shape', JSON.stringify(casting));
  }
  const codes = (doc) => parseDocument(doc).problems.map((p) => [p.path, p.code]);
  const notTied = withCount({ ...tie, for: 3, casting: 'for' });
  assert.deepEqual(codes(notTied), [['proposals[0].count.casting', 'casting-without-tie']]);
  assert.equal(judge(notTied), 'document');
  const noChair = withCount({ ...tie, casting: 'for' }, { tieBreak: 'none' });
  assert.deepEqual(codes(noChair), [['proposals[0].count.casting', 'casting-without-chair']]);
  assert.equal(judge(noChair), 'document');
});

/** parseDocument's verdict on each of `values` at one field, 100 to a document (its problems are listed 100 at most). */
function verdicts(values, place) {
  const refused = [];
  for (let start = 0; start < values.length; start += 100) {
    const chunk = values.slice(start, start + 100);
    const result = parseDocument(place(chunk));
    const bad = new Set(result.ok ? [] : result.problems.map((p) => p.path));
    chunk.forEach((value, i) => refused.push(bad.has(place.path(i))));
  }
  return refused.map((r) => !r);
}

test('calendar dates: the pattern and parseDocument agree on every day of 20 years, leap or not', () => {
  const years = [
    0, 1, 4, 96, 100, 200, 400, 1600, 1700, 1899, 1900, 1996, 2000, 2019, 2023, 2024, 2100, 2400, 9996, 9999,
  ];
  const days = years.flatMap((y) =>
    Array.from({ length: 14 }, (_, m) =>
      Array.from({ length: 33 }, (_, d) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
    ).flat(),
  );
  const place = (chunk) => ({ ...clone(DEMOS[3]), partnership: { id: 'p', name: 'P', holidays: chunk } });
  place.path = (i) => `partnership.holidays[${i}]`;
  const byParse = verdicts(days, place);
  const datePattern = new RegExp(schema.$defs.date.pattern, 'u');
  const validDate = definition('date');
  days.forEach((day, i) => {
    assert.equal(datePattern.test(day), byParse[i], `${day}: the pattern says ${datePattern.test(day)}`);
    assert.equal(validDate(day), byParse[i], `${day}: ajv says ${validDate(day)}`);
  });
  assert.equal(
    byParse.filter(Boolean).length,
    years.length * 365 + years.filter((y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)).length,
  );
});

test('quorum fractions: the pattern and parseDocument agree on a/b for every a and b up to 130, and up to 1,100 near a = b', () => {
  const values = [];
  for (let a = 0; a <= 130; a += 1) for (let b = 0; b <= 130; b += 1) values.push(`${a}/${b}`);
  for (let a = 1; a <= 1100; a += 1) for (const b of [a - 1, a, a + 1, a * 10 + 3]) values.push(`${a}/${b}`);
  values.push('all', 'All', '01/2', '1/02', '1/2 ', '1//2', '');
  const place = (chunk) => {
    const doc = clone(DEMOS[3]);
    doc.groups[0].quorum = chunk.map((min) => ({ label: 'Share', min }));
    return doc;
  };
  place.path = (i) => `groups[0].quorum[${i}].min`;
  const byParse = verdicts(values, place);
  const validMinimum = definition('quorumMinimum');
  values.forEach((value, i) =>
    assert.equal(validMinimum(value), byParse[i], `${value}: ajv says ${validMinimum(value)}`),
  );
});
