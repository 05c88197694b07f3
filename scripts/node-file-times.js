// A node --test reporter (npm test names it) that writes, as JSON, how long each Node test file's tests took: the sum of its
// top-level tests' durations (node --test runs a file's tests one after another). scripts/test.js names the
// slowest of them at the end of `npm test`, as the browser runner's counting-reporter.js does for its files.
import { relative } from 'node:path';

export default async function* nodeFileTimes(source) {
  const seconds = new Map();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { nesting, file, details } = event.data;
    if (nesting !== 0 || !file) continue;
    const name = relative(process.cwd(), file);
    seconds.set(name, (seconds.get(name) ?? 0) + (details?.duration_ms ?? 0) / 1000);
  }
  const slowest = [...seconds].sort((a, b) => b[1] - a[1]);
  yield `${JSON.stringify(slowest.map(([file, s]) => [file, Math.round(s * 10) / 10]))}\n`;
}
