// A throwaway PostgreSQL for the server tests: found (or, as root on Debian,
// installed from Debian's packages), initialised in a temp folder owned by
// the `postgres` user (PostgreSQL refuses to run as root), started on a free
// local port, and removed afterwards. The tests read PK_TEST_DATABASE_URL.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { freePort } from './free-port.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The folder of PostgreSQL's server programs (initdb, pg_ctl), newest version first. */
function binFolder() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, 'bin')).find((bin) => existsSync(join(bin, 'pg_ctl')));
}

function install() {
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) return;
  console.error("PostgreSQL is missing: installing Debian's postgresql package (apt-get install postgresql)…");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    // Reported below as "not found".
  }
}

/** Runs a PostgreSQL program as the `postgres` user when we are root. */
function asPostgres(bin, args) {
  const [command, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

/**
 * Starts a throwaway PostgreSQL; resolves with its URL and `stop()`. Throws
 * a message that says what to install when it cannot.
 */
export async function startPostgres() {
  let bin = binFolder();
  if (!bin) {
    install();
    bin = binFolder();
  }
  if (!bin) {
    throw new Error(
      'No PostgreSQL found for the server tests. Install it (as root on Debian: apt-get install -y postgresql), ' +
        'or set PK_TEST_DATABASE_URL to a database the tests may use.',
    );
  }
  const folder = mkdtempSync(join(tmpdir(), 'pk-postgres-'));
  const data = join(folder, 'data');
  if (isRoot()) {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(folder, id('-u'), id('-g'));
  }
  chmodSync(folder, 0o700);
  const port = await freePort();
  asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // npm test runs two Node test files at a time; one may run four host processes of up to 10 pooled connections
  // and a listener each, beside the other's: twice PostgreSQL's default of 100 leaves room for both.
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200`;
  asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
