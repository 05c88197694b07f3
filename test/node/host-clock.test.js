// The reference host's clock (demo/host/clock.js): the real clock, or a demo
// clock that starts at DEMO_NOW and runs on at real speed. The host judges
// and stamps every record by it, never by a client's time.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostClock, ukDateTime } from '../../demo/host/clock.js';
import { DEMO_MOMENTS, startHost } from '../../demo/server.js';
import * as core from '../../dist/core.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folders = [];
const closers = [];

after(async () => {
  for (const close of closers) await close();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function dataDir() {
  const folder = await mkdtemp(join(tmpdir(), 'pk-host-clock-'));
  folders.push(folder);
  return folder;
}

test('the host writes its time in UK time, with the offset of the day', () => {
  assert.equal(ukDateTime(Date.parse('2019-12-10T16:30:00.250Z')), '2019-12-10T16:30:00.250+00:00');
  assert.equal(ukDateTime(Date.parse('2022-09-22T15:30:05Z')), '2022-09-22T16:30:05.000+01:00');
  // Just after midnight in summer is already the next day in the UK.
  assert.equal(ukDateTime(Date.parse('2022-06-09T23:30:00Z')), '2022-06-10T00:30:00.000+01:00');
  assert.equal(Date.parse(ukDateTime(1_700_000_000_123)), 1_700_000_000_123, 'the same instant');
});

test('without DEMO_NOW, or with DEMO_NOW=now, the host reads the real clock', () => {
  for (const demoNow of [undefined, '', 'now']) {
    let real = Date.parse('2026-03-01T09:00:00Z');
    const now = hostClock(demoNow, () => real);
    assert.equal(now(), '2026-03-01T09:00:00.000+00:00', String(demoNow));
    real += 1000;
    assert.equal(now(), '2026-03-01T09:00:01.000+00:00');
  }
});

test('a demo clock starts at DEMO_NOW and runs forward at real speed', () => {
  let real = Date.parse('2026-03-01T09:00:00Z');
  const now = hostClock('2019-12-10T16:30:00+00:00', () => real);
  assert.equal(now(), '2019-12-10T16:30:00.000+00:00');
  real += 90_500;
  assert.equal(now(), '2019-12-10T16:31:30.500+00:00');
  // A moment written in another offset is the same instant, read in UK time.
  assert.equal(hostClock('2019-12-10T17:30:00+01:00', () => real)(), '2019-12-10T16:30:00.000+00:00');
});

test('a DEMO_NOW that is not a date-time with its offset is refused, saying how to write one', () => {
  for (const bad of ['2019-12-10', '2019-12-10T16:30', '2019-12-10T16:30:00 GMT', 'tomorrow', '2019-13-10T16:30Z']) {
    assert.throws(
      () => hostClock(bad),
      (error) => error.message.includes('DEMO_NOW') && error.message.includes('2019-12-10T16:30:00+00:00'),
      bad,
    );
  }
});

/** The `today` the demo page of a partnership gives its elements. */
async function pageToday(name) {
  const html = await readFile(join(root, 'demo', `${name}.html`), 'utf8');
  return /\stoday="([^"]+)"/.exec(html)?.[1];
}

for (const [name, moment] of Object.entries(DEMO_MOMENTS)) {
  test(`${name}: the demo's moment is during a meeting whose proposal is open for votes, on the page's today`, async () => {
    const parsed = core.parseDocument(await readFile(join(root, 'demo', 'data', `${name}.json`), 'utf8'));
    assert.ok(parsed.ok);
    const { document } = parsed;
    const open = document.proposals.filter((p) => p.meeting && core.openAt(p, moment));
    assert.ok(open.length > 0, `no proposal is open for votes at ${moment}`);
    const meetings = open.map((p) => document.meetings.find((m) => m.id === p.meeting));
    assert.ok(
      meetings.some((m) => core.inProgress(m, moment)),
      `no meeting is under way at ${moment}`,
    );
    assert.equal(moment.slice(0, 10), await pageToday(name));
    // A seeded vote dated after the moment would be the seat's latest, so a member's change would have to be
    // dated after it, beyond the host's allowance for a device's clock, and be refused.
    const later = document.votes.filter((v) => Date.parse(v.cast) > Date.parse(moment));
    assert.deepEqual(
      later.map((v) => `${v.id} ${v.cast}`),
      [],
      `votes cast after ${moment}`,
    );
  });
}

/** Runs `node demo/server.js` with `env`; resolves with what it printed once it listens, or when it exits. */
function runProgram(env) {
  const child = spawn(process.execPath, ['demo/server.js'], {
    cwd: root,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DEMO_NOW')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  closers.push(() => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host neither started nor stopped:\n${output}`)), 20_000);
    const read = (chunk) => {
      output += chunk;
      if (/host's clock reads \S+/.test(output)) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve({ output, code: null });
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
  });
}

test('npm start (node demo/server.js) starts the demo partnership at its moment unless DEMO_NOW says otherwise', async () => {
  const base = { PORT: '0', DATA_DIR: await dataDir() };
  const sutton = await runProgram({ ...base, PARTNERSHIP: 'sutton' });
  assert.match(sutton.output, /host's clock reads 2019-12-10T16:3\d:\d{2}\.\d{3}\+00:00/);
  const wokingham = await runProgram({ ...base, PARTNERSHIP: 'wokingham' });
  assert.match(wokingham.output, /host's clock reads 2022-09-22T16:3\d:\d{2}\.\d{3}\+01:00/);
  const chosen = await runProgram({ ...base, PARTNERSHIP: 'sutton', DEMO_NOW: '2019-10-15T16:05:00+01:00' });
  assert.match(chosen.output, /host's clock reads 2019-10-15T16:0\d:\d{2}\.\d{3}\+01:00/);
  const real = await runProgram({ ...base, PARTNERSHIP: 'sutton', DEMO_NOW: 'now' });
  const year = Number(/host's clock reads (\d{4})/.exec(real.output)?.[1]);
  assert.ok(year >= new Date().getUTCFullYear() - 1, real.output);
});

test('the host refuses to start on a DEMO_NOW it cannot read, and says why', async () => {
  const { output, code } = await runProgram({ PORT: '0', DATA_DIR: await dataDir(), DEMO_NOW: '10/12/2019 16:30' });
  assert.equal(code, 1);
  assert.match(output, /DEMO_NOW must be a date and time with its offset/);
});

/** The vote page as `person` sees it on `url`. */
async function votePageOf(url, person) {
  const signIn = await fetch(`${url}sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ person }).toString(),
    redirect: 'manual',
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  return (await fetch(`${url}vote`, { headers: { Cookie: cookie } })).text();
}

async function startOwn(options) {
  const { server, url } = await startHost({ port: 0, dataDir: await dataDir(), ...options });
  closers.push(() => {
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  });
  return url;
}

test('startHost without DEMO_NOW runs on the real clock: the vote page fixes no date, and the elements follow it', async () => {
  const demoNow = process.env.DEMO_NOW;
  delete process.env.DEMO_NOW;
  const url = await startOwn({}).finally(() => {
    if (demoNow !== undefined) process.env.DEMO_NOW = demoNow;
  });
  const page = await votePageOf(url, 'p-hackbridge-head');
  assert.match(page, /<action-tracker /);
  assert.doesNotMatch(page, / today="/, 'on the real clock the elements follow the date, past midnight');
  assert.doesNotMatch(page, / now="/, 'on the real clock the elements follow the device’s');
});

/** A board meeting from 16:00 on 7 December 2026 to 02:00 on the 8th; p3's term ends on the 7th. */
const MIDNIGHT_MEETING = {
  contract: 'partnership-kit/1',
  partnership: { id: 'tp', name: 'Test Partnership' },
  partners: [
    { id: 'pa', name: 'Partner A' },
    { id: 'pb', name: 'Partner B' },
  ],
  people: [
    { id: 'p1', name: 'Person 1' },
    { id: 'p3', name: 'Person 3' },
  ],
  groups: [
    {
      id: 'g',
      name: 'Board',
      decisionRule: 'simple-majority',
      seats: [
        { id: 'sa', partner: 'pa', voting: true, holder: 'p1', term: { from: '2026-01-01' } },
        { id: 'sb', partner: 'pb', voting: true, holder: 'p3', term: { from: '2026-01-01', to: '2026-12-07' } },
      ],
    },
  ],
  meetings: [
    { id: 'm1', group: 'g', start: '2026-12-07T16:00:00+00:00', end: '2026-12-08T02:00:00+00:00', attendance: {} },
  ],
  proposals: [
    {
      id: 'pr1',
      group: 'g',
      meeting: 'm1',
      title: 'Late night proposal',
      status: 'open',
      closes: '2026-12-08T01:30:00+00:00',
    },
  ],
  votes: [],
  risks: [],
  actions: [{ id: 'A1', title: 'Due on the 7th', owner: 'p3', due: '2026-12-07', status: 'open' }],
};

test('on the real clock a vote page written a minute before midnight does not hold its members to that day', async () => {
  // A meeting running past midnight: the page written at 23:59:25 said today="2026-12-07" and no now, and the
  // panel, left open, dated a vote cast at 00:01 on 8 December on the 7th, counted for a member whose term ended
  // on the 7th; the tracker dated a completion then on the 7th.
  const seedFile = join(await dataDir(), 'seed.json');
  await writeFile(seedFile, JSON.stringify(MIDNIGHT_MEETING));
  let real = Date.parse('2026-12-07T23:59:25Z');
  const url = await startOwn({ seedFile, now: hostClock(undefined, () => real), realNow: () => real });
  const page = await votePageOf(url, 'p3');
  assert.match(page, /<vote-panel [^>]*proposal="pr1"/);
  for (const element of ['vote-panel', 'action-tracker', 'quorum-indicator']) {
    assert.doesNotMatch(page, new RegExp(`<${element} [^>]*today="`), element);
  }
  real = Date.parse('2026-12-08T00:01:00Z');
  assert.doesNotMatch(await votePageOf(url, 'p3'), / today="/, 'nor after midnight');
});

test('on a demo clock the vote page gives the elements its date, and each its time', async () => {
  // The action tracker too: without it, a change made there was dated by the device's clock, years after the demo's.
  const url = await startOwn({ demoNow: '2019-12-10T16:30:00+00:00' });
  const page = await votePageOf(url, 'p-elg-chair');
  assert.match(page, /<action-tracker [^>]*today="2019-12-10"/);
  for (const element of ['quorum-indicator', 'vote-panel', 'action-tracker']) {
    assert.match(page, new RegExp(`<${element} [^>]*now="2019-12-10T16:3\\d:\\d{2}\\.\\d{3}\\+00:00"`), element);
  }
});
