// Importing the kit makes no Intl service: the first one a page makes loads the browser's locale data, about
// 0.1 s on a governor's phone (the CPU 4× slower), which held up the kit's first task while the words' modules
// made their dates, numbers, plurals and lists. Each import runs in a fresh process, Intl's services counted
// from before it. `npm test` builds dist/ first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

/** The Intl services made by importing `specifier`, then by `after` (code run with the module as `entry`). */
function servicesMade(specifier, after = '') {
  const script = `
    const made = [];
    for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'ListFormat', 'Collator']) {
      const service = Intl[name];
      Intl[name] = new Proxy(service, {
        construct(target, args, newTarget) {
          made.push(name);
          return Reflect.construct(target, args, newTarget);
        },
      });
    }
    const entry = await import(${JSON.stringify(specifier)});
    const atImport = [...made];
    ${after}
    console.log(JSON.stringify({ atImport, after: made.slice(atImport.length) }));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

test('importing partnership-kit/core makes no Intl service; its first date does', () => {
  const made = servicesMade('partnership-kit/core', "entry.enCore.format.date('2019-10-15');");
  assert.deepEqual(made.atImport, []);
  assert.deepEqual(made.after, ['DateTimeFormat']);
});

test('importing partnership-kit (every element) makes no Intl service', () => {
  assert.deepEqual(servicesMade('partnership-kit').atImport, []);
});
