// The server's default log of failed requests while its store is down. Every
// member's device sends its vote again every few seconds, and each failure
// was written with its whole stack: fifty members buried the log under
// hundreds of identical traces a minute. A repeated failure is written once a
// minute, with how many requests it failed meanwhile; another failure at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, post, startApi, vote } from './harness.js';

async function hostWithFailingStore(failure) {
  const store = await openStore(await freshStore('sqlite'));
  const failing = Object.assign(Object.create(store), { append: () => Promise.reject(failure()) });
  return startApi(failing);
}

/** Runs `body` with console.error and Date.now replaced; returns what was written. */
async function logged(clock, body) {
  const written = [];
  const { error } = console;
  const { now } = Date;
  console.error = (...parts) => written.push(parts);
  Date.now = () => clock.now;
  try {
    await body();
  } finally {
    console.error = error;
    Date.now = now;
  }
  return written;
}

const voters = ['p-limes-head', 'p-carew-head', 'p-cognus-sd', 'p-ssp-head'];

test('a store failure repeated by many members is written once a minute, with the count between', async () => {
  const clock = { now: Date.parse('2019-12-10T16:30:00Z') };
  const host = await hostWithFailingStore(() =>
    Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
  );
  try {
    const written = await logged(clock, async () => {
      for (let i = 0; i < 12; i += 1) {
        const answer = await post(host.base, 'votes', vote(voters[i % voters.length], 'elg-pru'));
        assert.equal(answer.status, 503, 'each is still answered 503, for the device to keep its vote');
        clock.now += 1_000;
      }
      clock.now += 60_000;
      const last = await post(host.base, 'votes', vote('p-limes-head', 'elg-pru'));
      assert.equal(last.status, 503, JSON.stringify(last));
    });
    assert.equal(written.length, 3, written.map((parts) => parts[0]).join('\n'));
    assert.match(written[0][0], /POST \/api\/votes failed:/);
    assert.ok(written[0][1] instanceof Error && written[0][1].stack, 'the first with its stack');
    assert.match(written[1][0], /11 more requests failed with Error ECONNREFUSED: connect ECONNREFUSED/);
    assert.match(written[2][0], /POST \/api\/votes failed:/, 'a minute on, the failure in full again');
  } finally {
    await host.close();
  }
});

test('a different failure is written at once, after the count of the one before', async () => {
  const clock = { now: Date.parse('2019-12-10T16:30:00Z') };
  let message = 'the disk is full';
  const host = await hostWithFailingStore(() => new Error(message));
  try {
    const written = await logged(clock, async () => {
      await post(host.base, 'votes', vote('p-limes-head', 'elg-pru'));
      await post(host.base, 'votes', vote('p-carew-head', 'elg-pru'));
      message = 'the file was deleted or replaced while the host ran';
      await post(host.base, 'votes', vote('p-cognus-sd', 'elg-pru'));
    });
    assert.deepEqual(
      written.map((parts) => (parts[1] instanceof Error ? parts[1].message : parts[0])),
      [
        'the disk is full',
        'partnership-kit/server: 1 more request failed with Error: the disk is full (not written one by one)',
        'the file was deleted or replaced while the host ran',
      ],
    );
  } finally {
    await host.close();
  }
});
