// A team whose document fails at start reads which file, each problem's JSON path and what to correct, in a
// few lines: the host named no file ("The partnership document breaks the contract"), a file it could not read
// was Node's own error with a stack trace, and the documented start (the store opened in the same options)
// left an empty database file behind a document that failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { server, sutton } from './harness.js';

const folder = () => mkdtempSync(join(tmpdir(), 'pk-document-file-'));

/** Writes `text` as a document file in a fresh folder; resolves with its path. */
function documentFile(text) {
  const file = join(folder(), 'partnership.json');
  writeFileSync(file, text);
  return file;
}

const refusal = (file) =>
  server.readPartnershipDocument(file).then(
    () => assert.fail('read'),
    (error) => error,
  );

test('a JSON syntax error: the file, and its line and column where an editor opens it', async () => {
  const file = documentFile('{\n  "contract": "1.0",\n  "people": [,]\n}');
  const error = await refusal(file);
  assert.ok(error instanceof server.DocumentRefused);
  assert.equal(error.file, file);
  assert.match(
    error.message,
    new RegExp(
      `^The partnership document ${file} breaks the contract \\(1 problem\\)\\. Correct it:\\n  ${file}:3:14: has a mistake in its JSON at line 3 column 14\\.`,
    ),
  );
});

test('a document that fails the schema: the file, then each problem at its JSON path', async () => {
  const broken = structuredClone(sutton);
  broken.meetings[0].start = 'tuesday';
  const file = documentFile(JSON.stringify(broken));
  const error = await refusal(file);
  assert.match(error.message, new RegExp(`^The partnership document ${file} breaks the contract \\(1 problem\\)`));
  assert.match(error.message, /\n {2}meetings\[0\]\.start \([^)]+\): .+/);
  assert.equal(error.problems.length, 1);
});

test('a document that fails a reference check: the path, the id, and what to correct', async () => {
  const broken = structuredClone(sutton);
  broken.groups[0].seats[0].holder = 'p-nobody';
  const file = documentFile(JSON.stringify(broken));
  const error = await refusal(file);
  assert.match(
    error.message,
    /\n {2}groups\[0\]\.seats\[0\]\.holder \(elg-chair\): is 'p-nobody', but no person has that id\. Correct the id, or add the person\.$/,
  );
});

test('a missing file, and a folder: which path, why in words, and where a relative path led', async () => {
  const missing = join(folder(), 'no-such.json');
  assert.equal(
    (await refusal(missing)).message,
    `The partnership document ${missing} could not be read (ENOENT): there is no file there. Give the path of the partnership's JSON file.`,
  );
  const relative = 'data/no-such-partnership.json';
  const error = await refusal(relative);
  assert.equal(error.unread, 'there is no file there');
  assert.match(
    error.message,
    new RegExp(
      `could not be read \\(ENOENT\\): there is no file there \\(from ${process.cwd()}, ${join(process.cwd(), relative)}\\)\\.`,
    ),
  );
  const dir = folder();
  assert.match(
    (await refusal(dir)).message,
    new RegExp(`^The partnership document ${dir} could not be read \\(EISDIR\\): it is a folder\\.`),
  );
});

test('a document given as itself, not read from a file, is refused as DocumentRefused, its problems listed', async () => {
  const broken = structuredClone(sutton);
  broken.groups[0].seats[0].holder = 'p-nobody';
  const start = server.createPartnershipServer({
    document: broken,
    store: { since: async () => [], append: async () => ({}), watch: () => () => {}, close: async () => {} },
    authenticate: () => null,
  });
  await assert.rejects(start, (error) => {
    assert.ok(error instanceof server.DocumentRefused);
    assert.equal(error.file, undefined);
    assert.equal(
      error.message,
      "The partnership document given to createPartnershipServer breaks the contract (1 problem). Correct it:\n  groups[0].seats[0].holder (elg-chair): is 'p-nobody', but no person has that id. Correct the id, or add the person.",
    );
    return true;
  });
});

test('a document given as itself with the store to open: refused before the store is opened, no file made', async () => {
  const broken = structuredClone(sutton);
  broken.groups[0].seats[0].holder = 'p-nobody';
  const data = folder();
  let opened = 0;
  await assert.rejects(
    server.createPartnershipServer({
      document: broken,
      store: () => (opened++, server.sqliteStore({ file: join(data, 'partnership.db') })),
      authenticate: () => null,
    }),
    server.DocumentRefused,
  );
  assert.equal(opened, 0);
  assert.deepEqual(readdirSync(data), []);
});

test('a store the host opened is closed by it when its start fails, and when it is closed', async () => {
  let closed = 0;
  const unreadable = {
    since: async () => Promise.reject(new Error('disk I/O error')),
    append: async () => ({}),
    watch: () => () => {},
    close: async () => void closed++,
  };
  await assert.rejects(
    server.createPartnershipServer({ document: sutton, store: async () => unreadable, authenticate: () => null }),
    /disk I\/O error/,
  );
  assert.equal(closed, 1);
  await assert.rejects(
    server.createPartnershipServer({ document: sutton, store: async () => ({ since: 1 }), authenticate: () => null }),
    /^Error: What options\.store\(\) resolved with is not a store \(it has no since, append, watch, close\)/,
  );
  const data = folder();
  const api = await server.createPartnershipServer({
    document: sutton,
    store: () => server.sqliteStore({ file: join(data, 'partnership.db') }),
    authenticate: () => null,
  });
  assert.equal(api.document().name, sutton.name);
  await api.close();
  assert.ok(existsSync(join(data, 'partnership.db')));
});

test('the documented start on a document that fails creates no database file', async () => {
  const broken = structuredClone(sutton);
  broken.groups[0].seats[0].holder = 'p-nobody';
  const file = documentFile(JSON.stringify(broken));
  const data = folder();
  await assert.rejects(
    (async () =>
      server.createPartnershipServer({
        document: await server.readPartnershipDocument(file),
        store: await server.sqliteStore({ file: join(data, 'partnership.db') }),
        authenticate: () => null,
      }))(),
    server.DocumentRefused,
  );
  assert.deepEqual(readdirSync(data), []);
});

test('a start that fails on its document prints the refusal in a few lines, not a stack trace', async () => {
  const file = documentFile('{ "contract": "1.0", }');
  const script = `import { readPartnershipDocument } from ${JSON.stringify(new URL('../../../dist/server.js', import.meta.url).href)};
await readPartnershipDocument(${JSON.stringify(file)});`;
  const stderr = await new Promise((done) =>
    execFile(process.execPath, ['--input-type=module', '-e', script], (_error, _out, err) => done(err)),
  );
  assert.match(stderr, /DocumentRefused: The partnership document .+ breaks the contract \(1 problem\)/);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack frames');
  assert.ok(stderr.split('\n').length <= 10, stderr);
});

test('a start on a file it cannot read prints the refusal with its code and path, not the cause’s stack', async () => {
  // The refusal carried Node's error as its `cause`, and Node prints an uncaught error's cause whole: 18 lines,
  // four of them stack frames, after a message that promised none.
  const file = join(folder(), 'sutonn.json');
  const script = `import { readPartnershipDocument } from ${JSON.stringify(new URL('../../../dist/server.js', import.meta.url).href)};
await readPartnershipDocument(${JSON.stringify(file)});`;
  const stderr = await new Promise((done) =>
    execFile(process.execPath, ['--input-type=module', '-e', script], (_error, _out, err) => done(err)),
  );
  assert.match(
    stderr,
    new RegExp(
      `DocumentRefused: The partnership document ${file} could not be read \\(ENOENT\\): there is no file there\\.`,
    ),
  );
  assert.doesNotMatch(stderr, /\n\s+at |\[cause\]/, 'no stack frames, no cause');
  assert.ok(stderr.split('\n').length <= 10, stderr);
});

test('a document read from its file starts the host', async () => {
  const file = documentFile(JSON.stringify(sutton));
  const data = folder();
  const api = await server.createPartnershipServer({
    document: await server.readPartnershipDocument(file),
    store: await server.sqliteStore({ file: join(data, 'partnership.db') }),
    authenticate: () => null,
  });
  assert.equal(api.document().name, sutton.name);
  await api.close();
  assert.ok(existsSync(join(data, 'partnership.db')));
});
