// Helpers for the proofs that run partnership-kit/server in several
// processes: start and kill host processes (host-process.js), send votes as
// the kit's outbox does (again on a network error or a 503, until the host
// acknowledges them), read the store's table directly, and read a host's
// live events the way an EventSource does.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { memberId } from './members.js';

const HOST = new URL('./host-process.js', import.meta.url).pathname;
/** Each host process still running, with the promise of its exit. */
const running = new Map();

/** How long a host may take to listen, or to exit once signalled, on a loaded machine before its test fails. */
const HOST_PATIENCE = 60_000;
/** How long a send waits for its answer before it counts as unanswered, as a device whose request timed out. */
const ANSWER_PATIENCE = 30_000;

/**
 * Settles as `promise` does, or rejects with `failure()` after `ms`. Its timer is a ref'd one on purpose: it
 * keeps the test's process alive, so a wait that nothing else would settle fails saying what it waited for
 * rather than ending in Node's bare "Promise resolution is still pending but the event loop has already resolved".
 */
function within(ms, promise, failure) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(failure()), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Node's fetch (undici 6) readies its HTTP parser, a WebAssembly module, on the process's first connection, and
 * only then listens to the socket: a host killed in that moment closes the socket unheard, and the send waits for
 * ever on nothing that holds the event loop. Under load the moment lasts long enough for a kill -9 to land in it
 * (the crash test's first round ended that way), so the parser is readied here, on a connection nothing kills.
 */
async function readyFetch() {
  const answering = createServer((request, response) => response.end());
  await new Promise((done) => answering.listen(0, '127.0.0.1', done));
  try {
    await (await fetch(`http://127.0.0.1:${answering.address().port}/`)).arrayBuffer();
  } finally {
    answering.closeAllConnections();
    answering.close();
  }
}
await readyFetch();

/** The environment that points host-process.js at a store from harness.freshStore. */
const storeEnv = (where) => (where.file ? { PK_STORE_FILE: where.file } : { PK_STORE_URL: where.connectionString });

/**
 * Starts a host process on `where`; resolves once it listens, with its base
 * URL, `stop()` (SIGTERM, waits for the exit) and `kill()` (SIGKILL, waits).
 * It rejects with the host's own output when it exits before listening, or
 * has not listened within `patience` ms; `stop` and `kill` reject when the
 * host has not exited within theirs.
 */
export function startHost(where, { port = 0, patience = HOST_PATIENCE } = {}) {
  const child = spawn(process.execPath, [HOST], {
    env: { ...process.env, ...storeEnv(where), PK_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // A process that could not be started (EAGAIN on a loaded machine) sends 'error' and never 'exit': without
  // this, a test awaiting it ended with Node's bare "Promise resolution is still pending". An 'error' once it
  // has started (a signal that could not be sent) does not mean it exited: it is kept for the failure message.
  const exited = new Promise((done) => {
    child.once('exit', (code, signal) => done({ code, signal }));
    child.on('error', (error) => {
      if (child.pid === undefined) done({ code: null, signal: null, error });
      else output += `\n(${error.message})`;
    });
  });
  running.set(child, exited);
  void exited.then(() => running.delete(child));
  const hasExited = () => child.exitCode !== null || child.signalCode !== null || !running.has(child);
  const end = (signal, ms = HOST_PATIENCE) => {
    if (hasExited()) return exited;
    child.kill(signal);
    return within(ms, exited, () => {
      child.kill('SIGKILL');
      return new Error(`The host process did not exit within ${ms} ms of ${signal}:\n${output}`);
    });
  };
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const line = /^\{"port":(\d+)\}$/m.exec(output);
      if (!line) return;
      child.stdout.off('data', onData);
      resolve({
        child,
        port: Number(line[1]),
        base: `http://127.0.0.1:${line[1]}`,
        exited,
        output: () => output,
        stop: ({ patience: ms } = {}) => end('SIGTERM', ms),
        kill: ({ patience: ms } = {}) => end('SIGKILL', ms),
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
  return within(patience, listening, () => {
    child.kill('SIGKILL');
    return new Error(`The host process did not listen within ${patience} ms:\n${output}`);
  });
}

/** Kills every host process still running, and waits for each to exit: for a test's `after`. */
export async function killAllHosts() {
  const exits = [...running].map(([child, exited]) => (child.kill('SIGKILL'), exited));
  await within(HOST_PATIENCE, Promise.all(exits), () => new Error('A host process did not exit after SIGKILL'));
}

/**
 * POSTs a vote once, as its member; resolves with the status, or null on a
 * network error or when no answer has come within `patience` ms (the send is
 * then abandoned, as a device abandons a request that timed out).
 */
export async function sendVote(base, vote, { patience = ANSWER_PATIENCE } = {}) {
  // A ref'd timer, not AbortSignal.timeout (whose timer is unref'd): a send left with nothing else holding the
  // event loop still ends, as unanswered.
  const abandon = new AbortController();
  const timer = setTimeout(() => abandon.abort(), patience);
  try {
    const response = await fetch(`${base}/api/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': vote.id, 'x-person': vote.by },
      body: JSON.stringify(vote),
      signal: abandon.signal,
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
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
  const read = async () => {
    const response = await fetch(`${base}/api/partnership`, { headers: { 'x-person': person } });
    if (!response.ok) throw new Error(`GET ${base}/api/partnership answered ${response.status}`);
    return (await response.json()).votes;
  };
  return within(ANSWER_PATIENCE, read(), () => new Error(`GET ${base}/api/partnership was not answered`));
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
