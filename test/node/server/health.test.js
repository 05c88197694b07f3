// A load balancer in front of several host processes (PostgreSQL, one per
// machine) asks each whether to send it members: `GET {base}/health` answers
// 200 when the process reads its store, and 503 when it cannot or is stopping,
// so members go to a process that can take their votes. It says nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, startApi } from './harness.js';

/** A store whose reads fail while `failing.now` is true. */
async function flakyStore() {
  const store = await openStore(await freshStore('sqlite'));
  const failing = { now: false };
  const flaky = Object.assign(Object.create(store), {
    since: (seq) => (failing.now ? Promise.reject(new Error('the database is gone')) : store.since(seq)),
  });
  return { flaky, failing };
}

test('health: 200 while the store reads, 503 while it does not, told to onError, and 200 again after', async () => {
  const { flaky, failing } = await flakyStore();
  const errors = [];
  const host = await startApi(flaky, { onError: (error) => errors.push(error.message) });
  try {
    const up = await fetch(`${host.base}/api/health`);
    assert.equal(up.status, 200);
    assert.equal(up.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await up.json(), { status: 'ok' });
    const head = await fetch(`${host.base}/api/health`, { method: 'HEAD' });
    assert.equal(head.status, 200);

    failing.now = true;
    const down = await fetch(`${host.base}/api/health`);
    assert.equal(down.status, 503);
    assert.equal(down.headers.get('retry-after'), '5');
    assert.deepEqual(errors, ['the database is gone']);

    failing.now = false;
    assert.equal((await fetch(`${host.base}/api/health`)).status, 200);
  } finally {
    await host.close();
  }
});

test('health: a process that is stopping answers 503, so the balancer sends members elsewhere', async () => {
  const host = await startApi(await openStore(await freshStore('sqlite')));
  const stopping = host.api.close();
  try {
    assert.equal((await fetch(`${host.base}/api/health`)).status, 503);
  } finally {
    await stopping;
    await host.close();
  }
});

test('health: only GET and HEAD', async () => {
  const host = await startApi(await openStore(await freshStore('sqlite')));
  try {
    const posted = await fetch(`${host.base}/api/health`, { method: 'POST' });
    assert.equal(posted.status, 405);
    assert.equal(posted.headers.get('allow'), 'GET, HEAD');
  } finally {
    await host.close();
  }
});
