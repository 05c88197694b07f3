// No dead messages (issue 12): every key of the English messages (`en`, which holds `enCore`) is read by the kit,
// or is a code the kit can produce, or is documented in the README or its docs pages for a host to read. A dead key costs bytes in
// English and again in Welsh, and a translator's time.
//
// How it decides, with TypeScript's checker rather than text search, so a word in a comment or a string is never
// taken for a use:
// - The keys are the properties of `en`'s type declared in src/messages/en.ts or en-core.ts, section by section
//   (`votePanel.tieChair`). A section typed by the contract (`roles`, a `Record<Seat['role'], string>`) or by an
//   interface (`format`) is one key: its type already says which entries it has.
// - A key is read when code in src/ or components/ (the public entry points and all they import; not the elements'
//   examples, which build the demo pages) outside the language modules (en.ts, en-core.ts, cy.ts) names it:
//   `msg.votePanel.tieChair`; through an alias, `const t = msg.votePanel; t.tieChair`, as the checker resolves `t`'s
//   type to the section; destructured, `const { tieChair } = t`; or by an index whose type is a union of keys,
//   `t.columns[column]` with `column: keyof …`. A section given away whole where its own type is not kept (to
//   `Object.entries`, or to a parameter of a looser type) counts every key under it as read.
// - A key read only by another message counts when that message does: `shared.failure` says `shared.contractIntro`.
// - The code-keyed sections (`reasons`, `warnings`, `refusals`, `problems`) are looked up by the code a result
//   carries (`words.reasons[refusal.reason]`); their keys are exactly the codes' types (`satisfies` checks it), so a
//   key there is used when src/ outside src/messages can produce its code: the code is written as a value where the
//   checker expects a code of that section (`{ reason: 'term-ended' }`, `add('vacant', …)`), so a type, a
//   comparison or the same word said of something else does not count.
// - A key a host reads through the documented messages API counts when the README or a docs page of it names it (`en.votePanel.result`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { wholeGuide } from './guide-pages.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MESSAGES = join(root, 'src', 'messages');
/** The English modules, whose keys are checked; their reads of each other count only from a key that is used. */
const ENGLISH = [join(MESSAGES, 'en.ts'), join(MESSAGES, 'en-core.ts')];
/** The Welsh module mirrors English: what it reads says nothing of what the kit uses. */
const WELSH = join(MESSAGES, 'cy.ts');
const CODE_KEYED = ['reasons', 'warnings', 'refusals', 'problems'];

/** Every .ts file under `folder`, tests' declarations aside. */
function sources(folder) {
  return readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(folder, file));
}

// The elements' examples build the demo pages and are in no bundle.
const files = [...sources(join(root, 'src')), ...sources(join(root, 'components'))].filter(
  (file) => !file.endsWith('examples.ts'),
);
const config = ts.parseJsonConfigFileContent(
  ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config,
  ts.sys,
  root,
);
const program = ts.createProgram(files, { ...config.options, noEmit: true });
const checker = program.getTypeChecker();
const isEnglish = (node) => ENGLISH.includes(node.getSourceFile().fileName.split('/').join(sep));

/** Key path by declaration node, and the declarations under each section, from `en`'s type. */
function englishKeys() {
  const en = program.getSourceFile(ENGLISH[0]);
  const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(en)).find((s) => s.name === 'en');
  const keys = new Map();
  const walk = (type, path) => {
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration;
      if (!declaration || !isEnglish(declaration)) continue;
      const key = path ? `${path}.${property.name}` : property.name;
      keys.set(declaration, key);
      const value = checker.getTypeOfSymbol(property);
      if (value.getCallSignatures().length === 0) walk(value, key);
    }
  };
  walk(checker.getTypeOfSymbol(symbol), '');
  return keys;
}

const keys = englishKeys();
const paths = new Set(keys.values());
/** The key paths under `path`, itself included. */
const under = (path) => [...paths].filter((key) => key === path || key.startsWith(`${path}.`));

/** The key a symbol is, if it is one: through a union's or a mapped type's symbol to the property it came from. */
function keyOf(symbol) {
  if (!symbol) return [];
  return checker
    .getRootSymbols(symbol)
    .flatMap((s) => s.declarations ?? [])
    .map((declaration) => keys.get(declaration))
    .filter(Boolean);
}

/**
 * The key paths of the sections a value of `type` is (`msg.actions.columns`: "actions.columns"; the root `en`: ""):
 * one each for a union's members (`t.sortOrders[order]`, any of its five sections).
 */
function sectionsOfType(type) {
  if (!type) return [];
  if (type.isUnion()) return [...new Set(type.types.flatMap(sectionsOfType))];
  const found = new Set();
  for (const property of type.getProperties()) {
    for (const key of keyOf(property)) found.add(key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '');
  }
  return found.size === 1 ? [...found] : [];
}
const sectionsOf = (node) => sectionsOfType(checker.getTypeAtLocation(node));

/** The key whose value `node` is written in, in an English module: the innermost. */
function enclosingKey(node) {
  for (let at = node.parent; at; at = at.parent) {
    if (keys.has(at)) return keys.get(at);
  }
  return undefined;
}

/**
 * Whether a section's value at `node` is handed on with its type kept: read on (`t.columns`), bound to a name
 * (`const t = …`, `const { shared } = msg`), or given where a value of the same section is expected (a parameter, a
 * property typed `Messages['votePanel']`), so reads of it elsewhere resolve to its keys.
 */
function keepsItsType(node) {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) return parent.expression === node;
  if (ts.isVariableDeclaration(parent) || ts.isBindingElement(node)) return true;
  if (ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent)) return keepsItsType(parent);
  const expected = checker.getContextualType(node);
  const own = sectionsOf(node);
  return sectionsOfType(expected).join() === own.join() && own.length > 0;
}

/** Every read of a key: from outside the English modules (`outside`), and from one key to another (`edges`). */
function reads() {
  const outside = new Map();
  const edges = new Map();
  const escaped = [];
  for (const file of program.getSourceFiles()) {
    const name = file.fileName.split('/').join(sep);
    if (!files.includes(name) || name === WELSH) continue;
    const inEnglish = ENGLISH.includes(name);
    const read = (key, node) => {
      const from = inEnglish ? enclosingKey(node) : undefined;
      // Outside the English modules, or in one of their module-level helpers, run when the module loads.
      if (from === undefined) {
        if (!outside.has(key)) outside.set(key, `read in ${relative(root, name)}`);
        return;
      }
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(key);
    };
    const visit = (node) => {
      let named = [];
      if (ts.isPropertyAccessExpression(node)) named = keyOf(checker.getSymbolAtLocation(node.name));
      else if (ts.isElementAccessExpression(node)) named = indexed(node);
      else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const property = node.propertyName ?? node.name;
        if (ts.isIdentifier(property) || ts.isStringLiteral(property)) {
          named = keyOf(checker.getTypeAtLocation(node.parent).getProperty(property.text));
        }
      }
      for (const key of named) {
        read(key, node);
        // A code-keyed section handed on is looked up by a code: its entries are left to the codes produced.
        if (under(key).length > 1 && !CODE_KEYED.includes(key) && !keepsItsType(node)) {
          if (!inEnglish) escaped.push(`${key} at ${relative(root, name)}`);
          for (const inner of under(key)) read(inner, node);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { outside, edges, escaped };
}

/**
 * The keys an index names: those of a literal or a union of literals, else every key of the section. A code-keyed
 * section's entry looked up by a code (`words.reasons[refusal.reason]`) is left to the codes produced.
 */
function indexed(node) {
  const index = checker.getTypeAtLocation(node.argumentExpression);
  const literals = (index.isUnion() ? index.types : [index]).filter((t) => t.isStringLiteral());
  return sectionsOf(node.expression).flatMap((section) => {
    if (CODE_KEYED.includes(section) && !index.isStringLiteral()) return [];
    const prefix = section ? `${section}.` : '';
    const children = [...paths].filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('.'));
    const named = literals.length ? literals.map((t) => `${prefix}${t.value}`) : children;
    return named.filter((key) => paths.has(key));
  });
}

/** The string literal types `type` allows, through a type parameter's constraint (`add<C extends RosterWarningCode>`). */
function literalsOf(type) {
  const allowed = type && type.flags & ts.TypeFlags.TypeParameter ? checker.getBaseConstraintOfType(type) : type;
  if (!allowed) return [];
  return (allowed.isUnion() ? allowed.types : [allowed]).filter((t) => t.isStringLiteral()).map((t) => t.value);
}

/**
 * The codes of `section` that src/ outside src/messages can produce: written as a value where a code of that section
 * is expected (`{ reason: 'term-ended', … }`, `add('vacant', …)`), so neither a comment, nor a type, nor the same
 * word said of something else ('missing', a month's report state) counts.
 */
function producedCodes(section) {
  const codes = new Set(under(section).map((key) => key.slice(section.length + 1)));
  const produced = new Set();
  for (const file of program.getSourceFiles()) {
    const name = file.fileName.split('/').join(sep);
    if (!name.startsWith(join(root, 'src') + sep) || name.startsWith(MESSAGES + sep)) continue;
    const visit = (node) => {
      if (ts.isTypeNode(node)) return;
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && codes.has(node.text)) {
        const expected = literalsOf(checker.getContextualType(node));
        if (expected.includes(node.text) && expected.every((code) => codes.has(code))) produced.add(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return produced;
}

/**
 * The keys the README (or a docs page it links to) shows a host reading or changing: `en.votePanel.result`, or a key's path in code marks
 * (`shared.contractIntro`). A word alone in code marks (`lang`, an attribute) is not taken for a key.
 */
function documentedKeys() {
  const readme = wholeGuide(); // the README and the docs pages its reference moved to
  const prefixed = [...readme.matchAll(/\b(?:en|cy|enCore|messagesFor\([^)]*\))\.([a-zA-Z]+(?:\.[a-zA-Z-]+)*)/g)];
  const marked = [...readme.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z-]+)+)`/g)];
  return [...prefixed, ...marked].map(([, path]) => path).filter((path) => paths.has(path));
}

/** Every used key, with why: read from outside, by a used key, as a code produced, or documented. */
function usedKeys() {
  const { outside, edges, escaped } = reads();
  const why = new Map(outside);
  /** Records the first reason a key is used: true when it is news. */
  const use = (key, because) => !why.has(key) && Boolean(why.set(key, because));
  for (const key of documentedKeys()) use(key, 'documented in the README');
  const spread = () => {
    const queue = [...why.keys()];
    while (queue.length) {
      const from = queue.pop();
      for (const next of edges.get(from) ?? []) {
        if (use(next, `read by ${from}`)) queue.push(next);
      }
    }
  };
  spread();
  for (const section of CODE_KEYED) {
    if (!why.has(section)) continue;
    const codes = producedCodes(section);
    for (const key of under(section).slice(1)) {
      if (codes.has(key.slice(section.length + 1))) use(key, 'a code the kit produces');
    }
  }
  spread();
  // A section is used when anything under it is.
  for (const key of [...why.keys()]) {
    for (let at = key; at.includes('.');) {
      at = at.slice(0, at.lastIndexOf('.'));
      use(at, `holds ${key}`);
    }
  }
  return { why, escaped };
}

const { why, escaped } = usedKeys();

test('the checker finds the English keys, sections and code-keyed entries', () => {
  for (const key of ['shared.failure', 'votePanel.tieChair', 'actions.columns.owner', 'reasons.term-ended', 'roles']) {
    assert.ok(paths.has(key), `${key} is not among the keys found`);
  }
  assert.ok(paths.size > 500, `only ${paths.size} keys found`);
  assert.ok(!paths.has('roles.chair'), 'a section typed by the contract is one key');
});

test('finds a key however it is reached', () => {
  const how = (key) => why.get(key)?.replace(/ in .*/, ' in …');
  // Destructured: `const { shared } = msg`, then `shared.contractIntro(…)`.
  assert.equal(how('shared.contractIntro'), 'read in …');
  // Through a union's index: `t.sortOrders[ORDER_WORDS[key]][this.sortDirection]`.
  assert.equal(how('risk.sortOrders.trend.descending'), 'read in …');
  // Only by other messages: a document's problem and the load failure say where JSON went wrong.
  assert.match(how('json.place') ?? '', /^read by /);
  // Looked up by the code a roster warning carries.
  assert.equal(how('warnings.vacant'), 'a code the kit produces');
});

test('every English message key is used by the kit, produced as a code, or documented for hosts', () => {
  const dead = [...paths].filter((key) => !why.has(key)).sort();
  assert.deepEqual(dead, [], `Delete these keys from en.ts/en-core.ts and cy.ts, or use them:\n  ${dead.join('\n  ')}`);
});

test('sections given away whole, so every key under them counts as read, are the known few', () => {
  // A new entry here hides every key of its section from the check above: read the section by key instead.
  // `Object.keys` of both: the risk register sorts by each of its columns, the tracker offers each grouping.
  assert.deepEqual([...new Set(escaped.map((e) => e.split(' at ')[0]))].sort(), [
    'actions.groupOptions',
    'risk.columns',
  ]);
});
