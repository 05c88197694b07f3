// A council with the elements on www.council.gov.uk and the host on portal.council.gov.uk: before, the
// server had no CORS, so a browser kept every answer from the page, and the README did not say so.
// `allowedOrigins` names each such site: its reads, its live stream and its records are answered with
// Access-Control-Allow-Origin naming it (with credentials), its preflights with 204, and its records pass the
// cross-site gate. Any other site is answered as before: no CORS headers, its records refused. Over real HTTP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, raw, sendVote, server, startApi, sutton } from './harness.js';

const WWW = 'https://www.council.gov.uk';
const ELSEWHERE = 'https://elsewhere.example';
const member = { 'x-person': 'p-cognus-sd' };

/** A vote sent as the kit's outbox sends it, from a page at `origin`. */
const sendVoteFrom = (base, origin) => sendVote(base, { Origin: origin });

/** The CORS headers of an answer, as a browser reads them. */
const corsOf = ({ headers }) => ({
  origin: headers['access-control-allow-origin'],
  credentials: headers['access-control-allow-credentials'],
  exposed: headers['access-control-expose-headers'],
});
const varies = ({ headers }) => (headers.vary ?? '').split(/\s*,\s*/).map((name) => name.toLowerCase());

describe('partnership-kit/server: allowedOrigins, the sites other than its own whose pages may use it', () => {
  let host;
  before(async () => {
    host = await startApi(await openStore(await freshStore('sqlite')), { allowedOrigins: [WWW] });
  });
  after(() => host.close());

  test('the document, read from a listed site: its origin allowed, with credentials, the Link and Retry-After shown', async () => {
    const answer = await raw(host.base, '/api/partnership', { headers: { Origin: WWW, ...member } });
    assert.equal(answer.status, 200);
    assert.deepEqual(corsOf(answer), { origin: WWW, credentials: 'true', exposed: 'Link, Retry-After, Date' });
    assert.match(answer.headers.link, /rel="partnership-events"/);
    // No cache may give this answer to another site: and compression's own Vary is kept beside it.
    assert.ok(varies(answer).includes('origin'), answer.headers.vary);
    assert.ok(varies(answer).includes('accept-encoding'), answer.headers.vary);
  });

  test('the live stream, from a listed site: its origin allowed, with credentials', async () => {
    const answer = await raw(host.base, '/api/partnership/events', {
      headers: { Origin: WWW, Accept: 'text/event-stream', ...member },
      firstChunk: true,
    });
    assert.equal(answer.status, 200);
    assert.match(answer.headers['content-type'], /^text\/event-stream/);
    assert.deepEqual(corsOf(answer), { origin: WWW, credentials: 'true', exposed: 'Link, Retry-After, Date' });
    assert.ok(varies(answer).includes('origin'), answer.headers.vary);
  });

  test('a record from a listed site: its preflight answered, then stored, and the answer shown to it', async () => {
    const preflight = await raw(host.base, '/api/votes', {
      method: 'OPTIONS',
      headers: {
        Origin: WWW,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], WWW);
    assert.equal(preflight.headers['access-control-allow-credentials'], 'true');
    assert.equal(preflight.headers['access-control-allow-methods'], 'POST');
    const asked = preflight.headers['access-control-allow-headers'].toLowerCase().split(/\s*,\s*/);
    for (const header of ['content-type', 'idempotency-key']) assert.ok(asked.includes(header), header);
    const sent = await sendVoteFrom(host.base, WWW);
    assert.equal(sent.status, 201, sent.text);
    assert.equal(corsOf(sent).origin, WWW);
  });

  test('any other site: no CORS headers (the browser keeps the answer from it), its preflight and records refused', async () => {
    const read = await raw(host.base, '/api/partnership', { headers: { Origin: ELSEWHERE, ...member } });
    assert.equal(read.status, 200);
    assert.deepEqual(corsOf(read), { origin: undefined, credentials: undefined, exposed: undefined });
    assert.ok(varies(read).includes('origin'), 'the answer varies by Origin all the same');
    const preflight = await raw(host.base, '/api/votes', {
      method: 'OPTIONS',
      headers: { Origin: ELSEWHERE, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    assert.match(JSON.parse(preflight.text).error, /not one of the host's allowedOrigins/);
    const sent = await sendVoteFrom(host.base, ELSEWHERE);
    assert.equal(sent.status, 403, sent.text);
    assert.equal(corsOf(sent).origin, undefined);
    // A site that differs only by scheme or port is another origin.
    assert.equal((await sendVoteFrom(host.base, 'http://www.council.gov.uk')).status, 403);
    assert.equal((await sendVoteFrom(host.base, `${WWW}:8443`)).status, 403);
  });

  test('a preflight for a path that is not the API’s is left to the portal', async () => {
    const answer = await raw(host.base, '/api/nothing-here', {
      method: 'OPTIONS',
      headers: { Origin: WWW, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(answer.status, 404);
    assert.deepEqual(corsOf(answer), { origin: undefined, credentials: undefined, exposed: undefined });
  });

  // The portal's own routes under the base (an account page, its own API) were answered with the listed
  // site's origin and credentials allowed: that site's pages could read them with the member's cookie.
  test('a path of the portal’s own under the base gets none of the API’s CORS headers', async () => {
    const answer = await raw(host.base, '/api/account', { headers: { Origin: WWW, ...member } });
    assert.equal(answer.status, 404, 'the portal answered it');
    assert.deepEqual(corsOf(answer), { origin: undefined, credentials: undefined, exposed: undefined });
    assert.equal(answer.headers.vary, undefined);
  });
});

describe('partnership-kit/server closing, beside the portal’s own routes under its base', () => {
  test('a path of the portal’s own is still the portal’s: not answered 503', async () => {
    const store = await openStore(await freshStore('sqlite'));
    const host = await startApi(store, { allowedOrigins: [WWW] });
    try {
      await host.api.close();
      assert.equal((await raw(host.base, '/api/account', { headers: member })).status, 404);
      assert.equal((await raw(host.base, '/api/partnership', { headers: member })).status, 503);
    } finally {
      await host.close();
    }
  });
});

describe('partnership-kit/server without allowedOrigins', () => {
  let host;
  before(async () => {
    host = await startApi(await openStore(await freshStore('sqlite')));
  });
  after(() => host.close());

  test('answers no site with CORS headers, and refuses a record from another site, as before', async () => {
    const read = await raw(host.base, '/api/partnership', { headers: { Origin: WWW, ...member } });
    assert.equal(corsOf(read).origin, undefined);
    const refused = await sendVoteFrom(host.base, WWW);
    assert.equal(refused.status, 403);
    // Its reason tells the member's page this is the site, not their session: signing in again will not mend it.
    assert.equal(JSON.parse(refused.text).reason, 'other-site');
    const preflight = await raw(host.base, '/api/votes', {
      method: 'OPTIONS',
      headers: { Origin: WWW, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 405);
  });
});

describe('allowedOrigins that are not origins are refused at start, saying how to write them', () => {
  const start = async (allowedOrigins) => {
    const store = await openStore(await freshStore('sqlite'));
    try {
      await server.createPartnershipServer({ document: sutton, store, authenticate: () => null, allowedOrigins });
    } finally {
      await store.close();
    }
  };

  test("'*': each site must be named", async () => {
    await assert.rejects(start(['*']), /allowedOrigins\[0\] is '\*': list each site the elements are on/);
  });

  test('a path or a trailing slash: the origin it should be', async () => {
    await assert.rejects(
      start([WWW, `${WWW}/`]),
      /allowedOrigins\[1\] 'https:\/\/www\.council\.gov\.uk\/' is not an origin .* like 'https:\/\/www\.council\.gov\.uk'/,
    );
    await assert.rejects(start(['www.council.gov.uk']), /allowedOrigins\[0\] 'www\.council\.gov\.uk' is not an origin/);
  });
});
