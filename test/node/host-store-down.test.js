// The reference host's own pages when its store cannot be read (PostgreSQL
// down, the SQLite file gone): the page a member reloads reads the sessions
// from the store, and failed with the API's JSON, `{"error":"The host
// failed. Try again."}`, as the whole page. A person gets GOV.UK's "Sorry,
// there is a problem with the service" in words; the kit's own requests keep
// getting JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../demo/server.js';
import { stopDemoHost } from './demo-host.js';

let host;
let dataDir;
let cookie;
const logged = [];
const consoleError = console.error;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pk-store-down-'));
  host = await startHost({ port: 0, dataDir, demoNow: '2019-12-10T16:31:00+00:00' });
  const signedIn = await fetch(`${host.url}sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'person=p-carew-head',
  });
  cookie = signedIn.headers.get('set-cookie').split(';')[0];
  // The store closed under the running host, as a database that went away.
  await host.api.close();
  console.error = (...args) => logged.push(args);
});
after(async () => {
  console.error = consoleError;
  await stopDemoHost(host);
  await rm(dataDir, { recursive: true, force: true });
});

const page = (path) => fetch(`${host.url}${path}`, { headers: { cookie, accept: 'text/html,application/xhtml+xml' } });

for (const path of ['vote', 'sign-in']) {
  test(`/${path} reloaded while the store is down: a page in words, not JSON`, async () => {
    const response = await page(path);
    assert.equal(response.status, 500);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const body = await response.text();
    assert.match(body, /<title data-words="problem.title">Sorry, there is a problem with the service/);
    assert.match(body, /<h1 data-words="problem.heading">Sorry, there is a problem with the service<\/h1>/);
    assert.match(body, /Try again in a few minutes/);
    assert.match(body, /kept on your device/, 'says a vote not yet stored is safe');
    assert.ok(!body.includes('"error"'), 'no JSON in the page');
    assert.ok(!body.includes('/dist/partnership-kit.js'), 'no kit on a page with nothing to show');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/, 'the same policy');
  });
}

test('a Welsh reader is told in Welsh from the page’s first HTML', async () => {
  const response = await fetch(`${host.url}vote`, {
    headers: { cookie: `${cookie}; pk-demo-lang=cy`, accept: 'text/html,application/xhtml+xml' },
  });
  assert.equal(response.status, 500);
  const body = await response.text();
  assert.match(body, /<html lang="cy">/);
  assert.match(body, /<h1 data-words="problem.heading">Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth<\/h1>/);
});

test("the kit's own fetch of the document still gets JSON", async () => {
  const response = await fetch(`${host.url}demo/data/sutton.json`, { headers: { cookie, accept: 'application/json' } });
  assert.equal(response.status, 500);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(typeof (await response.json()).error, 'string');
});
