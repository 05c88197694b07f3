// A PostgreSQL store that cannot be opened: a council moving its store
// (`node move-store.mjs data/sutton.db "$DATABASE_URL"`) with a database not
// yet created, a mistyped name, or PostgreSQL not running. pg's own error
// ("database \"suton\" does not exist", "connect ECONNREFUSED 127.0.0.1:5499")
// reached them as a bare stack naming neither the store nor what to do. Now the
// error names the store and says how to fix it, keeping pg's words, code and
// the error itself (`cause`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freePort } from '../../../scripts/free-port.js';
import { freshStore, server, storeKinds } from './harness.js';

const { postgresStore } = server;
const skip = !storeKinds().includes('postgres');

test('a PostgreSQL nobody listens on is refused, naming the store and what to check', async () => {
  const port = await freePort();
  const error = await postgresStore({ connectionString: `postgres://council@127.0.0.1:${port}/sutton` }).then(
    () => assert.fail('opened a store where nothing listens'),
    (refused) => refused,
  );
  assert.match(
    error.message,
    new RegExp(
      `^The PostgreSQL store \\(database sutton on 127\\.0\\.0\\.1\\) could not be opened: connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\. Check the host and port in the connection string, and that PostgreSQL is running`,
    ),
  );
  assert.equal(error.code, 'ECONNREFUSED', 'the code stays, for a portal that tells failures apart by it');
  assert.equal(error.cause?.code, 'ECONNREFUSED', "pg's error is kept as the cause");
});

test('a database not yet created is refused, saying to create it', { skip }, async () => {
  const url = new URL((await freshStore('postgres')).connectionString);
  url.pathname = '/pk_not_created_yet';
  await assert.rejects(
    postgresStore({ connectionString: url.href }),
    (error) =>
      error.message ===
        'The PostgreSQL store (database pk_not_created_yet on 127.0.0.1) could not be opened: database "pk_not_created_yet" does not exist. Create the database first (CREATE DATABASE, as its owner), or correct its name in the connection string.' &&
      error.code === '3D000',
  );
});

test('the store’s own refusals name it once, as they did', { skip }, async () => {
  const where = await freshStore('postgres');
  await assert.rejects(postgresStore({ ...where, readOnly: true }), (error) =>
    error.message.startsWith('The PostgreSQL store (database postgres on 127.0.0.1) has no partnership-kit tables'),
  );
});

// pg reads a connection string that is not a URL against a host it names `base`: DATABASE_URL=sutton was
// refused with "getaddrinfo ENOTFOUND base. Check the host name in the connection string", a host in none of
// the operator's settings. It is refused before connecting, saying how to write one, and never repeating it.
test('a connection string that is not a PostgreSQL URL is refused before connecting, saying how to write one', async () => {
  const said = (connectionString) =>
    postgresStore({ connectionString }).then(
      () => assert.fail(`opened ${connectionString}`),
      (refused) => refused.message,
    );
  assert.equal(
    await said('sutton'),
    'The PostgreSQL store could not be opened: its connection string (connectionString, else DATABASE_URL) is not a URL. Write it as postgres://user:password@host:5432/database.',
  );
  const withPassword = await said('council:hunter2@db.example/sutton');
  assert.match(
    withPassword,
    /its connection string \(connectionString, else DATABASE_URL\) begins 'council:', not 'postgres:'/,
  );
  assert.doesNotMatch(withPassword, /hunter2/, 'the password is not repeated');
  assert.match(await said('localhost:5432/sutton'), /begins 'localhost:', not 'postgres:'/);
});

// With neither, pg tries its defaults (this machine, port 5432): the advice to check "the host and port in the
// connection string" named a string there was none of.
test('no connection string and no DATABASE_URL: the refusal says so, and how to give one', async () => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PGHOST: process.env.PGHOST, PGPORT: process.env.PGPORT };
  delete process.env.DATABASE_URL;
  process.env.PGHOST = '127.0.0.1';
  process.env.PGPORT = String(await freePort());
  try {
    await assert.rejects(postgresStore(), (error) => {
      assert.match(
        error.message,
        /^The PostgreSQL store could not be opened: connect ECONNREFUSED 127\.0\.0\.1:\d+\. /,
      );
      assert.match(
        error.message,
        /No connection string was given and DATABASE_URL is not set, so pg tried its defaults/,
      );
      assert.doesNotMatch(error.message, /Check the host and port in the connection string/);
      return true;
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});
