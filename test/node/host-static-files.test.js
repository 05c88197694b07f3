// The reference host's static files (demo/host/static-files.js): the kit and the demo's files sent
// compressed and revalidated, so that a phone on mobile data fetches the kit once, compressed; the pages
// built for a person and the API stay no-store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { root } from './demo-meeting.js';
import { chooseEncoding, StaticFiles } from '../../demo/host/static-files.js';
import { demoHostForThisFile } from './demo-host.js';
import { serveFile } from '../../demo/server.js';

const host = demoHostForThisFile('static');

/** A GET with exactly these headers (fetch would add its own Accept-Encoding), answered with its raw bytes. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, host.url), { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

test('the kit is sent with brotli to a browser that accepts it, gzip to one that accepts only gzip, else as it is', async () => {
  const kit = await readFile(join(root, 'dist', 'partnership-kit.js'));
  const br = await get('/dist/partnership-kit.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.ok(br.body.length < kit.length / 3, `${br.body.length} bytes of ${kit.length}`);
  assert.deepEqual(brotliDecompressSync(br.body), kit);
  const gz = await get('/dist/partnership-kit.js', { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), kit);
  const plain = await get('/dist/partnership-kit.js');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, kit);
  for (const answer of [br, gz, plain]) assert.equal(answer.headers.vary, 'Accept-Encoding');
});

test('a static file is kept by the browser and revalidated: an unchanged one is answered 304 with no body', async () => {
  const first = await get('/demo/demo.css', { 'Accept-Encoding': 'br' });
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.match(first.headers.etag ?? '', /^"[\w-]+-br"$/);
  const again = await get('/demo/demo.css', { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.match(again.headers['content-security-policy'] ?? '', /default-src 'self'/);
  // The tag names the encoding: a gzip copy is not taken for the brotli one.
  const other = await get('/demo/demo.css', { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag });
  assert.equal(other.status, 200);
  assert.equal(other.headers['content-encoding'], 'gzip');
});

test('the pages built for a person and the API stay no-store, whatever the browser accepts', async () => {
  for (const path of ['/sign-in', '/api/partnership']) {
    const answer = await get(path, { 'Accept-Encoding': 'br' });
    assert.equal(answer.status, 200, path);
    assert.equal(answer.headers['cache-control'], 'no-store', path);
    assert.equal(answer.headers.etag, undefined, path);
  }
});

test('a file changed while the host runs is sent anew, with a new tag', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'pk-static-file-'));
  try {
    const file = join(folder, 'kit.js');
    const files = new StaticFiles();
    const answer = async (headers = {}) => {
      const sent = {};
      const response = {
        writeHead: (status, h) => Object.assign(sent, { status, headers: h }),
        end: (body) => (sent.body = body),
      };
      await files.send({ headers }, response, file, 'text/javascript; charset=utf-8');
      return sent;
    };
    await writeFile(file, 'export const words = "before";\n');
    const before = await answer();
    await writeFile(file, 'export const words = "after!";\n');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const after = await answer({ 'if-none-match': before.headers.ETag });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.ETag, before.headers.ETag);
    assert.match(String(after.body), /after!/);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('the encoding chosen follows Accept-Encoding, its q-values and its star', () => {
  assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
  assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
  assert.equal(chooseEncoding('gzip;q=0, br;q=0'), undefined);
  assert.equal(chooseEncoding('*'), 'br');
  assert.equal(chooseEncoding('*, br;q=0'), 'gzip');
  assert.equal(chooseEncoding('identity'), undefined);
  assert.equal(chooseEncoding(undefined), undefined);
});

test('a folder asked for as a file is not found; a page the host fails to make is its own failure, not "Not found"', async () => {
  const folder = await get('/demo/examples');
  assert.equal(folder.status, 404);
  assert.equal(folder.body.toString(), 'Not found');
  // A Welsh page whose translation throws (a key its words lack), as `files.send` meets it.
  const failing = { send: async () => undefined.missing };
  const answered = [];
  const response = { writeHead: (status) => answered.push(status), setHeader() {}, end() {}, headersSent: false };
  await assert.rejects(
    serveFile({ headers: {} }, response, '/demo/index.html', {
      dataDir: join(tmpdir(), 'pk-no-data-here'),
      files: failing,
    }),
    TypeError,
  );
  assert.deepEqual(answered, [], 'nothing was answered: the handler logs it and answers 500');
});
