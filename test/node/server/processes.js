// Helpers for the proofs that run partnership-kit/server in several
// processes: start and kill host processes (host-process.js), send votes as
// the kit's outbox does (again on a network error or a 503, until the host
// acknowledges them), read the store's table directly, and read a host's
// live events the way an EventSource does.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { memberId } from './members.js';

const HOST = new URL('./host-process.js', import.meta.url).pathname;
const running = new Set();

/** The environment that points host-process.js at a store from harness.freshStore. */
const storeEnv = (where) => (where.file ? { PK_STORE_FILE: where.file } : { PK_STORE_URL: where.connectionString });

/**
 * Starts a host process on `where`; resolves once it listens, with its base
 * URL, `stop()` (SIGTERM, waits for the exit) and `kill()` (SIGKILL, waits).
 * It rejects with the host's own output when it exits before listening.
 */
export function startHost(where, { port = 0 } = {}) {
  const child = spawn(process.execPath, [HOST], {
    env: { ...process.env, ...storeEnv(where), PK_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  // A process that could not be started (EAGAIN on a loaded machine) sends 'error' and never 'exit': without
  // this, a test awaiting it ended with Node's bare "Promise resolution is still pending".
  const exited = new Promise((done) => {
    child.once('exit', (code, signal) => done({ code, signal }));
    child.once('error', (error) => done({ code: null, signal: null, error }));
  });
  void exited.then(() => running.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const line = /^\{"port":(\d+)\}$/m.exec(output);
      if (!line) return;
      child.stdout.off('data', onData);
      const end = (signal) => (child.kill(signal), exited);
      resolve({
        child,
        port: Number(line[1]),
        base: `http://127.0.0.1:${line[1]}`,
        exited,
        output: () => output,
        stop: () => (child.exitCode === null ? end('SIGTERM') : exited),
        kill: () => (child.exitCode === null ? end('SIGKILL') : exited),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    void exited.then(({ code, signal, error }) =>
      reject(
        error
          ? new Error(`The host process could not be started: ${error.message}`)
          : new Error(`The host process exited (${signal ?? code}) before it listened:\n${output}`),
      ),
    );
  });
}

/** Kills every host process still running: for a test's `after`. */
export async function killAllHosts() {
  await Promise.all([...running].map((child) => (child.kill('SIGKILL'), new Promise((d) => child.once('exit', d)))));
}

/** POSTs a vote once, as its member; resolves with the status, or null on a network error. */
export async function sendVote(base, vote, signal) {
  try {
    const response = await fetch(`${base}/api/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': vote.id, 'x-person': vote.by },
      body: JSON.stringify(vote),
      signal,
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/**
 * Sends a vote until the host acknowledges it (201 stored, or 200 already
 * stored), again after a network error or a 503, as the outbox does. `base`
 * may be a function, for a host that moves. Any other answer is returned;
 * null when the host has not answered for `patience` ms. `resent` counts
 * the sends after the first.
 */
export async function sendUntilAcknowledged(base, vote, { patience = 60_000, resent = { count: 0 } } = {}) {
  const giveUp = Date.now() + patience;
  for (let attempt = 0; ; attempt += 1) {
    if (attempt > 0) resent.count += 1;
    const status = await sendVote(typeof base === 'function' ? base() : base, vote);
    if (status !== null && status !== 503) return status;
    if (Date.now() > giveUp) return null;
    await sleep(Math.min(20 * 2 ** attempt, 500));
  }
}

/** Runs `work` on every item, `concurrency` at a time. */
export async function eachConcurrently(items, concurrency, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** The vote rows of the store's table, read directly: `[id, how many rows]` for each id. */
export async function storedVoteRows(where) {
  if (where.file) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(where.file, { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare("SELECT id, COUNT(*) AS n FROM records WHERE kind = 'vote' GROUP BY id")
        .all()
        .map((row) => [row.id, row.n]);
    } finally {
      db.close();
    }
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: where.connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT id, COUNT(*)::int AS n FROM pk_records WHERE kind = 'vote' GROUP BY id",
    );
    return rows.map((row) => [row.id, row.n]);
  } finally {
    await client.end();
  }
}

/** The votes a host serves a member, from its document. */
export async function servedVotes(base, person = memberId(0)) {
  const response = await fetch(`${base}/api/partnership`, { headers: { 'x-person': person } });
  if (!response.ok) throw new Error(`GET ${base}/api/partnership answered ${response.status}`);
  return (await response.json()).votes;
}

/** Polls `read` until `done(value)` or `ms` pass; resolves with the last value read. */
export async function pollUntil(read, done, ms = 5_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(50);
  }
}

/** How many times each id occurs in `ids`, and the ids that occur more than once. */
export function tally(ids) {
  const counts = new Map();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return { counts, doubled: [...counts].filter(([, n]) => n > 1).map(([id]) => id) };
}
