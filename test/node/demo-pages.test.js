// Each demo page shows something in every element: the group, meeting or
// proposal it names exists in the page's document and has records to show.
// (Ealing's and Suffolk's risk registers were once empty because their risks
// named no group.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const attribute = (html, tag, name) => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]+)"`).exec(html)?.[1];

for (const name of ['sutton', 'wokingham', 'suffolk', 'ealing']) {
  test(`the ${name} demo page names records its document has`, () => {
    const html = read(`demo/${name}.html`);
    const document = JSON.parse(read(attribute(html, 'partnership-data', 'src').slice(1)));
    const groupOf = (tag) => attribute(html, tag, 'group');
    assert.ok(
      document.groups.some((g) => g.id === groupOf('partnership-roster')),
      'roster group',
    );
    assert.ok(
      document.meetings.some((m) => m.id === attribute(html, 'quorum-indicator', 'meeting')),
      'meeting',
    );
    assert.ok(
      document.proposals.some((p) => p.id === attribute(html, 'vote-panel', 'proposal')),
      'proposal',
    );
    assert.ok(document.risks.filter((r) => r.group === groupOf('risk-register')).length > 0, 'risks of the group');
    assert.ok(document.actions.filter((a) => a.group === groupOf('action-tracker')).length > 0, 'actions of the group');
  });
}
