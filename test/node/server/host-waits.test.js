// The waits of the multi-process proofs (processes.js) each end: with an
// answer, as unanswered, or with a failure that says what was waited for,
// never with the test's process left holding a promise nothing will settle
// (Node's bare "Promise resolution is still pending but the event loop has
// already resolved", as the crash test ended once under load).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { freshStore } from './harness.js';
import { memberVotes } from './members.js';
import { killAllHosts, sendVote, startHost } from './processes.js';

after(killAllHosts);

const PROCESSES = new URL('./processes.js', import.meta.url).href;

/** Runs `script` (an ES module) in a fresh Node process; resolves with what it printed and its exit code. */
function runFresh(script) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) => child.once('exit', (code) => done({ code, output })));
}

test(
  "a fresh process's first send, to a host that drops the connection, is answered as a network error",
  { timeout: 20_000 },
  async () => {
    // The first connection of a process is the one Node's fetch readies its parser on: a host gone in that moment
    // left the send pending with nothing holding the event loop, and the process ended without an answer.
    const { code, output } = await runFresh(`
      import { createServer } from 'node:net';
      const { sendVote } = await import(${JSON.stringify(PROCESSES)});
      const { memberVotes } = await import(${JSON.stringify(new URL('./members.js', import.meta.url).href)});
      const dropping = createServer((socket) => socket.destroy());
      await new Promise((done) => dropping.listen(0, '127.0.0.1', done));
      dropping.unref(); // only the send may keep this process alive, as in the crash test once its host is killed
      const status = await sendVote('http://127.0.0.1:' + dropping.address().port, memberVotes(1)[0]);
      process.stdout.write(JSON.stringify({ status }));
    `);
    assert.equal(output, '{"status":null}');
    assert.equal(code, 0);
  },
);

test(
  'a send that a stalled host never answers counts as unanswered once its patience has passed',
  { timeout: 20_000 },
  async () => {
    const host = await startHost(await freshStore('sqlite'));
    host.child.kill('SIGSTOP'); // it still accepts connections (the kernel does), and answers none
    try {
      const sent = performance.now();
      const status = await sendVote(host.base, memberVotes(1)[0], { patience: 300 });
      assert.equal(status, null);
      assert.ok(performance.now() - sent >= 290, 'it waited for the answer as long as it was told to');
    } finally {
      await host.kill();
    }
  },
);

test('stopping a host that does not exit fails saying so, and kills it', { timeout: 20_000 }, async () => {
  const host = await startHost(await freshStore('sqlite'));
  host.child.kill('SIGSTOP'); // a stopped process leaves SIGTERM pending
  await assert.rejects(host.stop({ patience: 300 }), /The host process did not exit within 300 ms of SIGTERM/);
  assert.equal((await host.exited).signal, 'SIGKILL');
});

test(
  'a host that has not listened within its patience fails its start saying so, and is killed',
  { timeout: 20_000 },
  async () => {
    await assert.rejects(
      startHost(await freshStore('sqlite'), { patience: 1 }),
      /The host process did not listen within 1 ms/,
    );
  },
);
