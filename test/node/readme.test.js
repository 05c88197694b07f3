// The README and the docs pages its reference moved to (./guide-pages.js).
// The element reference (docs/elements.md) and the README's summary of each
// element are generated from the Custom Elements Manifest; the first test
// fails when an element's JSDoc changed and `npm run docs` was not run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeWithSummaries, referenceWithDocs } from '../../scripts/element-docs.js';
import { guidePage, wholeGuide } from './guide-pages.js';

test('the README and its reference document every element as its JSDoc says (run `npm run docs`)', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const reference = guidePage('docs/elements.md');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  assert.equal(reference, await referenceWithDocs(reference, manifest));
  assert.equal(readme, await readmeWithSummaries(readme, manifest));
});

test('the README opens with the two commands', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.match(readme, /npm ci && npm start/);
  assert.match(readme, /npm ci && npm test/);
});

test('every JSON document in the README and its docs pages keeps the contract', async () => {
  const { parseDocument } = await import('partnership-kit/core');
  const documents = [...wholeGuide().matchAll(/```json\n([\s\S]*?)```/g)].map(([, json]) => json);
  assert.ok(documents.length >= 2, 'a minimal and a full example');
  for (const json of documents) {
    const result = parseDocument(json);
    assert.deepEqual(result.ok ? [] : result.problems, []);
  }
});

/** The JSON documents of the README and its docs pages, as text. */
const readmeDocuments = () => [...wholeGuide().matchAll(/```json\n([\s\S]*?)```/g)].map(([, json]) => json);

test('a README example shows every contract 1.1 addition', () => {
  const text = readmeDocuments().find((json) => json.includes('"previous"'));
  assert.ok(text, 'an example with seat history');
  for (const field of ['"previous"', '"end"', '"arrived"', '"left"', '"declarations"', '"withdrew"', '"results"']) {
    assert.ok(text.includes(field), field);
  }
  for (const field of ['"ballot"', '"count"', '"received"']) assert.ok(text.includes(field), field);
  const doc = JSON.parse(text);
  const spans = doc.meetings.flatMap((m) => Object.values(m.attendance));
  assert.ok(spans.some(Array.isArray), 'a list of entries: the proxy until the holder arrived');
});

test('the 1.1 example does what the README says of it', async () => {
  const core = await import('partnership-kit/core');
  const text = readmeDocuments().find((json) => json.includes('"previous"'));
  const { document: doc } = core.parseDocument(text);
  // The former holder's vote still counts; the withdrawn head's seat is not present at closes.
  const outreach = core.outcome(doc, 'outreach-base');
  assert.deepEqual([outreach.result, outreach.for, outreach.against, outreach.quorate], ['carried', 2, 1, true]);
  assert.deepEqual(outreach.invalid, []);
  assert.deepEqual(outreach.declarations, [{ person: 'p-ash-head', seat: 'board-secondary', withdrew: true }]);
  const room = core.quorum(doc, 'board-2026-11-10', { at: '2026-11-10T17:15:00Z', proposal: 'outreach-base' });
  assert.deepEqual(room.requirements[0].missing, ['board-secondary']);
  // The vacated seat: nobody holds it now, the director did in November.
  assert.equal(core.appointmentOn(doc, 'board-council', '2027-03-01').holder, null);
  assert.equal(core.appointmentOn(doc, 'board-council', '2026-11-10').holder, 'p-director');
  // The secret ballot's published count.
  const nominee = core.outcome(doc, 'forum-nominee');
  assert.deepEqual([nominee.result, nominee.for, nominee.published], ['carried', 2, true]);
  // While the after-close proposal is open, another member does not see the chair's vote.
  const now = '2027-02-02T12:00:00Z';
  const seen = core.publishedDocument(doc, 'p-ash-head', now).votes.map((v) => v.id);
  assert.ok(!seen.includes('v-4'));
  assert.ok(core.publishedDocument(doc, 'p-oak-head', now).votes.some((v) => v.id === 'v-4'));
  // A vote reaching the host after closes is refused whatever its cast.
  const late = { id: 'v-5', proposal: 'places-strategy', seat: 'board-secondary', by: 'p-ash-head', choice: 'for' };
  const check = core.checkVote(
    doc,
    { ...late, cast: '2027-03-31T16:59:00+01:00' },
    { now: '2027-03-31T17:02:00+01:00' },
  );
  assert.equal(check.ok ? 'ok' : check.reason, 'proposal-not-open');
});

test('the 1.2 seat standing example does what the README says of it', async () => {
  const core = await import('partnership-kit/core');
  const text = readmeDocuments().find((json) => json.includes('"previousStanding"'));
  assert.ok(text, 'an example with a seat’s earlier standing');
  const { document: doc } = core.parseDocument(text);
  // The Diocese had no vote in July: the meeting it missed was quorate, and two votes to one carried.
  assert.equal(core.quorum(doc, 'elg-2026-07-14').quorate, true);
  const july = core.outcome(doc, 'admissions-2027');
  assert.deepEqual([july.result, july.for, july.against, july.entitled], ['carried', 2, 1, 3]);
  const diocese = doc.groups[0].seats.find((seat) => seat.id === 'elg-diocese');
  assert.deepEqual(
    [core.standingOn(diocese, '2026-07-14').voting, core.standingOn(diocese, '2026-09-01').voting],
    [false, true],
  );
  // The Council's director chaired in July and may record that meeting's attendance then, not now.
  assert.equal(core.mayRecordAttendance(doc, 'p-council', 'elg-2026-07-14', '2026-07-14'), true);
  assert.equal(core.mayRecordAttendance(doc, 'p-council', 'elg-2026-07-14', '2026-09-01'), false);
});

/** KB as the README and `npm run size` count them. */
const kb = (bytes) => bytes / 1024;
/** Whether a figure the README rounds is within 5 % of what was measured. */
const near = (said, measured) => Math.abs(said - measured) <= measured * 0.05;

test("the README's sizes of the kit are the built kit's, so a portal team plans with today's figures", async () => {
  const { brotliCompressSync, gzipSync, constants } = await import('node:zlib');
  const kit = readFileSync('dist/partnership-kit.js');
  const said = guidePage('docs/embedding.md').match(
    /`partnership-kit\.js` is (\d+) KB as it is,\s+about (\d+) KB with brotli at its best and (\d+) KB with gzip/,
  );
  assert.ok(said, 'the figures under "On a phone over mobile data" (docs/embedding.md)');
  const brotli = (quality) => brotliCompressSync(kit, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }).length;
  const measured = [kit.length, brotli(11), gzipSync(kit, { level: 9 }).length].map(kb);
  said
    .slice(1)
    .forEach((figure, i) =>
      assert.ok(near(Number(figure), measured[i]), `${figure} KB said, ${measured[i].toFixed(1)} KB measured`),
    );
  // The reference host's brotli (quality 5, demo/host/static-files.js), under "Live" (docs/host.md).
  const host = guidePage('docs/host.md').match(/downloads the kit once, about (\d+) KB rather than (\d+) KB/);
  assert.ok(host, 'what the reference host sends a phone');
  assert.ok(near(Number(host[1]), kb(brotli(5))), `${host[1]} KB said, ${kb(brotli(5)).toFixed(1)} KB measured`);
  assert.ok(near(Number(host[2]), kb(kit.length)), `${host[2]} KB said`);
});

test("docs/performance.md's table of sizes is the built bundles', so a reader weighs today's kit", async () => {
  const { loadedSize } = await import('../../scripts/size.js');
  const rows = [...guidePage('docs/performance.md').matchAll(/^\| `(dist\/[^`]+)`[^|]*\| ([\d.]+) KB/gm)];
  assert.ok(rows.length >= 10, 'a row for the core, the kit, dist/index.js and each element file');
  for (const [, file, said] of rows) {
    const measured = kb(loadedSize(file));
    assert.ok(near(Number(said), measured), `${file}: ${said} KB said, ${measured.toFixed(1)} KB measured`);
  }
});

test("the README's server with `partnership-kit/core` runs as written, and answers as the host protocol says", async (t) => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, resolve } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const block = [...guidePage('docs/host.md').matchAll(/```js\n([\s\S]*?)```/g)]
    .map(([, js]) => js)
    .find((js) => js.includes("from 'partnership-kit/core'") && js.includes('parseVote'));
  assert.ok(block, 'a snippet that checks a sent vote with parseVote');
  // The portal's own two functions, as the text after the snippet describes them.
  const portal = `const loadDocumentJson = async () => ${JSON.stringify(readFileSync('demo/data/sutton.json', 'utf8'))};
export const saved = []; const saveVote = (vote) => saved.push(vote);\n`;
  const core = pathToFileURL(resolve('dist/core.js')).href;
  const server = pathToFileURL(resolve('dist/server.js')).href;
  const file = join(mkdtempSync(join(tmpdir(), 'pk-readme-')), 'core-snippet.mjs');
  const snippet = block.replace("from 'partnership-kit/core'", `from '${core}'`);
  writeFileSync(file, portal + snippet.replace("from 'partnership-kit/server'", `from '${server}'`));
  t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2019-12-10T16:30:00Z') }); // the Sutton document's meeting
  const { receiveVote, documentFor, saved } = await import(pathToFileURL(file).href);
  const vote = {
    id: '0e1f5a52-7d1b-4c59-9a4e-3d7b6c1a2f10',
    proposal: 'wsoa-reporting',
    seat: 'elg-primary',
    by: 'p-cirrus-dceo',
    choice: 'for',
    cast: '2019-12-10T16:29:00Z',
  };
  assert.equal(receiveVote(vote, null)[0], 401);
  assert.equal(receiveVote(vote, 'p-carew-head')[0], 403);
  const [, someoneElse] = receiveVote(vote, 'p-carew-head');
  assert.deepEqual(
    [someoneElse.path, someoneElse.record, someoneElse.problems.map((p) => [p.path, p.code])],
    ['vote.by', undefined, [['vote.by', 'by-other-person']]],
    'the session refused, at the vote’s by, naming no record, as partnership-kit/server does',
  );
  const notTheirs = receiveVote(
    { ...vote, id: 'a1b2c3d4-0000-4000-8000-000000000002', by: 'p-carew-head' },
    'p-carew-head',
  );
  assert.deepEqual(
    [notTheirs[0], notTheirs[1].reason, notTheirs[1].path, notTheirs[1].record],
    [403, 'not-holder-or-proxy', 'vote.seat', 'a1b2c3d4-0000-4000-8000-000000000002'],
  );
  const [malformed, problems] = receiveVote({ ...vote, choice: 'maybe' }, 'p-cirrus-dceo');
  assert.deepEqual([malformed, problems.problems[0].path], [400, 'vote.choice']);
  assert.equal(problems.record, vote.id, 'the 400 names the record, so the page stops sending it');
  assert.deepEqual(receiveVote(vote, 'p-cirrus-dceo'), [201, { id: vote.id }]);
  assert.deepEqual(saved, [{ ...vote, received: '2019-12-10T16:30:00.000Z' }]);
  assert.equal(receiveVote(vote, 'p-cirrus-dceo')[1].repeated, true, 'the same vote again: a replay');
  const reused = receiveVote({ ...vote, choice: 'against' }, 'p-cirrus-dceo');
  assert.deepEqual(
    [reused[0], reused[1].reason, reused[1].path, reused[1].record],
    [422, 'id-reused', 'vote.id', vote.id],
  );
  const closed = receiveVote(
    { ...vote, id: 'a1b2c3d4-0000-4000-8000-000000000001', proposal: 'hnb-plan' },
    'p-cirrus-dceo',
  );
  assert.deepEqual([closed[0], closed[1].reason, closed[1].path], [422, 'proposal-not-open', 'vote.proposal']);
  assert.deepEqual(
    closed[1].problems.map((p) => [p.path, p.code, p.message]),
    [['vote.proposal', 'proposal-not-open', closed[1].error]],
  );
  assert.equal(saved.length, 1, 'only what checkVote accepts is stored');
  assert.ok(documentFor(null).votes.length > 0, 'the public reads the document');
  const { parseDocument } = await import('partnership-kit/core');
  assert.ok(parseDocument(JSON.stringify(documentFor('p-cirrus-dceo'))).ok, 'what is served keeps the contract');
  // What a page still on an older kit file refuses (README, "Replace every copy of the kit's file").
  const served = documentFor(null);
  const empty = (list) => Array.isArray(list) && list.length === 0;
  assert.deepEqual(
    [
      empty(served.projects),
      served.groups.some((group) => empty(group.previousRules)),
      served.groups.some((group) => group.seats.some((seat) => empty(seat.previousStanding))),
    ],
    [false, false, false],
    'an empty projects, previousRules or previousStanding left out, as servedDocument does',
  );
});

test("every name the README and its docs pages import from the package is one of the package's exports", async () => {
  const readme = wholeGuide();
  const imports = [
    ...readme.matchAll(/import \{([^}]*)\} from '(partnership-kit[^']*)'/g),
    ...readme.matchAll(/const \{([^}]*)\} = require\('(partnership-kit[^']*)'\)/g),
  ];
  assert.ok(imports.length >= 5, 'the README imports from the package');
  for (const [, list, specifier] of imports) {
    const exported = await import(specifier);
    for (const name of list.split(',').map((each) => each.trim().split(/\s+as\s+/)[0])) {
      if (name && !name.startsWith('type ')) assert.ok(name in exported, `${name} from '${specifier}'`);
    }
  }
  for (const [, specifier] of readme.matchAll(/import '(partnership-kit[^']*)'/g)) {
    await import(specifier); // each resolves in Node, as server rendering and tests import it
  }
});

test("each JavaScript snippet in the README and its docs pages imports the package's functions it calls, so it runs as copied", async () => {
  const exported = { ...(await import('partnership-kit/core')), ...(await import('partnership-kit/server')) };
  const fromNode = ['readFile', 'createServer'];
  const snippets = [...wholeGuide().matchAll(/```js\n([\s\S]*?)```/g)].map(([, js]) => js.replace(/\/\/.*$/gm, ''));
  for (const js of snippets) {
    const imported = [...js.matchAll(/import \{([^}]*)\}/g)].flatMap(([, list]) =>
      list.split(',').map((n) => n.trim()),
    );
    const declared = [...js.matchAll(/(?:const|let|function)\s+(\w+)/g)].map(([, name]) => name);
    const called = [...js.matchAll(/(?<![.\w])(\w+)\(/g)].map(([, name]) => name);
    const missing = called.filter(
      (name) => (name in exported || fromNode.includes(name)) && !imported.includes(name) && !declared.includes(name),
    );
    assert.deepEqual([...new Set(missing)], [], `a snippet that starts: ${js.trim().slice(0, 60)}`);
  }
});

/** The README's section under `heading` (a `###` heading), up to the next heading. */
const section = (heading) => {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(`### ${heading}\n`);
  assert.ok(start >= 0, `a section "${heading}"`);
  return readme.slice(start, readme.indexOf('\n#', start + heading.length + 5));
};

test('the working page in three steps names a group of the document the README points it to', () => {
  // Step 1 sends the reader to "The contract"; its document with one of everything is the page's document.
  const steps = section('A working page in three steps');
  const group = /<partnership-roster src="\/data\/partnership\.json" group="([^"]+)">/.exec(steps)?.[1];
  assert.ok(group, 'step 3 writes a roster with a group');
  const example = JSON.parse(readmeDocuments().find((json) => json.includes('"noticeSent"')));
  assert.ok(
    example.groups.some((each) => each.id === group),
    `group="${group}" is not a group of the example document (${example.groups.map((each) => each.id)}): the roster shows an error`,
  );
});

test('the React snippet votes on a proposal, as a person, of the document the README names for its ids', () => {
  const react = section('With React 19');
  const [, proposal, voter] = /proposal="([^"]+)"\s+voter="([^"]+)"/.exec(react) ?? [];
  const file = /ids are the [^(]*\(`(demo\/data\/[\w-]+\.json)`\)/.exec(react)?.[1];
  assert.ok(file, 'the README says whose ids the snippet uses');
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(
    doc.proposals.some((each) => each.id === proposal),
    proposal,
  );
  assert.ok(
    doc.people.some((each) => each.id === voter),
    voter,
  );
  // A panel with a voter and no endpoint (or submit) says voting is not set up: vote-recorded would never fire.
  const snippet = /```tsx\n([\s\S]*?)```/.exec(react)[1];
  assert.match(snippet, /onvote-recorded/);
  assert.match(
    snippet,
    /endpoint="[^"]+"|submit=\{/,
    'the panel listening for vote-recorded has somewhere to send the vote',
  );
});

test('each type the README and its docs pages import from the package resolves from the entry it names, in a strict TypeScript project', async () => {
  const { default: ts } = await import('typescript');
  const readme = wholeGuide().replace(/\s+/g, ' ');
  const imports = [...new Set(readme.match(/import type \{[^}]+\} from '(?:partnership-kit[^']*)'/g) ?? [])];
  assert.ok(
    imports.some((line) => line.includes('PartnershipDocument')),
    'the README says where PartnershipDocument comes from',
  );
  // Each name used, so that an import of a name the entry lacks is an error, not an unused any.
  const names = imports.flatMap((line) =>
    /\{([^}]+)\}/
      .exec(line)[1]
      .split(',')
      .map((name) => name.trim()),
  );
  const source = `${imports.join(';\n')};\nexport type Used = [${names.join(', ')}];\n`;
  const file = join(process.cwd(), 'readme-type-imports.ts');
  const options = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .map((each) => ts.flattenDiagnosticMessageText(each.messageText, ' '));
  assert.deepEqual(problems, [], source);
});
