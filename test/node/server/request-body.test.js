// What partnership-kit/server reads of a record's body before deciding
// anything: no more than its limit, no longer than its deadline, and JSON in
// UTF-8, a byte-order mark allowed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { tsImport } from 'tsx/esm/api';
import { freshStore, openStore, post, startApi, vote } from './harness.js';

/** Sends the headers of a POST and `chunks` of body, `gapMs` apart; resolves with the answer and how many chunks had gone. */
function rawPost(base, { headers, chunks = [], gapMs = 0, end = true }) {
  let i = 0;
  return new Promise((resolve, reject) => {
    const sending = httpRequest(`${base}/api/votes`, { method: 'POST', headers }, (response) => {
      const sent = i;
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: JSON.parse(text),
          sent,
        }),
      );
    });
    sending.on('error', (error) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    sending.flushHeaders();
    const next = () => {
      if (i < chunks.length) sending.write(chunks[i++], () => setTimeout(next, gapMs));
      else if (end) sending.end();
    };
    next();
  });
}

describe('partnership-kit/server: reading a record', () => {
  let host;
  // The default deadline for a body (10 s): a short one here would answer 408 to a whole body whenever the
  // machine stalls that long. The test of the deadline has a host of its own.
  before(async () => (host = await startApi(await openStore(await freshStore('sqlite')))));
  after(() => host.close());
  const json = (record, more = {}) => ({
    'Content-Type': 'application/json',
    'Idempotency-Key': record.id,
    'x-person': record.by,
    ...more,
  });

  test('a declared length over the limit is refused at once, unread, and the connection closed', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const answer = await rawPost(host.base, { headers: json(record, { 'Content-Length': '1000000000' }), end: false });
    assert.equal(answer.status, 413);
    assert.equal(answer.headers.connection, 'close');
    assert.equal(answer.body.record, record.id);
  });

  test('a record over the limit is not said to be too large because of its "ext": any field may be', async () => {
    // A vote with no ext, made large by a long field: "Keep ext small" sent its sender looking in the wrong place.
    const record = { ...vote('p-cognus-sd', 'elg-cognus'), note: 'x'.repeat(9000) };
    const answer = await rawPost(host.base, { headers: json(record), chunks: [JSON.stringify(record)] });
    assert.equal(answer.status, 413);
    assert.match(answer.body.error, /larger than \d+ bytes/);
    assert.match(answer.body.error, /a long text or a large "ext"/);
  });

  test('a body that passes the limit as it arrives is refused then, not read to its end', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const chunk = 'x'.repeat(4096);
    const answer = await rawPost(host.base, { headers: json(record), chunks: [chunk, chunk, chunk], end: false });
    assert.equal(answer.status, 413);
  });

  test('a body still arriving after the deadline is answered 408 with no record, so the kit keeps it', async () => {
    const slow = await startApi(await openStore(await freshStore('sqlite')), { bodyTimeoutMs: 300 });
    try {
      const record = vote('p-cognus-sd', 'elg-cognus');
      const text = JSON.stringify(record);
      const chunks = [...text].map((c) => c);
      const answer = await rawPost(slow.base, { headers: json(record), chunks, gapMs: 50 });
      assert.equal(answer.status, 408);
      assert.equal(answer.body.record, undefined);
      // Answered as the body still came, not once it had all come: timed (2 s), a loaded machine could fail it.
      assert.ok(answer.sent < chunks.length, `answered after ${answer.sent} of the body's ${chunks.length} pieces`);
    } finally {
      await slow.close();
    }
  });

  test('a compressed body is refused, 415, saying so, not as text that is not UTF-8', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const { gzipSync } = await import('node:zlib');
    const body = gzipSync(JSON.stringify(record));
    const headers = { ...json(record), 'Content-Encoding': 'gzip' };
    const answer = await rawPost(host.base, { headers, chunks: [body] });
    assert.equal(answer.status, 415);
    assert.match(answer.body.error, /^The record is compressed \(Content-Encoding: gzip\)/);
    assert.match(answer.body.error, /Send it uncompressed/);
  });

  test('JSON with a byte-order mark is read; a charset other than UTF-8 is refused, 415', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const withMark = await rawPost(host.base, { headers: json(record), chunks: [`\uFEFF${JSON.stringify(record)}`] });
    assert.equal(withMark.status, 201, JSON.stringify(withMark.body));
    const other = vote('p-carew-head', 'elg-special');
    const latin = await post(host.base, 'votes', other, other.by, {
      'Content-Type': 'application/json; charset=latin1',
    });
    assert.equal(latin.status, 415);
    assert.match(latin.body.error, /UTF-8/);
    const utf8 = await post(host.base, 'votes', other, other.by, {
      'Content-Type': 'application/json; charset="UTF-8"',
    });
    assert.equal(utf8.status, 201);
  });

  test('a body whose bytes are not UTF-8 is refused, 415, not stored with replacement characters', async () => {
    const record = vote('p-hackbridge-head', 'elg-early-years');
    const [before, after] = JSON.stringify({ ...record, ext: { note: 'X' } }).split('X');
    const latin = Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]); // "é" in Latin-1
    const answer = await rawPost(host.base, { headers: json(record), chunks: [latin] });
    assert.equal(answer.status, 415, JSON.stringify(answer.body));
    assert.match(answer.body.error, /UTF-8/);
  });

  test('a 415 refuses how the record was sent, not the record: it names no record, and the vote is stored once sent right', async () => {
    const record = vote('p-wilsons-head', 'elg-secondary');
    const body = JSON.stringify(record);
    const { gzipSync } = await import('node:zlib');
    const [before, after] = JSON.stringify({ ...record, ext: { note: 'X' } }).split('X');
    const sendings = [
      ...['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=iso-8859-1', undefined].map(
        (type) => [type, { headers: { ...json(record), 'Content-Type': type }, chunks: [body] }],
      ),
      ['gzip', { headers: json(record, { 'Content-Encoding': 'gzip' }), chunks: [gzipSync(body)] }],
      [
        'Latin-1 bytes',
        {
          headers: json(record),
          chunks: [Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)])],
        },
      ],
    ];
    for (const [how, sending] of sendings) {
      if (sending.headers['Content-Type'] === undefined) delete sending.headers['Content-Type'];
      const answer = await rawPost(host.base, sending);
      assert.equal(answer.status, 415, String(how));
      // Before, `record` named it, and the kit's outbox dropped the member's vote as "Not accepted".
      assert.deepEqual(Object.keys(answer.body), ['error'], String(how));
    }
    assert.equal((await post(host.base, 'votes', record)).status, 201);
  });

  test("the kit's outbox keeps a record the host refuses 415 (a proxy rewrote its type), to send again, in the host's words", async () => {
    const { httpSender } = await tsImport('../../../src/data/outbox-senders.ts', import.meta.url);
    const record = vote('p-hackbridge-head', 'elg-early-years');
    // As a proxy or a portal's middleware that rewrites the body's type on its way to the host.
    const rewritten = (url, init) =>
      fetch(new URL(url, host.base), {
        ...init,
        headers: { ...init.headers, 'Content-Type': 'text/plain', 'x-person': record.by },
      });
    const outcome = await httpSender('/api/votes', rewritten)(record);
    assert.deepEqual(outcome, {
      outcome: 'retry',
      problem: 'refused',
      // The status apart from the host's words, so the page says each once.
      status: 415,
      message: 'Send the record as JSON in UTF-8, with Content-Type: application/json.',
    });
    const asSent = (url, init) =>
      fetch(new URL(url, host.base), { ...init, headers: { ...init.headers, 'x-person': record.by } });
    assert.equal(
      (await httpSender('/api/votes', asSent)(record)).outcome,
      'confirmed',
      'sent again as the kit sends it',
    );
  });

  test('JSON that does not parse is answered with where it breaks; an empty body is named as empty', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const broken = await rawPost(host.base, { headers: json(record), chunks: ['{"id": "x",}'] });
    assert.equal(broken.status, 400);
    assert.match(broken.body.error, /could not be read as JSON: .*\(line 1 column 11\)\.$/);
    const empty = await rawPost(host.base, { headers: json(record), chunks: [''] });
    assert.equal(empty.status, 400);
    assert.match(empty.body.error, /empty/);
  });

  test('a body that is not JSON, or is empty, is a problem in the contract’s shape at the record’s path', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    for (const [text, column, mistake] of [
      ['{"id": "x",}', 11, 'comma-after-last'],
      ["{'id': 'x'}", 2, 'single-quotes'],
      ['', 1, 'empty'],
    ]) {
      const answer = await rawPost(host.base, { headers: json(record), chunks: [text] });
      assert.equal(answer.status, 400);
      assert.equal(answer.body.reason, 'malformed');
      assert.equal(answer.body.record, record.id);
      const [problem, ...more] = answer.body.problems;
      assert.deepEqual(more, []);
      assert.equal(problem.path, 'vote');
      assert.equal(problem.code, 'not-json');
      assert.deepEqual([problem.values.syntax.line, problem.values.syntax.column], [1, column]);
      assert.equal(problem.values.syntax.code, mistake);
      assert.match(problem.message, new RegExp(`^vote has a mistake in its JSON at line 1 column ${column}\\.`));
      // One mistake, one place: the answer's `error` and the parser's reason name the column the problem does
      // (the comma to delete, not the bracket after it), and name no other.
      const columns = (said) => [...said.matchAll(/column (\d+)/g)].map(([, at]) => Number(at));
      assert.deepEqual(columns(answer.body.error), text === '' ? [] : [column], answer.body.error);
      assert.deepEqual(columns(problem.values.reason), [column], problem.values.reason);
    }
    const attendance = await fetch(`${host.base}/api/attendance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-person': 'p-elg-chair', 'Idempotency-Key': 'k1' },
      body: '[',
    });
    assert.equal((await attendance.json()).problems[0].path, 'attendance');
  });

  test('an ext nested 16 levels, as the contract allows, is stored; one level more is refused at vote.ext', async () => {
    // `ext` itself is the first of its 16 levels, and the record's own object one more: 17 in the body.
    const nest = (levels) => Array.from({ length: levels - 1 }).reduce((inner) => ({ inner }), {});
    const allowed = vote('p-cognus-sd', 'elg-cognus', 'for', { ext: nest(16) });
    const stored = await rawPost(host.base, { headers: json(allowed), chunks: [JSON.stringify(allowed)] });
    assert.equal(stored.status, 201, JSON.stringify(stored.body));
    for (const ext of [nest(17), nest(400)]) {
      const deeper = vote('p-carew-head', 'elg-special', 'for', { ext });
      const refused = await rawPost(host.base, { headers: json(deeper), chunks: [JSON.stringify(deeper)] });
      assert.equal(refused.status, 400);
      assert.equal(refused.body.reason, 'malformed');
      assert.deepEqual(
        refused.body.problems.map((p) => [p.path, p.code, p.values.tooDeep]),
        [['vote.ext', 'wrong-value', 16]],
      );
      assert.match(
        refused.body.error,
        /nests deeper than 17 levels\. vote\.ext must hold your own data at most 16 levels/,
      );
    }
  });

  test('an Idempotency-Key that is not the record’s id is answered with the id it should be', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const answer = await post(host.base, 'votes', record, record.by, { 'Idempotency-Key': 'other' });
    assert.equal(answer.status, 400);
    assert.match(answer.body.error, new RegExp(`set it to '${record.id}'`));
  });
});

describe('partnership-kit/server: basePath', () => {
  const sqlite = async () => openStore(await freshStore('sqlite'));

  test('a trailing slash is dropped, and "/" puts the API at the root', async () => {
    for (const [basePath, path] of [
      ['/council/api/', '/council/api/partnership'],
      ['/', '/partnership'],
    ]) {
      const host = await startApi(await sqlite(), { basePath });
      try {
        const response = await fetch(`${host.base}${path}`);
        assert.equal(response.status, 200, `${basePath}: ${path}`);
        assert.match(response.headers.get('link'), new RegExp(`^<${path}/events\\?after=0>`));
      } finally {
        await host.close();
      }
    }
  });

  test('a path not from the root is refused at start, saying how to write it', async () => {
    const store = await sqlite();
    await assert.rejects(startApi(store, { basePath: 'council/api' }), /leading '\/'.*'\/council\/api'/);
    await store.close();
  });
});

describe('partnership-kit/server: close()', () => {
  test('every request after it is answered 503 with Retry-After, and a vote being stored is stored', async () => {
    const where = await freshStore('sqlite');
    const host = await startApi(await openStore(where));
    const record = vote('p-cognus-sd', 'elg-cognus');
    const sending = post(host.base, 'votes', record);
    // The vote's request is on its way when the server begins to close.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const closing = host.api.close();
    const read = await fetch(`${host.base}/api/partnership`);
    assert.equal(read.status, 503);
    assert.equal(read.headers.get('retry-after'), '5');
    const stream = await fetch(`${host.base}/api/partnership/events`);
    assert.equal(stream.status, 503, 'no live stream is opened on a closing server');
    const sent = await sending;
    await closing;
    assert.ok([201, 503].includes(sent.status), `answered ${sent.status}`);
    const again = await startApi(await openStore(where));
    try {
      const stored = again.api.document().votes.some((v) => v.id === record.id);
      assert.equal(stored, sent.status === 201, 'a vote answered 201 is stored; one answered 503 is sent again');
    } finally {
      await again.close();
      await host.close();
    }
  });
});

describe('partnership-kit/server: methods', () => {
  test('a read answers HEAD as GET, and another method 405 with Allow', async () => {
    const host = await startApi(await openStore(await freshStore('sqlite')));
    try {
      const head = await fetch(`${host.base}/api/partnership`, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('content-type'), 'application/json; charset=utf-8');
      for (const method of ['POST', 'DELETE', 'PUT']) {
        const answer = await fetch(`${host.base}/api/partnership`, { method });
        assert.equal(answer.status, 405, method);
        assert.equal(answer.headers.get('allow'), 'GET, HEAD');
      }
      const stream = await fetch(`${host.base}/api/partnership/events`, { method: 'HEAD' });
      assert.deepEqual([stream.status, stream.headers.get('allow')], [405, 'GET']);
      const vote = await fetch(`${host.base}/api/votes`, { method: 'GET' });
      assert.equal(vote.status, 405);
      assert.equal(vote.headers.get('allow'), 'POST');
    } finally {
      await host.close();
    }
  });
});

describe('partnership-kit/server: records a minute', () => {
  test('past maxRecordsPerMinute a person is answered 429 with Retry-After and no record; others are not held up', async () => {
    const host = await startApi(await openStore(await freshStore('sqlite')), { maxRecordsPerMinute: 2 });
    try {
      const send = (by, seat) => post(host.base, 'votes', vote(by, seat));
      assert.equal((await send('p-cognus-sd', 'elg-cognus')).status, 201);
      assert.equal((await send('p-cognus-sd', 'elg-cognus')).status, 201);
      const response = await fetch(`${host.base}/api/votes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'x', 'x-person': 'p-cognus-sd' },
        body: JSON.stringify(vote('p-cognus-sd', 'elg-cognus')),
      });
      assert.equal(response.status, 429);
      assert.ok(Number(response.headers.get('retry-after')) >= 1);
      const body = await response.json();
      assert.equal(body.record, undefined, 'the kit keeps the record and sends it again');
      assert.match(body.error, /sent 2 records in the last minute/);
      assert.equal(body.reason, 'too-many', 'the page says it in its own language');
      assert.equal((await send('p-carew-head', 'elg-special')).status, 201);
    } finally {
      await host.close();
    }
  });
});

test('a client gone mid-body is not told to the operator as a failure of the host', async () => {
  const failures = [];
  const host = await startApi(await openStore(await freshStore('sqlite')), {
    onError: (error) => failures.push(error.message),
  });
  try {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const body = JSON.stringify(record);
    const sending = httpRequest(`${host.base}/api/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length), 'x-person': record.by },
    });
    sending.on('error', () => undefined);
    sending.write(body.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    sending.destroy(); // the phone lost its signal
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(failures, []);
    assert.equal((await post(host.base, 'votes', record)).status, 201, 'the host still takes the vote sent again');
  } finally {
    await host.close();
  }
});
