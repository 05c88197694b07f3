// Every entry of the package imported in Node with no DOM, as a server-rendering
// framework (Next, Nuxt, Astro) or a test runner in Node (Vitest, Jest) imports
// it. Each import runs in a fresh process, so no other test's globals help it.
// `npm test` builds dist/ first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const TAGS = [
  'partnership-data',
  'partnership-roster',
  'quorum-indicator',
  'vote-panel',
  'risk-register',
  'action-tracker',
  'highlight-report',
];

/** Imports `specifier` in a new Node process and returns what it printed. */
function importInNode(specifier, report) {
  const script = `
    if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM is present');
    const entry = await import(${JSON.stringify(specifier)});
    console.log(JSON.stringify(${report}));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

test('partnership-kit imports in Node and defines every element', () => {
  const defined = importInNode(
    'partnership-kit',
    `${JSON.stringify(TAGS)}.map((tag) => customElements.get(tag)?.name ?? null)`,
  );
  assert.deepEqual(defined, [
    'PartnershipData',
    'PartnershipRoster',
    'QuorumIndicator',
    'VotePanel',
    'RiskRegister',
    'ActionTracker',
    'HighlightReport',
  ]);
});

for (const tag of TAGS) {
  test(`partnership-kit/components/${tag} imports in Node and defines <${tag}>`, () => {
    const defined = importInNode(
      `partnership-kit/components/${tag}`,
      `[Object.keys(entry).length > 0, Boolean(customElements.get('${tag}'))]`,
    );
    assert.deepEqual(defined, [true, true]);
  });
}

test('partnership-kit/core and partnership-kit/server import in Node', () => {
  assert.deepEqual(importInNode('partnership-kit/core', `typeof entry.parseDocument`), 'function');
  assert.deepEqual(importInNode('partnership-kit/server', `typeof entry.createPartnershipServer`), 'function');
});

test('partnership-kit exports messagesFor, and partnership-kit/server the Welsh words for a Welsh calendar', () => {
  const kit = importInNode('partnership-kit', "[typeof entry.messagesFor, entry.messagesFor('fr').lang]");
  assert.deepEqual(kit, ['function', 'en']);
  const server = importInNode('partnership-kit/server', '[entry.cy.lang, entry.cy.shared.problemTitle]');
  assert.deepEqual(server, ['cy', 'Mae problem']);
});

test('partnership-kit/server exports what it answers a refused record with; the browser core does not carry it', () => {
  const server = importInNode('partnership-kit/server', '[typeof entry.refusalAnswer, typeof entry.refusalPath]');
  assert.deepEqual(server, ['function', 'function']);
  const core = importInNode('partnership-kit/core', "['refusalAnswer' in entry, 'refusalPath' in entry]");
  assert.deepEqual(core, [false, false]);
});
