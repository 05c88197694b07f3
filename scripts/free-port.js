// A local port nothing listens at: the system gave it to a server that has closed again. Free for a process
// about to listen there (a throwaway PostgreSQL), or closed for a test of a host that cannot be reached.
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that nothing listens at now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
