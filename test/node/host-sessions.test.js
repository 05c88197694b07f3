// The demo portal's sessions: random server-side ids that expire, end at
// sign-out, and cannot be started by another site's form.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../demo/server.js';
import { Sessions, SESSION_MS } from '../../demo/host/sessions.js';

const { sqliteStore } = await import('../../dist/server.js');

const folder = await mkdtemp(join(tmpdir(), 'pk-sessions-'));
const { server, url } = await startHost({ port: 0, dataDir: folder, demoNow: '2019-12-10T16:31:00+00:00' });
after(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(folder, { recursive: true, force: true });
});

async function signIn(person, headers = {}) {
  const response = await fetch(`${url}sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ person }),
  });
  return { status: response.status, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

const documentAs = (cookie) => fetch(`${url}api/partnership`, { headers: cookie ? { Cookie: cookie } : {} });

const voteAs = (cookie, by = 'p-cognus-sd') => {
  const id = crypto.randomUUID();
  const record = {
    id,
    proposal: 'wsoa-reporting',
    seat: 'elg-cognus',
    by,
    choice: 'for',
    cast: '2019-12-10T16:30:00Z',
  };
  return fetch(`${url}api/votes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id, Cookie: cookie },
    body: JSON.stringify(record),
  });
};

test('a session id is 32 random bytes, new at every sign-in, and names no person', async () => {
  const first = await signIn('p-cognus-sd');
  const second = await signIn('p-cognus-sd');
  assert.match(first.cookie, /^pk_session=[A-Za-z0-9_-]{43}$/);
  assert.notEqual(first.cookie, second.cookie);
  assert.ok(!first.cookie.includes('cognus'));
});

test('after sign-out the old cookie signs no one in', async () => {
  const { cookie } = await signIn('p-cognus-sd');
  const out = await fetch(`${url}sign-out`, { method: 'POST', redirect: 'manual', headers: { Cookie: cookie } });
  assert.equal(out.status, 303);
  assert.equal((await voteAs(cookie)).status, 401);
});

test('a forged or unknown cookie signs no one in', async () => {
  assert.equal((await voteAs(`pk_session=${'A'.repeat(43)}`)).status, 401);
  assert.equal((await voteAs('pk_session=p-cognus-sd.forged')).status, 401);
});

test('another site cannot sign a member in, nor vote with their cookie', async () => {
  const forged = await signIn('p-cognus-sd', { Origin: 'https://evil.example' });
  assert.equal(forged.status, 403);
  assert.equal(forged.cookie, undefined);
  const { cookie } = await signIn('p-cognus-sd');
  const id = crypto.randomUUID();
  const response = await fetch(`${url}api/votes`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': id,
      Cookie: cookie,
      Origin: 'https://evil.example',
    },
    body: JSON.stringify({
      id,
      proposal: 'wsoa-reporting',
      seat: 'elg-cognus',
      by: 'p-cognus-sd',
      choice: 'for',
      cast: '2019-12-10T16:30:00Z',
    }),
  });
  assert.equal(response.status, 403);
});

test('every answer forbids framing and foreign forms and bases', async () => {
  for (const response of [await fetch(url), await documentAs(), await fetch(`${url}sign-in`)]) {
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const rule of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"]) {
      assert.ok(policy.includes(rule), `${response.url}: ${rule}`);
    }
  }
});

test('a session started more than 8 hours ago signs no one in: the member is signed out', async () => {
  // The host's own store file, with sessions started on a clock set back: as if signed in that long ago.
  const store = await sqliteStore({ file: join(folder, 'sutton.db') });
  try {
    const signedInAgo = async (ms) => {
      const sessions = new Sessions(store.sessions, { now: () => Date.now() - ms });
      return (await sessions.signIn({ headers: {} }, 'p-cognus-sd')).split(';')[0];
    };
    const lastMinute = await signedInAgo(SESSION_MS - 60_000);
    const expired = await signedInAgo(SESSION_MS + 1_000);
    assert.notEqual((await voteAs(lastMinute)).status, 401, 'a session with a minute left still signs in');
    assert.equal((await voteAs(expired)).status, 401);
    const page = await fetch(`${url}vote`, { redirect: 'manual', headers: { Cookie: expired } });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/sign-in');
  } finally {
    await store.close();
  }
});

test('the store keeps a hash of each session id, so a copy of the database signs no one in', async () => {
  const { cookie } = await signIn('p-cognus-sd');
  const id = cookie.slice('pk_session='.length);
  const { default: Database } = await import('better-sqlite3');
  const database = new Database(join(folder, 'sutton.db'), { readonly: true });
  try {
    const kept = database
      .prepare('SELECT id FROM sessions')
      .all()
      .map((row) => row.id);
    assert.ok(kept.length > 0);
    assert.ok(!kept.includes(id), 'the cookie itself is not in the file');
    // Whoever reads the file gets only hashes, which as cookies sign no one in.
    for (const hash of kept) assert.equal((await voteAs(`pk_session=${hash}`)).status, 401);
    assert.notEqual((await voteAs(cookie)).status, 401, 'the cookie still signs its member in');
  } finally {
    database.close();
  }
});

test('the cookie is Secure when the request came over HTTPS, as a proxy before the host says', async () => {
  const setCookie = async (headers) =>
    (
      await fetch(`${url}sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ person: 'p-cognus-sd' }),
      })
    ).headers.get('set-cookie');
  assert.match(await setCookie({ 'X-Forwarded-Proto': 'https' }), /; Secure$/);
  assert.doesNotMatch(await setCookie({}), /Secure/, 'plain HTTP on localhost keeps a cookie the browser will send');
});
