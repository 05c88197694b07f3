// The demo clock of host processes that share one PostgreSQL store (DATABASE_URL, on several machines). Each kept
// its clock in its own data folder, so a host started later ran on another clock than the hosts already serving:
// it took a vote after `closes` that they refused. So the clock is kept with the store, in the same database and
// schema: a table of the demo host's own, `demo_clock` (one row a partnership: `keptClock`'s JSON), beside the
// kit's `pk_` tables, which the kit's store API leaves to the kit. The first host sets it, a host started while
// others serve the store runs on it as it is, and one started when none does runs on from it as a restarted host
// (clock.js, `sharedClock`). Each host holds a shared advisory lock while it serves, on a connection of its own,
// so that one starting can tell whether any does.

const TABLE = 'CREATE TABLE IF NOT EXISTS demo_clock (partnership TEXT PRIMARY KEY, kept TEXT NOT NULL)';
/**
 * The advisory locks' keys ("pkds", "pkdr" in ASCII), each paired with one for the store and partnership: hosts
 * start one at a time, and each holds SERVING (shared) while it runs. Pairs of keys are apart from the kit's own
 * write lock, a single key.
 */
const STARTING = 0x706b6473;
const SERVING = 0x706b6472;
const STORE_KEY = "hashtext(current_schema() || '/' || $1)";

/** The clock kept in the store, or undefined when none is, or it cannot be read (taken as none). */
function keptIn(row) {
  try {
    return row ? JSON.parse(row.kept) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decides the clock in one transaction, starts held apart: whether another host serves the store, the clock kept,
 * `decide(kept, serving)`'s clock and what to keep of it; then this host holds SERVING until its connection ends.
 */
async function decideInTurn(client, partnership, decide) {
  const advisory = (sql) => client.query(`SELECT ${sql} AS taken`, [partnership]);
  await client.query('BEGIN');
  try {
    await advisory(`pg_advisory_xact_lock(${STARTING}, ${STORE_KEY})`);
    await client.query(TABLE);
    const alone = (await advisory(`pg_try_advisory_lock(${SERVING}, ${STORE_KEY})`)).rows[0].taken;
    if (alone) await advisory(`pg_advisory_unlock(${SERVING}, ${STORE_KEY})`);
    const found = await client.query('SELECT kept FROM demo_clock WHERE partnership = $1', [partnership]);
    const { clock, keep } = decide(keptIn(found.rows[0]), !alone);
    if (keep) {
      await client.query(
        'INSERT INTO demo_clock (partnership, kept) VALUES ($1, $2) ON CONFLICT (partnership) DO UPDATE SET kept = $2',
        [partnership, JSON.stringify(keep)],
      );
    }
    // Session-wide: held past the commit, let go when the connection ends (the host stopped, or died).
    await advisory(`pg_advisory_lock_shared(${SERVING}, ${STORE_KEY})`);
    await client.query('COMMIT');
    return clock;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * The host's demo clock on the PostgreSQL store at `databaseUrl`, as `decide(kept, serving)` chooses it
 * (clock.js, `sharedClock`), and `letGo`, which ends the connection that tells other hosts this one serves.
 * @param {{ databaseUrl: string, partnership: string, decide: Function }} options
 * @returns {Promise<{ now: () => string, letGo: () => Promise<void> }>}
 */
export async function sharedDemoClock({ databaseUrl, partnership, decide }) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
  // Lost, it only costs a host started meanwhile the knowledge that this one serves: never a crash.
  client.on('error', (error) =>
    console.warn(`partnership-kit demo: the demo clock's connection to PostgreSQL failed: ${error.message}`),
  );
  let ended;
  const letGo = () => (ended ??= client.end().catch(() => undefined));
  try {
    await client.connect();
    return { now: await decideInTurn(client, partnership, decide), letGo };
  } catch (error) {
    await letGo();
    const said = error instanceof Error ? error.message : String(error);
    throw new Error(`The demo host could not keep its clock in the PostgreSQL store: ${said}`, { cause: error });
  }
}
