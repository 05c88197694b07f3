// Finds the Chromium the tests and the benchmark drive, installing Debian's
// package when it is missing and we may. No tool here downloads a browser of
// its own: the machine's network reaches only the package registries.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a headless Chromium on a closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function found() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there. Unset it or correct it.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function installDebianChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.error("Chromium is missing: installing Debian's chromium package (apt-get install chromium)…");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

/** The path of a usable Chromium; throws a message that says what to do when there is none. */
export function chromiumPath() {
  const path = found() ?? (installDebianChromium() ? found() : undefined);
  if (path) return path;
  throw new Error(
    'No Chromium found for the browser tests. Install it (as root on Debian: apt-get install -y chromium), ' +
      'or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}
