import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, startApi } from './harness.js';
import { openEvents } from './event-stream.js';

const eventsUrl = (base) => `${base}/api/partnership/events`;

async function refusedAs(base, person) {
  const response = await fetch(eventsUrl(base), { headers: person ? { 'x-person': person } : {} });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

test('a member may hold so many live streams; the next is answered 503 with Retry-After, and another member is not held back', async () => {
  const api = await startApi(await openStore(await freshStore('sqlite')), { maxLiveStreams: { perPerson: 2 } });
  const open = [
    await openEvents(api.base, { person: 'p-carew-head' }),
    await openEvents(api.base, { person: 'p-carew-head' }),
  ];
  try {
    const refused = await refusedAs(api.base, 'p-carew-head');
    assert.equal(refused.status, 503);
    assert.equal(refused.retryAfter, '30');
    assert.match(refused.body.error, /2 pages with live updates open/);
    open.push(await openEvents(api.base, { person: 'p-carew-deputy' }));
    // The public are not counted as one person: any number of them may follow a meeting.
    open.push(await openEvents(api.base), await openEvents(api.base), await openEvents(api.base));
  } finally {
    open.forEach((stream) => stream.close());
    await api.close();
  }
});

test('a stream closed by its page frees its place', async () => {
  const api = await startApi(await openStore(await freshStore('sqlite')), { maxLiveStreams: { perPerson: 1 } });
  const first = await openEvents(api.base, { person: 'p-carew-head' });
  try {
    assert.equal((await refusedAs(api.base, 'p-carew-head')).status, 503);
    first.close();
    let again;
    for (let tries = 0; !again && tries < 50; tries += 1) {
      again = await openEvents(api.base, { person: 'p-carew-head' }).catch(() => undefined);
      if (!again) await new Promise((done) => setTimeout(done, 20));
    }
    assert.ok(again, 'the member opened a stream again once theirs closed');
    again.close();
  } finally {
    await api.close();
  }
});

test('the public, who need no sign-in, may hold only their share: a flood of them leaves the members room', async () => {
  const api = await startApi(await openStore(await freshStore('sqlite')), { maxLiveStreams: { total: 5 } });
  const open = [];
  try {
    // 80 % of 5: four public streams, and the fifth place kept for a member.
    for (let i = 0; i < 4; i += 1) open.push(await openEvents(api.base));
    const refused = await refusedAs(api.base, null);
    assert.equal(refused.status, 503);
    assert.equal(refused.retryAfter, '30');
    assert.match(refused.body.error, /not signed in are full/);
    open.push(await openEvents(api.base, { person: 'p-carew-head' }));
  } finally {
    open.forEach((stream) => stream.close());
    await api.close();
  }
});

test('the host keeps so many streams in all, whoever opens them', async () => {
  const api = await startApi(await openStore(await freshStore('sqlite')), { maxLiveStreams: { total: 2 } });
  const open = [await openEvents(api.base), await openEvents(api.base, { person: 'p-carew-head' })];
  try {
    const refused = await refusedAs(api.base, 'p-carew-deputy');
    assert.equal(refused.status, 503);
    assert.match(refused.body.error, /live updates are full/);
  } finally {
    open.forEach((stream) => stream.close());
    await api.close();
  }
});
