// The reference host stopped by a service manager (SIGTERM) or Ctrl+C
// (SIGINT): it ends its live streams, closes its store and exits 0, rather
// than dying mid-answer with the signal's default.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_NOW, root } from './demo-meeting.js';

const folders = [];
const children = [];

after(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** `node demo/server.js` on a free port; resolves with the child, its URL and what it printed so far. */
async function startChild() {
  const dataDir = await mkdtemp(join(tmpdir(), 'pk-host-stop-'));
  folders.push(dataDir);
  const child = spawn(process.execPath, ['demo/server.js'], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, PARTNERSHIP: 'sutton', DEMO_NOW },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${output}`)), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      const match = /partnership-kit demo: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => reject(new Error(`the host exited before it started:\n${output}`)));
  });
  return { child, url, exited, output: () => output };
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  test(`on ${signal} the host ends its live streams, closes its store and exits 0`, async () => {
    const host = await startChild();
    const stream = await fetch(`${host.url}api/partnership/events`, { headers: { Accept: 'text/event-stream' } });
    assert.equal(stream.status, 200);
    const reader = stream.body.getReader();
    await reader.read(); // the stream is open
    host.child.kill(signal);
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return 'ended';
    })().catch((error) => `cut: ${error.message}`);
    // The bound is cleared once the host has exited: a timer left pending holds this file's process open.
    let bound;
    const stopped = await Promise.race([
      host.exited,
      new Promise((resolve) => (bound = setTimeout(() => resolve('still running'), 10_000))),
    ]).finally(() => clearTimeout(bound));
    assert.deepEqual(stopped, { code: 0, signal: null }, host.output());
    assert.equal(await ended, 'ended');
    assert.match(host.output(), new RegExp(`stopping \\(${signal}\\)`));
  });
}
