// The reference host's demo clock (DEMO_NOW) on a PostgreSQL store that several host processes serve
// (DATABASE_URL): every process judges by one clock. Each kept its own, in its data folder, and a host started
// later on another machine began again at the store's latest record: a member's vote it took was counted, a
// minute after the first host had refused another's because the proposal had closed.
// The real time both hosts read is moved by the test (`passed`), rather than the test waiting it out.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../../demo/server.js';
import { stopDemoHost } from '../demo-host.js';
import { PROPOSAL, sutton } from '../demo-meeting.js';
import { freshStore, storeKinds } from './harness.js';

const skip = !storeKinds().includes('postgres') && 'no PostgreSQL (PK_TEST_DATABASE_URL)';
const DEMO_NOW = '2019-12-10T16:30:00+00:00';
/** The open proposal closes a minute into the demo. */
const CLOSES = '2019-12-10T16:31:00+00:00';
const folders = [];
const hosts = [];

after(async () => {
  for (const host of hosts) await stopHost(host);
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function folder() {
  const made = await mkdtemp(join(tmpdir(), 'pk-shared-clock-'));
  folders.push(made);
  return made;
}

/** Sutton's seed with the open proposal closing at CLOSES, written to a file of its own. */
async function seedFile() {
  const seed = structuredClone(sutton);
  seed.proposals.find((p) => p.id === PROPOSAL).closes = CLOSES;
  const file = join(await folder(), 'sutton.json');
  await writeFile(file, JSON.stringify(seed));
  return file;
}

/** One store and one real clock for the hosts of a test: `passed` moves it on. */
async function partnershipStore() {
  const shared = {
    databaseUrl: (await freshStore('postgres')).connectionString,
    seedFile: await seedFile(),
    passed: 0,
  };
  shared.realNow = () => Date.now() + shared.passed;
  return shared;
}

/** A host process's start on the shared store, on a machine of its own (its own data folder, no clock file). */
async function startOn({ databaseUrl, seedFile, realNow }) {
  const host = await startHost({ port: 0, dataDir: await folder(), seedFile, databaseUrl, demoNow: DEMO_NOW, realNow });
  hosts.push(host);
  return host;
}

/** Stops a host and waits until it has let go of the store. */
async function stopHost(host) {
  if (host.stopped) return;
  host.stopped = true;
  await stopDemoHost(host);
  await host.api.close();
}

async function vote(host, seat, by) {
  const signIn = await fetch(`${host.url}sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ person: by }).toString(),
    redirect: 'manual',
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  const record = { id: randomUUID(), proposal: PROPOSAL, seat, by, choice: 'for', cast: host.now() };
  const response = await fetch(`${host.url}api/votes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Idempotency-Key': record.id },
    body: JSON.stringify(record),
  });
  return { status: response.status, body: await response.json() };
}

const apart = (x, y) => Math.abs(Date.parse(x.now()) - Date.parse(y.now()));

test('a host started later on the store refuses a vote after the close, as the first host does', { skip }, async () => {
  const shared = await partnershipStore();
  const x = await startOn(shared);
  shared.passed = 3_000;
  assert.equal((await vote(x, 'elg-cognus', 'p-cognus-sd')).status, 201);
  shared.passed = 73_000;
  const onX = await vote(x, 'elg-early-years', 'p-hackbridge-head');
  assert.equal(onX.status, 422, JSON.stringify(onX.body));

  const y = await startOn(shared);
  assert.ok(apart(x, y) < 1000, `host X's clock reads ${x.now()}, host Y's ${y.now()}`);
  const onY = await vote(y, 'elg-early-years', 'p-hackbridge-head');
  assert.equal(onY.status, 422, `host Y took the vote X refused: ${JSON.stringify(onY.body)}`);
  assert.equal(onY.body.reason, onX.body.reason);
});

test(
  'a host started on a store no one has recorded in yet runs on the clock of the hosts already serving it',
  { skip },
  async () => {
    const shared = await partnershipStore();
    const x = await startOn(shared);
    // Two hours with no record: a host started alone would take up at the store's latest record, or DEMO_NOW.
    shared.passed = 2 * 60 * 60_000;
    const y = await startOn(shared);
    assert.ok(apart(x, y) < 1000, `host X's clock reads ${x.now()}, host Y's ${y.now()}`);
  },
);

// With nothing recorded yet, the host began again at DEMO_NOW, ten minutes behind the vote pages left open, and
// refused their votes as cast in its future (this store's proposal has closed by then, so the clock is what is checked).
for (const recorded of [true, false]) {
  const what = recorded ? 'a vote recorded' : 'nothing recorded yet';
  test(
    `every host stopped and one started again within the hour, with ${what}, runs on their clock`,
    { skip },
    async () => {
      const shared = await partnershipStore();
      const x = await startOn(shared);
      if (recorded) {
        shared.passed = 3_000;
        assert.equal((await vote(x, 'elg-cognus', 'p-cognus-sd')).status, 201);
      }
      shared.passed = 10 * 60_000;
      await stopHost(x);
      // On another machine: its data folder keeps no clock of X's.
      const z = await startOn(shared);
      // X's clock read now, not before the restart: stopping and starting take real time, which the clock runs on by.
      assert.ok(apart(x, z) < 1000, `the clock reads ${z.now()}, not ${x.now()}`);
    },
  );
}

test('every host stopped and one started again the next day takes up where the store left off', { skip }, async () => {
  const shared = await partnershipStore();
  const x = await startOn(shared);
  shared.passed = 3_000;
  const { status } = await vote(x, 'elg-cognus', 'p-cognus-sd');
  assert.equal(status, 201);
  const latest = Date.parse(x.now());
  await stopHost(x);
  shared.passed = 20 * 60 * 60_000;
  const z = await startOn(shared);
  const clock = Date.parse(z.now());
  assert.ok(clock >= latest - 1000 && clock - latest < 5000, `the clock reads ${z.now()}`);
});
