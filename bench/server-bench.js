// partnership-kit/server under load, for `npm run bench` (never in a timed
// test): votes per second and p50/p99 latency with 20 concurrent voters at
// 1,000 and at 200,000 stored votes, the cost per vote at 200,000 against
// that at 1,000, and how long a vote stored through one host process takes
// to reach a live-event client of another. On SQLite always, on PostgreSQL
// when scripts/postgres.js can start one (or PK_TEST_DATABASE_URL names one).
//
// Each host is a child process (test/node/server/host-process.js) serving the
// tests' 50-member document; the voters send over HTTP from this process, as
// members' browsers would. The stores are pre-filled straight into their
// table in one transaction. Runs at the two sizes alternate, so a noisy,
// shared machine slows both alike.
//
//   node bench/server-bench.js       prints the figures alone
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freshStore, openStore } from '../test/node/server/harness.js';
import { MOTION, memberId, memberVotes, seatId } from '../test/node/server/members.js';
import { openEvents } from '../test/node/server/event-stream.js';
import { sendVote, startHost } from '../test/node/server/processes.js';

const SIZES = [1_000, 200_000];
const VOTERS = 20;
const MEMBERS = 50;
const ROUNDS = 6;
const VOTES_PER_RUN = 500;
const WARM_UP = 100;
const LIVE_VOTES = 30;
/** The most the cost per vote may grow from 1,000 to 200,000 stored (issue 11). */
const TARGET_RATIO = 1.5;
/** DESIGN.md "Live": a change stored by the host reaches every open page within 2 seconds. */
const LIVE_TARGET_MS = 2_000;

const CHOICES = ['for', 'against', 'abstain'];
const LONG_AGO = new Date(Date.now() - 3_600_000).toISOString();

/** The body of the `n`th pre-filled vote, as the host would have stored it. */
function storedVote(n) {
  const i = n % MEMBERS;
  return {
    id: randomUUID(),
    proposal: MOTION,
    seat: seatId(i),
    by: memberId(i),
    choice: CHOICES[n % 3],
    cast: LONG_AGO,
    received: LONG_AGO,
  };
}

/** Appends `count` votes straight into the store's table, in one transaction. */
export async function preFill(where, count) {
  await (await openStore(where)).close(); // creates the tables
  if (where.file) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(where.file);
    const insert = db.prepare("INSERT INTO records (kind, id, body) VALUES ('vote', ?, ?)");
    db.transaction(() => {
      for (let n = 0; n < count; n += 1) {
        const vote = storedVote(n);
        insert.run(vote.id, JSON.stringify(vote));
      }
    })();
    db.close();
    return;
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: where.connectionString });
  await client.connect();
  // The same votes as storedVote, made by PostgreSQL itself: 200,000 rows in about a second.
  await client.query(
    `INSERT INTO pk_records (kind, id, body)
     SELECT 'vote', id, jsonb_build_object('id', id, 'proposal', $2::text, 'seat', 's-' || (n % $3),
       'by', 'p-m' || (n % $3), 'choice', (ARRAY['for','against','abstain'])[n % 3 + 1], 'cast', $4::text, 'received', $4::text)
     FROM (SELECT n, gen_random_uuid()::text AS id FROM generate_series(0, $1 - 1) AS n) AS v`,
    [count, MOTION, MEMBERS, LONG_AGO],
  );
  await client.end();
}

/** `VOTERS` voters send `votes` to `base`, each waiting for its answer before its next vote. */
async function run(base, votes) {
  const latencies = [];
  let next = 0;
  const voter = async () => {
    while (next < votes.length) {
      const vote = votes[next++];
      const sent = performance.now();
      const status = await sendVote(base, vote);
      if (status !== 201) throw new Error(`The host answered ${status} to a vote`);
      latencies.push(performance.now() - sent);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: VOTERS }, voter));
  return { ms: performance.now() - started, latencies };
}

const median = (values) => quantile(values, 0.5);
/** The value at `q` (0 to 1) of `values`, sorted. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Votes per second and latency at each size, runs alternating between the sizes. */
async function throughput(kind, log) {
  const hosts = [];
  try {
    for (const stored of SIZES) {
      log(`server bench (${kind}): ${stored.toLocaleString('en-GB')} votes stored…`);
      const where = await freshStore(kind);
      await preFill(where, stored);
      const started = performance.now();
      const host = await startHost(where);
      hosts.push({ stored, host, runs: [], opened: performance.now() - started });
    }
    let from = 0;
    const votes = (count) => memberVotes(count, { members: MEMBERS, from: (from += count) - count });
    for (const entry of hosts) await run(entry.host.base, votes(WARM_UP));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const entry of hosts) entry.runs.push(await run(entry.host.base, votes(VOTES_PER_RUN)));
    }
  } finally {
    await Promise.all(hosts.map(({ host }) => host.stop()));
  }
  return hosts.map(({ stored, runs, opened }) => {
    const costs = runs.map((r) => r.ms / VOTES_PER_RUN);
    const latencies = runs.flatMap((r) => r.latencies);
    const cost = median(costs);
    return {
      stored,
      votesPerSecond: 1000 / cost,
      cost,
      costs,
      p50: median(latencies),
      p99: quantile(latencies, 0.99),
      opened,
    };
  });
}

/** From sending a vote to process B until a live-event client of process A has it. */
async function liveDelay(kind) {
  const where = await freshStore(kind);
  await preFill(where, SIZES[0]);
  const [a, b] = await Promise.all([startHost(where), startHost(where)]);
  const stream = await openEvents(a.base, { person: memberId(0) });
  const toEvent = [];
  const toAnswer = [];
  try {
    for (const vote of memberVotes(LIVE_VOTES)) {
      await sleep(Math.random() * 100); // no lock-step with the SQLite store's 200 ms look for others' records
      const arrives = stream.next((e) => e.event === 'record' && e.data.record?.id === vote.id, 10_000);
      const sent = performance.now();
      const status = await sendVote(b.base, vote);
      if (status !== 201) throw new Error(`The host answered ${status} to a vote`);
      toAnswer.push(performance.now() - sent);
      toEvent.push((await arrives).at - sent);
    }
  } finally {
    stream.close();
    await Promise.all([a.stop(), b.stop()]);
  }
  return { median: median(toEvent), max: Math.max(...toEvent), answered: median(toAnswer) };
}

/** A PostgreSQL for the bench: PK_TEST_DATABASE_URL, or a throwaway one; undefined with the reason when none. */
export async function benchPostgres() {
  if (process.env.PK_TEST_DATABASE_URL) return { stop() {} };
  try {
    const { startPostgres } = await import('../scripts/postgres.js');
    const started = await startPostgres();
    process.env.PK_TEST_DATABASE_URL = started.url;
    // Once stopped, its address must not outlive it: a later bench would find a dead database there.
    return {
      stop() {
        started.stop();
        delete process.env.PK_TEST_DATABASE_URL;
      },
    };
  } catch (error) {
    return { missing: error.message };
  }
}

/**
 * Measures every store it can; resolves with the figures for
 * printServerBench. `log` receives progress lines.
 */
export async function serverBench({ log = (line) => console.error(line) } = {}) {
  const stores = [];
  const measure = async (kind) => {
    const sizes = await throughput(kind, log);
    log(`server bench (${kind}): live events across processes…`);
    const live = await liveDelay(kind);
    // Each round's runs at the two sizes ran back to back, so their ratio is the fairest one.
    const ratios = sizes[0].costs.map((cost, round) => sizes[1].costs[round] / cost);
    const ratio = median(ratios);
    stores.push({ kind, sizes, ratio, ratios, within: ratio <= TARGET_RATIO, live });
  };
  await measure('sqlite');
  const pg = await benchPostgres();
  let skipped;
  if (pg.missing) skipped = pg.missing;
  else {
    try {
      await measure('postgres');
    } finally {
      pg.stop();
    }
  }
  return { stores, skipped };
}

const ms = (value) => `${value.toFixed(1)} ms`;
const count = (n) => n.toLocaleString('en-GB');

/** Prints the figures as the rest of `npm run bench` does: Markdown tables. */
export function printServerBench({ stores, skipped }) {
  console.log(
    `\npartnership-kit/server: ${VOTERS} concurrent voters, one host process, votes over HTTP ` +
      `(${ROUNDS} rounds of ${count(VOTES_PER_RUN)} votes at each size in turn; cost per vote is the median run's)`,
  );
  console.log('\n| store | stored at start | votes/s | p50 | p99 | cost per vote | host start-up |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { kind, sizes } of stores) {
    for (const s of sizes) {
      console.log(
        `| ${kind} | ${count(s.stored)} | ${s.votesPerSecond.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p99)} | ${s.cost.toFixed(2)} ms | ${ms(s.opened)} |`,
      );
    }
  }
  console.log(
    `\nCost per vote at ${count(SIZES[1])} stored ÷ at ${count(SIZES[0])}, median of the rounds' ratios (target: within ${TARGET_RATIO}×):`,
  );
  for (const { kind, ratio, ratios, within } of stores) {
    const spread = `rounds from ${Math.min(...ratios).toFixed(2)}× to ${Math.max(...ratios).toFixed(2)}×`;
    console.log(`  ${kind}: ${ratio.toFixed(2)}× — ${within ? 'within' : 'OVER'} (${spread})`);
  }
  console.log(
    `\nA vote sent to one host process, to a live-event client of another (${LIVE_VOTES} votes, one at a time; ` +
      `target: within ${LIVE_TARGET_MS / 1000} s):`,
  );
  for (const { kind, live } of stores) {
    const verdict = live.max <= LIVE_TARGET_MS ? 'met' : 'NOT MET';
    console.log(
      `  ${kind}: median ${ms(live.median)}, slowest ${ms(live.max)} — ${verdict} (the vote's own answer: median ${ms(live.answered)})`,
    );
  }
  if (skipped) console.log(`\nPostgreSQL not measured: ${skipped}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printServerBench(await serverBench());
