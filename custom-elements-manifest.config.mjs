// The Custom Elements Manifest analyzer's configuration (`cem analyze`, run
// by scripts/build.js with `--litelement`): what the analyzer does not do by
// itself, so that the manifest holds the kit's public API and nothing else.
//
// - `@example` on an element's class reaches the manifest: the manifest's
//   schema has no field for examples, so each is added to the declaration's
//   `description` as a fenced `html` block, where editors and documentation
//   tools show it (scripts/element-docs.js prints it in the README).
// - No bogus events. The analyzer records every `this.dispatchEvent(new
//   CustomEvent(x, …))` in a class as an event named `x`, even when `x` is a
//   variable: PartnershipElement's `emit(name, detail)` helper became an event
//   called `name` on every element. Events fired through a helper are
//   documented with `@fires` on the element's class; an event the analyzer
//   found with a name that is not a string literal, and that no `@fires`
//   documents, is dropped.
// - Each element's registration. The elements register through
//   `defineElement(tag, Class)` (components/internal/define.ts), which the
//   analyzer does not follow: the element modules got no
//   `custom-element-definition` export, and define.ts one for a tag called
//   `tag`. Each `defineElement('x', X)` call becomes the definition of `x`.
// - Only the public API (`publicApi`, last, once inheritance is applied): the
//   modules a host can import (package.json "exports"), each element with its
//   public members. The analyzer reads every module under components/, so that
//   the elements inherit what components/internal/partnership-element.ts
//   documents; left there, every internal helper (`actionRows`, `TONES`, the
//   styles, PartnershipElement itself) was a declaration, and every private
//   and protected member part of each element, as if a host could use them.
//   Type-only exports (`export type { VoteRecordedDetail }`) are left out too:
//   the manifest's exports are what a script imports, and each event's
//   detail type still names them.
// - The core's declarations the package root re-exports (`forgetSavedDocuments`,
//   `createFormat`, `en`, `messagesFor`, `registerMessages`): scripts/build.js
//   has the analyzer read src/ as well, and each such export points at the
//   module that declares it, through any barrel (src/messages/index.ts), with
//   that module in the manifest holding those declarations only. Before, they
//   pointed at src modules the manifest did not describe, and a tool following
//   the reference found nothing. A function's `@example` reaches its
//   description as a fenced `js` block; `en`'s value (every English word,
//   40 KB of source) does not.

import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** The text of `@example` tags in a node's JSDoc, as TypeScript parsed them. */
function examplesOf(ts, node) {
  return (node.jsDoc ?? [])
    .flatMap((doc) => doc.tags ?? [])
    .filter((tag) => tag.tagName.getText() === 'example')
    .map((tag) => (typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment)) ?? '')
    .map((text) => text.trim())
    .filter(Boolean);
}

/** The names given as a variable (not a string) to `this.dispatchEvent(new X(name, …))` in `node`. */
function variableEventNames(ts, node) {
  const names = new Set();
  const visit = (child) => {
    if (
      ts.isCallExpression(child) &&
      ts.isPropertyAccessExpression(child.expression) &&
      child.expression.name.getText() === 'dispatchEvent' &&
      child.expression.expression.kind === ts.SyntaxKind.ThisKeyword
    ) {
      for (const argument of child.arguments) {
        const name = ts.isNewExpression(argument) ? argument.arguments?.[0] : undefined;
        if (name && !ts.isStringLiteralLike(name)) names.add(name.getText());
      }
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return names;
}

/** Each `defineElement('x', X)` call in a module: the tag and the class it registers. */
function definitionOf(ts, node) {
  if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return undefined;
  const [tag, element] = node.arguments;
  if (!tag || !ts.isStringLiteralLike(tag) || !element || !ts.isIdentifier(element)) return undefined;
  return { tag: tag.text, element: element.getText() };
}

/** The names a module exports as types only (`export type { X }`, `export { type X }`): nothing a script can import. */
function typeOnlyExports(ts, node) {
  if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return [];
  return node.exportClause.elements.filter((e) => node.isTypeOnly || e.isTypeOnly).map((e) => e.name.getText());
}

/** The declaration `name` of `moduleDoc`, with `examples` added to its description as fenced `language` blocks. */
function withExamples(moduleDoc, name, examples, language) {
  const declaration = moduleDoc.declarations?.find((d) => d.name === name);
  if (declaration && examples.length > 0) {
    const blocks = examples.map((example) => `\`\`\`${language}\n${example}\n\`\`\``);
    declaration.description = [declaration.description, ...blocks].filter(Boolean).join('\n\n');
  }
  return declaration;
}

function partnershipKitDocs(typesOnly) {
  return {
    name: 'partnership-kit-docs',
    analyzePhase({ ts, node, moduleDoc }) {
      const definition = definitionOf(ts, node);
      if (definition) {
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: definition.tag,
            declaration: { name: definition.element, module: moduleDoc.path },
          },
        ];
      }
      for (const name of typeOnlyExports(ts, node)) {
        typesOnly.set(moduleDoc.path, new Set([...(typesOnly.get(moduleDoc.path) ?? []), name]));
      }
      if (ts.isFunctionDeclaration(node) && node.name)
        withExamples(moduleDoc, node.name.getText(), examplesOf(ts, node), 'js');
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = withExamples(moduleDoc, node.name.getText(), examplesOf(ts, node), 'html');
      if (!declaration) return;
      const bogus = variableEventNames(ts, node);
      if (declaration.events) {
        declaration.events = declaration.events.filter((event) => !(bogus.has(event.name) && !event.description));
      }
    },
  };
}

/**
 * The source modules behind package.json's "exports": each export's `types`
 * is the declaration file of a source module (`./dist/types/components/index.d.ts`
 * of components/index.ts), a `*` in it standing for the same name each time
 * (each element's components/<name>/<name>.ts).
 */
function publicModulePatterns() {
  const { exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  return Object.values(exports)
    .map((target) => (typeof target === 'object' ? target.types : undefined))
    .filter((types) => types?.startsWith('./dist/types/'))
    .map((types) => {
      const source = `${types.slice('./dist/types/'.length, -'.d.ts'.length)}.ts`;
      const escaped = source.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      let stars = 0;
      return new RegExp(`^${escaped.replace(/\*/g, () => (stars++ === 0 ? '([^/]+)' : '\\1'))}$`);
    });
}

/** A module path as the manifest names modules: `./x.js` from `components/a.ts` is `components/x.ts`. */
function modulePath(from, module) {
  if (!module.startsWith('.') && !module.startsWith('/')) return module;
  const path = module.startsWith('/') ? module.slice(1) : posix.join(posix.dirname(from), module);
  const source = path.replace(/\.js$/, '.ts');
  return existsSync(new URL(`./${source}`, import.meta.url)) ? source : path;
}

/** A member no host uses: private or protected (by keyword, `#` or a leading `_`) and not marked `@public`. */
const isInternal = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  (/^[#_]/.test(member.name) && member.privacy !== 'public');

/** Where `module`'s exports point, as the manifest names modules; its type-only and internal re-exports left out. */
function publicExports(module, typeNames, isInternalModule) {
  return (
    (module.exports ?? [])
      .filter((e) => !(e.kind === 'js' && typeNames.has(e.name)))
      .map((e) => ({ ...e, declaration: { ...e.declaration, module: modulePath(module.path, e.declaration.module) } }))
      // A re-export of an internal module's helper (as action-tracker.ts once re-exported `TONES`) is not the API.
      .filter((e) => e.declaration.package || !isInternalModule(e.declaration.module))
  );
}

const INHERITED = ['members', 'attributes', 'events', 'cssParts', 'cssProperties', 'slots'];

/**
 * `declaration` with its public members only, extending the nearest ancestor
 * a host can see (PartnershipElement's own base, LitElement), and what it
 * inherited from a module left out as its own: the manifest names no module
 * it does not hold.
 */
function publicDeclaration(declaration, isInternalModule, declarationAt) {
  if (declaration.members) declaration.members = declaration.members.filter((m) => !isInternal(m));
  let superclass = declaration.superclass;
  while (superclass?.module && isInternalModule(modulePath('', superclass.module))) {
    superclass = declarationAt(superclass)?.superclass;
  }
  if (superclass?.module) superclass = { ...superclass, module: modulePath('', superclass.module) };
  if (superclass) declaration.superclass = superclass;
  else delete declaration.superclass;
  for (const item of INHERITED.flatMap((list) => declaration[list] ?? [])) {
    if (item.inheritedFrom && isInternalModule(modulePath('', item.inheritedFrom.module ?? ''))) {
      delete item.inheritedFrom;
    }
  }
}

/**
 * Where `ref` (`{ name, module }`, a module as the manifest names it) is declared: followed through the
 * re-exports of barrels like src/messages/index.ts to the module whose declaration it is, which is noted in
 * `core` (path to names). A reference the analysis cannot follow is returned as it was, for the manifest's test
 * to name.
 */
function declaredIn(all, ref, core) {
  let at = ref;
  for (let hops = 0; hops < 10; hops++) {
    const module = all.find((m) => m.path === at.module);
    if (!module) return ref;
    if ((module.declarations ?? []).some((d) => d.name === at.name)) {
      core.set(at.module, new Set([...(core.get(at.module) ?? []), at.name]));
      return at;
    }
    const onward = (module.exports ?? []).find((e) => e.kind === 'js' && e.name === at.name)?.declaration;
    if (!onward || onward.package) return ref;
    at = { name: onward.name, module: modulePath(module.path, onward.module) };
  }
  return ref;
}

/** A variable's declaration without its value (`default`, its initialiser as source text); others as they are. */
function withoutValue(declaration) {
  if (declaration.kind !== 'variable') return declaration;
  const { default: _value, ...rest } = declaration;
  return rest;
}

/**
 * The core module `path` with the declarations `names` only, and their exports: what the package root
 * re-exports from it. A variable's value is left out: `en`'s is every English word of the kit, as source text.
 */
function coreModule(all, path, names) {
  const module = all.find((m) => m.path === path);
  const declarations = (module.declarations ?? []).filter((d) => names.has(d.name)).map(withoutValue);
  const exports = (module.exports ?? []).filter(
    (e) => e.kind === 'js' && names.has(e.name) && modulePath(path, e.declaration.module) === path,
  );
  return { ...module, declarations, exports };
}

/**
 * The manifest cut to the public API, once the analyzer has applied
 * inheritance: the public modules only; in each, the exports a script can
 * import and the declarations it exports, each public.
 */
function publicApi(typesOnly) {
  const patterns = publicModulePatterns();
  const isPublic = (path) => patterns.some((pattern) => pattern.test(path));
  return {
    name: 'partnership-kit-public-api',
    packageLinkPhase({ customElementsManifest }) {
      const all = customElementsManifest.modules;
      const analyzed = new Set(all.map((module) => module.path));
      // A module under components/ that a host cannot import; src/'s modules are the core's, reached only
      // through what a public module re-exports from them.
      const isInternalModule = (path) => analyzed.has(path) && path.startsWith('components/') && !isPublic(path);
      const declarationAt = (ref) =>
        all.find((m) => m.path === modulePath('', ref.module ?? ''))?.declarations?.find((d) => d.name === ref.name);
      // The package root and the elements' modules; partnership-kit/core and /server (src/core.ts,
      // src/server/index.ts) have no element, and their reference is their declaration files.
      const modules = all.filter((module) => module.path.startsWith('components/') && isPublic(module.path));
      const core = new Map();
      for (const module of modules) {
        module.exports = publicExports(module, typesOnly.get(module.path) ?? new Set(), isInternalModule).map((e) =>
          e.declaration.module.startsWith('src/') ? { ...e, declaration: declaredIn(all, e.declaration, core) } : e,
        );
        const own = module.exports.filter((e) => e.declaration.module === module.path).map((e) => e.declaration.name);
        module.declarations = (module.declarations ?? []).filter((d) => own.includes(d.name));
        for (const declaration of module.declarations) publicDeclaration(declaration, isInternalModule, declarationAt);
      }
      const described = [...core].map(([path, names]) => coreModule(all, path, names));
      customElementsManifest.modules = [...modules, ...described].filter(
        (m) => m.declarations.length > 0 || m.exports.length > 0,
      );
    },
  };
}

/** Names each module exports as types only, from the analysis to the last phase. */
const typesOnly = new Map();

export default {
  plugins: [partnershipKitDocs(typesOnly), publicApi(typesOnly)],
};
