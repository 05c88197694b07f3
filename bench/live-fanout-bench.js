// A meeting of 50 members on their own devices, for `npm run bench` (never in
// a timed test): how long until every screen has every vote and every
// check-in (issue 11's "Done when": within two seconds).
//
// Two host processes share one store (SQLite; PostgreSQL when
// scripts/postgres.js can start one, or PK_TEST_DATABASE_URL names one),
// 1,000 and then 200,000 votes stored beforehand. Each of the 50 members has a live-event
// stream open as themselves, 25 on each host, as their browsers would behind
// a load balancer. In each round all 50 vote at once, each through the host
// their device is on (the moment a count is called), while the chair (member
// 0, who holds the board's chair seat) checks the 50 seats in, one after
// another, through the first host; the next round checks them out. For each
// record: the time from its send until the last of the 50 streams received
// it. A stream here is a Node reader of the SSE stream in this process
// (test/node/server/event-stream.js); the page's own update after that is
// what bench/live-page-bench.js measures.
//
//   node bench/live-fanout-bench.js       prints the figures alone
//   node bench/live-fanout-bench.js --host   (internal) one host process
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freshStore, openStore, startApi } from '../test/node/server/harness.js';
import { membersDocument, memberId, memberVotes, seatId } from '../test/node/server/members.js';
import { openEvents } from '../test/node/server/event-stream.js';
import { benchPostgres, preFill, quantile } from './server-bench.js';

const MEMBERS = 50;
const ROUNDS = 4;
const SIZES = [1_000, 200_000];
/** Issue 11: every vote and every check-in on every screen within two seconds. */
const TARGET_MS = 2_000;
/** How long a record may take to reach every screen before it counts as missing. */
const PATIENCE_MS = 10_000;
const MEETING = 'board-now';
const CHAIR = memberId(0);

/** The members' document with member 0 in the chair and a meeting under way, the same in both hosts. */
function meetingDocument(start) {
  const doc = membersDocument(MEMBERS);
  doc.groups[0].seats[0].role = 'chair';
  const end = new Date(Date.parse(start) + 4 * 3_600_000).toISOString();
  doc.meetings = [{ id: MEETING, group: 'board', start, end, attendance: {}, guests: [] }];
  return doc;
}

/** The host process: the API over the store the environment names, on the host's real clock. */
async function serveHost() {
  const env = process.env;
  const store = await openStore(
    env.PK_STORE_FILE ? { file: env.PK_STORE_FILE } : { connectionString: env.PK_STORE_URL },
  );
  const host = await startApi(store, {
    document: meetingDocument(env.PK_MEETING_START),
    now: () => new Date().toISOString(),
    // The chair sends 200 check-ins in seconds, faster than any clerk, to load the live stream; the host's
    // limit of 60 records a person a minute (its 429 makes a page's outbox wait) would stop the bench.
    maxRecordsPerMinute: Number.POSITIVE_INFINITY,
  });
  process.stdout.write(`${JSON.stringify({ base: host.base })}\n`);
  process.on('SIGTERM', () => void host.close().finally(() => process.exit(0)));
}

/** Starts this file as a host process on `where`; resolves with its base URL and `stop()`. */
function startHost(where, meetingStart) {
  const store = where.file ? { PK_STORE_FILE: where.file } : { PK_STORE_URL: where.connectionString };
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--host'], {
    env: { ...process.env, ...store, PK_MEETING_START: meetingStart },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((done) => child.once('exit', done));
  const stop = () => (child.exitCode === null ? (child.kill('SIGTERM'), exited) : exited);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      const line = /^\{"base":"([^"]+)"\}$/m.exec(output);
      if (line) resolve({ base: line[1], stop });
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    void exited.then((code) => reject(new Error(`The host process exited (${code}) before it listened:\n${output}`)));
  });
}

/** POSTs a record as `person`, as the kit's outbox does; resolves with the status. */
async function send(base, path, record, person) {
  const response = await fetch(`${base}/api/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, 'x-person': person },
    body: JSON.stringify(record),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`The host answered ${response.status} to a ${path} record`);
}

/** A check-in (or, with 'left', a check-out) of seat `i` by the chair. */
const attendanceChange = (i, attendance) => ({
  id: randomUUID(),
  meeting: MEETING,
  seat: seatId(i),
  attendance,
  by: CHAIR,
  at: new Date().toISOString(),
});

/**
 * One round: every member votes at once through their own host while the
 * chair records 50 attendance changes in turn. Resolves with each record's
 * id, kind, send time and how long the host took to answer it.
 */
async function round(hosts, number) {
  const sent = [];
  const timed = async (kind, record, sending) => {
    const entry = { id: record.id, kind, at: performance.now() };
    sent.push(entry);
    await sending();
    entry.answered = performance.now() - entry.at;
  };
  const votes = memberVotes(MEMBERS, { members: MEMBERS, from: number * MEMBERS });
  const voting = votes.map((vote, i) => timed('vote', vote, () => send(hosts[i % 2].base, 'votes', vote, vote.by)));
  const checking = (async () => {
    for (let i = 0; i < MEMBERS; i += 1) {
      const change = attendanceChange(i, number % 2 === 0 ? 'holder' : 'left');
      await timed('check-in', change, () => send(hosts[0].base, 'attendance', change, CHAIR));
    }
  })();
  await Promise.all([...voting, checking]);
  return sent;
}

/** When each stream received each record: a Map of record id to arrival time, per stream. */
const arrivals = (stream) =>
  new Map(stream.events.filter((e) => e.event === 'record').map((e) => [e.data.record.id, e.at]));

/** Waits until every stream has every record in `sent`, or PATIENCE_MS pass after the last send. */
async function everyScreen(streams, sent) {
  const deadline = performance.now() + PATIENCE_MS;
  for (;;) {
    const seen = streams.map(arrivals);
    const complete = sent.every((r) => seen.every((s) => s.has(r.id)));
    if (complete || performance.now() > deadline) return seen;
    await sleep(50);
  }
}

/** For each record: from its send to the last of the streams that received it; missing ones are counted. */
function delays(sent, seen) {
  return sent.map((record) => {
    const times = seen.map((s) => s.get(record.id));
    const received = times.filter((t) => t !== undefined);
    return {
      kind: record.kind,
      answered: record.answered,
      missing: times.length - received.length,
      toEvery: Math.max(...received) - record.at,
      toFirst: Math.min(...received) - record.at,
    };
  });
}

/** Runs the meeting on a fresh store of `kind` holding `stored` votes; resolves with every record's delays. */
export async function fanout(kind, stored, log = (line) => console.error(line)) {
  log(
    `live fan-out (${kind}): ${MEMBERS} members, two host processes, ${stored.toLocaleString('en-GB')} votes stored…`,
  );
  const where = await freshStore(kind);
  await preFill(where, stored);
  const start = new Date(Date.now() - 60_000).toISOString();
  const hosts = await Promise.all([startHost(where, start), startHost(where, start)]);
  const streams = [];
  const records = [];
  try {
    for (let i = 0; i < MEMBERS; i += 1) {
      streams.push(await openEvents(hosts[i % 2].base, { person: memberId(i) }));
    }
    for (let n = 0; n < ROUNDS; n += 1) {
      await sleep(200 + Math.random() * 200); // no lock-step with the SQLite store's 200 ms look for others' records
      const sent = await round(hosts, n);
      records.push(...delays(sent, await everyScreen(streams, sent)));
    }
  } finally {
    for (const stream of streams) stream.close();
    await Promise.all(hosts.map((host) => host.stop()));
  }
  const changed = streams.reduce((n, s) => n + s.events.filter((e) => e.event === 'changed').length, 0);
  return { kind, stored, records, changed };
}

/** Measures SQLite, and PostgreSQL when one can be had; resolves with the figures for printFanout. */
export async function fanoutBench({ log } = {}) {
  const stores = [];
  for (const stored of SIZES) stores.push(await fanout('sqlite', stored, log));
  const pg = await benchPostgres();
  if (pg.missing) return { stores, skipped: pg.missing };
  try {
    for (const stored of SIZES) stores.push(await fanout('postgres', stored, log));
  } finally {
    pg.stop();
  }
  return { stores };
}

const ms = (value) => `${value.toFixed(0)} ms`;

/**
 * One table row: the host's answer (p50, slowest), first screen (p50), every
 * screen (p50, p99, slowest) and the verdict on the slowest. The answer is
 * the wait for the store's write lock and the durable write; the rest is the
 * fan-out.
 */
function row(kind, stored, what, records) {
  const every = records.map((r) => r.toEvery);
  const answered = records.map((r) => r.answered);
  const missing = records.reduce((n, r) => n + r.missing, 0);
  const slowest = Math.max(...every);
  const met = missing === 0 && slowest <= TARGET_MS;
  return (
    `| ${kind} | ${stored.toLocaleString('en-GB')} | ${what} | ${records.length} | ${ms(quantile(answered, 0.5))} / ${ms(Math.max(...answered))} | ` +
    `${ms(
      quantile(
        records.map((r) => r.toFirst),
        0.5,
      ),
    )} | ${ms(quantile(every, 0.5))} | ${ms(quantile(every, 0.99))} | ` +
    `${ms(slowest)} | ${missing} | ${met ? 'met' : 'NOT MET'} |`
  );
}

/** Prints the figures as a Markdown table, as the rest of `npm run bench` does. */
export function printFanout({ stores, skipped }) {
  console.log(
    `\nA meeting of ${MEMBERS} members, a live-event stream each, split over two host processes on one store ` +
      `(${SIZES.map((n) => n.toLocaleString('en-GB')).join(' and then ')} votes stored; ${ROUNDS} rounds, each: all ${MEMBERS} vote at once while the chair ` +
      `records ${MEMBERS} check-ins or check-outs). Time from a record's send until the first and until every one of ` +
      `the ${MEMBERS} streams has it (target: every record on every screen within ${TARGET_MS / 1000} s):`,
  );
  console.log(
    '\n| store | stored | records | n | host answered p50 / slowest | first screen p50 | every screen p50 | p99 | slowest | missing | verdict |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { kind, stored, records, changed } of stores) {
    console.log(
      row(
        kind,
        stored,
        'votes',
        records.filter((r) => r.kind === 'vote'),
      ),
    );
    console.log(
      row(
        kind,
        stored,
        'check-ins and -outs',
        records.filter((r) => r.kind === 'check-in'),
      ),
    );
    console.log(row(kind, stored, 'all', records));
    if (changed > 0) console.log(`(${kind}: ${changed} "changed" events, which make a page refetch)`);
  }
  if (skipped) console.log(`\nPostgreSQL not measured: ${skipped}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--host') await serveHost();
  else printFanout(await fanoutBench());
}
