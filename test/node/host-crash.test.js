// The reference host killed with SIGKILL while it writes: `node demo/server.js`
// runs as a child process on a free port (PORT=0) with its own data folder,
// members vote and the chair records attendance from many clients at once
// while others read, and the child is killed mid-stream. Restarted on the same folder, it must
// still hold every record it acknowledged (2xx), and its data file must parse.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CAST, DEMO_NOW, MEETING, PROPOSAL, root, sutton } from './demo-meeting.js';
import { storedRecords } from './stored-records.js';

/** Who may vote on the live proposal at CAST, and for which seat (holders, and a proxy whose holder sent one). */
const VOTERS = [
  ['p-hackbridge-head', 'elg-early-years'],
  ['p-cirrus-dceo', 'elg-primary'],
  ['p-cirrus-head', 'elg-primary'],
  ['p-wilsons-head', 'elg-secondary'],
  ['p-stcg-cm', 'elg-post16'],
  ['p-carew-head', 'elg-special'],
  ['p-limes-head', 'elg-pru'],
  ['p-muschamp-gov', 'elg-primary-governors'],
  ['p-glenthorne-gov', 'elg-secondary-governors'],
  ['p-lbs-finance', 'elg-finance'],
  ['p-cognus-sd', 'elg-cognus'],
];
const CHAIR = 'p-elg-chair';
const ROUNDS = 3;

const children = new Set();
let dataDir;

after(async () => {
  for (const child of children) child.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Starts `node demo/server.js` on a free port; resolves with the child and the URL it printed. */
function startChild() {
  const child = spawn(process.execPath, ['demo/server.js'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, PARTNERSHIP: 'sutton', DEMO_NOW },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${output}`)), 20_000);
    const read = (chunk) => {
      output += chunk;
      const match = /partnership-kit demo: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${code ?? signal}) before it started:\n${output}`));
    });
  });
}

function killed(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

async function signIn(url, person) {
  const response = await fetch(`${url}sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ person }).toString(),
    redirect: 'manual',
  });
  assert.equal(response.status, 303, `sign-in as ${person}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

/** The live document as a member reads it: every vote of the (live, recorded) proposal. */
async function partnership(url) {
  const response = await fetch(`${url}api/partnership`, { headers: { Cookie: await signIn(url, CHAIR) } });
  assert.equal(response.status, 200);
  return response.json();
}

/** A stored record as its client sent it: without the host's `received`. */
const asSent = ({ received: _received, ...record }) => record;

/** What the store holds now: it must open cleanly whatever moment the host was killed at. */
async function dataFile() {
  return storedRecords(dataDir);
}

test('a host killed with SIGKILL mid-stream loses nothing it acknowledged', { timeout: 120_000 }, async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pk-host-crash-'));
  const acknowledged = { votes: new Map(), attendance: new Map() };
  const sent = new Set();

  /** Every acknowledged record is in the live document and the data file; nothing stored was never sent. */
  async function assertNothingLost(url) {
    const stored = await dataFile();
    const document = await partnership(url);
    const liveVotes = new Map(document.votes.map((v) => [v.id, v]));
    assert.equal(liveVotes.size, document.votes.length, 'a vote is stored twice');
    for (const [id, vote] of acknowledged.votes) {
      const live = liveVotes.get(id);
      assert.deepEqual(live && asSent(live), vote, `acknowledged vote ${id} is missing from GET /api/partnership`);
    }
    const storedAttendance = new Map(stored.attendance.map((c) => [c.id, c]));
    assert.equal(storedAttendance.size, stored.attendance.length, 'an attendance change is stored twice');
    for (const [id, change] of acknowledged.attendance) {
      const kept = storedAttendance.get(id);
      assert.deepEqual(kept && asSent(kept), change, `acknowledged attendance change ${id} is missing`);
    }
    for (const record of [...stored.votes, ...stored.attendance]) assert.ok(sent.has(record.id), record.id);
    const last = [...stored.attendance].pop();
    if (last) {
      const meeting = document.meetings.find((m) => m.id === MEETING);
      assert.equal(meeting.attendance[last.seat], last.attendance, 'the latest attendance change is applied');
    }
    assert.equal(document.votes.length, sutton.votes.length + stored.votes.length);
  }

  for (let round = 0; round < ROUNDS; round += 1) {
    const { child, url, output } = await startChild();
    if (round > 0) await assertNothingLost(url);

    const people = [...VOTERS.map(([person]) => person), CHAIR];
    const cookies = Object.fromEntries(await Promise.all(people.map(async (p) => [p, await signIn(url, p)])));
    const target = 30 + Math.floor(Math.random() * 30);
    let acks = 0;
    let stopping = false;
    const unexpected = [];

    /** Sends one record; true when acknowledged. A failure is expected only once the host is being killed. */
    async function send(path, record, person) {
      sent.add(record.id);
      let response;
      try {
        response = await fetch(`${url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, Cookie: cookies[person] },
          body: JSON.stringify(record),
        });
      } catch (error) {
        if (!stopping) unexpected.push(`${path} ${record.id}: ${error.message}`);
        return false;
      }
      const body = await response.text().catch(() => '');
      if (response.status === 201 || response.status === 200) {
        acks += 1;
        if (acks >= target && !stopping) {
          stopping = true;
          child.kill('SIGKILL'); // while the other clients' writes are in flight
        }
        return true;
      }
      if (!stopping) unexpected.push(`${path} ${record.id}: ${response.status} ${body}`);
      return false;
    }

    const voter = async ([person, seat]) => {
      while (!stopping) {
        const choice = ['for', 'against', 'abstain'][Math.floor(Math.random() * 3)];
        const vote = { id: randomUUID(), proposal: PROPOSAL, seat, by: person, choice, cast: CAST };
        if (await send('api/votes', vote, person)) acknowledged.votes.set(vote.id, vote);
        // A replay of an acknowledged vote, as an outbox retry sends it: answered from the store.
        if (!stopping && Math.random() < 0.2 && (await send('api/votes', vote, person))) {
          assert.ok(acknowledged.votes.has(vote.id));
        }
      }
    };
    const clerk = async () => {
      let turn = 0;
      while (!stopping) {
        turn += 1;
        const change = {
          id: randomUUID(),
          meeting: MEETING,
          seat: 'elg-pru',
          attendance: turn % 2 ? 'apologies' : 'absent',
          by: CHAIR,
          at: CAST,
        };
        if (await send('api/attendance', change, CHAIR)) acknowledged.attendance.set(change.id, change);
      }
    };
    /** Reads while the others write: every answer is whole and holds every vote acknowledged before it was asked. */
    const reader = async () => {
      while (!stopping) {
        const before = [...acknowledged.votes.keys()];
        let response;
        try {
          response = await fetch(`${url}api/partnership`, { headers: { Cookie: cookies[CHAIR] } });
        } catch (error) {
          if (!stopping) unexpected.push(`GET api/partnership: ${error.message}`);
          return;
        }
        const text = await response.text().catch(() => '');
        if (stopping) return;
        if (response.status !== 200) {
          unexpected.push(`GET api/partnership: ${response.status} ${text}`);
          continue;
        }
        const ids = new Set(JSON.parse(text).votes.map((v) => v.id));
        const missing = before.filter((id) => !ids.has(id));
        if (missing.length > 0) unexpected.push(`GET api/partnership lacks acknowledged votes ${missing.join(', ')}`);
      }
    };
    const guard = setTimeout(() => {
      stopping = true;
      child.kill('SIGKILL');
    }, 30_000);
    await Promise.all([...VOTERS.map(voter), clerk(), reader(), reader()]);
    clearTimeout(guard);
    await killed(child);
    assert.deepEqual(unexpected, [], output());
    assert.ok(acks >= target, `round ${round}: only ${acks} of ${target} records were acknowledged`);
    assert.equal(child.signalCode, 'SIGKILL');
  }

  const { child, url } = await startChild();
  await assertNothingLost(url);
  assert.ok(acknowledged.votes.size > ROUNDS * 10, `${acknowledged.votes.size} votes acknowledged`);
  assert.ok(acknowledged.attendance.size > 0, 'no attendance change was acknowledged');
  child.kill('SIGKILL');
  await killed(child);
});
