// Test harness for partnership-kit/server: a node:http server around it on a
// free port, on the store a test names (SQLite in a temp folder, or the
// throwaway PostgreSQL that scripts/postgres.js starts for `npm test`).
import { createServer, request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

export const server = await import('../../../dist/server.js');
export const sutton = JSON.parse(readFileSync(new URL('../../../demo/data/sutton.json', import.meta.url), 'utf8'));
/** Half an hour into the ELG meeting of 10 December 2019: 'wsoa-reporting' is open. */
export const MEETING_NOW = '2019-12-10T16:30:00.000+00:00';

/** The stores every suite runs on: SQLite always, PostgreSQL when PK_TEST_DATABASE_URL names one. */
export function storeKinds() {
  return process.env.PK_TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

// Every SQLite store of this test process lives under one temp folder, removed
// when the process ends, so a run of the suites leaves nothing in the system's tmp.
const sqliteFolder = mkdtempSync(join(tmpdir(), 'pk-server-'));
process.on('exit', () => rmSync(sqliteFolder, { recursive: true, force: true }));

/** A fresh, empty store of `kind`: a new SQLite file, or a new PostgreSQL schema. */
export async function freshStore(kind) {
  if (kind === 'sqlite') return { file: join(mkdtempSync(join(sqliteFolder, 'store-')), 'store.db') };
  const schema = `t_${randomUUID().replaceAll('-', '')}`;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.PK_TEST_DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(process.env.PK_TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { connectionString: url.href };
}

/** Opens a store from what freshStore returned. */
export function openStore(where) {
  return where.file ? server.sqliteStore({ file: where.file }) : server.postgresStore(where);
}

/** Signs requests in by the `x-person` header: the tests' stand-in for a portal's sessions. */
const byHeader = (request) => request.headers['x-person'] ?? null;

/**
 * Serves `handler` over HTTP on a free local port, in front of `api` (or of nothing, for a site without the API):
 * resolves with the base URL and a `close` that ends every connection (a live stream too), then the server, then
 * the API.
 */
export async function serveOver(api, handler) {
  const http = createServer(handler);
  await new Promise((done) => http.listen(0, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${http.address().port}`,
    async close() {
      http.closeAllConnections();
      await new Promise((done) => http.close(done));
      await api?.close();
    },
  };
}

/**
 * Starts the partnership API over `store`; resolves with its base URL and a `close`. `portal(request, response)`,
 * when given, sees each request first, as a portal's own routes do (a sign-in page): true when it answered it.
 */
export async function startApi(store, { now = () => MEETING_NOW, document = sutton, portal, ...options } = {}) {
  const api = await server.createPartnershipServer({ document, store, authenticate: byHeader, clock: now, ...options });
  const served = await serveOver(api, async (request, response) => {
    if (portal && (await portal(request, response))) return;
    if (!(await api.handle(request, response))) response.writeHead(404).end();
  });
  return { api, ...served };
}

/**
 * A site of the council's own, without the API: the built kit at `/dist/` (dist/partnership-kit.js and its
 * chunks), and at any other path the HTML `pageAt(url)` gives (404 when it gives none). Resolves as serveOver.
 */
export function servePages(pageAt) {
  return serveOver(undefined, (request, response) => {
    const url = new URL(request.url ?? '/', 'http://site');
    if (url.pathname.startsWith('/dist/') && !url.pathname.includes('..')) {
      try {
        const body = readFileSync(new URL(`../../..${url.pathname}`, import.meta.url));
        const type = url.pathname.endsWith('.js') ? 'text/javascript' : 'application/json';
        return response.writeHead(200, { 'Content-Type': type }).end(body);
      } catch {
        // Not built: 404 below.
      }
    }
    const html = pageAt(url);
    if (html === undefined) return response.writeHead(404).end();
    return response.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
  });
}

/**
 * A request with exactly these headers (fetch adds its own, such as Accept-Encoding, and keeps some, such as
 * Origin, to itself), answered with its status, headers and body, as bytes (`body`) and as text (`text`).
 * `firstChunk`: the answer ends at its first chunk, as a live stream, which has no end, must.
 */
export function raw(base, path, { method = 'GET', headers = {}, body, firstChunk = false } = {}) {
  return new Promise((done, fail) => {
    const sent = httpRequest(`${base}${path}`, { method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => {
        chunks.push(chunk);
        if (firstChunk) response.destroy();
      });
      const finish = () => {
        const bytes = Buffer.concat(chunks);
        done({ status: response.statusCode, headers: response.headers, body: bytes, text: bytes.toString() });
      };
      response.on('end', finish);
      response.on('close', finish);
    });
    sent.on('error', fail);
    sent.end(body);
  });
}

/** A vote as p-cognus-sd, sent as the kit's outbox sends it, with `headers` (an Origin, a proxy's X-Forwarded-Proto). */
export function sendVote(base, headers = {}) {
  const record = vote('p-cognus-sd', 'elg-cognus');
  return raw(base, '/api/votes', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': record.id,
      'x-person': 'p-cognus-sd',
      ...headers,
    },
    body: JSON.stringify(record),
  });
}

/** POSTs `record` as `person`, as the kit's outbox does. */
export async function post(base, path, record, person = record.by, headers = {}) {
  const response = await fetch(`${base}/api/${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': record.id,
      ...(person ? { 'x-person': person } : {}),
      ...headers,
    },
    body: JSON.stringify(record),
  }).catch((error) => {
    // fetch says only "fetch failed": what failed (a socket closed, refused) is in its cause.
    throw new Error(`POST /api/${path} failed: ${error.cause?.code ?? ''} ${error.cause?.message ?? error.message}`, {
      cause: error,
    });
  });
  return { status: response.status, body: await response.json() };
}

export function vote(by, seat, choice = 'for', extra = {}) {
  return {
    id: randomUUID(),
    proposal: 'wsoa-reporting',
    seat,
    by,
    choice,
    cast: '2019-12-10T16:29:00+00:00',
    ...extra,
  };
}

/** An attendance change at the December ELG meeting: the chair checks the PRU seat's holder in; `fields` change any of it. */
export function pruCheckIn(fields = {}) {
  return {
    id: randomUUID(),
    meeting: 'elg-2019-12-10',
    seat: 'elg-pru',
    attendance: 'holder',
    by: 'p-elg-chair',
    at: '2019-12-10T16:29:50Z',
    ...fields,
  };
}

/** The document as `person` (or the public) reads it. */
export async function documentAs(base, person) {
  const response = await fetch(`${base}/api/partnership`, { headers: person ? { 'x-person': person } : {} });
  return { status: response.status, link: response.headers.get('link'), body: await response.json() };
}
