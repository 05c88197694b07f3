// A portal behind a proxy that ends TLS: the browser's Origin is https://portal…, while the request reaches Node
// as http://portal…, so the cross-site gate refuses every vote (403, naming no record: the kit keeps it on the
// member's device). Before, the host's log said nothing at all, and the team had no way to learn why members'
// votes never arrived. Now each refused site is said once, with the option that lets the portal's own through.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, sendVote, startApi } from './harness.js';

describe('partnership-kit/server: a record refused as another site’s is said in the log', () => {
  let host;
  let warned;
  const consoleWarn = console.warn;
  before(async () => {
    host = await startApi(await openStore(await freshStore('sqlite')));
    console.warn = (...parts) => warned.push(parts.join(' '));
  });
  after(async () => {
    console.warn = consoleWarn;
    await host.close();
  });

  test('behind a proxy that ends TLS: refused, and the log names allowOrigin with the https origin, once', async () => {
    warned = [];
    const https = host.base.replace(/^http:/, 'https:');
    const headers = { Origin: https, 'X-Forwarded-Proto': 'https' };
    assert.equal((await sendVote(host.base, headers)).status, 403);
    assert.equal((await sendVote(host.base, headers)).status, 403);
    assert.equal(warned.length, 1, warned.join('\n'));
    assert.ok(warned[0].includes(`allowOrigin: (origin) => origin === '${https}'`), warned[0]);
    assert.match(warned[0], /X-Forwarded-Proto: https/);
    assert.match(warned[0], /a proxy that ends TLS/);
  });

  test('another site: refused, and the log says to list it in allowedOrigins', async () => {
    warned = [];
    assert.equal((await sendVote(host.base, { Origin: 'https://www.council.gov.uk' })).status, 403);
    assert.equal(warned.length, 1, warned.join('\n'));
    assert.match(warned[0], /records from https:\/\/www\.council\.gov\.uk are refused/);
    assert.match(warned[0], /allowedOrigins/);
  });

  test('the site’s own page: stored, and nothing said', async () => {
    warned = [];
    assert.equal((await sendVote(host.base, { Origin: host.base })).status, 201);
    assert.deepEqual(warned, []);
  });

  test('many sites probing: only the first ten are said, so none can fill the log', async () => {
    warned = [];
    for (let site = 0; site < 12; site += 1) await sendVote(host.base, { Origin: `https://site${site}.example` });
    // The two earlier tests' sites count among the ten.
    assert.equal(warned.length, 8, warned.join('\n'));
  });
});

// A page in a sandboxed frame, or opened from a file, sends `Origin: null`: the log told the team to list "null" in
// allowedOrigins (which refuses it) or to let it through with allowOrigin, the very opening the gate is there to shut.
describe('partnership-kit/server: a record from a hidden site is said in the log, with advice that can work', () => {
  test('Origin: null and an empty Origin: refused, and the log says to put the elements on a listed site', async () => {
    const host = await startApi(await openStore(await freshStore('sqlite')));
    const warned = [];
    const consoleWarn = console.warn;
    console.warn = (...parts) => warned.push(parts.join(' '));
    try {
      assert.equal((await sendVote(host.base, { Origin: 'null' })).status, 403);
      assert.equal((await sendVote(host.base, { Origin: '' })).status, 403);
      assert.equal(warned.length, 2, warned.join('\n'));
      assert.match(warned[0], /records sent with Origin: null are refused \(403\): the browser hides the site/);
      assert.match(warned[1], /records sent with an empty Origin header are refused/);
      for (const said of warned) {
        assert.doesNotMatch(said, /allowOrigin:|list it in allowedOrigins|from {2}are/, said);
        assert.match(said, /a site listed in allowedOrigins/);
      }
    } finally {
      console.warn = consoleWarn;
      await host.close();
    }
  });
});

describe('partnership-kit/server: an allowOrigin that refuses the host’s own site is said in the log', () => {
  test('refused, and the log says allowOrigin replaces the own-site check', async () => {
    const warned = [];
    const consoleWarn = console.warn;
    console.warn = (...parts) => warned.push(parts.join(' '));
    const host = await startApi(await openStore(await freshStore('sqlite')), {
      allowOrigin: (origin) => origin === 'https://portal.example.gov.uk',
    });
    try {
      assert.equal((await sendVote(host.base, { Origin: host.base })).status, 403);
    } finally {
      console.warn = consoleWarn;
      await host.close();
    }
    assert.equal(warned.length, 1, warned.join('\n'));
    assert.match(warned[0], /this process's own origin, refused by the allowOrigin/);
    assert.ok(warned[0].includes(`Let it return true for ${host.base} too`), warned[0]);
  });
});
