// The API's answers compressed for a governor's phone on mobile data. A portal
// that mounts the handler straight on node:http (as docs/server.md shows, and as the
// reference host does) has nothing in front of it to compress: the document,
// 32 KB for the Sutton partnership and about 1 MB at a hundred times its size,
// went out whole. Now brotli (else gzip) when the client accepts it, the bytes
// decoding to the same answer; small answers and the live stream as they were.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http2 from 'node:http2';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { freshStore, openStore, raw, server, startApi, sutton, vote, MEETING_NOW } from './harness.js';

const decode = { br: brotliDecompressSync, gzip: gunzipSync };
/** The answer's body as text, decoded by its Content-Encoding. */
const textOf = (answer) =>
  (decode[answer.headers['content-encoding']] ?? ((bytes) => bytes))(answer.body).toString('utf8');
const member = { 'x-person': 'p-cognus-sd' };

describe('partnership-kit/server compresses its answers', () => {
  let host;
  let plain;
  before(async () => {
    host = await startApi(await openStore(await freshStore('sqlite')));
    plain = await raw(host.base, '/api/partnership', { headers: member });
  });
  after(() => host.close());

  test('the document goes in brotli to a browser that takes it, and in gzip to one that takes only gzip', async () => {
    assert.equal(plain.headers['content-encoding'], undefined, 'no Accept-Encoding, no compression');
    const document = JSON.parse(plain.body.toString('utf8'));
    const br = await raw(host.base, '/api/partnership', {
      headers: { ...member, 'Accept-Encoding': 'gzip, deflate, br, zstd' },
    });
    const gzip = await raw(host.base, '/api/partnership', { headers: { ...member, 'Accept-Encoding': 'gzip' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(textOf(br)), document);
    assert.deepEqual(JSON.parse(textOf(gzip)), document);
    assert.ok(br.body.length < plain.body.length / 3, `${br.body.length} bytes of ${plain.body.length}`);
    for (const answer of [br, gzip, plain]) {
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.vary, 'Accept-Encoding');
      assert.equal(answer.headers['cache-control'], 'no-store');
      assert.equal(answer.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(answer.headers.link, plain.headers.link);
    }
  });

  test('a coding refused with q=0, or identity asked for alone, is not sent', async () => {
    const codingFor = async (acceptEncoding) =>
      (await raw(host.base, '/api/partnership', { headers: { 'Accept-Encoding': acceptEncoding } })).headers[
        'content-encoding'
      ];
    assert.equal(await codingFor('identity'), undefined);
    assert.equal(await codingFor('br;q=0, gzip'), 'gzip');
    assert.equal(await codingFor('gzip;q=0, br;q=0'), undefined);
    assert.equal(await codingFor('*'), 'br');
    assert.equal(await codingFor('*;q=0, identity'), undefined);
    assert.equal(await codingFor('BR;Q=0.5'), 'br');
    assert.equal(await codingFor('deflate'), undefined);
  });

  test('the calendar feed is compressed too, and HEAD says so without a body', async () => {
    const feed = await raw(host.base, '/api/partnership.ics?lang=cy');
    const br = await raw(host.base, '/api/partnership.ics?lang=cy', { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(textOf(br), feed.body.toString('utf8'));
    assert.match(br.headers['content-disposition'], /attachment; filename=".+\.ics"/);
    assert.equal(br.headers.vary, 'Accept-Encoding');
    const head = await raw(host.base, '/api/partnership', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(head.body.length, 0);
  });

  test('a small answer goes as it is: compressing it would save less than the header costs', async () => {
    const record = vote('p-cognus-sd', 'elg-cognus');
    const stored = await raw(host.base, '/api/votes', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': record.id,
        'Accept-Encoding': 'br, gzip',
        ...member,
      },
      body: JSON.stringify(record),
    });
    assert.equal(stored.status, 201, stored.body.toString('utf8'));
    assert.ok(stored.body.length < 1024);
    assert.equal(stored.headers['content-encoding'], undefined);
    assert.equal(JSON.parse(stored.body.toString('utf8')).id, record.id);
    const refused = await raw(host.base, '/api/partnership', { method: 'POST', headers: { 'Accept-Encoding': 'br' } });
    assert.equal(refused.status, 405);
    assert.equal(refused.headers['content-encoding'], undefined);
  });

  test('the live stream is never compressed: each event must reach the page as it is sent', async () => {
    const stream = await raw(host.base, '/api/partnership/events', {
      headers: { 'Accept-Encoding': 'br, gzip', ...member },
      firstChunk: true,
    });
    assert.equal(stream.headers['content-type'], 'text/event-stream; charset=utf-8');
    assert.equal(stream.headers['content-encoding'], undefined);
    assert.match(stream.body.toString('utf8'), /^retry: 3000\n\n/);
  });
});

test('compress: false leaves compressing to a proxy in front', async () => {
  const host = await startApi(await openStore(await freshStore('sqlite')), { compress: false });
  try {
    const answer = await raw(host.base, '/api/partnership', { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(answer.headers['content-encoding'], undefined);
    assert.equal(answer.headers.vary, undefined);
    assert.equal(JSON.parse(answer.body.toString('utf8')).partnership.id, 'sutton-ep');
  } finally {
    await host.close();
  }
});

test('a Vary the portal set before the handler is kept, Accept-Encoding added to it', async () => {
  const host = await startApi(await openStore(await freshStore('sqlite')), {
    authenticate: () => null,
    portal: (request, response) => {
      response.setHeader('Vary', 'Origin'); // as cors() does
      return false;
    },
  });
  try {
    const answer = await raw(host.base, '/api/partnership', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(answer.headers['content-encoding'], 'gzip');
    assert.equal(answer.headers.vary, 'Origin, Accept-Encoding');
  } finally {
    await host.close();
  }
});

test('over HTTP/2 (Node’s own server, its compatibility API) the document goes compressed too', async () => {
  const api = await server.createPartnershipServer({
    document: sutton,
    store: await openStore(await freshStore('sqlite')),
    authenticate: () => null,
    clock: () => MEETING_NOW,
  });
  const h2 = http2.createServer(async (request, response) => {
    if (!(await api.handle(request, response))) response.writeHead(404).end();
  });
  await new Promise((done) => h2.listen(0, '127.0.0.1', done));
  const session = http2.connect(`http://127.0.0.1:${h2.address().port}`);
  try {
    const answer = await new Promise((done, fail) => {
      const stream = session.request({ ':path': '/api/partnership', 'accept-encoding': 'br' });
      const chunks = [];
      let headers;
      stream.on('response', (received) => (headers = received));
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => done({ headers, body: Buffer.concat(chunks) }));
      stream.on('error', fail);
      stream.end();
    });
    assert.equal(answer.headers[':status'], 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.headers.vary, 'Accept-Encoding');
    assert.equal(JSON.parse(textOf(answer)).partnership.id, 'sutton-ep');
  } finally {
    session.close();
    await new Promise((done) => h2.close(done));
    await api.close();
  }
});
