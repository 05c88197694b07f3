// A portal that serves partnership-kit/server from Node's own HTTP/2 server
// (`http2.createSecureServer` with its HTTP/1 compatibility API; h2c here, as
// tests have no certificate). A browser over HTTP/2 sends `:authority`, not
// `Host`, so the same-site check reads it; and HTTP/2 has no `Connection`
// header, which Node drops with a warning in the operator's log.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http2 from 'node:http2';
import { freshStore, openStore, server, sutton, vote, MEETING_NOW } from './harness.js';

/** One HTTP/2 request on `session`: its status and body (for a stream, the first event block). */
function ask(session, headers, body) {
  return new Promise((done, fail) => {
    const stream = session.request(headers);
    let status;
    let text = '';
    stream.on('response', (answer) => (status = answer[':status']));
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      text += chunk;
      if (String(headers[':path']).endsWith('/events') && text.includes('\n\n')) {
        stream.close();
        done({ status, text });
      }
    });
    stream.on('end', () => done({ status, text }));
    stream.on('error', fail);
    stream.end(body);
  });
}

describe('partnership-kit/server on node:http2', () => {
  let api;
  let h2;
  let session;
  let origin;
  const warnings = [];
  const onWarning = (warning) => warnings.push(warning.message);

  before(async () => {
    process.on('warning', onWarning);
    api = await server.createPartnershipServer({
      document: sutton,
      store: await openStore(await freshStore('sqlite')),
      authenticate: (request) => request.headers['x-person'] ?? null,
      clock: () => MEETING_NOW,
    });
    h2 = http2.createServer(async (request, response) => {
      if (!(await api.handle(request, response))) response.writeHead(404).end();
    });
    await new Promise((done) => h2.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${h2.address().port}`;
    session = http2.connect(origin);
  });
  after(async () => {
    process.off('warning', onWarning);
    session.close();
    await new Promise((done) => h2.close(done));
    await api.close();
  });

  const send = (record, from) =>
    ask(
      session,
      {
        ':method': 'POST',
        ':path': '/api/votes',
        'content-type': 'application/json',
        'idempotency-key': record.id,
        'x-person': record.by,
        origin: from,
      },
      JSON.stringify(record),
    );

  test('a vote from the site itself is stored', async () => {
    const answer = await send(vote('p-cognus-sd', 'elg-cognus'), origin);
    assert.equal(answer.status, 201, answer.text);
  });

  test('a vote from another site is refused', async () => {
    const answer = await send(vote('p-cognus-sd', 'elg-cognus'), 'https://elsewhere.example');
    assert.equal(answer.status, 403, answer.text);
  });

  test('the document and the live stream are served, with no warning in the log', async () => {
    const document = await ask(session, { ':path': '/api/partnership', 'x-person': 'p-cognus-sd' });
    assert.equal(document.status, 200);
    assert.equal(JSON.parse(document.text).partnership.id, sutton.partnership.id);
    const stream = await ask(session, { ':path': '/api/partnership/events', 'x-person': 'p-cognus-sd' });
    assert.equal(stream.status, 200);
    assert.match(stream.text, /^retry: 3000/);
    await new Promise((done) => setImmediate(done));
    assert.deepEqual(warnings, []);
  });
});
