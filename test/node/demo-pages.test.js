// The demo pages come from the examples (scripts/demo-pages.js): every
// example is on its element's page and, where it names one, on its
// partnership's page; and every example names records its document has, with
// something to show (Ealing's and Suffolk's risk registers were once empty
// because their risks named no group).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const { everyExample, exampleAttributes, DEMO_PAGES, EXAMPLES } = await import('../../dist/demo/examples.js');
const { escapeHtml } = await import('../../demo/host/pages.js');

/** The ids an example's attributes name, and whether its document has each, with records to show. */
const CHECKS = {
  group: (doc, id, tag) => {
    const group = doc.groups.find((g) => g.id === id);
    const records = { 'risk-register': doc.risks, 'action-tracker': doc.actions }[tag];
    return group !== undefined && (records ? records.some((r) => r.group === id) : group.seats.length > 0);
  },
  meeting: (doc, id) => doc.meetings.some((m) => m.id === id),
  proposal: (doc, id) => doc.proposals.some((p) => p.id === id),
  project: (doc, id) => (doc.projects ?? []).some((p) => p.id === id),
  voter: (doc, id) => doc.people.some((p) => p.id === id),
  clerk: (doc, id) => doc.people.some((p) => p.id === id),
  editor: (doc, id) => doc.people.some((p) => p.id === id),
};

for (const example of everyExample().filter((e) => e.document)) {
  test(`<${example.tag}> ${example.name} names records its document has`, () => {
    const doc = JSON.parse(read(`demo/data/${example.document}.json`));
    for (const [name, check] of Object.entries(CHECKS)) {
      const id = example.attrs[name];
      if (id === undefined) continue;
      const expected = example.state !== 'not-found';
      assert.equal(check(doc, id, example.tag), expected, `${name}="${id}"`);
    }
  });
}

/** Whether `person` holds (`holder`) or stands in for (`proxy`) a seat of the group that decides `proposal`. */
function seatRole(doc, proposal, person) {
  const { group } = doc.proposals.find((p) => p.id === proposal);
  const seats = doc.groups.find((g) => g.id === group).seats;
  if (seats.some((seat) => seat.holder === person)) return 'holder';
  return seats.some((seat) => seat.proxy === person) ? 'proxy' : undefined;
}

// "sutton-holder-votes", "a member who holds a seat", voted as the primary schools' proxy: the examples page said
// one thing above the panel and the panel the other ("Your vote as proxy for …").
for (const example of everyExample().filter((e) => e.tag === 'vote-panel' && e.attrs.voter && e.document)) {
  const named = /holder|holds a seat/.test(`${example.name} ${example.summary.en}`)
    ? 'holder'
    : /proxy/.test(`${example.name} ${example.summary.en}`)
      ? 'proxy'
      : undefined;
  if (!named) continue;
  test(`<vote-panel> ${example.name} votes as the ${named} its name and summary say`, () => {
    const doc = JSON.parse(read(`demo/data/${example.document}.json`));
    assert.equal(seatRole(doc, example.attrs.proposal, example.attrs.voter), named);
  });
}

test('every example is on its element’s page, as the markup it shows', () => {
  for (const example of everyExample()) {
    const html = read(`demo/examples/${example.tag}.html`);
    assert.match(html, new RegExp(`<h2 id="${example.name}-heading">`), `${example.tag} ${example.name}`);
    for (const [name, value] of Object.entries(exampleAttributes(example)))
      assert.ok(html.includes(value === '' ? ` ${name}` : ` ${name}="${value}"`), `${example.name}: ${name}`);
  }
});

// Each example's heading, which names its section, was its id ("sutton-eog"), read out literally by a screen reader;
// then its whole description, some 120 characters, too long a heading to take in at a glance or in a list of headings.
test('every example’s heading and section are named by its short title, its description the paragraph under it', () => {
  for (const example of everyExample()) {
    const html = read(`demo/examples/${example.tag}.html`);
    const start = html.indexOf(
      `<section class="widget" id="${example.name}" aria-labelledby="${example.name}-heading">`,
    );
    assert.ok(start >= 0, `${example.name}: its section, with the id as its anchor`);
    const headingEnd = html.indexOf('</h2>', start);
    const heading = html.slice(start, headingEnd);
    assert.match(
      heading,
      /data-words="examples\.exampleTitle"/,
      `${example.name}: the title, said in the reader’s language`,
    );
    assert.ok(heading.includes(escapeHtml(example.title.en)), `${example.name}: its English title`);
    assert.ok(heading.includes(escapeHtml(example.title.cy)), `${example.name}: its Welsh title, for the switch`);
    assert.ok(!heading.includes(example.summary.en), `${example.name}: not its description`);
    assert.ok(!heading.includes(`>${example.name}<`), `${example.name}: not its id`);
    const under = html.slice(headingEnd, html.indexOf('\n', headingEnd + '</h2>\n'.length));
    assert.match(under, /^<\/h2>\n<p data-words="examples\.summary"/, `${example.name}: its description, under it`);
    assert.ok(under.includes(escapeHtml(example.summary.en)), `${example.name}: its English description`);
    assert.ok(under.includes(escapeHtml(example.summary.cy)), `${example.name}: its Welsh description, for the switch`);
  }
});

/** GOV.UK's headings are short: a title a reader takes in at a glance, its longest Welsh some 40 characters. */
const LONGEST_TITLE = 45;

test('every example’s title is short and in Welsh too, and no two on one examples page are the same', () => {
  for (const [tag, examples] of Object.entries(EXAMPLES)) {
    for (const lang of ['en', 'cy']) {
      const titles = examples.map((example) => example.title[lang]);
      for (const title of titles)
        assert.ok(title.length <= LONGEST_TITLE, `<${tag}>: "${title}" is ${title.length} characters`);
      assert.equal(new Set(titles).size, titles.length, `<${tag}>: a title twice in ${lang}: ${titles.join(' | ')}`);
    }
    for (const { name, title } of examples) {
      assert.ok(title.cy.trim() !== '' && title.cy !== title.en, `<${tag}> ${name}: the Welsh title is the English`);
      for (const named of documentNames(title.en)) assert.ok(title.cy.includes(named), `<${tag}> ${name}: ${named}`);
    }
  }
});

/** The names from a partnership's documents a description writes: its groups' initials and its places. */
const documentNames = (words) => words.match(/\b(?:[A-Z]{2,}|Sutton|Wokingham|Suffolk|Ealing)\b/g) ?? [];

// An examples page said each example's description in English only, under a Welsh heading and "Y cod HTML".
test('every example’s description is in Welsh too, the names from its document as written', () => {
  for (const { tag, name, summary } of everyExample()) {
    const where = `components/${tag}/${tag}.examples.ts, example "${name}"`;
    assert.equal(typeof summary.cy, 'string', `${where}: no Welsh description`);
    assert.ok(summary.cy.trim() !== '' && summary.cy !== summary.en, `${where}: the Welsh is the English`);
    for (const named of documentNames(summary.en)) assert.ok(summary.cy.includes(named), `${where}: ${named}`);
  }
});

test('every example placed on a demo page is in its section there', () => {
  for (const page of DEMO_PAGES) {
    const html = read(`demo/${page.page}.html`);
    for (const example of everyExample().filter((e) => e.demo?.page === page.page)) {
      const section = html.slice(html.indexOf(`<h2 id="${example.demo.section}-heading">`));
      const own = section.slice(0, section.indexOf('</section>'));
      const tag = `<${example.tag}`;
      assert.ok(own.includes(tag), `${page.page}: <${example.tag}> ${example.name} in ${example.demo.section}`);
      for (const [name, value] of Object.entries(example.attrs))
        assert.ok(own.includes(value === '' ? ` ${name}` : ` ${name}="${value}"`), `${example.name}: ${name}`);
    }
  }
});

test('a partnership page gives its document once, around its elements', () => {
  for (const page of DEMO_PAGES.filter((p) => p.document)) {
    const html = read(`demo/${page.page}.html`);
    assert.equal(html.match(/ src="/g)?.length, 1 + 3, `${page.page}: the document, the three scripts`);
    assert.ok(html.includes(`<partnership-data src="/demo/data/${page.document}.json">`));
  }
});

test('an example placed where no page can show it stops the build, naming the file to change', async () => {
  const { demoPages } = await import('../../scripts/demo-pages.js');
  const definitions = await import('../../dist/demo/examples.js');
  const misplaced = (change) => ({
    ...definitions,
    everyExample: () => definitions.everyExample().map((e, i) => (i === 0 ? change(e) : e)),
  });
  assert.throws(
    () => demoPages(misplaced((e) => ({ ...e, demo: { page: 'sutton', section: 'minutes' } }))),
    /components\/partnership-roster\/partnership-roster\.examples\.ts, example "sutton-elg-meeting": demo page "sutton" has no section "minutes"/,
  );
  assert.throws(
    () => demoPages(misplaced((e) => ({ ...e, document: 'ealing' }))),
    /shows ealing, but page "sutton" shows sutton/,
  );
  const empty = {
    ...definitions,
    everyExample: () => definitions.everyExample().filter((e) => e.demo?.section !== 'report'),
  };
  assert.throws(() => demoPages(empty), /demo\/pages\.ts: section "report" of page "sutton" has no example/);
  assert.ok(demoPages(definitions).has('demo/examples/vote-panel.html'));
});

// Wokingham's open proposal read "Sign in to the portal to vote" (the kit's words for a panel with no voter) with
// no way in on the page, and the index offered only Sutton's portal.
test('each partnership page’s decisions link the portal’s sign-in, and say which partnership the portal is', () => {
  for (const page of DEMO_PAGES.filter((p) => p.document)) {
    const html = read(`demo/${page.page}.html`);
    const decisions = html.slice(html.indexOf('<h2 id="decisions-heading">'));
    const line = decisions.slice(0, decisions.indexOf('</p>'));
    assert.match(line, /<a [^>]*href="\/sign-in"/, `${page.page}: a link to sign in under Decisions`);
    assert.match(line, new RegExp(`PARTNERSHIP=${page.page}\\b`), `${page.page}: how to make the portal this one`);
  }
});

// "sutton-special-seat-holder" showed "Voting is not set up on this page: the site's web team must set the endpoint…"
// under a summary that promised the representative's vote, and read as a broken example.
test('a vote panel example with a voter and no endpoint says why it shows the web team’s message', () => {
  const html = read('demo/examples/vote-panel.html');
  for (const example of everyExample().filter((e) => e.tag === 'vote-panel' && e.attrs.voter && !e.attrs.endpoint)) {
    const section = html.slice(html.indexOf(`<h2 id="${example.name}-heading">`));
    const before = section.slice(0, section.indexOf('<vote-panel'));
    assert.match(before, /data-words="examples.noEndpoint"[^>]*>It sets voter but no endpoint/, example.name);
  }
});
