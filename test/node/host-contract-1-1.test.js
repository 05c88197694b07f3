// The reference host under contract 1.1: votes judged by the host's clock and
// stamped `received`, each viewer served publishedDocument(doc, viewer, now),
// and the clerk's check-in recording arrival and departure at the host's time.
// The host runs in this process on a free port with a clock the tests move.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEETING, root, sutton } from './demo-meeting.js';
import { storedRecords } from './stored-records.js';
import { startHost } from '../../demo/server.js';

const CLOSES = '2019-12-10T17:00:00+00:00';
const CHAIR = 'p-elg-chair';

/**
 * Sutton with three proposals open at the 10 December meeting until 17:00:
 * the live, recorded one, one whose count shows after it closes, and a secret
 * ballot. Who is in the room is fixed here, whatever the demo document says.
 */
function seed() {
  const document = structuredClone(sutton);
  const live = document.proposals.find((p) => p.id === 'wsoa-reporting');
  Object.assign(live, { closes: CLOSES, declarations: [] });
  delete live.results;
  delete live.ballot;
  document.proposals.push(
    { ...live, id: 'after-close', title: 'Count shown after close', results: 'after-close' },
    { ...live, id: 'secret', title: 'Secret ballot', ballot: 'secret' },
  );
  const meeting = document.meetings.find((m) => m.id === MEETING);
  meeting.attendance = {
    'elg-chair': 'holder',
    'elg-early-years': 'holder',
    'elg-secondary': 'proxy',
    'elg-finance': 'holder',
    'elg-cognus': 'holder',
    'elg-pru': 'absent',
  };
  return document;
}

const hosts = [];
const folders = [];

after(async () => {
  for (const { server } of hosts) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** A host on the test seed whose clock reads `host.clock`, set by the test. */
async function start(document = seed()) {
  const dataDir = await mkdtemp(join(tmpdir(), 'pk-host-1-1-'));
  folders.push(dataDir);
  const seedFile = join(dataDir, 'seed.json');
  await writeFile(seedFile, JSON.stringify(document));
  const host = { clock: '2019-12-10T16:31:00.000+00:00' };
  Object.assign(host, await startHost({ port: 0, dataDir, seedFile, now: () => host.clock }));
  hosts.push(host);
  return host;
}

async function signIn(host, person) {
  const response = await fetch(`${host.url}sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ person }).toString(),
    redirect: 'manual',
  });
  assert.equal(response.status, 303);
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

async function post(host, path, record, cookie) {
  const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': record.id };
  if (cookie) headers.Cookie = cookie;
  const response = await fetch(`${host.url}${path}`, { method: 'POST', headers, body: JSON.stringify(record) });
  return { status: response.status, body: await response.json() };
}

/** What `path` serves the public, or the person signed in with `cookie`. */
async function read(host, cookie, path = 'api/partnership') {
  const response = await fetch(`${host.url}${path}`, cookie ? { headers: { Cookie: cookie } } : {});
  assert.equal(response.status, 200);
  return response.json();
}

const vote = (fields = {}) => ({
  id: randomUUID(),
  proposal: 'wsoa-reporting',
  seat: 'elg-early-years',
  by: 'p-hackbridge-head',
  choice: 'for',
  cast: '2019-12-10T16:30:00+00:00',
  ...fields,
});
const FINANCE = { seat: 'elg-finance', by: 'p-lbs-finance' };

const attendance = (fields = {}) => ({
  id: randomUUID(),
  meeting: MEETING,
  seat: 'elg-pru',
  attendance: 'holder',
  by: CHAIR,
  at: '2019-12-10T09:00:00Z', // the clerk's device is hours out: the host's clock decides
  ...fields,
});

const votesOn = (document, proposal) => document.votes.filter((v) => v.proposal === proposal);

// Votes: the host's clock decides whether voting is open, and is stored as `received`.

test('a vote that reaches the host after closes is refused whatever its cast, naming the record', async () => {
  const host = await start();
  const cookie = await signIn(host, 'p-hackbridge-head');
  host.clock = '2019-12-10T17:00:00.001+00:00';
  const late = vote({ cast: '2019-12-10T16:45:00+00:00' });
  const result = await post(host, 'api/votes', late, cookie);
  assert.equal(result.status, 422);
  assert.equal(result.body.reason, 'proposal-not-open');
  assert.equal(result.body.record, late.id);
  assert.deepEqual(result.body.values, {
    proposal: 'wsoa-reporting',
    status: 'open',
    closes: '2019-12-10T17:00:00+00:00',
  });
  assert.match(result.body.error, /closed on 10 December 2019 at 5pm/, 'the host says it in English too');
  assert.ok(!(await read(host, cookie)).votes.some((v) => v.id === late.id));
});

test('a vote reaching the host at closes is stored, with received set to the host’s clock', async () => {
  const host = await start();
  const cookie = await signIn(host, 'p-hackbridge-head');
  host.clock = '2019-12-10T17:00:00.000+00:00';
  const record = vote({ cast: '2019-12-10T16:59:00+00:00' });
  const result = await post(host, 'api/votes', record, cookie);
  assert.equal(result.status, 201, JSON.stringify(result.body));
  assert.deepEqual(result.body.stored, { ...record, received: host.clock });
  const file = storedRecords(folders.at(-1));
  assert.deepEqual(file.votes, [{ ...record, received: host.clock }]);
});

test('a replay of a stored vote is answered from the store, even after closes', async () => {
  const host = await start();
  const cookie = await signIn(host, 'p-hackbridge-head');
  const record = vote();
  const first = await post(host, 'api/votes', record, cookie);
  assert.equal(first.status, 201);
  host.clock = '2019-12-10T18:30:00.000+00:00';
  const again = await post(host, 'api/votes', record, cookie);
  assert.equal(again.status, 200);
  assert.equal(again.body.repeated, true);
  assert.deepEqual(again.body.stored, first.body.stored);
  const changed = await post(host, 'api/votes', { ...record, choice: 'against' }, cookie);
  assert.equal(changed.status, 422);
  assert.deepEqual([changed.body.reason, changed.body.record], ['id-reused', record.id]);
});

test('a cast more than five minutes ahead of the host’s clock is refused; a little ahead is a drifting clock', async () => {
  const host = await start();
  const cookie = await signIn(host, 'p-hackbridge-head');
  host.clock = '2019-12-10T16:40:00.000+00:00';
  const ahead = vote({ cast: '2019-12-10T16:45:01+00:00' });
  const refused = await post(host, 'api/votes', ahead, cookie);
  assert.equal(refused.status, 422);
  assert.deepEqual([refused.body.reason, refused.body.record], ['cast-in-future', ahead.id]);
  assert.equal((await post(host, 'api/votes', vote({ cast: '2019-12-10T16:44:00+00:00' }), cookie)).status, 201);
});

test('a vote that carries its own received is refused: only the host records when a vote reached it', async () => {
  const host = await start();
  const cookie = await signIn(host, 'p-hackbridge-head');
  const forged = vote({ received: '2019-12-10T16:00:00+00:00' });
  const result = await post(host, 'api/votes', forged, cookie);
  assert.equal(result.status, 400);
  assert.deepEqual([result.body.reason, result.body.record], ['malformed', forged.id]);
  assert.ok(!(await read(host, cookie)).votes.some((v) => v.id === forged.id));
});

test('a refusal of the session names no record; a refusal of the record names it', async () => {
  const host = await start();
  const signedOut = await post(host, 'api/votes', vote());
  assert.equal(signedOut.status, 401);
  assert.ok(!('record' in signedOut.body));
  const cookie = await signIn(host, 'p-hackbridge-head');
  const asOther = await post(host, 'api/votes', vote(FINANCE), cookie);
  assert.equal(asOther.status, 403);
  assert.ok(!('record' in asOther.body), JSON.stringify(asOther.body));
  const notTheirs = vote({ seat: 'elg-finance' });
  const refused = await post(host, 'api/votes', notTheirs, cookie);
  assert.equal(refused.status, 403);
  assert.deepEqual([refused.body.reason, refused.body.record], ['not-holder-or-proxy', notTheirs.id]);
  const unknown = vote({ choice: 'maybe' });
  const malformed = await post(host, 'api/votes', unknown, cookie);
  assert.deepEqual([malformed.status, malformed.body.record], [400, unknown.id]);
});

// Privacy: each viewer is served publishedDocument(doc, viewer, now).

/** Two members vote on `proposal`; resolves with their cookies and votes. */
async function twoVotes(host, proposal) {
  const a = await signIn(host, 'p-hackbridge-head');
  const b = await signIn(host, 'p-lbs-finance');
  const voteA = vote({ proposal, choice: 'against' });
  const voteB = vote({ proposal, ...FINANCE });
  assert.equal((await post(host, 'api/votes', voteA, a)).status, 201);
  assert.equal((await post(host, 'api/votes', voteB, b)).status, 201);
  return { a, b, voteA, voteB };
}

for (const proposal of ['after-close', 'secret']) {
  test(`no member can read another’s vote on an open ${proposal} proposal, nor can the public`, async () => {
    const host = await start();
    const { a, b, voteA, voteB } = await twoVotes(host, proposal);
    assert.deepEqual(
      votesOn(await read(host, a), proposal).map((v) => v.id),
      [voteA.id],
    );
    assert.deepEqual(
      votesOn(await read(host, b), proposal).map((v) => v.id),
      [voteB.id],
    );
    const chair = await read(host, await signIn(host, CHAIR));
    assert.deepEqual(votesOn(chair, proposal), [], 'the chair, who has no vote, sees none either');
    assert.deepEqual(votesOn(await read(host), proposal), []);
    // Nor from an answer: another member reusing the id learns nothing of the vote.
    const reuse = await post(host, 'api/votes', { ...voteA, ...FINANCE }, b);
    assert.equal(reuse.status, 422);
    assert.ok(!JSON.stringify(reuse.body).includes('against'), JSON.stringify(reuse.body));
    // The count: hidden until close on both, a secret one too, where each vote moving it would say how its member voted.
    for (const document of [await read(host, a), chair, await read(host)]) {
      assert.equal(document.proposals.find((p) => p.id === proposal).count, undefined);
    }
  });
}

test('once closed by the host’s clock, an after-close proposal shows every vote; a secret one only the count', async () => {
  const host = await start();
  const after = await twoVotes(host, 'after-close');
  const secret = await twoVotes(host, 'secret');
  host.clock = '2019-12-10T17:30:00.000+00:00';
  for (const viewer of [after.a, null]) {
    const document = await read(host, viewer);
    assert.deepEqual(
      votesOn(document, 'after-close')
        .map((v) => v.id)
        .sort(),
      [after.voteA.id, after.voteB.id].sort(),
    );
  }
  const member = await read(host, secret.a);
  assert.deepEqual(
    votesOn(member, 'secret').map((v) => v.id),
    [secret.voteA.id],
  );
  assert.deepEqual(member.proposals.find((p) => p.id === 'secret').count, { for: 1, against: 1, abstain: 0 });
  const publicView = await read(host);
  assert.deepEqual(votesOn(publicView, 'secret'), []);
  assert.deepEqual(publicView.proposals.find((p) => p.id === 'secret').count, { for: 1, against: 1, abstain: 0 });
});

test('the public sees no vote on an open proposal, only its count; a member sees every vote of a live one', async () => {
  const host = await start();
  const { a } = await twoVotes(host, 'wsoa-reporting');
  const publicView = await read(host);
  assert.deepEqual(votesOn(publicView, 'wsoa-reporting'), []);
  const seedVotes = votesOn(sutton, 'wsoa-reporting').length;
  const served = publicView.proposals.find((p) => p.id === 'wsoa-reporting');
  assert.equal(served.count.for + served.count.against + served.count.abstain > 0, true);
  assert.ok(votesOn(publicView, 'hnb-plan').length > 0, 'a closed proposal’s votes stay public');
  assert.equal(votesOn(await read(host, a), 'wsoa-reporting').length, seedVotes + 2);
});

test('the seed document’s own file is published like the live document', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pk-host-1-1-'));
  folders.push(dataDir);
  const host = await startHost({ port: 0, dataDir, demoNow: '2019-12-10T16:31:00+00:00' });
  hosts.push(host);
  const open = sutton.proposals.filter((p) => p.status === 'open').map((p) => p.id);
  assert.ok(
    sutton.votes.some((v) => open.includes(v.proposal)),
    'the fixture: the seed has votes on an open proposal',
  );
  const publicSeed = await read(host, undefined, 'demo/data/sutton.json');
  assert.deepEqual(
    publicSeed.votes.filter((v) => open.includes(v.proposal)),
    [],
  );
  // A security review: on a disk that ignores case (Windows, macOS), a capital reached the seed's file as it stands.
  const capital = await read(host, undefined, 'demo/data/Sutton.json');
  assert.deepEqual(
    capital.votes.filter((v) => open.includes(v.proposal)),
    [],
  );
  const member = await read(host, await signIn(host, 'p-hackbridge-head'), 'demo/data/sutton.json');
  assert.ok(member.votes.length > publicSeed.votes.length, 'a member reads the votes of the live, recorded proposal');
});

test('another demo partnership’s file is published to the public too: no vote on its open proposal', async () => {
  const host = await start();
  for (const name of ['wokingham', 'suffolk', 'ealing']) {
    const seed = JSON.parse(await readFile(join(root, 'demo', 'data', `${name}.json`), 'utf8'));
    const open = seed.proposals.filter((p) => p.status === 'open').map((p) => p.id);
    const served = await read(host, undefined, `demo/data/${name}.json`);
    assert.equal(served.partnership.id, seed.partnership.id);
    assert.deepEqual(
      served.votes.filter((v) => open.includes(v.proposal)),
      [],
      name,
    );
    assert.ok(served.votes.length > 0, `${name}: the votes on decided proposals are still served`);
    // Another spelling of the same file is the same file: published, never the seed as it stands.
    for (const path of [
      `demo//data/${name}.json`,
      `demo/data/%${name.charCodeAt(0).toString(16)}${name.slice(1)}.json`,
      // A security review: on a disk that ignores case (Windows, macOS), a capital reached the seed's own file.
      `demo/data/${name[0].toUpperCase()}${name.slice(1)}.JSON`,
    ]) {
      const other = await read(host, undefined, path);
      assert.deepEqual(
        other.votes.filter((v) => open.includes(v.proposal)),
        [],
        path,
      );
    }
  }
});

// Attendance: the core's rules, and the host's clock for arrival and departure.

test('on the meeting’s day a check-in records arrival, and a check-out departure, at the host’s time', async () => {
  const host = await start();
  const chair = await signIn(host, CHAIR);
  host.clock = '2019-12-10T16:40:00.000+00:00';
  const checkIn = attendance();
  const stored = await post(host, 'api/attendance', checkIn, chair);
  assert.equal(stored.status, 201, JSON.stringify(stored.body));
  assert.deepEqual(stored.body.stored, { ...checkIn, received: host.clock });
  const pru = async () => (await read(host, chair)).meetings.find((m) => m.id === MEETING).attendance['elg-pru'];
  assert.deepEqual(await pru(), { as: 'holder', arrived: '2019-12-10T16:40:00.000+00:00' });
  assert.equal((await post(host, 'api/attendance', checkIn, chair)).status, 200, 'a replay, answered from the store');

  host.clock = '2019-12-10T17:10:00.000+00:00';
  const checkOut = attendance({ attendance: 'left' });
  assert.equal((await post(host, 'api/attendance', checkOut, chair)).status, 201);
  assert.deepEqual(await pru(), {
    as: 'holder',
    arrived: '2019-12-10T16:40:00.000+00:00',
    left: '2019-12-10T17:10:00.000+00:00',
  });
  const again = attendance({ attendance: 'left' });
  const refused = await post(host, 'api/attendance', again, chair);
  assert.equal(refused.status, 422);
  assert.deepEqual([refused.body.reason, refused.body.record], ['not-in-room', again.id]);
});

test('when the holder arrives the proxy’s span closes, and from then on the proxy cannot vote', async () => {
  const host = await start();
  const chair = await signIn(host, CHAIR);
  const deputy = await signIn(host, 'p-wilsons-deputy');
  const proxyVote = (cast) => vote({ seat: 'elg-secondary', by: 'p-wilsons-deputy', cast });
  host.clock = '2019-12-10T16:35:00.000+00:00';
  assert.equal((await post(host, 'api/votes', proxyVote('2019-12-10T16:35:00+00:00'), deputy)).status, 201);
  host.clock = '2019-12-10T16:40:00.000+00:00';
  const holder = attendance({ seat: 'elg-secondary' });
  assert.equal((await post(host, 'api/attendance', holder, chair)).status, 201);
  const spans = (await read(host, chair)).meetings.find((m) => m.id === MEETING).attendance['elg-secondary'];
  assert.deepEqual(spans, [
    { as: 'proxy', left: host.clock },
    { as: 'holder', arrived: host.clock },
  ]);
  host.clock = '2019-12-10T16:45:00.000+00:00';
  const late = await post(host, 'api/votes', proxyVote('2019-12-10T16:45:00+00:00'), deputy);
  assert.equal(late.status, 422);
  assert.equal(late.body.reason, 'holder-present');
});

test('attendance recorded after the meeting’s day is a plain value, as from the minutes', async () => {
  const host = await start();
  const chair = await signIn(host, CHAIR);
  // The ELG meeting of 14 January 2020 decides nothing, so its record may be corrected from the minutes.
  const minutes = attendance({ meeting: 'elg-2020-01-14', attendance: 'apologies' });
  host.clock = '2020-01-15T09:00:00.000+00:00';
  assert.equal((await post(host, 'api/attendance', minutes, chair)).status, 201);
  const document = await read(host, chair);
  assert.equal(document.meetings.find((m) => m.id === 'elg-2020-01-14').attendance['elg-pru'], 'apologies');
});

test('the day after voting closed, the room it was decided in is fixed', async () => {
  const host = await start();
  const chair = await signIn(host, CHAIR);
  host.clock = '2019-12-11T09:00:00.000+00:00';
  const change = attendance({ attendance: 'apologies' });
  const refused = await post(host, 'api/attendance', change, chair);
  assert.deepEqual([refused.status, refused.body.reason, refused.body.record], [422, 'meeting-decided', change.id]);
});

test('attendance changes are refused by the core’s rules, with the record and its reason', async () => {
  const host = await start();
  const chair = await signIn(host, CHAIR);
  const member = await signIn(host, 'p-hackbridge-head');
  const cases = [
    [member, attendance({ by: 'p-hackbridge-head' }), 403, 'not-permitted'],
    [chair, attendance({ meeting: 'elg-2030-01-01' }), 422, 'unknown-meeting'],
    [chair, attendance({ seat: 'eog-chair' }), 422, 'unknown-seat'],
    [chair, attendance({ attendance: 'proxy' }), 422, 'attendance-not-allowed'], // elg-pru has no proxy
    [chair, attendance({ attendance: 'asleep' }), 400, 'malformed'],
    [chair, attendance({ meeting: 'elg-2019-10-15', seat: 'elg-special' }), 422, 'meeting-decided'],
  ];
  for (const [cookie, change, status, reason] of cases) {
    const result = await post(host, 'api/attendance', change, cookie);
    assert.deepEqual([result.status, result.body.reason, result.body.record], [status, reason, change.id], reason);
  }
});

test('an attendance change has exactly its members: a client’s received or a wrong type is refused (400)', async () => {
  const host = await start();
  const chair = await signIn(host, CHAIR);
  for (const change of [
    attendance({ received: '2019-12-10T16:00:00Z' }),
    attendance({ attendance: { as: 'holder', arrived: '2019-12-10T16:00:00Z' } }),
    attendance({ seat: ['elg-pru'] }),
    attendance({ at: '16:00' }),
  ]) {
    const result = await post(host, 'api/attendance', change, chair);
    assert.deepEqual([result.status, result.body.reason, result.body.record], [400, 'malformed', change.id]);
  }
  const asOther = await post(host, 'api/attendance', attendance({ by: 'p-project-manager' }), chair);
  assert.equal(asOther.status, 403);
  assert.ok(!('record' in asOther.body), 'a refusal of the session names no record');
});

test('the vote page is dated by the host’s clock, and offers the check-in to whoever may record attendance', async () => {
  const host = await start();
  host.clock = '2019-12-10T16:40:00.000+00:00';
  const page = async (person) =>
    (await fetch(`${host.url}vote`, { headers: { Cookie: await signIn(host, person) } })).text();
  const chairPage = await page(CHAIR);
  assert.match(chairPage, /<vote-panel [^>]*today="2019-12-10"/);
  assert.match(chairPage, /<quorum-indicator [^>]*meeting="elg-2019-12-10" editable clerk="p-elg-chair"/);
  assert.doesNotMatch(await page('p-hackbridge-head'), /<quorum-indicator [^>]*editable/);
  host.clock = '2019-12-10T17:30:00.000+00:00';
  // None open: the one decided most recently, so a vote left waiting on the device is still sent and answered.
  const closedPage = await page('p-hackbridge-head');
  assert.match(closedPage, /No proposal is open for votes now/);
  assert.match(closedPage, /<vote-panel [^>]*proposal="wsoa-reporting"[^>]*endpoint="\/api\/votes"/);
});
