// A host given a store or an `authenticate` it cannot use says so at start, naming the option and how to give
// it. A store left out threw "Cannot read properties of undefined (reading 'since')"; a store passed without
// its `await` threw "store.since is not a function"; an `authenticate` left out started, and answered every
// request 503 with "options.authenticate is not a function" in the log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MEETING_NOW, freshStore, openStore, raw, server, startApi, sutton } from './harness.js';

const start = (options) => server.createPartnershipServer({ document: sutton, authenticate: () => null, ...options });

test('no store: refused, saying how to open one', async () => {
  await assert.rejects(start({}), (error) => {
    assert.equal(
      error.message,
      'options.store is not a store (it is undefined): open one with await sqliteStore({ file }) or await postgresStore({ connectionString }).',
    );
    return true;
  });
});

test('a store not awaited: refused, saying to await it', async () => {
  const opening = openStore(await freshStore('sqlite'));
  try {
    await assert.rejects(start({ store: opening }), /^Error: options\.store is a promise: await it/);
  } finally {
    await (await opening).close();
  }
});

test('an object that is not a store: refused, naming what it lacks', async () => {
  await assert.rejects(start({ store: { since: async () => [] } }), /it has no append, watch, close\)/);
});

test('no authenticate: refused at start, not a 503 to every request', async () => {
  const store = await openStore(await freshStore('sqlite'));
  try {
    await assert.rejects(
      start({ store, authenticate: undefined }),
      /^Error: options\.authenticate is not a function: give one that returns the signed-in person's id/,
    );
  } finally {
    await store.close();
  }
});

// Options that started and failed later, or were refused in words that did not name them: `allowedOrigins` as one
// string threw "allowedOrigins.map is not a function"; a clock returning a Date, or '10/12/2019 16:30', started
// and answered every request 503 "try again", so that every device tried again for ever; `heartbeatMs: 0` sent
// each stream hundreds of heartbeats a second, and called authenticate as often; a file's path given as the
// document was told to "Put the text starting data in double quotes".
const refusal = async (options) => {
  const store = await openStore(await freshStore('sqlite'));
  try {
    let said;
    await assert.rejects(start({ store, ...options }), (error) => {
      said = error.message;
      return true;
    });
    return said;
  } finally {
    await store.close();
  }
};

test('allowedOrigins as one string: refused, saying to list it', async () => {
  assert.equal(
    await refusal({ allowedOrigins: 'https://www.council.gov.uk' }),
    "options.allowedOrigins is 'https://www.council.gov.uk', not a list: give each site in one, like allowedOrigins: ['https://www.council.gov.uk'].",
  );
});

test('a clock that reads no ISO date-time is refused at start, naming what it read', async () => {
  assert.match(
    await refusal({ clock: () => new Date('2019-12-10T16:30:00Z') }),
    /^options\.clock\(\) returned a Date \(2019-12-10T16:30:00\.000Z\), not an ISO date-time .*: return its \.toISOString\(\)/,
  );
  assert.match(
    await refusal({ clock: () => '10/12/2019 16:30' }),
    /^options\.clock\(\) returned '10\/12\/2019 16:30', not an ISO date-time with its offset, like '2019-12-10T16:30:00Z'/,
  );
  assert.match(
    await refusal({ clock: '2019-12-10T16:30:00Z' }),
    /^options\.clock is '2019-12-10T16:30:00Z', not a function/,
  );
});

test('a clock that goes wrong after the start is answered 500, not a 503 to try again, and told to the operator', async () => {
  let wrong = false;
  const faults = [];
  const host = await startApi(await openStore(await freshStore('sqlite')), {
    now: () => (wrong ? 'Tuesday' : MEETING_NOW),
    onError: (error) => faults.push(error),
  });
  wrong = true;
  try {
    const answer = await raw(host.base, '/api/partnership');
    assert.equal(answer.status, 500);
    assert.equal(answer.headers['retry-after'], undefined);
    assert.match(JSON.parse(answer.text).error, /clock/);
    assert.equal(faults.length, 1);
    assert.match(faults[0].message, /^options\.clock\(\) returned a string, not an ISO date-time/);
    assert.equal(faults[0].stack, `${faults[0].name}: ${faults[0].message}`);
  } finally {
    await host.close();
  }
});

test('heartbeatMs of 0, or not a number, and other limits that are not numbers: refused, with what they must be', async () => {
  assert.equal(
    await refusal({ heartbeatMs: 0 }),
    'options.heartbeatMs is 0: give a number of milliseconds from 100 to 2147483647 (default 15000).',
  );
  assert.match(await refusal({ heartbeatMs: '15s' }), /^options\.heartbeatMs is '15s': give a number of milliseconds/);
  assert.match(
    await refusal({ maxRecordBytes: '8kb' }),
    /^options\.maxRecordBytes is '8kb': give a number of bytes at least 1/,
  );
  assert.match(
    await refusal({ maxLiveStreams: { total: -1 } }),
    /^options\.maxLiveStreams\.total is -1: give a number/,
  );
});

test('a file path given as the document: refused, saying to read it with readPartnershipDocument', async () => {
  assert.equal(
    await refusal({ document: 'data/sutton.json' }),
    "options.document is 'data/sutton.json', which is not the document: to read it from that file, give document: await readPartnershipDocument('data/sutton.json').",
  );
  const reading = server.readPartnershipDocument(new URL('../../../demo/data/sutton.json', import.meta.url).pathname);
  assert.match(await refusal({ document: reading }), /^options\.document is a promise: await it/);
  await reading;
});

test('a clock gone wrong is written in the default log once, in one line, though each reading differs', async () => {
  let wrong = false;
  const host = await startApi(await openStore(await freshStore('sqlite')), {
    now: () => (wrong ? new Date() : MEETING_NOW),
  });
  wrong = true;
  const lines = [];
  const consoleError = console.error;
  console.error = (...parts) => lines.push(parts.map((part) => (part instanceof Error ? part.stack : part)).join(' '));
  try {
    assert.equal((await raw(host.base, '/api/partnership')).status, 500);
    assert.equal((await raw(host.base, '/api/partnership')).status, 500);
  } finally {
    console.error = consoleError;
    await host.close();
  }
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /GET \/api\/partnership failed: WrongClock: options\.clock\(\) returned a Date, not an ISO/);
  assert.doesNotMatch(lines[0], /\n/);
});
