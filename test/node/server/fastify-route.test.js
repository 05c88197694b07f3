// partnership-kit/server in a Fastify route, after Fastify's body parser. The
// README said only "hand the body on first: request.raw.body = request.body;
// reply.hijack();". Written so in a route (`app.all('/api/*', …)`, run with
// Fastify 5.12), votes and the live stream worked, but a request under /api/
// that is not the kit's (a mistyped address) was never answered: the reply was
// hijacked before the kit said it would not answer, and `app.close()` waited for
// it. The README now gives the whole route, hijacking only once the kit has
// answered. This runs that line, as the README prints it, on a stand-in for
// Fastify's routing: the body read and parsed before the handler, a reply that
// sends only when told, and nothing sent for a handler that hijacked or
// returned without sending.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEETING_NOW, freshStore, openStore, post, server, serveOver, sutton, vote } from './harness.js';

// The README's server section is docs/server.md since the README linked its reference out.
const readme = readFileSync(new URL('../../../docs/server.md', import.meta.url), 'utf8');

/** The README's Fastify route, as a module exporting `mount(app, api)`. */
async function readmeRoute(folder) {
  const line = [...readme.matchAll(/`(app\.all\('\/api\/\*'[^`]+)`/g)][0]?.[1];
  assert.ok(line, 'docs/server.md shows the whole Fastify route, not only what to add to one');
  const file = join(folder, 'route.mjs');
  writeFileSync(file, `export function mount(app, api) {\n${line}\n}\n`);
  return import(pathToFileURL(file).href);
}

/** Reads a request's body as Fastify's JSON parser does before a route runs. */
async function parsed(request) {
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return undefined;
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Fastify's routes, as far as the README's line uses them: `all(prefix/*, handler)`, `reply.code/send/hijack`. */
function fastifyLike() {
  const routes = [];
  return {
    all: (path, handler) => routes.push({ prefix: path.replace(/\*$/, ''), handler }),
    async serve(raw, rawReply) {
      const route = routes.find(({ prefix }) => raw.url.startsWith(prefix));
      if (!route) return rawReply.writeHead(404).end();
      const request = { raw, body: await parsed(raw) };
      const reply = {
        raw: rawReply,
        statusCode: 200,
        code(status) {
          this.statusCode = status;
          return this;
        },
        send(payload) {
          rawReply.writeHead(this.statusCode, { 'Content-Type': 'application/json' }).end(JSON.stringify(payload));
          return this;
        },
        hijack() {
          return this;
        },
      };
      // A handler that hijacked, or sent, has answered; one that did neither leaves the request waiting.
      await route.handler(request, reply);
    },
  };
}

describe('partnership-kit/server in a Fastify route, after its body parser, as the README writes it', () => {
  let base;
  let close;
  before(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pk-fastify-route-'));
    const route = await readmeRoute(folder);
    const api = await server.createPartnershipServer({
      document: sutton,
      store: await openStore(await freshStore('sqlite')),
      authenticate: (request) => request.headers['x-person'] ?? null,
      clock: () => MEETING_NOW,
    });
    const app = fastifyLike();
    route.mount(app, api);
    const served = await serveOver(api, (request, response) => void app.serve(request, response));
    base = served.base;
    close = async () => {
      await served.close();
      rmSync(folder, { recursive: true, force: true });
    };
  });
  after(() => close());

  test('a vote Fastify parsed is stored', async () => {
    const answer = await post(base, 'votes', vote('p-cognus-sd', 'elg-cognus'));
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
  });

  test('a request under /api/ that is not the kit’s is answered, not left waiting', async () => {
    const response = await fetch(`${base}/api/partnersihp`, { signal: AbortSignal.timeout(5_000) });
    assert.equal(response.status, 404);
  });
});
