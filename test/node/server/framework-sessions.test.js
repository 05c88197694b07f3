// A portal whose members sign in through Fastify's or Koa's own sessions.
// Mounted as the README said, with an `authenticate` reading the session,
// every vote was answered 401 and every member read the public document:
// `authenticate` is given Node's request (`request.raw`, `ctx.req`), and
// `@fastify/session` keeps the session on Fastify's request, `koa-session` on
// Koa's `ctx` (found with Fastify 5.12, @fastify/session 11, Koa 3.3 and
// koa-session 7 over HTTP). The README's mounting lines now hand the person on;
// these tests run those lines, as the README prints them, where each framework
// would: on a request object of its own around Node's, with the session on it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEETING_NOW, freshStore, openStore, server, serveOver, sutton, vote } from './harness.js';

// The README's server section is docs/server.md since the README linked its reference out.
const readme = readFileSync(new URL('../../../docs/server.md', import.meta.url), 'utf8');
/** Sessions as the framework's store keeps them: by the cookie's id, never on Node's request. */
const signedIn = new Map([['session-of-cognus', 'p-cognus-sd']]);
const sessionId = (request) => /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];

/** The README's code span that mounts the handler in `framework` and hands the person on. */
function mountingLine(start) {
  const spans = [...readme.matchAll(/`([^`\n]+)`/g)].map(([, code]) => code);
  const line = spans.find((code) => code.startsWith(start) && /\.person = /.test(code));
  assert.ok(line, `docs/server.md shows a mounting line starting ${start} that hands the signed-in person on`);
  return line;
}

/** The README's `authenticate` for a person handed on. */
function handedOnAuthenticate() {
  const span = [...readme.matchAll(/`authenticate: (\(request\) => request\.person[^`]*)`/g)][0];
  assert.ok(span, 'docs/server.md shows the authenticate that takes the person handed on');
  return span[1];
}

const snippets = mkdtempSync(join(tmpdir(), 'pk-framework-sessions-'));
after(() => rmSync(snippets, { recursive: true, force: true }));

/** The README's code as a module, imported as a portal's own file would be: `mount(app, api)` and `authenticate`. */
async function asModule(line, authenticate) {
  const file = join(snippets, `portal-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, `export const authenticate = ${authenticate};\nexport function mount(app, api) {\n${line}\n}\n`);
  return import(pathToFileURL(file).href);
}

/**
 * A framework's mounting: `line` run with `app`, whose `serve` wraps Node's request as the framework does, and the
 * `authenticate` written as code. Resolves with the base URL and a close.
 */
async function mountedIn(line, makeApp, authenticateCode) {
  const portal = await asModule(line, authenticateCode);
  const store = await openStore(await freshStore('sqlite'));
  const api = await server.createPartnershipServer({
    document: sutton,
    store,
    authenticate: portal.authenticate,
    clock: () => MEETING_NOW,
  });
  const app = makeApp();
  portal.mount(app, api);
  return serveOver(api, (request, response) =>
    app.serve(request, response).then(() => response.headersSent || response.writeHead(404).end()),
  );
}

/** Fastify's hooks, given its own request (`raw`, and `session` as @fastify/session sets it) and reply. */
function fastifyLike() {
  const hooks = [];
  return {
    addHook: (name, hook) => name === 'onRequest' && hooks.push(hook),
    async serve(raw, rawReply) {
      const person = signedIn.get(sessionId(raw));
      const request = { raw, session: { get: (key) => (key === 'person' ? person : undefined) } };
      let hijacked = false;
      const reply = { raw: rawReply, hijack: () => (hijacked = true) };
      for (const hook of hooks) {
        await hook(request, reply);
        if (hijacked) return;
      }
    },
  };
}

/** Koa's middleware, given its `ctx` (`req`, `res`, and `session` as koa-session sets it). */
function koaLike() {
  const middleware = [];
  return {
    use: (fn) => middleware.push(fn),
    async serve(req, res) {
      const ctx = { req, res, respond: true, session: { person: signedIn.get(sessionId(req)) } };
      const run = (i) => (i < middleware.length ? middleware[i](ctx, () => run(i + 1)) : Promise.resolve());
      await run(0);
    },
  };
}

/** Sends `record` from a device signed in to `session`, as the kit's outbox does. */
async function postFrom(base, record, session) {
  const response = await fetch(`${base}/api/votes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, Cookie: `sid=${session}` },
    body: JSON.stringify(record),
  });
  return { status: response.status, body: await response.json() };
}

for (const [framework, start, makeApp] of [
  ['Fastify', "app.addHook('onRequest'", fastifyLike],
  ['Koa', 'app.use(async (ctx, next)', koaLike],
]) {
  describe(`partnership-kit/server in ${framework}, signed in through its sessions`, () => {
    let host;
    before(async () => (host = await mountedIn(mountingLine(start), makeApp, handedOnAuthenticate())));
    after(() => host.close());

    test('a member’s vote is stored as theirs', async () => {
      const cast = vote('p-cognus-sd', 'elg-cognus');
      const answer = await postFrom(host.base, cast, 'session-of-cognus');
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      assert.equal(answer.body.stored.by, 'p-cognus-sd');
    });

    test('a device with no session is the public: its vote is answered 401, naming no record', async () => {
      const answer = await postFrom(host.base, vote('p-cognus-sd', 'elg-cognus'), 'no-such-session');
      assert.equal(answer.status, 401);
      assert.equal(answer.body.record, undefined);
    });

    test('the stand-in is the framework: Node’s request has no session, so reading it there signs nobody in', async () => {
      const naive = await mountedIn(mountingLine(start), makeApp, '(request) => request.session?.person ?? null');
      try {
        assert.equal((await postFrom(naive.base, vote('p-cognus-sd', 'elg-cognus'), 'session-of-cognus')).status, 401);
      } finally {
        await naive.close();
      }
    });
  });
}
