// A host given a store or an `authenticate` it cannot use says so at start, naming the option and how to give
// it. A store left out threw "Cannot read properties of undefined (reading 'since')"; a store passed without
// its `await` threw "store.since is not a function"; an `authenticate` left out started, and answered every
// request 503 with "options.authenticate is not a function" in the log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshStore, openStore, server, sutton } from './harness.js';

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
