// The seed document edited while records are stored: a meeting or a proposal
// renamed, or a person. Before, a check-in for the old meeting vanished without a word,
// and a vote for the old proposal was put in the document, which then broke
// the contract on every page. Now such records stay in the store, are left
// out of the document, and the host says which at start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, pruCheckIn, startApi, sutton, vote } from './harness.js';

const core = await import('../../../dist/core.js');

test('stored records the edited document has nothing for are named at start, and kept out of it', async (t) => {
  const where = await freshStore('sqlite');
  const first = await startApi(await openStore(where));
  const checkIn = pruCheckIn();
  assert.equal((await post(first.base, 'attendance', checkIn)).status, 201);
  const ballot = vote('p-carew-head', 'elg-special');
  assert.equal((await post(first.base, 'votes', ballot)).status, 201);
  await first.close();

  // Every mention renamed, as an editor's find-and-replace would: the document itself keeps the contract.
  const edited = JSON.parse(
    JSON.stringify(sutton)
      .replaceAll('"elg-2019-12-10"', '"elg-2019-12-10-renamed"')
      .replaceAll('"wsoa-reporting"', '"wsoa-reporting-2"'),
  );

  const warned = t.mock.method(console, 'warn', () => undefined);
  const again = await startApi(await openStore(where), { document: edited });
  try {
    assert.equal(warned.mock.callCount(), 1);
    const [said] = warned.mock.calls[0].arguments;
    assert.match(said, /2 stored record\(s\) name what the document does not have/);
    assert.match(said, new RegExp(`attendance '${checkIn.id}' names meeting 'elg-2019-12-10'`));
    assert.match(said, new RegExp(`vote '${ballot.id}' names proposal 'wsoa-reporting'`));
    const served = again.api.document();
    assert.ok(core.parseDocument(served).ok, 'the document every page reads still keeps the contract');
    assert.ok(!served.votes.some((v) => v.id === ballot.id));
  } finally {
    await again.close();
  }
});

test('a stored vote by a person the document no longer has is named at start, and every page still reads it', async (t) => {
  const where = await freshStore('sqlite');
  const first = await startApi(await openStore(where));
  const ballot = vote('p-carew-head', 'elg-special');
  assert.equal((await post(first.base, 'votes', ballot)).status, 201);
  await first.close();

  // The person's id replaced everywhere, as an editor's find-and-replace would: the document keeps the contract.
  const edited = JSON.parse(JSON.stringify(sutton).replaceAll('"p-carew-head"', '"p-former-member-1"'));
  assert.ok(core.parseDocument(edited).ok, 'the edited seed keeps the contract');

  const warned = t.mock.method(console, 'warn', () => undefined);
  const again = await startApi(await openStore(where), { document: edited });
  try {
    const [said] = warned.mock.calls[0].arguments;
    assert.match(said, new RegExp(`vote '${ballot.id}' names person 'p-carew-head'`));
    // Before, the vote went into the document, and every member's page refused it: "no person has that id".
    assert.ok(core.parseDocument(again.api.document()).ok);
  } finally {
    await again.close();
  }
});

test('a seed that already holds stored votes (made from the live document) serves each vote once', async (t) => {
  const where = await freshStore('sqlite');
  const first = await startApi(await openStore(where));
  const ballot = vote('p-carew-head', 'elg-special');
  assert.equal((await post(first.base, 'votes', ballot)).status, 201);
  // The operator edits the seed starting from the document the host serves, votes and all.
  const live = structuredClone(first.api.document());
  await first.close();

  const warned = t.mock.method(console, 'warn', () => undefined);
  const again = await startApi(await openStore(where), { document: live });
  try {
    const served = again.api.document();
    assert.equal(served.votes.filter((v) => v.id === ballot.id).length, 1, 'the vote is served once');
    // Before, the vote was served twice, and every page refused the document: "votes[n].id … already uses".
    assert.ok(core.parseDocument(served).ok, 'the document every page reads still keeps the contract');
    assert.equal(warned.mock.callCount(), 0, 'the same vote twice is nothing to warn of');
    assert.equal((await post(again.base, 'votes', ballot)).status, 200, 'sent again, it is a replay');
  } finally {
    await again.close();
  }
});

test('a seed holding a stored vote without its ext (a public copy) still answers the vote sent again as a replay', async (t) => {
  const where = await freshStore('sqlite');
  const first = await startApi(await openStore(where));
  const ballot = vote('p-carew-head', 'elg-special', 'for', { ext: { device: 'tablet-3' } });
  assert.equal((await post(first.base, 'votes', ballot)).status, 201);
  // The seed taken from the copy the public is served: a vote's `ext` is the member's, and left out of it.
  const live = structuredClone(first.api.document());
  live.votes = live.votes.map(core.withoutExt);
  await first.close();

  t.mock.method(console, 'warn', () => undefined);
  const again = await startApi(await openStore(where), { document: live });
  try {
    assert.equal(again.api.document().votes.filter((v) => v.id === ballot.id).length, 1, 'the vote is served once');
    // A device that never heard the first answer sends the vote again: it was stored, and is answered so.
    // Before, the seed's copy (no ext) stood in for the stored record, and the vote was refused as another.
    const resent = await post(again.base, 'votes', ballot);
    assert.equal(resent.status, 200, JSON.stringify(resent.body));
  } finally {
    await again.close();
  }
});

test('a check-in the edited document no longer fits stops the host at start, naming what to correct', async () => {
  // At the December meeting the clerk checked in the PRU seat's holder; a year on, the seat is vacated in the
  // seed by setting its holder to null, with no "previous" entry naming who held it. The seed alone keeps the
  // contract (its own attendance says "absent"), but with the stored check-in applied it does not.
  const where = await freshStore('sqlite');
  const first = await startApi(await openStore(where));
  const checkIn = pruCheckIn();
  assert.equal((await post(first.base, 'attendance', checkIn)).status, 201);
  await first.close();

  const vacated = structuredClone(sutton);
  const pru = vacated.groups.find((g) => g.id === 'elg').seats.find((s) => s.id === 'elg-pru');
  pru.holder = null;
  delete pru.term;
  assert.ok(core.parseDocument(vacated).ok, 'the edited seed keeps the contract by itself');
  // Before, the host started and served every page a document that broke the contract.
  const started = await startApi(await openStore(where), { document: vacated }).catch((error) => error);
  if (!(started instanceof Error)) await started.close();
  assert.ok(started instanceof Error, 'the host refuses to start');
  assert.match(started.message, /breaks the contract \(1 problem\) once the attendance stored/);
  assert.match(started.message, /meetings\[\d+\]\.attendance\.elg-pru/);
  assert.match(started.message, /add the earlier appointment under "previous"/);

  // Naming the earlier holder under "previous", as the contract asks, the host starts and the meeting stands.
  pru.previous = [{ holder: 'p-limes-head', proxy: null, from: '2019-09-01', to: '2020-12-31' }];
  const again = await startApi(await openStore(where), { document: vacated });
  try {
    const served = again.api.document();
    assert.ok(core.parseDocument(served).ok);
    const quorumThen = core.quorum(served, 'elg-2019-12-10');
    assert.ok(!quorumThen.requirements[0].missing.includes('elg-pru'), 'the checked-in holder still counts');
  } finally {
    await again.close();
  }
});

test('a stored vote whose seat is now only in another group is named at start, and kept out of the document', async (t) => {
  const where = await freshStore('sqlite');
  const first = await startApi(await openStore(where));
  const ballot = vote('p-carew-head', 'elg-special');
  assert.equal((await post(first.base, 'votes', ballot)).status, 201);
  await first.close();

  // The ELG's seat renamed, and the EOG given a seat of the old id: seat ids are unique only within their group.
  const edited = JSON.parse(JSON.stringify(sutton).replaceAll('"elg-special"', '"elg-special-schools"'));
  edited.groups
    .find((group) => group.id === 'eog')
    .seats.push({ id: 'elg-special', partner: 'special', role: 'member', voting: true, holder: 'p-carew-deputy' });
  assert.ok(core.parseDocument(edited).ok, 'the edited seed keeps the contract');

  const warned = t.mock.method(console, 'warn', () => undefined);
  const again = await startApi(await openStore(where), { document: edited });
  try {
    const [said] = warned.mock.calls[0].arguments;
    assert.match(said, new RegExp(`vote '${ballot.id}' names seat of the proposal's group 'elg-special'`));
    const served = again.api.document();
    assert.ok(core.parseDocument(served).ok, 'the document every page reads still keeps the contract');
    assert.ok(!served.votes.some((v) => v.id === ballot.id));
  } finally {
    await again.close();
  }
});
