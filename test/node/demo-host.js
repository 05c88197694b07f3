// The reference host (demo/server.js) for one test file: started on a free port over a data folder of its own
// before the file's tests, stopped and its folder removed after them. Files each wrote this set-up out.
import { after, before } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../demo/server.js';
import { DEMO_NOW } from './demo-meeting.js';

/** Stops a host `startHost` gave, its open connections (live streams) with it. */
export function stopDemoHost(host) {
  return new Promise((done) => {
    host.server.close(done);
    host.server.closeAllConnections();
  });
}

/**
 * The host this file's tests use, filled in by `before`: `url`, `server`, `api`, `dataDir` and the rest of what
 * `startHost` gives. `options` are startHost's; the demo's meeting moment unless they say otherwise.
 */
export function demoHostForThisFile(name, options = {}) {
  const host = {};
  before(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), `pk-${name}-`));
    Object.assign(host, await startHost({ port: 0, demoNow: DEMO_NOW, ...options, dataDir }), { dataDir });
  });
  after(async () => {
    await stopDemoHost(host);
    await rm(host.dataDir, { recursive: true, force: true });
  });
  return host;
}
