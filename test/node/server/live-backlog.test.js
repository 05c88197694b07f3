import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';

const { LiveEvents } = await tsImport('../../../src/server/live-events.ts', import.meta.url);
const { sutton } = await import('./harness.js');

/** A stream's response as LiveEvents sees it, whose client reads nothing: every write waits. */
function stalledResponse() {
  const response = {
    writableLength: 0,
    writableEnded: false,
    destroyed: false,
    writes: 0,
    writeHead() {},
    write(text) {
      this.writes += 1;
      this.writableLength += text.length;
      return false;
    },
    end() {
      this.writableEnded = true;
    },
    destroy() {
      this.destroyed = true;
    },
  };
  return response;
}

/** The live events of a host that has stored `held`, and holds them for pages that reconnect. */
function holding(held) {
  const events = new LiveEvents(
    () => sutton,
    () => '2019-12-10T16:30:00Z',
    () => held.length,
    () => null,
    60_000,
  );
  events.publish(held);
  return events;
}

test('a stream whose client reads nothing is cut once a megabyte waits, so it cannot hold the host’s memory', () => {
  const events = new LiveEvents(
    () => sutton,
    () => '2019-12-10T16:30:00Z',
    () => 0,
    () => null,
    60_000,
  );
  const request = { headers: {}, on() {} };
  const stalled = stalledResponse();
  // A member: the public hears only that attendance changed, which would take far longer to fill a megabyte.
  events.connect(request, stalled, 'p-cognus-sd');
  const record = (seq) => ({ seq, kind: 'attendance', body: { id: `c${seq}`, padding: 'x'.repeat(10_000) } });
  for (let seq = 1; seq <= 200; seq += 1) events.publish([record(seq)]);
  assert.equal(stalled.destroyed, true);
  assert.ok(stalled.writableLength < 1_100_000, `${stalled.writableLength} bytes waited`);
  const writes = stalled.writes;
  events.publish([record(201)]);
  assert.equal(stalled.writes, writes, 'nothing more is written to it');
  events.close();
});

// A reconnecting stream's replay was written whole, at once, whatever its size: the cut above came only with the
// next record or heartbeat, so a client asking for the 5,000 records held (8 KB each at most) held 40 MB of the
// host's memory per stream, and the public may open thousands. The replay stops at the backlog with `refetch`.
test('a replay stops once a megabyte waits, and tells the page to fetch the document instead', () => {
  const record = (seq) => ({ seq, kind: 'attendance', body: { id: `c${seq}`, padding: 'x'.repeat(10_000) } });
  const events = holding(Array.from({ length: 150 }, (_, i) => record(i + 1)));
  const stalled = stalledResponse();
  const written = [];
  const write = stalled.write.bind(stalled);
  stalled.write = (text) => (written.push(text), write(text));
  events.connect({ headers: { 'last-event-id': '0' }, on() {} }, stalled, 'p-cognus-sd');
  assert.ok(stalled.writableLength < 1_100_000, `${stalled.writableLength} bytes waited`);
  assert.equal(written.at(-1), 'id: 150\nevent: refetch\ndata: {}\n\n', 'the page fetches the rest');
  assert.match(
    written[1],
    /^id: 1\nevent: record\n/,
    'what fits is sent first, from the record after its Last-Event-ID',
  );
  events.close();
});

// A security review, not signed in: with 5,960 records stored, streams asking for the last 4,990 (0.7 MB each, under
// the backlog) cost the host 40-65 ms of its event loop apiece, written before anything else was answered, and held
// their memory while their clients read nothing: 1,000 such requests kept /api/health waiting 29 s. A page that
// missed more than a replay's worth fetches the document instead, which is one compressed answer.
test('a page that missed more than 200 records is told to fetch the document, and one that missed fewer gets them', () => {
  const record = (seq) => ({ seq, kind: 'attendance', body: { id: `c${seq}`, meeting: 'm' } });
  const events = holding(Array.from({ length: 1_000 }, (_, i) => record(i + 1)));
  const replayed = (after) => {
    const written = [];
    const response = stalledResponse();
    const write = response.write.bind(response);
    response.write = (text) => (written.push(text), write(text));
    events.connect({ headers: {}, on() {} }, response, null, String(after));
    return written.slice(1);
  };
  assert.deepEqual(replayed(0), ['id: 1000\nevent: refetch\ndata: {}\n\n'], 'the whole log is not written out');
  assert.deepEqual(replayed(799), ['id: 1000\nevent: refetch\ndata: {}\n\n'], '201 missed');
  const some = replayed(800);
  assert.equal(some.length, 200, '200 missed: each sent');
  assert.match(some[0], /^id: 801\nevent: changed\n/);
  events.close();
});
