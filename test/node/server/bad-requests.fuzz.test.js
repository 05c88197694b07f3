// "Impossible to break with bad data": generated bad requests to every route of
// partnership-kit/server that takes a body or parameters, against a real host
// on SQLite. Wrong JSON types, missing and extra fields, huge strings and
// numbers, unicode oddities, dates that do not exist, other groups' ids,
// duplicate keys, deep nesting, wrong content types, bodies over the limit,
// and the same record id sent again with the same or another body. Whatever
// arrives: never a 5xx or a dropped connection, every refusal a 4xx naming
// what is wrong (and, for a record's shape, where: its JSON path), a refused
// record changes nothing stored, and a record is taken once under its id.
// Seeded, so a failure is the same run again: its seed and path are printed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { freshStore, openStore, startApi } from './harness.js';

const core = await import('../../../dist/core.js');
const PARSE = { vote: core.parseVote, attendance: core.parseAttendanceChange, action: core.parseActionChange };

/** Fixed, so a failing run is repeated by running the file again. */
const SEED = Number(process.env.PK_FUZZ_SEED ?? 2212);
/** Tuned to keep the file under 30 s on the shared 2-core machine (about 8 s alone). */
const NUM_RUNS = Number(process.env.PK_FUZZ_RUNS ?? 400);
/** Every request has this long to be answered: longer is a dropped connection. */
const ANSWER_MS = 5_000;

/** Who sends what: each route's makers, and a record each may make (some taken, some refused by the rules). */
const VOTERS = [
  ['p-wilsons-head', 'elg-secondary'],
  ['p-carew-head', 'elg-special'],
  ['p-cognus-sd', 'elg-cognus'],
  ['p-hackbridge-head', 'elg-early-years'],
  ['p-stcg-cm', 'elg-post16'],
];
const CLERK = 'p-elg-chair';
const ELG_SEATS = ['elg-pru', 'elg-special', 'elg-finance', 'elg-cognus', 'elg-post16'];
const ACTIONS = [
  ['A-05', 'p-consultant-head'],
  ['A-07', 'p-limes-head'],
  ['A-06', 'p-lbs-ad-send'],
];
/** Ids of other groups, meetings, proposals, seats and actions, and of nothing at all. */
const OTHER_IDS = [
  'hnb-plan', // closed
  'outreach-service', // draft
  'ehcp-panel', // withdrawn
  'eog-chair',
  'eog-2019-12-03',
  'elg-2019-09-10',
  'A-11', // dropped
  'eog',
  'no-such-thing',
  'p-lbs-dps',
];
/** Dates and date-times that do not exist, or exist twice. */
const ODD_TIMES = [
  '2026-02-30T10:00:00Z',
  '2019-12-10T25:00:00Z',
  '2019-12-10T24:00:00Z',
  '2019-12-10T16:60:00Z',
  '2019-10-27T01:30:00', // the repeated BST hour, with no offset to say which
  '2019-10-27T01:30:00+01:00',
  '2019-10-27T01:30:00+00:00',
  '2019-03-31T01:30:00', // the hour that never was
  '2019-12-10',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:00:00-12:00',
  '+275760-09-13T00:00:00Z',
  '2019-12-10T16:29:00+24:00',
  '2019-12-10T16:29:00.1234567890Z',
  '',
];
/** Real moments near the meeting and far from it, each written as a device might. */
const VALID_TIMES = [
  '2019-12-10T16:29:00+00:00',
  '2019-12-10T16:29:50Z',
  '2019-12-10T16:29:59.999999999Z',
  '2019-12-10T17:29:00+01:00',
  '2019-12-10T02:29:00-14:00',
  '2019-12-10T16:30:00Z',
  '2019-12-10T16:31:00Z',
  '2019-12-09T16:29:00Z',
  '2019-10-27T01:30:00+01:00',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
];
const VALID_DATES = ['2019-12-10', '2019-12-09', '2019-12-11', '2000-02-29', '0001-01-01', '9999-12-31', '2019-09-01'];
const ODD_DATES = [
  '2026-02-30',
  '2019-02-29',
  '2019-13-01',
  '2019-12-32',
  '2019-12-10T00:00:00Z',
  '19-12-10',
  '2020-02-29',
];
/** Strings no form would write: lone surrogates, RTL marks, NUL, and their neighbours. */
const ODD_STRINGS = [
  '\ud800',
  '\udfff',
  'a\ud83dz',
  '\u200f',
  '\u202eA-05',
  '\u0000',
  'elg-pru\u0000',
  '\ufeff',
  '\u2028\u2029',
  'İ',
  '𝔸',
  '../x',
  '__proto__',
  'constructor',
  ' ',
];

const hugeString = fc.integer({ min: 3_000, max: 12_000 }).map((n) => 'x'.repeat(n));
const hugeNumber = fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324, -0, 2 ** 64);
const oddString = fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: 'binary', maxLength: 12 }));
/** A value of a wrong type (or the right type, wrong), for any field. */
const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  oddString,
  hugeNumber,
  fc.constantFrom(...OTHER_IDS, ...ODD_TIMES, ...ODD_DATES),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);
const nested = (depth, leaf) => Array.from({ length: depth }).reduce((inner) => [inner], leaf);

/** A well-formed record for each route, made by someone who may send it (the rules may still refuse it). */
const RECORDS = {
  votes: fc
    .record({
      maker: fc.constantFrom(...VOTERS),
      choice: fc.constantFrom('for', 'against', 'abstain'),
      cast: fc.constantFrom(...VALID_TIMES),
      ext: fc.option(
        fc.jsonValue({ maxDepth: 3 }).map((note) => ({ note })),
        { nil: undefined },
      ),
    })
    .map(({ maker: [by, seat], choice, cast, ext }) => ({
      id: randomUUID(),
      proposal: 'wsoa-reporting',
      seat,
      by,
      choice,
      cast,
      ...(ext === undefined ? {} : { ext }),
    })),
  attendance: fc
    .record({
      seat: fc.constantFrom(...ELG_SEATS),
      attendance: fc.constantFrom('holder', 'proxy', 'apologies', 'absent', 'left'),
      was: fc.option(fc.constantFrom('holder', 'proxy', 'apologies', 'absent', 'left'), { nil: undefined }),
      at: fc.constantFrom(...VALID_TIMES),
    })
    .map(({ seat, attendance, was, at }) => ({
      id: randomUUID(),
      meeting: 'elg-2019-12-10',
      seat,
      attendance,
      ...(was === undefined ? {} : { was }),
      by: CLERK,
      at,
    })),
  actions: fc
    .record({
      action: fc.constantFrom(...ACTIONS),
      status: fc.constantFrom('open', 'in-progress', 'done', 'dropped'),
      completed: fc.constantFrom(...VALID_DATES),
      was: fc.option(fc.constantFrom('open', 'in-progress', 'done', 'dropped'), { nil: undefined }),
      at: fc.constantFrom(...VALID_TIMES),
    })
    .map(({ action: [action, by], status, completed, was, at }) => ({
      id: randomUUID(),
      action,
      status,
      ...(status === 'done' ? { completed } : {}),
      ...(was === undefined ? {} : { was }),
      by,
      at,
    })),
};
const ROUTE_KIND = { votes: 'vote', attendance: 'attendance', actions: 'action' };

/** How a record's fields are spoiled: each a function of the record, returning the record or raw JSON text. */
const fieldOf = (record) => fc.constantFrom(...Object.keys(record));
function spoiled(record) {
  return fc.oneof(
    { arbitrary: fc.constant({ record }), weight: 3 },
    fieldOf(record).chain((field) => wrongValue.map((value) => ({ record: { ...record, [field]: value } }))),
    fieldOf(record).map((field) => {
      const { [field]: _gone, ...rest } = record;
      return { record: rest };
    }),
    fc
      .record({
        key: fc.oneof(fc.constantFrom('received', 'ext', 'extra', '__proto__', 'ID'), oddString),
        value: wrongValue,
      })
      .map(({ key, value }) => ({ record: { ...record, [key]: value } })),
    fc
      .record({ field: fieldOf(record), value: hugeString })
      .map(({ field, value }) => ({ record: { ...record, [field]: value } })),
    hugeString.map((note) => ({ record: { ...record, ext: { note } } })),
    fc
      .record({ field: fieldOf(record), value: oddString })
      .map(({ field, value }) => ({ record: { ...record, [field]: value } })),
    fc
      .record({ field: fc.constantFrom('cast', 'at', 'completed'), value: fc.constantFrom(...ODD_TIMES, ...ODD_DATES) })
      .map(({ field, value }) => ({ record: { ...record, [field]: value } })),
    fc
      .record({
        field: fc.constantFrom('proposal', 'seat', 'meeting', 'action', 'by'),
        value: fc.constantFrom(...OTHER_IDS),
      })
      .map(({ field, value }) => ({ record: { ...record, [field]: value } })),
    fc.integer({ min: 1, max: 40 }).map((depth) => ({ record: { ...record, ext: { deep: nested(depth, 1) } } })),
    fc.integer({ min: 14, max: 5_000 }).map((depth) => ({
      text: JSON.stringify(record).replace(/}$/, `,"ext":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    })),
    // Duplicate keys: the parser keeps the last, and the record is judged as that.
    fc.record({ field: fieldOf(record), value: wrongValue }).map(({ field, value }) => ({
      text: JSON.stringify(record).replace(/}$/, `,${JSON.stringify(field)}:${JSON.stringify(value)}}`),
    })),
    // Numbers JSON can write and a double cannot hold.
    fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890', '-0.0e-400').map((number) => ({
      text: JSON.stringify(record).replace(/}$/, `,"ext":{"n":${number}}}`),
    })),
    fc
      .constantFrom('[', '{"id":', 'null', '[]', '"text"', '7', '{"a":1}{"b":2}', '\u0000', '{"id":"\\ud800"}', '')
      .map((text) => ({ text })),
  );
}

/** How the request around the body is spoiled: mostly not at all, else in one way, so the body's own faults reach the host. */
const transport = fc.oneof(
  { arbitrary: fc.constant({}), weight: 12 },
  fc
    .constantFrom(
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'APPLICATION/JSON',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json-seq',
      undefined,
    )
    .map((contentType) => ({ contentType })),
  fc.constantFrom('missing', 'other', 'twice', 'empty').map((key) => ({ key })),
  fc.constantFrom('nobody', 'other', 'odd').map((person) => ({ person })),
  fc.constantFrom('https://evil.example', 'null').map((origin) => ({ origin })),
  fc.constantFrom('latin1', 'lone-surrogate', 'over-limit', 'declared-over-limit').map((bytes) => ({ bytes })),
  fc.constantFrom('PUT', 'GET', 'DELETE', 'PATCH').map((method) => ({ method })),
);

/** One request's headers and bytes, from the record (or text) and how its transport is spoiled. */
function requestOf(route, sent, how) {
  const record = sent.record ?? {};
  // A header carries visible ASCII only: an id that is not (the schema refuses it too) goes as its bytes in base64.
  const id =
    typeof record.id !== 'string'
      ? 'no-id'
      : /^[\x21-\x7e]*$/.test(record.id)
        ? record.id
        : Buffer.from(record.id).toString('base64url');
  const maker = typeof record.by === 'string' ? record.by : 'p-elg-chair';
  let body = Buffer.from(sent.text ?? JSON.stringify(sent.record), 'utf8');
  if (how.bytes === 'latin1') body = Buffer.concat([body, Buffer.from([0xe9])]);
  if (how.bytes === 'lone-surrogate')
    body = Buffer.concat([Buffer.from('{"id":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
  if (how.bytes === 'over-limit') body = Buffer.concat([body, Buffer.from(' '.repeat(9_000))]);
  const headers = { 'Content-Length': String(body.length) };
  if (how.bytes === 'declared-over-limit') headers['Content-Length'] = '1000000000';
  const contentType = 'contentType' in how ? how.contentType : 'application/json';
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  const keys = { id, missing: undefined, other: randomUUID(), twice: [id, id], empty: '' };
  if (keys[how.key ?? 'id'] !== undefined) headers['Idempotency-Key'] = keys[how.key ?? 'id'];
  const people = { maker, nobody: undefined, other: 'p-lbs-dps', odd: '\u200fp-elg-chair' };
  const person = people[how.person ?? 'maker'];
  if (person !== undefined) headers['x-person'] = /^[\x21-\x7e]*$/.test(person) ? person : 'p\u00e9';
  if (how.origin !== undefined) headers.Origin = how.origin;
  return {
    method: how.method ?? 'POST',
    path: `/api/${route}`,
    headers,
    body,
    declaredOver: how.bytes === 'declared-over-limit',
  };
}

/** Sends one request on its own connection; resolves with its status, headers and body text, or rejects when the connection drops. */
function send(base, { method, path, headers, body, declaredOver = false }) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_MS} ms`)), ANSWER_MS);
    const sending = httpRequest(`${base}${path}`, { method, headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode, headers: response.headers, text });
      });
      response.on('error', reject);
    });
    // Writing a body the host stopped reading (over its limit) may meet a closed socket: the answer still comes.
    sending.on('error', (error) => {
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;
      clearTimeout(timer);
      reject(error);
    });
    if (declaredOver) sending.flushHeaders();
    else sending.end(body);
  });
}

/** Sends `body` with no Content-Length, in chunks of 1 KB: the limit is met as it arrives. */
function sendChunked(base, path, headers, body) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_MS} ms`)), ANSWER_MS);
    const sending = httpRequest(`${base}${path}`, { method: 'POST', headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on(
        'end',
        () => (clearTimeout(timer), resolve({ status: response.statusCode, headers: response.headers, text })),
      );
    });
    sending.on('error', (error) => {
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;
      clearTimeout(timer);
      reject(error);
    });
    for (let at = 0; at < body.length; at += 1024) sending.write(body.subarray(at, at + 1024));
    sending.end();
  });
}

/** Opens a live stream, reads its first bytes and hangs up. */
function peekStream(base, path, headers) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_MS} ms`)), ANSWER_MS);
    const asking = httpRequest(`${base}${path}`, { headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      const done = () => {
        clearTimeout(timer);
        response.destroy();
        resolve({ status: response.statusCode, headers: response.headers, text });
      };
      response.on('data', (chunk) => {
        text += chunk;
        if (response.statusCode !== 200 || text.includes('\n\n')) setTimeout(done, 20);
      });
      response.on('end', done);
    });
    asking.on('error', (error) => (clearTimeout(timer), reject(error)));
    asking.end();
  });
}

/** Whether a record is within the host's default sizes: 8 KB in all, 2 KB of `ext`. */
const withinLimits = (record) =>
  Buffer.byteLength(JSON.stringify(record)) <= 8192 &&
  (record.ext === undefined || Buffer.byteLength(JSON.stringify(record.ext)) <= 2048);

/**
 * Whether a refusal says where, with problems at JSON paths: a record's shape (400), one too large (413), one
 * the rules refuse (422, or 403 when the person may not make it) and one made by another person (403). Not a
 * cross-site request's 403, which is no record's fault.
 */
const saysWhere = (status, how) => status === 413 || status === 422 || (status === 403 && how.origin === undefined);

/** Asserts a refusal: a 4xx in JSON naming what is wrong, and, for a record, where. */
function assertRefusal(answer, kind, how = {}) {
  const shown = `${answer.status} ${answer.text.slice(0, 400)}`;
  assert.ok(answer.status >= 400 && answer.status < 500, `not a 4xx: ${shown}`);
  assert.match(String(answer.headers['content-type']), /^application\/json/, shown);
  const body = JSON.parse(answer.text);
  assert.equal(typeof body, 'object', shown);
  assert.equal(typeof body.error, 'string', shown);
  assert.ok(body.error.trim().length > 0, shown);
  if (body.problems !== undefined) {
    assert.ok(Array.isArray(body.problems) && body.problems.length > 0, shown);
    for (const p of body.problems) {
      assert.equal(typeof p.path, 'string', shown);
      if (kind) assert.ok(p.path === kind || p.path.startsWith(`${kind}.`) || p.path.startsWith(`${kind}[`), shown);
      assert.equal(typeof p.code, 'string', shown);
      assert.equal(typeof p.message, 'string', shown);
      assert.equal(typeof p.values, 'object', shown);
    }
  }
  if (saysWhere(answer.status, how)) {
    assert.ok(body.problems?.length > 0, `a ${answer.status} without its problems: ${shown}`);
    // `path`: the field the refusal is about, where its problem is.
    assert.equal(body.path, body.problems[0].path, shown);
  }
  if (answer.status === 413) {
    assert.equal(body.reason, 'too-large', shown);
    const { limit, size } = body.values;
    assert.ok(Number.isInteger(limit) && Number.isInteger(size) && size > limit, shown);
    assert.deepEqual(body.problems[0].values, body.values, shown);
  }
  if (body.reason === 'malformed' && answer.status === 400 && body.problems === undefined) {
    // A body that is not a record at all: the error says where it breaks, or what it is.
    assert.ok(body.error.length > 10, shown);
  }
  return body;
}

describe('partnership-kit/server: generated bad requests on SQLite', () => {
  let host;
  let store;
  let where;
  /** Failures the host told onError of: every one is a request it answered 503 for a fault of its own. */
  const faults = [];
  before(async () => {
    where = await freshStore('sqlite');
    store = await openStore(where);
    host = await startApi(store, { onError: (error) => faults.push(error), maxRecordsPerMinute: 1_000_000 });
  });
  after(() => host.close());

  /** What the store and the document hold now, to compare after a refusal. */
  const snapshot = async () => ({
    rows: (await store.since(0)).length,
    document: JSON.stringify(host.api.document()),
  });

  test(
    'a record, spoiled or not, is answered 2xx once or refused with a 4xx that changes nothing',
    { timeout: 120_000 },
    async () => {
      const request = fc
        .constantFrom('votes', 'attendance', 'actions')
        .chain((route) => RECORDS[route].chain((record) => fc.tuple(fc.constant(route), spoiled(record), transport)));
      await fc.assert(
        fc.asyncProperty(request, async ([route, sent, how]) => {
          const kind = ROUTE_KIND[route];
          const before = await snapshot();
          const answer = await send(host.base, requestOf(route, sent, how));
          assert.deepEqual(faults, [], 'the host told onError of a fault');
          if (answer.status === 201 || answer.status === 200) {
            assert.equal(answer.status, 201, `a new record answered ${answer.status}: ${answer.text}`);
            const after = await snapshot();
            assert.equal(after.rows, before.rows + 1, 'a record answered 201 was stored once');
            await sameRecordAgain(route, sent, how, kind);
            return;
          }
          const refusal = assertRefusal(answer, kind, how);
          assert.deepEqual(
            await snapshot(),
            before,
            `a refusal changed what is stored: ${answer.status} ${answer.text}`,
          );
          // A record the contract takes, sent as the kit sends it, is judged by the rules, never refused for how it reads.
          if (
            Object.keys(how).length === 0 &&
            sent.record &&
            PARSE[kind](sent.record).ok &&
            withinLimits(sent.record)
          ) {
            assert.ok(
              ![400, 413].includes(answer.status),
              `a record the contract takes: ${answer.status} ${answer.text}`,
            );
          }
          // A body refused for what it holds says where: its problems, each at a JSON path in the record.
          if (answer.status === 400 && !/Idempotency-Key/.test(refusal.error)) {
            assert.ok(refusal.problems?.length > 0, `a 400 without its problems: ${answer.text}`);
          }
        }),
        { seed: SEED, numRuns: NUM_RUNS, endOnFailure: true },
      );
    },
  );

  /** A stored record sent again: the same body answers the stored result and stores nothing; another body is refused. */
  async function sameRecordAgain(route, sent, how, kind) {
    const before = await snapshot();
    const again = await send(host.base, requestOf(route, sent, how));
    assert.equal(again.status, 200, `the same record again: ${again.status} ${again.text}`);
    assert.equal(JSON.parse(again.text).repeated, true);
    assert.deepEqual(await snapshot(), before, 'a replay stored something');
    const record = sent.record ?? JSON.parse(sent.text);
    const other =
      kind === 'vote'
        ? { ...record, ext: { another: 'body' } }
        : { ...record, at: record.at === '2019-12-10T16:29:51Z' ? '2019-12-10T16:29:52Z' : '2019-12-10T16:29:51Z' };
    const changed = await send(host.base, requestOf(route, { record: other }, { ...how, bytes: 'utf8' }));
    const reused = assertRefusal(changed, kind, how);
    assert.deepEqual([reused.reason, reused.path], ['id-reused', `${kind}.id`], changed.text);
    assert.deepEqual(await snapshot(), before, 'another body under a stored id changed what is stored');
  }

  test('the live stream and the calendar take any parameters without a fault', { timeout: 60_000 }, async () => {
    const param = fc.oneof(
      fc.constantFrom(
        '',
        '0',
        '-1',
        '1e3',
        '9007199254740993',
        'NaN',
        '%',
        '%zz',
        '%00',
        '1%00',
        'Infinity',
        '0x10',
        ' 1',
      ),
      fc.string({ maxLength: 20 }).map(encodeURIComponent),
      fc.integer().map(String),
    );
    await fc.assert(
      fc.asyncProperty(
        param,
        param,
        fc.constantFrom(undefined, CLERK, 'p-wilsons-head'),
        async (after, lastId, person) => {
          const headers = { ...(person ? { 'x-person': person } : {}) };
          if (lastId !== '' && !/[^\x20-\x7e]/.test(decodeURIComponentSafe(lastId)))
            headers['Last-Event-ID'] = decodeURIComponentSafe(lastId);
          const stream = await peekStream(host.base, `/api/partnership/events?after=${after}&after=${lastId}`, headers);
          assert.ok(
            stream.status === 200 || (stream.status >= 400 && stream.status < 500),
            `${stream.status} ${stream.text}`,
          );
          const feed = await send(host.base, {
            method: 'GET',
            path: `/api/partnership.ics?lang=${after}`,
            headers,
            body: undefined,
          });
          assert.equal(feed.status, 200, feed.text.slice(0, 200));
          const doc = await send(host.base, {
            method: 'GET',
            path: `/api/partnership?after=${after}&${lastId}`,
            headers,
            body: undefined,
          });
          assert.equal(doc.status, 200, doc.text.slice(0, 200));
          assert.deepEqual(faults, [], 'the host told onError of a fault');
        },
      ),
      { seed: SEED, numRuns: 60, endOnFailure: true },
    );
  });

  test(
    'the same record sent many times at once is stored once; other bodies under its id are refused',
    { timeout: 60_000 },
    async () => {
      const route = fc.constantFrom('votes', 'attendance', 'actions');
      await fc.assert(
        fc.asyncProperty(
          route.chain((r) => fc.tuple(fc.constant(r), RECORDS[r], fc.integer({ min: 2, max: 6 }), fc.boolean())),
          async ([r, record, copies, othersToo]) => {
            const before = await snapshot();
            const other = { ...record, at: '2019-12-10T16:29:51Z', cast: '2019-12-10T16:29:01Z' };
            for (const field of ['at', 'cast']) if (!(field in record)) delete other[field];
            const bodies = Array.from({ length: copies }, (_, i) => (othersToo && i % 2 ? other : record));
            const answers = await Promise.all(
              bodies.map((body) => send(host.base, requestOf(r, { record: body }, {}))),
            );
            assert.deepEqual(faults, [], 'the host told onError of a fault');
            const created = answers.filter((a) => a.status === 201);
            assert.ok(created.length <= 1, `stored ${created.length} times: ${answers.map((a) => a.status)}`);
            const after = await snapshot();
            assert.equal(after.rows, before.rows + created.length);
            for (const answer of answers) {
              if (answer.status === 201) continue;
              if (answer.status === 200) assert.equal(JSON.parse(answer.text).repeated, true);
              else assertRefusal(answer, ROUTE_KIND[r]);
            }
          },
        ),
        { seed: SEED, numRuns: 40, endOnFailure: true },
      );
    },
  );

  test('odd paths and bodies sent in chunks, over the limit or not, are answered', { timeout: 60_000 }, async () => {
    const path = fc.constantFrom(
      '/api/votes/',
      '/api/votes?x=1',
      '/api/votes%00',
      '/api//votes',
      '/api/constructor',
      '/api/__proto__',
      '/api/votes/../attendance',
      '/api/VOTES',
      '/api/partnership/../votes',
      '/api/votes#x',
    );
    await fc.assert(
      fc.asyncProperty(path, RECORDS.votes, fc.integer({ min: 0, max: 20_000 }), async (where, record, padding) => {
        const before = await snapshot();
        const text = JSON.stringify(record) + ' '.repeat(padding);
        const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, 'x-person': record.by };
        const answer = await sendChunked(host.base, where, headers, Buffer.from(text));
        assert.deepEqual(faults, [], 'the host told onError of a fault');
        assert.ok(answer.status < 500, `${answer.status} ${answer.text}`);
        if (answer.status !== 201) {
          // The client resolves `..` before sending: the record may reach another route, and be refused there.
          if (answer.status !== 404) assertRefusal(answer);
          assert.deepEqual(await snapshot(), before);
        }
      }),
      { seed: SEED, numRuns: 40, endOnFailure: true },
    );
  });

  test('after it all, the host is up, its document keeps the contract, and it starts again on its store', async () => {
    const health = await send(host.base, { method: 'GET', path: '/api/health', headers: {}, body: undefined });
    assert.equal(health.status, 200, health.text);
    assert.deepEqual(faults, []);
    const checked = core.parseDocument(host.api.document());
    assert.ok(checked.ok, JSON.stringify(checked.problems?.slice(0, 5)));
    const rows = (await store.since(0)).length;
    await host.close();
    const again = await startApi(await openStore(where));
    try {
      assert.equal((await again.api.catchUp(), again.api.document().votes.length), host.api.document().votes.length);
      assert.ok(rows > 0);
    } finally {
      host = again;
    }
  });
});

function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
