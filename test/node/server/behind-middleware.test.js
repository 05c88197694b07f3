// partnership-kit/server mounted behind a portal's middleware.
//
// A portal that mounts it behind a body parser (Express's
// `app.use(express.json())` before its routes, Connect, a Next.js API route)
// hands the handler a request whose body has already been read. The handler
// takes the body the parser left on `req.body` through the same gates as one it
// reads itself; where there is none, it tells the operator at once and the kit
// keeps the record, rather than waiting out the body's deadline every time.
//
// Behind a compressing middleware (Express's compression(), which buffers a
// window of output before it sends any) or a buffering proxy, the live stream's
// events would wait for the buffer to fill: its headers ask both to pass it through.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, server, serveOver, startApi, sutton, vote, MEETING_NOW } from './harness.js';

const byHeader = (request) => request.headers['x-person'] ?? null;

/** Reads the whole body first, as a body parser does, and leaves `parse(text)` on `req.body` (nothing when undefined). */
function readFirst(parse) {
  return (request) =>
    new Promise((done) => {
      let text = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        const body = parse(text);
        if (body !== undefined) request.body = body;
        done();
      });
    });
}

/** The API behind `middleware`, as a portal mounts it; `errors` collects what the operator is told. */
async function behind(middleware, options = {}) {
  const errors = [];
  const api = await server.createPartnershipServer({
    document: sutton,
    store: await openStore(await freshStore('sqlite')),
    authenticate: byHeader,
    clock: () => MEETING_NOW,
    onError: (error) => errors.push(error),
    ...options,
  });
  const served = await serveOver(api, async (request, response) => {
    if (request.method === 'POST') await middleware(request);
    if (!(await api.handle(request, response))) response.writeHead(404).end();
  });
  return { ...served, errors };
}

const parsers = {
  'express.json(): a parsed object': (text) => JSON.parse(text),
  'express.raw(): a Buffer': (text) => Buffer.from(text, 'utf8'),
  'express.text(): a string': (text) => text,
};

for (const [name, parse] of Object.entries(parsers)) {
  describe(`partnership-kit/server behind a body parser, ${name}`, () => {
    let host;
    before(async () => (host = await behind(readFirst(parse))));
    after(() => host.close());

    test('a vote is stored once, and its replay answered as a replay', async () => {
      const record = vote('p-cognus-sd', 'elg-cognus');
      const first = await post(host.base, 'votes', record);
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.stored.choice, 'for');
      const again = await post(host.base, 'votes', record);
      assert.equal(again.status, 200);
      assert.equal(again.body.repeated, true);
      assert.deepEqual(host.errors, []);
    });
  });
}

describe('partnership-kit/server: a parsed body passes the same gates', () => {
  let host;
  before(
    async () =>
      (host = await behind(
        readFirst((text) => JSON.parse(text)),
        { maxRecordBytes: 600 },
      )),
  );
  after(() => host.close());

  test('a parsed record over the size limit is refused, naming the record', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus', 'for', { ext: { note: 'x'.repeat(700) } });
    const answer = await post(host.base, 'votes', record);
    assert.equal(answer.status, 413);
    assert.equal(answer.body.record, record.id);
  });

  test('a parsed record nested too deeply is refused', async () => {
    let deep = {};
    for (let i = 0; i < 20; i += 1) deep = { deep };
    const record = vote('p-cognus-sd', 'elg-cognus', 'for', { ext: deep });
    const answer = await post(host.base, 'votes', record);
    assert.equal(answer.status, 400);
    assert.match(answer.body.error, /nests deeper/);
  });

  test('a parsed record too deep for JSON to write again is refused at its path, not answered 503', async () => {
    // The portal's parser takes far more than the host's 600 bytes: 50,000 levels overflow JSON.stringify's stack.
    const record = vote('p-cognus-sd', 'elg-cognus');
    const levels = 50_000;
    const text = JSON.stringify(record).replace(/}$/, `,"ext":{"a":${'['.repeat(levels)}${']'.repeat(levels)}}}`);
    const response = await fetch(`${host.base}/api/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, 'x-person': record.by },
      body: text,
    });
    const answer = await response.json();
    assert.equal(response.status, 400, JSON.stringify(answer));
    assert.deepEqual(host.errors, []);
    assert.equal(answer.record, record.id);
    assert.deepEqual(
      answer.problems.map((p) => [p.path, p.code]),
      [['vote.ext', 'wrong-value']],
    );
  });
});

describe('partnership-kit/server: a body read and not left on req.body', () => {
  let host;
  before(
    async () =>
      (host = await behind(
        readFirst(() => undefined),
        { bodyTimeoutMs: 10_000 },
      )),
  );
  after(() => host.close());

  test('is answered at once with a 503 naming no record, so the kit keeps it, and the operator is told how to mount the handler', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const started = Date.now();
    const answer = await post(host.base, 'votes', record);
    assert.ok(Date.now() - started < 5_000, 'answered before the body deadline');
    assert.equal(answer.status, 503);
    assert.equal(answer.body.record, undefined);
    assert.equal(host.errors.length, 1);
    assert.match(String(host.errors[0].message), /before the handler/);
    assert.match(String(host.errors[0].message), /express\.json/);
  });

  test('tells a Koa or Fastify operator where their framework left the parsed body, and how to hand it on', async () => {
    host.errors.length = 0;
    await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'));
    const said = String(host.errors[0]?.message);
    // koa-bodyparser leaves it on Koa's ctx.request, Fastify's parser on its own request: neither on Node's.
    assert.ok(said.includes('ctx.req.body = ctx.request.body'), said);
    assert.ok(said.includes('request.raw.body = request.body'), said);
  });
});

describe('partnership-kit/server: the live stream behind compression and proxies', () => {
  test('says no-transform (RFC 9111; compression() and proxies leave it as sent) and X-Accel-Buffering: no', async () => {
    const host = await startApi(await openStore(await freshStore('sqlite')));
    const controller = new AbortController();
    try {
      const response = await fetch(`${host.base}/api/partnership/events`, { signal: controller.signal });
      assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
      assert.match(response.headers.get('cache-control'), /\bno-transform\b/);
      assert.match(response.headers.get('cache-control'), /\bno-store\b/);
      assert.equal(response.headers.get('x-accel-buffering'), 'no');
    } finally {
      controller.abort();
      await host.close();
    }
  });
});

/**
 * A portal that mounts the handler at a path (`app.use('/api', …)` in Express, or on a Router mounted at
 * `/council`), as Express and Connect do it: `req.url` loses the mount path, `req.originalUrl` keeps the URL sent.
 */
async function mountedAt(mountPath, options = {}) {
  const api = await server.createPartnershipServer({
    document: sutton,
    store: await openStore(await freshStore('sqlite')),
    authenticate: byHeader,
    clock: () => MEETING_NOW,
    ...options,
  });
  return serveOver(api, async (request, response) => {
    if (request.url.startsWith(`${mountPath}/`)) {
      request.originalUrl = request.url;
      request.url = request.url.slice(mountPath.length);
    }
    if (!(await api.handle(request, response))) response.writeHead(404).end();
  });
}

const mounts = [
  { name: "Express's app.use('/api', …)", mountPath: '/api', options: {}, api: '/api' },
  {
    name: "a Router mounted at '/council', basePath '/council/api'",
    mountPath: '/council',
    options: { basePath: '/council/api' },
    api: '/council/api',
  },
];

for (const { name, mountPath, options, api } of mounts) {
  describe(`partnership-kit/server mounted at a path: ${name}`, () => {
    let host;
    before(async () => (host = await mountedAt(mountPath, options)));
    after(() => host.close());

    test('a vote is stored and the document, read at the URL the page asked, names its live channel there', async () => {
      const record = vote('p-cognus-sd', 'elg-cognus');
      const sent = await fetch(`${host.base}${api}/votes`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, 'x-person': record.by },
        body: JSON.stringify(record),
      });
      assert.equal(sent.status, 201);
      const read = await fetch(`${host.base}${api}/partnership`, { headers: { 'x-person': record.by } });
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('link'), `<${api}/partnership/events?after=1>; rel="partnership-events"`);
      assert.ok((await read.json()).votes.some((stored) => stored.id === record.id));
    });

    test('a path outside the API is still the portal’s', async () => {
      const answer = await fetch(`${host.base}${mountPath}/news`);
      assert.equal(answer.status, 404);
    });
  });
}
