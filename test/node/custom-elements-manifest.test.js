// The Custom Elements Manifest (dist/custom-elements.json) is what editors,
// Storybook and documentation tools read as the kit's public API: it must hold
// the modules a host imports, the elements and what they export, and each
// element's public members, the core's functions and words the package root
// re-exports (each where it is declared), and nothing internal (a helper such as
// `actionRows`, a style sheet, the elements' base class, a private field).
// And every `@fires`, `@csspart`, `@cssprop`, `@attr` and `@slot` an element's
// JSDoc (or its base class's) gives must reach it. `npm test` builds dist/ first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const sorted = (items) => [...new Set(items)].sort();

/** Every `defineElement('x', X)` in components/: tag → class. */
const registered = new Map(
  readdirSync(new URL('components/', root), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...read(`components/${file}`).matchAll(/defineElement\('([a-z-]+)', (\w+)\)/g)])
    .map(([, tag, name]) => [tag, name]),
);

/** The modules a host imports: the package root, and each element's `partnership-kit/components/<tag>`. */
const PUBLIC_MODULES = ['components/index.ts', ...[...registered.keys()].map((tag) => `components/${tag}/${tag}.ts`)];

/**
 * The core's modules that declare what the package root re-exports (a function, the English words): in the
 * manifest for those declarations only, so that the root's exports lead somewhere.
 */
const CORE_MODULES = [
  'src/data/document-cache.ts',
  'src/data/host-clock.ts',
  'src/data/waiting-on-this-device.ts',
  'src/messages/en.ts',
  'src/messages/format.ts',
  'src/messages/registry.ts',
];

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => [module, d]));
const elements = declarations.filter(([, d]) => d.customElement && d.tagName);

/**
 * What each entry a host imports exports at run time: `partnership-kit` and each element's module, imported
 * in one new Node process (the package's `node` build), as an application would.
 */
const runtimeExports = (() => {
  const specifiers = ['partnership-kit', ...[...registered.keys()].map((tag) => `partnership-kit/components/${tag}`)];
  const script = `const names = {};
    for (const specifier of ${JSON.stringify(specifiers)}) names[specifier] = Object.keys(await import(specifier));
    console.log(JSON.stringify(names));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(output);
})();

test('the manifest holds the modules a host imports, and no internal one', () => {
  assert.equal(registered.size, 7);
  assert.deepEqual(sorted(manifest.modules.map((module) => module.path)), sorted([...PUBLIC_MODULES, ...CORE_MODULES]));
});

test('every declaration of a module a host imports is an element, exported by its module', () => {
  for (const [module, declaration] of declarations.filter(([m]) => !CORE_MODULES.includes(m.path))) {
    assert.equal(declaration.customElement, true, `${module.path}: ${declaration.name} is not an element`);
    assert.equal(registered.get(declaration.tagName), declaration.name, `${declaration.name}'s tag`);
    const exported = (module.exports ?? []).some((e) => e.kind === 'js' && e.name === declaration.name);
    assert.ok(exported, `${module.path} exports ${declaration.name}`);
  }
  assert.deepEqual(sorted(elements.map(([, d]) => d.tagName)), sorted(registered.keys()));
});

test("each element's module defines it, and imports what it exports", () => {
  for (const [module, declaration] of elements) {
    const definitions = (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    assert.deepEqual(
      definitions.map((e) => [e.name, e.declaration.name, e.declaration.module]),
      [[declaration.tagName, declaration.name, module.path]],
    );
    const js = (module.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.name);
    const runtime = runtimeExports[`partnership-kit/components/${declaration.tagName}`];
    for (const name of js) assert.ok(runtime.includes(name), `${module.path} exports ${name} at run time`);
  }
});

test("the package root's exports are the manifest's: no type, no internal helper", () => {
  const index = manifest.modules.find((module) => module.path === 'components/index.ts');
  const listed = (index?.exports ?? []).filter((e) => e.kind === 'js');
  assert.deepEqual(sorted(listed.map((e) => e.name)), sorted(runtimeExports['partnership-kit']));
  for (const { name, declaration } of listed) {
    // Each resolves to a declaration the manifest holds: an element's class, or the core function or words a
    // tool following the reference otherwise found no module for (src/messages/index.ts, never described).
    const module = manifest.modules.find((m) => m.path === declaration.module);
    assert.ok(module, `${name}: the manifest has no module ${declaration.module}`);
    const declared = (module.declarations ?? []).find((d) => d.name === declaration.name);
    assert.ok(declared, `${name}: ${declaration.module} declares no ${declaration.name}`);
    assert.ok(declared.description, `${name}: ${declaration.module} describes it`);
    assert.doesNotThrow(() => read(declaration.module), `${name}: ${declaration.module}`);
  }
});

test("the core's declarations the package root exports are described as a tool reads them", () => {
  const index = manifest.modules.find((module) => module.path === 'components/index.ts');
  const byName = new Map(
    declarations.filter(([module]) => CORE_MODULES.includes(module.path)).map(([, d]) => [d.name, d]),
  );
  const kinds = Object.fromEntries([...byName].map(([name, d]) => [name, d.kind]));
  assert.deepEqual(kinds, {
    forgetSavedDocuments: 'function',
    createFormat: 'function',
    en: 'variable',
    hostNow: 'function',
    hostNowText: 'function',
    loadMessages: 'function',
    messagesFor: 'function',
    registerMessages: 'function',
    waitingOnThisDevice: 'function',
  });
  assert.deepEqual(
    byName.get('loadMessages').parameters.map((p) => p.name),
    ['lang'],
  );
  // \`en\` is every English word of the kit: its value in the manifest would be 40 KB of source text.
  assert.equal(byName.get('en').default, undefined);
  assert.deepEqual(
    byName.get('registerMessages').parameters.map((p) => p.name),
    ['lang', 'messages', 'base'],
  );
  // The import a host writes, from the function's own @example.
  assert.match(
    byName.get('forgetSavedDocuments').description,
    /import \{ forgetSavedDocuments \} from 'partnership-kit'/,
  );
  assert.match(
    byName.get('waitingOnThisDevice').description,
    /import \{ waitingOnThisDevice \} from 'partnership-kit'/,
  );
  for (const module of manifest.modules.filter((m) => CORE_MODULES.includes(m.path))) {
    for (const e of module.exports ?? []) {
      assert.ok(
        (index?.exports ?? []).some((root) => root.declaration.module === module.path && root.name === e.name),
        `${module.path} lists ${e.name}, which the package root does not export`,
      );
    }
  }
});

test("each element's members are public", () => {
  for (const [, declaration] of elements) {
    for (const member of declaration.members ?? []) {
      const where = `<${declaration.tagName}> ${member.name}`;
      assert.equal(member.privacy, undefined, where);
      assert.doesNotMatch(member.name, /^[#_]/, where);
    }
  }
});

/** Each class in components/ with its JSDoc and the class it extends. */
const classes = new Map(
  readdirSync(new URL('components/', root), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [
      ...read(`components/${file}`).matchAll(
        /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:abstract )?class (\w+) extends (\w+)/g,
      ),
    ])
    .map(([, doc, name, base]) => [name, { doc, base }]),
);

/** The tags of `name`'s JSDoc and of the classes it extends in components/: `{ fires: [[name, type]], … }`. */
function documented(name) {
  const tags = { fires: [], csspart: [], cssprop: [], attr: [], slot: [] };
  for (let found = classes.get(name); found; found = classes.get(found.base)) {
    for (const [, tag, type, named] of found.doc.matchAll(/@(\w+)\s+(?:\{([^}]*)\}\s+)?(\S+)/g)) {
      tags[tag]?.push([named === '-' ? '' : named, type]);
    }
  }
  return tags;
}

test('every @fires, @csspart, @cssprop, @attr and @slot of an element reaches the manifest', () => {
  const names = (list) => sorted((list ?? []).map((item) => item.name));
  for (const [, declaration] of elements) {
    const tags = documented(declaration.name);
    const tag = `<${declaration.tagName}>`;
    const fired = new Map(tags.fires);
    assert.deepEqual(names(declaration.events), sorted(fired.keys()), `${tag} events`);
    for (const event of declaration.events ?? []) {
      assert.equal(event.type?.text, fired.get(event.name), `${tag} ${event.name}'s detail type`);
    }
    assert.deepEqual(names(declaration.cssParts), sorted(tags.csspart.map(([n]) => n)), `${tag} parts`);
    assert.deepEqual(
      names(declaration.cssProperties),
      sorted(tags.cssprop.map(([n]) => n)),
      `${tag} custom properties`,
    );
    assert.deepEqual(names(declaration.slots), sorted(tags.slot.map(([n]) => n)), `${tag} slots`);
    for (const [attribute] of tags.attr)
      assert.ok(names(declaration.attributes).includes(attribute), `${tag} ${attribute}`);
  }
});
