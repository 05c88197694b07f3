// The document a host serves after an upgrade still opens on a page that has not
// been upgraded yet. partnership-kit 0.1.0 refuses a document with a top-level
// field it does not know; `projects` came after it. An upgraded host served every
// document with `"projects": []`, so a page still loading 0.1.0's file (a CMS
// asset folder not yet replaced, a copy a browser or service worker kept, a tab
// open since before the upgrade) showed only "There is a problem", for a
// partnership that has no projects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { documentAs, freshStore, openStore, startApi, sutton } from './harness.js';

const release010 = JSON.parse(
  readFileSync(new URL('../../fixtures/release-0.1.0/document-fields.json', import.meta.url), 'utf8'),
);

/** The Sutton document as a partnership with no projects writes it: no `projects`, no risk or action naming one. */
function withoutProjects(document) {
  const { projects: _projects, ...rest } = structuredClone(document);
  const unlinked = (items) => items.map(({ project: _project, ...item }) => item);
  return { ...rest, risks: unlinked(rest.risks), actions: unlinked(rest.actions) };
}

async function served(document, person) {
  const host = await startApi(await openStore(await freshStore('sqlite')), { document });
  try {
    return (await documentAs(host.base, person)).body;
  } finally {
    await host.close();
  }
}

test('a document without projects is served with only the fields partnership-kit 0.1.0 knows', async () => {
  for (const person of [null, 'p-carew-head']) {
    const body = await served(withoutProjects(sutton), person);
    const unknown = Object.keys(body).filter((field) => !release010.fields.includes(field));
    assert.deepEqual(unknown, [], `served to ${person ?? 'the public'}`);
    // Contract 1.2's `previousRules` too: parsed, every group has one, empty unless the council wrote it.
    const unknownInGroups = body.groups.flatMap((group) =>
      Object.keys(group).filter((field) => !release010.groupFields.includes(field)),
    );
    assert.deepEqual(unknownInGroups, [], `groups served to ${person ?? 'the public'}`);
    // And a seat's `previousStanding` (1.2), likewise empty unless the council wrote it.
    const unknownInSeats = body.groups.flatMap((group) =>
      group.seats.flatMap((seat) => Object.keys(seat).filter((field) => !release010.seatFields.includes(field))),
    );
    assert.deepEqual(unknownInSeats, [], `seats served to ${person ?? 'the public'}`);
  }
});

test('a seat’s earlier standing is served when the document has it', async () => {
  const document = structuredClone(sutton);
  document.groups[0].seats[0].previousStanding = [{ to: '2019-08-31', voting: false }];
  const body = await served(document, null);
  assert.deepEqual(body.groups[0].seats[0].previousStanding, [{ to: '2019-08-31', voting: false }]);
  assert.equal('previousStanding' in body.groups[0].seats[1], false);
});

test('a group’s earlier rules are served when the document has them', async () => {
  const document = structuredClone(sutton);
  document.groups[0].previousRules = [{ to: '2019-08-31', decisionRule: 'two-thirds' }];
  const body = await served(document, null);
  assert.deepEqual(body.groups[0].previousRules, [{ to: '2019-08-31', decisionRule: 'two-thirds' }]);
  assert.equal('previousRules' in body.groups[1], false);
});

test('a document with projects is served with them', async () => {
  const body = await served(sutton, 'p-carew-head');
  assert.deepEqual(
    body.projects.map((project) => project.id),
    sutton.projects.map((project) => project.id),
  );
});
