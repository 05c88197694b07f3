// The reference host: a small portal stand-in on node:http, no framework. It
// is the example a portal team copies:
//
//   GET  /                    the demo pages, in the language the reader chose (host/page-language.js)
//   GET  /sign-in, POST       choose who you are; sets an HttpOnly, SameSite=Strict session cookie
//   POST /sign-out            ends the session
//   GET  /vote                the live vote page: <vote-panel> and <quorum-indicator>
//   GET  /api/partnership     the live document (the seed plus every stored record), as the
//                             signed-in person, or the public, may read it now
//   POST /api/votes           a vote, checked with partnership-kit/core and stored once
//   POST /api/attendance      a seat's attendance, from the clerk's <quorum-indicator editable>
//   POST /api/actions         an action's status, from <action-tracker editable>
//   GET  /api/partnership/events  Server-Sent Events of every stored record
//   GET  /service-worker.js   keeps the pages, so that a member can reload the vote page offline
//
// The API is partnership-kit/server on its SQLite store: one file a
// partnership in the data folder (DATA_DIR, default demo/.data), which also
// keeps the sign-in sessions. With DATABASE_URL set, it uses PostgreSQL
// instead, so several host processes can serve one partnership. `npm start`
// builds the kit first.
//
//   PORT=8080  PARTNERSHIP=sutton  DATA_DIR=demo/.data  node demo/server.js
//
// PORT=0 takes a free port (the URL printed is the real one); SEED_FILE reads
// the seed document from another path: a council trying the host with its own
// document (the tests use it too).
//
// The host judges and stamps every record by its own clock (host/clock.js).
// DEMO_NOW=2019-12-10T16:30:00+00:00 starts it at that moment, running on at
// real speed; DEMO_NOW=now is the real clock. Run as the demo (`npm start`),
// the host starts each demo partnership at its moment below unless DEMO_NOW
// says otherwise; startHost() alone uses the real clock unless told. Host
// processes on one PostgreSQL store run on one demo clock, kept in its
// database (host/shared-clock.js).
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostClock, keptClock, latestReceived, resumedClock, sharedClock } from './host/clock.js';
import { BodyError, readBody, redirect, send, sendError, sendJson, SECURITY_HEADERS } from './host/http.js';
import { inLanguage, pageLanguage } from './host/page-language.js';
import { notFoundPage, problemPage, signInPage, votePage } from './host/pages.js';
import { Sessions } from './host/sessions.js';
import { sharedDemoClock } from './host/shared-clock.js';
import { StaticFiles } from './host/static-files.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PUBLIC = ['demo', 'dist'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const HTML = TYPES['.html'];

/** The file under a public folder that `pathname` names, or undefined. */
function publicFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  return PUBLIC.some((folder) => file.startsWith(join(root, folder) + sep)) ? file : undefined;
}

/**
 * Whether a file is kept from the web: one under the data folder (`dataDir`, wherever it is), which holds the
 * sessions, or one whose path has a name starting with a dot. Compared in lower case: on a disk that ignores
 * case (Windows, macOS), `/demo/.DATA/` reaches `demo/.data/`.
 */
function hidden(file, dataDir) {
  const lower = file.toLowerCase();
  const dotted = lower
    .slice(root.length)
    .split(sep)
    .some((name) => name.startsWith('.'));
  return dotted || lower.startsWith(dataDir.toLowerCase() + sep);
}

/**
 * How a demo page is sent to this request: in the reader's language (host/page-language.js), and marked as
 * depending on the cookie that keeps it, so that no cache gives one reader's language to another.
 */
function pageVersion(request) {
  const lang = pageLanguage(request);
  const version = lang === 'en' ? undefined : { name: lang, of: (body) => inLanguage(body.toString('utf8'), lang) };
  return { version, vary: ['Cookie'] };
}

/**
 * A client sending its headers or body a byte at a time is cut off within seconds, not Node's minutes. An idle
 * connection is kept open longer than the 60 s a proxy or load balancer commonly keeps its own: Node's 5 s closed
 * one as a proxy or browser reused it, and the request on it was reset (a page's read or a vote failing at random).
 */
const CONNECTION_TIMES = { headersTimeout: 20_000, requestTimeout: 30_000, keepAliveTimeout: 65_000 };

/** The errors of reading a file that mean no file is there to send (Node's last: a path no file can have, `%00`). */
const NOT_THERE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'ERR_INVALID_ARG_VALUE']);

/**
 * Whether a request is a person opening a page (a navigation asks for HTML) at an address a page could have: no
 * file's extension, or `.html`. A script's or the kit's request, and a missing file, get the plain answer.
 */
function opensPage(request, pathname) {
  return /\btext\/html\b/.test(request.headers.accept ?? '') && ['', '.html'].includes(extname(pathname));
}

/** The answer for an address with nothing at it: the portal's "Page not found" for a person, else plain text. */
function notFound(request, response, pathname) {
  if (opensPage(request, pathname)) return sendPage(request, response, 404, notFoundPage());
  return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
}

/** Serves a public file, unless `hidden`: compressed, and revalidated rather than fetched again (static-files.js). */
export async function serveFile(request, response, pathname, { dataDir, files }) {
  const file = publicFile(pathname === '/' ? '/demo/index.html' : pathname);
  if (!file || hidden(file, dataDir)) return notFound(request, response, pathname);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  try {
    return await files.send(request, response, file, type, type === HTML ? pageVersion(request) : {});
  } catch (error) {
    // Only a file that is not there is "Not found": any other failure (a page whose translation throws, a disk
    // error) is the host's, logged and answered 500 by the request's handler, never hidden as a missing file.
    if (NOT_THERE.has(error?.code)) return notFound(request, response, pathname);
    throw error;
  }
}

/**
 * The demo's moments: when each demo partnership's clock starts. Each is half
 * an hour into the meeting at which its open proposal is decided, the day
 * its demo page takes as `today`: members can vote, and the clerk's check-in
 * records arrival and departure times.
 */
export const DEMO_MOMENTS = {
  // The ELG meeting of 10 December 2019, deciding the WSOA highlight reports.
  sutton: '2019-12-10T16:30:00+00:00',
  // The Wokingham Education Partnership of 22 September 2022, deciding the SEMH hub.
  wokingham: '2022-09-22T16:30:00+01:00',
  // The Suffolk interim board of 22 January 2015, deciding the Challenge Fund.
  suffolk: '2015-01-22T16:00:00+00:00',
  // The Ealing partnership board of 11 October 2018, deciding the SEND hub.
  ealing: '2018-10-11T17:30:00+01:00',
};

/**
 * The proposal the vote page offers: one open now, at a meeting first, else
 * one open between meetings (a vote by correspondence); else
 * the one decided at the latest meeting, so that the page still has a panel to
 * send, and say what became of, a vote the member left waiting on the device.
 */
function liveProposal(document, now, core) {
  const atMeetings = document.proposals.filter((p) => p.meeting);
  const openNow = (p) => core.openAt(p, now);
  const open = atMeetings.find(openNow) ?? document.proposals.find(openNow);
  if (open) return { proposal: open, open: true };
  const start = (p) => document.meetings.find((m) => m.id === p.meeting)?.start ?? '';
  const latest = atMeetings.reduce(
    (a, b) => (a && core.instantOf(start(a)) >= core.instantOf(start(b)) ? a : b),
    undefined,
  );
  return { proposal: latest, open: false };
}

/** The vote page, for the signed-in person, as of the host's clock. */
function livePage(api, core, now, personId) {
  const document = api.document();
  const at = now();
  const { proposal, open } = liveProposal(document, at, core);
  const today = core.londonDate(at);
  const clerk =
    proposal?.meeting !== undefined && core.mayRecordAttendance(document, personId, proposal.meeting, today);
  // On the real clock the elements are told no date: they follow the device's (the host's where the device's is off
  // it), past midnight. The date written here stayed on a page left open overnight, which dated a vote cast at 00:01
  // on the day before. A clock set elsewhere gives them its date, and a demo clock its time too; a copy reloaded
  // offline runs the demo clock on from when it was made, by the host's real clock (page-clock.js).
  const date = now.real ? {} : { today };
  const demo = now.demo ? { now: at, written: Date.now() } : {};
  return votePage(document, { personId, proposal, open, ...date, ...demo, clerk });
}

/**
 * What the vote page will let each person do, as of the host's clock, for the sign-in page to say under their post:
 * `records`, the meeting's attendance (the core's mayRecordAttendance, as the vote page asks); `votes`, on the open
 * proposal (a seat the core's eligibleSeats gives them now). A reader trying the demo otherwise had 25 posts to guess
 * from. A proxy is said to vote even where their holder has voted already, so that theirs would not count: the
 * sign-in page is public, and the public sees no votes of an open proposal (CONTRACT.md, "Privacy"), nor who has
 * voted; the vote page, once they sign in, says so.
 */
function signInHints(document, core, now) {
  const at = now();
  const { proposal, open } = liveProposal(document, at, core);
  const today = core.londonDate(at);
  const hints = new Map();
  for (const { id } of document.people ?? []) {
    const records = proposal?.meeting !== undefined && core.mayRecordAttendance(document, id, proposal.meeting, today);
    const votes = open && core.eligibleSeats(document, proposal.id, id, { at }).length > 0;
    hints.set(id, { records, votes });
  }
  return hints;
}

/** One of the host's own pages, in the reader's language; `no-store` (host/http.js), so kept by no cache. */
function sendPage(request, response, status, html, headers) {
  send(response, status, HTML, inLanguage(html, pageLanguage(request)), headers);
}

/** Whether a form post comes from this host's own pages: a cross-site form must not sign anyone in or out. */
function sameOrigin(request) {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host}`;
}

function createHandler({ api, core, now, sessions, seedFile, dataDir }) {
  const statics = { dataDir, files: new StaticFiles() };
  return async (request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (await api.handle(request, response)) return;
    const path = (request.url ?? '/').split('?')[0];
    if (path.startsWith('/api/')) return sendError(response, 404, 'There is no such API.');
    if (request.method === 'POST' && (path === '/sign-in' || path === '/sign-out')) {
      if (!sameOrigin(request)) return send(response, 403, 'text/plain; charset=utf-8', 'Sign in from this site.');
      if (path === '/sign-out')
        return redirect(response, '/sign-in', { 'Set-Cookie': await sessions.signOut(request) });
      const person = new URLSearchParams(await readBody(request, 4096)).get('person');
      // Nobody chosen: the form again, with GOV.UK's error summary and the message at the question.
      if (!api.document().people.some((p) => p.id === person))
        return sendPage(
          request,
          response,
          400,
          signInPage(api.document(), undefined, { error: true, hints: signInHints(api.document(), core, now) }),
        );
      return redirect(response, '/vote', { 'Set-Cookie': await sessions.signIn(request, person) });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD' });
    if (path === '/sign-in')
      return sendPage(
        request,
        response,
        200,
        signInPage(api.document(), await sessions.person(request), { hints: signInHints(api.document(), core, now) }),
      );
    if (path === '/vote') {
      const personId = await sessions.person(request);
      if (!personId) return redirect(response, '/sign-in');
      return sendPage(request, response, 200, livePage(api, core, now, personId));
    }
    // At the site's root, so that its scope is every page (demo/offline-pages.js registers it).
    if (path === '/service-worker.js') return serveFile(request, response, '/demo/service-worker.js', statics);
    // The seed's own file is the live document too, published to each viewer like the API's.
    if (sameFile(publicFile(path), seedFile)) {
      const { document, link } = api.published(await sessions.person(request));
      return sendJson(response, 200, document, { Link: link });
    }
    const other = otherSeed(path);
    if (other) return sendJson(response, 200, await publishedSeed(core, other, now));
    return serveFile(request, response, path, statics);
  };
}

/**
 * Whether `file` is `other` on a disk that may ignore case (Windows, macOS), where `/demo/data/Sutton.json`
 * reaches the seed: compared in lower case, as `hidden` compares.
 */
function sameFile(file, other) {
  return file !== undefined && file.toLowerCase() === other.toLowerCase();
}

/**
 * The partnership a request for another demo partnership's document names,
 * if it is one: by the file the path reaches, so `/demo//data/x.json`, an
 * escaped letter or a capital cannot fetch the seed with its votes unpublished.
 */
function otherSeed(path) {
  const file = publicFile(path)?.toLowerCase();
  const folder = join(root, 'demo', 'data').toLowerCase();
  const name = file && /^([a-z]+)\.json$/.exec(file.slice(folder.length + 1))?.[1];
  return name && file === join(folder, `${name}.json`) && Object.hasOwn(DEMO_MOMENTS, name) ? name : undefined;
}

/**
 * Another demo partnership's document, which this host does not keep live:
 * published to the public at that partnership's own demo moment, so that no
 * one's vote on its open proposal is served, as for the hosted one.
 */
async function publishedSeed(core, name, now) {
  const parsed = core.parseDocument(await readFile(join(root, 'demo', 'data', `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`demo/data/${name}.json: ${parsed.problems[0].message}`);
  return core.publishedDocument(parsed.document, null, now.demo ? DEMO_MOMENTS[name] : now());
}

/** The data folder: DATA_DIR, else demo/.data beside this file. */
function dataFolder() {
  return process.env.DATA_DIR ?? join(root, 'demo', '.data');
}

/**
 * The host's clock, restarted on a store it filled before: a demo clock runs on as it ran before the restart, where
 * the clock it keeps allows (host/clock.js, `resumedClock`), and is kept for the next restart. On SQLite, one
 * process's store, it keeps it beside the store in the data folder; on PostgreSQL, which several processes share,
 * in the store's database, so that every process runs on one clock (host/shared-clock.js). The real clock is the
 * real clock. Answers the clock, and `letGo`, for when the host stops.
 */
async function demoClockResumed(now, { dataDir, partnership, demoNow, recorded, realNow, databaseUrl }) {
  const letGo = async () => undefined;
  if (!now.demo) return { now, letGo };
  const latest = latestReceived(recorded);
  if (databaseUrl) {
    const decide = (kept, serving) => sharedClock(now, kept, demoNow, latest, serving, realNow);
    return sharedDemoClock({ databaseUrl, partnership, decide });
  }
  const file = join(dataDir, `${partnership}.clock.json`);
  // None, or one that cannot be read: the clock takes up where the store left off, as before any was kept.
  const kept = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text))
    .catch(() => undefined);
  const resumed = resumedClock(now, kept, demoNow, latest, realNow);
  // A data folder the host may not write only costs the next restart this.
  await writeFile(file, JSON.stringify(keptClock(demoNow, resumed, realNow))).catch(() => undefined);
  return { now: resumed, letGo };
}

/** The API, whose close also lets go of what the host holds beside the store (`letGo`): the shared clock's connection. */
const lettingGo = (api, letGo) => ({ ...api, close: () => api.close().finally(letGo) });

/** Listens on `port`; a port already taken is said in words, with what to do, not thrown as Node's event. */
function listen(server, port, host) {
  return new Promise((done, fail) => {
    const refused = (error) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is in use, perhaps by another copy of the demo. Stop it, or choose another: PORT=${port + 1} npm start`,
            )
          : error,
      );
    server.once('error', refused);
    // Listening, the server's later errors are no longer this promise's.
    server.listen(port, host, () => (server.off('error', refused), done()));
  });
}

/**
 * The seed document, read and checked before anything is opened: a seed that fails leaves nothing behind (no
 * database file, no data folder). The kit's refusal names the file; the operator who set SEED_FILE also reads
 * that it is the seed, and which setting to change.
 */
async function readSeed(readPartnershipDocument, seedFile) {
  try {
    return await readPartnershipDocument(seedFile);
  } catch (error) {
    if (error.unread === undefined) {
      throw new Error(error.message.replace('The partnership document', 'The seed document'), { cause: error });
    }
    throw new Error(
      `The seed document ${seedFile} could not be read: ${error.unread}. Set SEED_FILE to the partnership's JSON file.`,
      { cause: error },
    );
  }
}

/**
 * Starts the host; resolves with the server and its URL once it listens. `heartbeatMs` is the live streams'
 * (the kit's default, 15 s); a test sets it long to show what reaches a page without it.
 */
export async function startHost({
  port = Number(process.env.PORT ?? 8080),
  host = '127.0.0.1',
  partnership = process.env.PARTNERSHIP ?? 'sutton',
  dataDir = dataFolder(),
  seedFile = process.env.SEED_FILE ?? join(root, 'demo', 'data', `${partnership}.json`),
  demoNow = process.env.DEMO_NOW,
  realNow = Date.now,
  now = hostClock(demoNow, realNow),
  databaseUrl = process.env.DATABASE_URL,
  heartbeatMs,
} = {}) {
  const core = await import(new URL('../dist/core.js', import.meta.url).href);
  const { createPartnershipServer, postgresStore, readPartnershipDocument, sqliteStore } = await import(
    new URL('../dist/server.js', import.meta.url).href
  );
  const document = await readSeed(readPartnershipDocument, seedFile);
  await mkdir(dataDir, { recursive: true });
  // Several host processes or machines share one PostgreSQL; one process keeps its SQLite file.
  const store = databaseUrl
    ? await postgresStore({ connectionString: databaseUrl })
    : await sqliteStore({ file: join(dataDir, `${partnership}.db`) });
  const sessions = new Sessions(store.sessions);
  const recorded = await store.since(0).catch(async (error) => {
    await store.close();
    throw error;
  });
  const resumed = await demoClockResumed(now, { dataDir, partnership, demoNow, recorded, realNow, databaseUrl }).catch(
    async (error) => {
      await store.close();
      throw error;
    },
  );
  now = resumed.now;
  const served = await createPartnershipServer({
    document,
    store,
    clock: now,
    heartbeatMs,
    authenticate: (request) => sessions.person(request),
  }).catch(async (error) => {
    await store.close();
    await resumed.letGo();
    throw new Error(error.message.replace('The partnership document', `The seed document ${seedFile}`));
  });
  const api = lettingGo(served, resumed.letGo);
  const handler = createHandler({ api, core, now, sessions, seedFile: resolve(seedFile), dataDir: resolve(dataDir) });
  const server = createServer(CONNECTION_TIMES, (request, response) => {
    handler(request, response).catch((error) => {
      if (error instanceof BodyError) return sendError(response, error.status, error.message);
      console.error(error);
      if (response.headersSent) return;
      // A person opening a page (a navigation asks for HTML) reads words; the kit's own requests get JSON.
      if (/\btext\/html\b/.test(request.headers.accept ?? '')) sendPage(request, response, 500, problemPage());
      else sendError(response, 500, 'The host failed. Try again.');
    });
  });
  server.on('close', () => void api.close());
  await listen(server, port, host).catch(async (error) => {
    await api.close();
    throw error;
  });
  return { server, url: `http://localhost:${server.address().port}/`, now, api };
}

/**
 * Stops cleanly on SIGTERM (a service manager stopping the host) or SIGINT (Ctrl+C): no new connection is taken,
 * live streams end (pages reconnect once the host is back), the records being stored are stored and answered,
 * and the store is closed. A second signal stops the host at once.
 */
function stopOnSignal(server, api) {
  const stop = (signal) => {
    console.log(`partnership-kit demo: stopping (${signal})`);
    server.close();
    void api.close().finally(() => {
      server.closeAllConnections();
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const partnership = process.env.PARTNERSHIP ?? 'sutton';
    // A council's own document (SEED_FILE) runs on the real clock unless DEMO_NOW says otherwise.
    const demoNow = process.env.DEMO_NOW ?? (process.env.SEED_FILE ? undefined : DEMO_MOMENTS[partnership]);
    const { server, url, now, api } = await startHost({ partnership, demoNow });
    stopOnSignal(server, api);
    console.log(`partnership-kit demo: ${url}`);
    console.log(`  vote as a member: ${url}sign-in`);
    console.log(`  the host's clock reads ${now()} (DEMO_NOW sets another moment; DEMO_NOW=now, the real time)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
