// A portal whose authenticate handed on its own user id (an email address) rather than the document's person id:
// every vote was refused (its `by` is the document's id, not the session's), and the host's log said nothing, so
// the team could not tell why. Now the log names the id authenticate returned, once, and what to return instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, raw, startApi, vote } from './harness.js';

/** Runs `act` with console.warn's lines kept, and resolves with them. */
async function warnings(act) {
  const lines = [];
  const consoleWarn = console.warn;
  console.warn = (...parts) => lines.push(parts.join(' '));
  try {
    await act();
  } finally {
    console.warn = consoleWarn;
  }
  return lines;
}

test('an id authenticate returns that is no person in the document is said once, with what to return', async () => {
  const host = await startApi(await openStore(await freshStore('sqlite')));
  try {
    const lines = await warnings(async () => {
      const email = { 'x-person': 'jo.bloggs-council' };
      assert.equal((await raw(host.base, '/api/partnership', { headers: email })).status, 200);
      assert.equal((await raw(host.base, '/api/partnership', { headers: email })).status, 200);
      const sent = await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'), 'jo.bloggs-council');
      assert.equal(sent.status, 403);
    });
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], /authenticate returned 'jo\.bloggs-council', which is no person's id in the document/);
    assert.match(lines[0], /Return the id of the member's entry in the document's people/);
  } finally {
    await host.close();
  }
});

test('a person of the document, and the public, are said nothing of', async () => {
  const host = await startApi(await openStore(await freshStore('sqlite')));
  try {
    const lines = await warnings(async () => {
      assert.equal((await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'))).status, 201);
      assert.equal((await raw(host.base, '/api/partnership')).status, 200);
    });
    assert.deepEqual(lines, []);
  } finally {
    await host.close();
  }
});

test('an id that is no person in the document is served the document as the public is, not as a member', async () => {
  const host = await startApi(await openStore(await freshStore('sqlite')));
  try {
    assert.equal((await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'))).status, 201);
    const served = async (headers) => JSON.parse((await raw(host.base, '/api/partnership', { headers })).text);
    const [unknown, publicView, member] = await Promise.all([
      served({ 'x-person': 'jo.bloggs-council' }),
      served({}),
      served({ 'x-person': 'p-carew-head' }),
    ]);
    // The open proposal's votes: a member reads them, the public only their count.
    const onOpen = (view) => view.votes.filter((v) => v.proposal === 'wsoa-reporting').length;
    assert.ok(onOpen(member) > 0);
    assert.equal(onOpen(publicView), 0);
    assert.deepEqual(unknown.votes, publicView.votes);
    assert.deepEqual(unknown.proposals, publicView.proposals);
    assert.deepEqual(unknown.people, publicView.people);
  } finally {
    await host.close();
  }
});

// A portal's authenticate that returned its session's user ({ id, name, … }) rather than the user's id: the log
// said "authenticate returned '[object Object]'" ten times over, the member's 403 said they were signed in as
// '[object Object]' and carried the whole user, name and all, in its `values.signedIn`.
test('an authenticate returning something not an id is said once, by its type and keys, and never echoed', async () => {
  const user = { id: 'p-cognus-sd', name: 'Services Director', email: 'sd@cognus.example' };
  const host = await startApi(await openStore(await freshStore('sqlite')), { authenticate: () => ({ ...user }) });
  try {
    let sent;
    const lines = await warnings(async () => {
      for (let i = 0; i < 12; i++) assert.equal((await raw(host.base, '/api/partnership')).status, 200);
      sent = await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'));
    });
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], /authenticate returned an object \(with keys id, name, email\), not a person's id/);
    assert.match(lines[0], /Return the id of the signed-in member's entry in the document's people, a string/);
    assert.doesNotMatch(lines[0], /Services Director|sd@cognus|\[object Object\]/);
    // Served as the public: the member's page keeps the vote, and nothing of the user is sent back.
    assert.equal(sent.status, 401);
    assert.doesNotMatch(JSON.stringify(sent.body), /Services Director|sd@cognus|\[object Object\]/);
  } finally {
    await host.close();
  }
});

test('a number, an array, or undefined from authenticate: each said by its type alone; undefined is the public', async () => {
  for (const [returned, said] of [
    [42, /authenticate returned a number, not a person's id/],
    [['p-cognus-sd'], /authenticate returned an array, not a person's id/],
    [undefined, undefined],
  ]) {
    const host = await startApi(await openStore(await freshStore('sqlite')), { authenticate: () => returned });
    try {
      const lines = await warnings(async () => {
        assert.equal((await raw(host.base, '/api/partnership')).status, 200);
        assert.equal((await post(host.base, 'votes', vote('p-cognus-sd', 'elg-cognus'))).status, 401);
      });
      if (said) {
        assert.equal(lines.length, 1, lines.join('\n'));
        assert.match(lines[0], said);
        assert.doesNotMatch(lines[0], /42|\[object/);
      } else assert.deepEqual(lines, []);
    } finally {
      await host.close();
    }
  }
});
