// <risk-register>: the table, its sort and filters, the heat map, the summary
// line, the CSV, `today`, the empty and error states, accessibility, and
// script-injection payloads under a strict CSP. The seed is Sutton's register
// judged on 10 December 2019.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { riskCsv } from '../../../components/risk-register/risk-csv.js';
import { filterRows, riskRows, sortRows } from '../../../components/risk-register/risk-rows.js';
import { toCsv } from '../../../components/internal/csv.js';
import { parseDocument } from '../../../src/contract/index.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { loadUnderCsp } from '../../harness/csp.js';
import { minimalDocument } from '../../fixtures/documents.js';
import {
  collectPartnershipErrors,
  documentUrl,
  failOnPageErrors,
  respondUrl,
  spyOnFetch,
  uniqueKey,
  untilShows,
  type FetchSpy,
} from '../../fixtures/probe-element.js';
import {
  bodyRows,
  captureDownload,
  choose,
  seedDocument,
  selectLabelled,
  shadowOf,
  spokenText,
  textOf,
  TEXT_PAYLOADS,
  until,
  utf8,
  type LooseDocument,
} from '../../fixtures/risk-action-helpers.js';
import { csvInjectionDocument, emptyRegisterDocument } from '../../fixtures/risk-documents.js';

const TODAY = '2019-12-10';
/** Sutton's EOG register on TODAY, by score, highest first; ties in the register's order. */
const EOG_BY_SCORE = ['R-01', 'R-06', 'R-03', 'R-02', 'R-04', 'R-07'];

/**
 * Places a <risk-register> with `attrs`, showing `data` when given, and waits
 * until it has shown its document or its problem. fixtureSync, not fixture: a
 * test page in a background tab gets no animation frames.
 */
async function showRegister(attrs: Record<string, string>, data?: unknown): Promise<RiskRegister> {
  const register = document.createElement('risk-register');
  for (const [name, value] of Object.entries(attrs)) register.setAttribute(name, value);
  if (data !== undefined) register.data = data;
  fixtureSync(html`<div>${register}</div>`);
  await register.updateComplete;
  await until(() => !shadowOf(register).querySelector('.loading'), 'the register to load');
  return register;
}

async function suttonEog(attrs: Record<string, string> = {}): Promise<RiskRegister> {
  return showRegister({ group: 'eog', today: TODAY, ...attrs }, await seedDocument('sutton'));
}

const table = (register: RiskRegister) => shadowOf(register).querySelector<HTMLTableElement>('table[part="table"]');
const heatMap = (register: RiskRegister) =>
  shadowOf(register).querySelector<HTMLTableElement>('table[part="heat-map"]');
const ids = (register: RiskRegister) => bodyRows(table(register)).map((cells) => cells[0]);
const rowOf = (register: RiskRegister, id: string) => bodyRows(table(register)).find((cells) => cells[0] === id);
const summaryOf = (register: RiskRegister) => textOf(shadowOf(register).querySelector('[part="summary"]'));
const captionOf = (register: RiskRegister) => textOf(table(register)?.caption);

/** The header cell of the column called `label`. */
function header(register: RiskRegister, label: string): HTMLTableCellElement {
  const found = [...(table(register)?.tHead?.rows[0]?.cells ?? [])].find((th) => spokenText(th) === label);
  if (!found) throw new Error(`no column "${label}"`);
  return found;
}

async function sortBy(register: RiskRegister, label: string): Promise<void> {
  header(register, label).querySelector('button')!.click();
  await register.updateComplete;
}

async function filter(register: RiskRegister, label: string, value: string): Promise<void> {
  choose(selectLabelled(shadowOf(register), label), value);
  await register.updateComplete;
}

/** The heat map's button for likelihood × impact. */
function cell(register: RiskRegister, likelihood: number, impact: number): HTMLButtonElement {
  const rows = [...heatMap(register)!.tBodies[0]!.rows];
  const row = rows.find((r) => textOf(r.cells[0]) === `Likelihood ${likelihood}`);
  const button = row?.cells[impact]?.querySelector('button');
  if (!button) throw new Error(`no heat-map cell ${likelihood}:${impact}`);
  return button;
}

function sorted(register: RiskRegister): [string, string | null][] {
  return [...(table(register)?.tHead?.rows[0]?.cells ?? [])]
    .filter((th) => th.hasAttribute('aria-sort'))
    .map((th) => [spokenText(th), th.getAttribute('aria-sort')]);
}

let fetchSpy: FetchSpy | undefined;
beforeEach(() => forgetDocumentStores());
afterEach(() => {
  fetchSpy?.restore();
  fetchSpy = undefined;
});

describe('<risk-register>: the table', () => {
  failOnPageErrors();

  it('Sutton EOG on 10 December 2019: the summary line counts open, high, above appetite and overdue reviews', async () => {
    const register = await suttonEog();
    expect(summaryOf(register)).to.equal('5 open risks: 3 high, 4 above appetite, 2 reviews overdue.');
  });

  it('is a real table: caption, a header with scope for every column, rows by score, highest first', async () => {
    const register = await suttonEog();
    const t = table(register)!;
    expect(captionOf(register)).to.equal('Risks (6)');
    const headers = [...t.tHead!.rows[0]!.cells];
    expect(headers.map((th) => spokenText(th))).to.deep.equal([
      'ID',
      'Risk',
      'Owner',
      'Category',
      'Current score',
      'Inherent',
      'Target',
      'Trend',
      'Next review',
      'Appetite',
      'Mitigation',
    ]);
    for (const th of headers) {
      expect(th.localName).to.equal('th');
      expect(th.getAttribute('scope')).to.equal('col');
      expect(th.querySelector('button[type="button"]'), `a sort button in ${spokenText(th)}`).not.to.equal(null);
    }
    expect(ids(register)).to.deep.equal(EOG_BY_SCORE);
    expect(sorted(register)).to.deep.equal([['Current score', 'descending']]);
  });

  it("R-01's row: the band as a tag in words, inherent and target, above appetite, trend, overdue review in en-GB", async () => {
    const register = await suttonEog();
    expect(rowOf(register, 'R-01')).to.deep.equal([
      'R-01',
      'Out-of-borough specialist placements exceed the High Needs budget',
      'AD Education and SEND',
      'Financial',
      '20 High likelihood 4 × impact 5',
      '25',
      '8',
      '↓ Falling',
      '1 Dec 2019 Review overdue',
      'Above appetite (up to 8)',
      'Place-planning review of in-borough specialist provision; panel scrutiny of every out-of-borough placement; termly… Read the mitigation Place-planning review of in-borough specialist provision; panel scrutiny of every out-of-borough placement; termly forecast to the ELG.',
    ]);
    const row = table(register)!.tBodies[0]!.rows[0]!;
    const band = row.cells[4]!.querySelector('strong.tag');
    expect(textOf(band)).to.equal('High');
    expect(band!.classList.contains('tag--red')).to.equal(true);
    expect(textOf(row.cells[8]!.querySelector('strong.tag'))).to.equal('Review overdue');
  });

  it('the band tags read Low, Medium and High in words, each in its own colour', async () => {
    const register = await suttonEog();
    const tags = [...table(register)!.tBodies[0]!.rows].map((row) => {
      const tag = row.cells[4]!.querySelector('strong.tag')!;
      return [textOf(tag), [...tag.classList].find((c) => c.startsWith('tag--'))];
    });
    expect(tags).to.deep.equal([
      ['High', 'tag--red'],
      ['High', 'tag--red'],
      ['High', 'tag--red'],
      ['Medium', 'tag--amber'],
      ['Medium', 'tag--amber'],
      ['Low', 'tag--green'],
    ]);
  });

  it('trend: an arrow hidden from screen readers, and the word Rising, Falling or Steady', async () => {
    const register = await suttonEog();
    const trends = Object.fromEntries(bodyRows(table(register)).map((cells) => [cells[0], cells[7]]));
    expect(trends).to.deep.equal({
      'R-01': '↓ Falling',
      'R-06': '↑ Rising',
      'R-03': '→ Steady',
      'R-02': '↑ Rising',
      'R-04': '↑ Rising',
      'R-07': '↓ Falling',
    });
    for (const arrow of shadowOf(register).querySelectorAll('.trend-arrow')) {
      expect(arrow.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('a risk with no earlier rating says so, without an arrow', async () => {
    const register = await showRegister({ today: TODAY }, await seedDocument('sutton'));
    expect(rowOf(register, 'R-05')![7]).to.equal('No earlier rating');
  });

  it('appetite: a score equal to the appetite is within it, one above is above it; no appetite shows a dash', async () => {
    const doc = await seedDocument('sutton');
    doc.risks.find((r: LooseDocument) => r.id === 'R-05').category = 'strategic';
    const register = await showRegister({ today: TODAY }, doc);
    expect(rowOf(register, 'R-02')![9], 'R-02: 12 against 12').to.equal('Within appetite (up to 12)');
    expect(rowOf(register, 'R-04')![9], 'R-04: 9 against 8').to.equal('Above appetite (up to 8)');
    expect(rowOf(register, 'R-07')![9], 'R-07: 3 against 6').to.equal('Within appetite (up to 6)');
    expect(rowOf(register, 'R-05')![9], 'R-05: no appetite for strategic').to.equal('—');
  });

  it('a closed or accepted risk carries its status as a tag; an open one does not', async () => {
    const register = await showRegister({ today: TODAY }, await seedDocument('sutton'));
    expect(rowOf(register, 'R-07')![1]).to.equal(
      'No data-sharing agreement between the council, Cognus and schools Closed',
    );
    expect(rowOf(register, 'R-05')![1]).to.equal("Schools disengage from the partnership's HNB proposals Accepted");
    expect(rowOf(register, 'R-03')![1]).to.equal('EHC needs assessments miss the 20-week deadline');
  });

  it('a long mitigation folds behind its first words and opens in full; a short one is shown as it is', async () => {
    const register = await suttonEog();
    const details = table(register)!.tBodies[0]!.rows[0]!.querySelector('details')!;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(textOf(summary)).to.equal(
      'Place-planning review of in-borough specialist provision; panel scrutiny of every out-of-borough placement; termly… Read the mitigation',
    );
    expect(textOf(summary.querySelector('.visually-hidden'))).to.equal('Read the mitigation');
    summary.click();
    expect(details.open).to.equal(true);
    expect(textOf(details.querySelector('p'))).to.equal(
      'Place-planning review of in-borough specialist provision; panel scrutiny of every out-of-borough placement; termly forecast to the ELG.',
    );
    const short = table(register)!.tBodies[0]!.rows[1]!.cells[10]!;
    expect(short.querySelector('details')).to.equal(null);
    expect(textOf(short)).to.equal(
      'Temporary satellite classes at two mainstream primaries; capital bid for Carew Academy expansion.',
    );
  });

  it('without a group it shows every risk of the document', async () => {
    const register = await showRegister({ today: TODAY }, await seedDocument('sutton'));
    expect(ids(register)).to.deep.equal(['R-01', 'R-06', 'R-03', 'R-02', 'R-04', 'R-05', 'R-07']);
    expect(summaryOf(register)).to.equal('5 open risks: 3 high, 4 above appetite, 2 reviews overdue.');
  });

  it('the status attribute is the status filter it starts with', async () => {
    const register = await suttonEog({ status: 'open' });
    expect(ids(register)).to.deep.equal(['R-01', 'R-06', 'R-03', 'R-02', 'R-04']);
    expect(captionOf(register)).to.equal('Risks: 5 of 6 shown');
    expect(selectLabelled(shadowOf(register), 'Status').value).to.equal('open');
    register.status = 'closed';
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(['R-07']);
    expect(selectLabelled(shadowOf(register), 'Status').value).to.equal('closed');
  });

  it('a group the document does not hold: says so and names the attribute', async () => {
    const register = await suttonEog({ group: 'nope' });
    expect(textOf(shadowOf(register))).to.equal("There is no group with the id 'nope'. Check the group attribute.");
  });

  it('fetched from src, it shows the same register', async () => {
    const register = await showRegister({ src: '/demo/data/sutton.json', group: 'eog', today: TODAY });
    await untilShows(register, '5 open risks');
    expect(ids(register)).to.deep.equal(EOG_BY_SCORE);
  });
});

describe('<risk-register>: sorting', () => {
  failOnPageErrors();

  const orders: [string, 'ascending' | 'descending', string[]][] = [
    ['ID', 'ascending', ['R-01', 'R-02', 'R-03', 'R-04', 'R-06', 'R-07']],
    ['Risk', 'ascending', ['R-03', 'R-07', 'R-06', 'R-01', 'R-04', 'R-02']],
    ['Owner', 'ascending', ['R-01', 'R-02', 'R-04', 'R-06', 'R-07', 'R-03']],
    ['Category', 'ascending', ['R-07', 'R-01', 'R-04', 'R-06', 'R-02', 'R-03']],
    ['Inherent', 'ascending', ['R-04', 'R-07', 'R-02', 'R-03', 'R-06', 'R-01']],
    ['Target', 'ascending', ['R-07', 'R-04', 'R-02', 'R-06', 'R-01', 'R-03']],
    ['Trend', 'descending', ['R-02', 'R-04', 'R-06', 'R-03', 'R-01', 'R-07']],
    ['Next review', 'ascending', ['R-07', 'R-06', 'R-01', 'R-03', 'R-02', 'R-04']],
    ['Appetite', 'descending', ['R-01', 'R-06', 'R-03', 'R-04', 'R-02', 'R-07']],
    ['Mitigation', 'ascending', ['R-07', 'R-03', 'R-02', 'R-01', 'R-04', 'R-06']],
  ];
  for (const [label, direction, order] of orders) {
    it(`sorts by ${label.toLowerCase()}: ${direction} first, then the other way; aria-sort on that header only`, async () => {
      const register = await suttonEog();
      await sortBy(register, label);
      expect(ids(register)).to.deep.equal(order);
      expect(sorted(register)).to.deep.equal([[label, direction]]);
      await sortBy(register, label);
      const other = direction === 'ascending' ? 'descending' : 'ascending';
      expect(sorted(register)).to.deep.equal([[label, other]]);
      expect(ids(register)).to.have.members(order);
      expect(ids(register)).not.to.deep.equal(order);
    });
  }

  it('reversing the score keeps ties in the register order', async () => {
    const register = await suttonEog();
    await sortBy(register, 'Current score');
    expect(ids(register)).to.deep.equal(['R-07', 'R-04', 'R-02', 'R-03', 'R-01', 'R-06']);
    expect(sorted(register)).to.deep.equal([['Current score', 'ascending']]);
  });

  it('the sort arrow is decoration: hidden from screen readers, which hear aria-sort', async () => {
    const register = await suttonEog();
    const arrow = header(register, 'Current score').querySelector('.sort-arrow')!;
    expect(arrow.getAttribute('aria-hidden')).to.equal('true');
    expect(arrow.textContent).to.equal('▼');
    expect(header(register, 'ID').querySelector('.sort-arrow')!.textContent).to.equal('');
  });

  it('sortRows: ties keep their order in both directions', async () => {
    const parsed = parseDocument(await seedDocument('sutton'));
    if (!parsed.ok) throw new Error('Sutton does not parse');
    const rows = riskRows(parsed.document, TODAY, 'eog');
    const byScore = (direction: 'ascending' | 'descending') => sortRows(rows, 'score', direction).map((r) => r.risk.id);
    expect(byScore('descending')).to.deep.equal(EOG_BY_SCORE);
    expect(byScore('ascending')).to.deep.equal(['R-07', 'R-04', 'R-02', 'R-03', 'R-01', 'R-06']);
  });
});

describe('<risk-register>: filtering', () => {
  failOnPageErrors();

  it('offers each filter its own values: statuses, bands lowest first, owners and categories in order', async () => {
    const register = await suttonEog();
    const options = (label: string) => [...selectLabelled(shadowOf(register), label).options].map((o) => textOf(o));
    expect(options('Status')).to.deep.equal(['Any', 'Open', 'Accepted', 'Closed']);
    expect(options('Score band')).to.deep.equal(['Any', 'Low', 'Medium', 'High']);
    expect(options('Owner')).to.deep.equal([
      'Any',
      'AD Education and SEND',
      'Consultant Sutton Education Partnership Head Teacher',
      'Finance Manager, LBS',
      'Head of Carew Academy',
      'HNB Project Manager',
      'Services Director, Cognus',
    ]);
    expect(options('Category')).to.deep.equal(['Any', 'Compliance', 'Financial', 'Operational', 'Reputational']);
  });

  it('by status, band, owner and category: the rows and the caption count follow', async () => {
    const register = await suttonEog();
    await filter(register, 'Status', 'open');
    expect(ids(register)).to.deep.equal(['R-01', 'R-06', 'R-03', 'R-02', 'R-04']);
    expect(captionOf(register)).to.equal('Risks: 5 of 6 shown');
    await filter(register, 'Status', '');
    await filter(register, 'Score band', 'High');
    expect(ids(register)).to.deep.equal(['R-01', 'R-06', 'R-03']);
    expect(captionOf(register)).to.equal('Risks: 3 of 6 shown');
    await filter(register, 'Score band', '');
    await filter(register, 'Owner', 'Finance Manager, LBS');
    expect(ids(register)).to.deep.equal(['R-04']);
    expect(captionOf(register)).to.equal('Risks: 1 of 6 shown');
    await filter(register, 'Owner', '');
    await filter(register, 'Category', 'reputational');
    expect(ids(register)).to.deep.equal(['R-03', 'R-02']);
    await filter(register, 'Score band', 'Medium');
    expect(ids(register)).to.deep.equal(['R-02']);
    expect(captionOf(register)).to.equal('Risks: 1 of 6 shown');
  });

  it('a risk without a category is found under "No category"', async () => {
    const doc = await seedDocument('sutton');
    delete doc.risks.find((r: LooseDocument) => r.id === 'R-04').category;
    const register = await showRegister({ group: 'eog', today: TODAY }, doc);
    const category = selectLabelled(shadowOf(register), 'Category');
    expect([...category.options].map((o) => textOf(o))).to.include('No category');
    expect(rowOf(register, 'R-04')![3]).to.equal('—');
  });

  it('filtered to nothing: says no risks match, the summary still counts the whole register', async () => {
    const register = await suttonEog();
    await filter(register, 'Category', 'financial');
    await filter(register, 'Score band', 'Low');
    expect(table(register)).to.equal(null);
    expect(textOf(shadowOf(register))).to.contain('No risks match these filters.');
    expect(summaryOf(register)).to.equal('5 open risks: 3 high, 4 above appetite, 2 reviews overdue.');
  });

  it('"Clear filters" shows every risk again and puts each filter back to Any', async () => {
    const register = await suttonEog();
    expect(shadowOf(register).querySelector('.filters button'), 'no clear button while nothing is filtered').to.equal(
      null,
    );
    await filter(register, 'Category', 'financial');
    await filter(register, 'Status', 'open');
    cell(register, 4, 5).click();
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(['R-01']);
    const status = shadowOf(register).querySelector('[role=status]')!;
    expect(textOf(status), 'each filter is announced').to.equal('1 of 6 risks shown.');
    const clear = [...shadowOf(register).querySelectorAll('button')].find((b) => textOf(b) === 'Clear filters')!;
    clear.focus();
    clear.click();
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(EOG_BY_SCORE);
    for (const label of ['Status', 'Score band', 'Owner', 'Category']) {
      expect(selectLabelled(shadowOf(register), label).value, label).to.equal('');
    }
    expect(cell(register, 4, 5).getAttribute('aria-pressed')).to.equal('false');
    expect(textOf(status)).to.equal('All 6 risks shown.');
    // The button went with the filters: focus is on the first filter, not lost to the page.
    await waitUntil(() => shadowOf(register).activeElement === selectLabelled(shadowOf(register), 'Status'));
  });

  it('filters and sort survive a re-render: a new document, a new today', async () => {
    const register = await suttonEog();
    await filter(register, 'Score band', 'High');
    await sortBy(register, 'ID');
    expect(ids(register)).to.deep.equal(['R-01', 'R-03', 'R-06']);
    const changed = await seedDocument('sutton');
    changed.risks.find((r: LooseDocument) => r.id === 'R-03').title = 'EHC assessments: the new title';
    register.data = changed;
    await register.updateComplete;
    await untilShows(register, 'EHC assessments: the new title');
    expect(ids(register)).to.deep.equal(['R-01', 'R-03', 'R-06']);
    expect(sorted(register)).to.deep.equal([['ID', 'ascending']]);
    expect(selectLabelled(shadowOf(register), 'Score band').value).to.equal('High');
    register.today = '2019-11-25';
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(['R-01', 'R-03', 'R-06']);
    expect(selectLabelled(shadowOf(register), 'Score band').value).to.equal('High');
    expect(summaryOf(register)).to.equal('5 open risks: 3 high, 4 above appetite, 0 reviews overdue.');
  });

  it('filterRows: each filter, and all of them together', async () => {
    const parsed = parseDocument(await seedDocument('sutton'));
    if (!parsed.ok) throw new Error('Sutton does not parse');
    const rows = riskRows(parsed.document, TODAY, 'eog');
    const idsOf = (filters: Parameters<typeof filterRows>[1]) => filterRows(rows, filters).map((r) => r.risk.id);
    expect(idsOf({})).to.deep.equal(['R-01', 'R-02', 'R-03', 'R-04', 'R-06', 'R-07']);
    expect(idsOf({ status: 'closed' })).to.deep.equal(['R-07']);
    expect(idsOf({ band: 'Low' })).to.deep.equal(['R-07']);
    expect(idsOf({ cell: '4:5' })).to.deep.equal(['R-01', 'R-06']);
    expect(
      idsOf({ status: 'open', band: 'High', category: 'financial', owner: 'AD Education and SEND' }),
    ).to.deep.equal(['R-01']);
  });
});

describe('<risk-register>: the heat map', () => {
  failOnPageErrors();

  it('each cell shows its count as text, coloured by the band of its score', async () => {
    const register = await suttonEog();
    const grid = [...heatMap(register)!.tBodies[0]!.rows].map((row) => [...row.cells].slice(1).map((c) => textOf(c)));
    expect(grid).to.deep.equal([
      ['0', '0', '0', '0', '0'],
      ['0', '0', '0', '1', '2'],
      ['0', '0', '1', '1', '0'],
      ['0', '0', '0', '0', '0'],
      ['0', '0', '1', '0', '0'],
    ]);
    const band = (l: number, i: number) => [...cell(register, l, i).parentElement!.classList].find((c) => c !== 'cell');
    expect(band(5, 5)).to.equal('cell--red');
    expect(band(4, 5)).to.equal('cell--red');
    expect(band(3, 4)).to.equal('cell--amber');
    expect(band(2, 2)).to.equal('cell--green');
    expect(band(1, 5)).to.equal('cell--amber');
  });

  it('is its own text alternative: a caption, a header for each likelihood and impact, a name for each cell', async () => {
    const register = await suttonEog();
    const map = heatMap(register)!;
    expect(textOf(map.caption)).to.equal(
      'Heat map Risks by likelihood (rows) and impact (columns). Choose a cell to show only its risks.',
    );
    expect([...map.tHead!.rows[0]!.querySelectorAll('th')].map((th) => [textOf(th), th.scope])).to.deep.equal([
      ['Impact 1', 'col'],
      ['Impact 2', 'col'],
      ['Impact 3', 'col'],
      ['Impact 4', 'col'],
      ['Impact 5', 'col'],
    ]);
    expect(
      [...map.tBodies[0]!.rows].map((row) => [textOf(row.cells[0]), (row.cells[0] as HTMLTableCellElement).scope]),
    ).to.deep.equal([
      ['Likelihood 5', 'row'],
      ['Likelihood 4', 'row'],
      ['Likelihood 3', 'row'],
      ['Likelihood 2', 'row'],
      ['Likelihood 1', 'row'],
    ]);
    expect(cell(register, 4, 5).getAttribute('aria-label')).to.equal('2 risks with likelihood 4 and impact 5, High');
    expect(cell(register, 3, 3).getAttribute('aria-label')).to.equal('1 risk with likelihood 3 and impact 3, Medium');
    expect(cell(register, 1, 1).getAttribute('aria-label')).to.equal('0 risks with likelihood 1 and impact 1, Low');
  });

  it('a legend names each band with its scores in words', async () => {
    const register = await suttonEog();
    const legend = shadowOf(register).querySelector('.heat-map__legend')!;
    expect(legend.getAttribute('aria-label')).to.equal('Score bands');
    expect([...legend.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal([
      'Low scores 1 to 4',
      'Medium scores 5 to 12',
      'High scores 13 to 25',
    ]);
  });

  it('activating a cell shows only its risks and says so; activating it again shows them all', async () => {
    const register = await suttonEog();
    const button = cell(register, 4, 5);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await register.updateComplete;
    expect(cell(register, 4, 5).getAttribute('aria-pressed')).to.equal('true');
    expect(ids(register)).to.deep.equal(['R-01', 'R-06']);
    expect(captionOf(register)).to.equal('Risks: 2 of 6 shown (Showing likelihood 4, impact 5 only)');
    // Another cell takes its place.
    cell(register, 3, 3).click();
    await register.updateComplete;
    expect(cell(register, 4, 5).getAttribute('aria-pressed')).to.equal('false');
    expect(cell(register, 3, 3).getAttribute('aria-pressed')).to.equal('true');
    expect(ids(register)).to.deep.equal(['R-04']);
    cell(register, 3, 3).click();
    await register.updateComplete;
    expect(cell(register, 3, 3).getAttribute('aria-pressed')).to.equal('false');
    expect(ids(register)).to.deep.equal(EOG_BY_SCORE);
  });

  it('an empty cell filters the table to nothing', async () => {
    const register = await suttonEog();
    cell(register, 5, 5).click();
    await register.updateComplete;
    expect(table(register)).to.equal(null);
    expect(textOf(shadowOf(register))).to.contain('No risks match these filters.');
  });

  it('counts follow the other filters', async () => {
    const register = await suttonEog();
    expect(textOf(cell(register, 1, 3))).to.equal('1');
    await filter(register, 'Status', 'open');
    expect(textOf(cell(register, 1, 3))).to.equal('0');
    expect(textOf(cell(register, 4, 5))).to.equal('2');
    await filter(register, 'Category', 'financial');
    expect(textOf(cell(register, 4, 5))).to.equal('1');
    expect(textOf(cell(register, 3, 3))).to.equal('1');
  });

  it('the cell filter survives a sort and a new document', async () => {
    const register = await suttonEog();
    cell(register, 4, 5).click();
    await register.updateComplete;
    await sortBy(register, 'Owner');
    expect(ids(register)).to.deep.equal(['R-01', 'R-06']);
    await sortBy(register, 'Owner');
    expect(ids(register)).to.deep.equal(['R-06', 'R-01']);
    register.data = await seedDocument('sutton');
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(['R-06', 'R-01']);
    expect(cell(register, 4, 5).getAttribute('aria-pressed')).to.equal('true');
  });

  it('forced colours: the cells take system colours with a border, and the pressed one is highlighted', async () => {
    const register = await suttonEog();
    const rules = (
      register.shadowRoot!.adoptedStyleSheets.length
        ? register.shadowRoot!.adoptedStyleSheets
        : [...register.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!)
    ).flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
      .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
    const ruleFor = (selector: string) => forced.find((r) => r.selectorText === selector)?.style;
    const button = ruleFor('.cell button');
    expect(button, 'a forced-colours rule for the cells').not.to.equal(undefined);
    expect(button!.getPropertyValue('border-color')).to.equal('buttontext');
    const pressed = ruleFor('.cell button[aria-pressed="true"]');
    expect(pressed, 'a forced-colours rule for the pressed cell').not.to.equal(undefined);
    expect(pressed!.getPropertyValue('background-color')).to.equal('highlight');
    expect(pressed!.getPropertyValue('color')).to.equal('highlighttext');
  });
});

describe('<risk-register>: today', () => {
  failOnPageErrors();

  it('reviews are overdue only once their date has passed', async () => {
    const register = await suttonEog({ today: '2019-12-01' });
    expect(summaryOf(register)).to.equal('5 open risks: 3 high, 4 above appetite, 1 review overdue.');
    expect(rowOf(register, 'R-01')![8]).to.equal('1 Dec 2019');
    expect(rowOf(register, 'R-06')![8]).to.equal('30 Nov 2019 Review overdue');
    register.today = '2019-12-02';
    await register.updateComplete;
    expect(rowOf(register, 'R-01')![8]).to.equal('1 Dec 2019 Review overdue');
    expect(summaryOf(register)).to.equal('5 open risks: 3 high, 4 above appetite, 2 reviews overdue.');
  });

  it('a closed risk past its review is not overdue', async () => {
    const register = await suttonEog();
    expect(rowOf(register, 'R-07')![8]).to.equal('31 Oct 2019');
  });

  it('the trend compares with the latest rating before today', async () => {
    const register = await suttonEog({ today: '2019-10-01' });
    expect(rowOf(register, 'R-03')![7], 'R-03 was first rated on 1 October').to.equal('No earlier rating');
    register.today = '2019-10-02';
    await register.updateComplete;
    expect(rowOf(register, 'R-03')![7]).to.equal('→ Steady');
  });

  it('the CSV follows today too', async () => {
    const register = await suttonEog({ today: '2019-11-25' });
    const { text } = await captureDownload(() => downloadButton(register).click());
    expect(text).to.contain(',2019-12-01,No,').and.contain(',2019-11-30,No,');
    expect(text).not.to.contain(',Yes,');
  });
});

function downloadButton(register: RiskRegister): HTMLButtonElement {
  const button = [...shadowOf(register).querySelectorAll('button')].find((b) => textOf(b) === 'Download CSV');
  if (!button) throw new Error('no Download CSV button');
  return button;
}

describe('<risk-register>: CSV of what is shown', () => {
  failOnPageErrors();

  const HEADER =
    'ID,Risk,Status,Owner,Category,Likelihood,Impact,Current score,Band,Inherent,Target,Appetite,Trend,Next review,Review overdue,Mitigation';

  it('riskCsv and toCsv: formulas neutralised, quotes doubled, byte for byte', async () => {
    const parsed = parseDocument(csvInjectionDocument());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const rows = sortRows(riskRows(parsed.document, TODAY), 'score', 'descending');
    const { header, body } = riskCsv(rows);
    expect(toCsv(header, body)).to.equal(
      '\uFEFF' +
        `${HEADER}\r\n` +
        'R-02,"Line one\nline two, with ""quotes""",Open,"Head, ""B"" School",,3,3,9,Medium,,,,,2019-06-01,Yes,\r\n' +
        `R-01,"'=HYPERLINK(""http://evil.example"",""Click"")",Open,'@SUM(A1:A9),'+cmd,1,4,4,Low,4,1,Above appetite (up to 2),Steady,2020-01-01,No,'-1+1\r\n`,
    );
  });

  it('the download: UTF-8 with a BOM, named after the partnership, the injection cells neutralised', async () => {
    const register = await showRegister({ today: TODAY }, csvInjectionDocument());
    const download = await captureDownload(() => downloadButton(register).click());
    expect(download.filename).to.equal('Test Education Partnership risk register.csv');
    expect(download.type).to.equal('text/csv;charset=utf-8');
    expect([...download.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const expected =
      '\uFEFF' +
      `${HEADER}\r\n` +
      'R-02,"Line one\nline two, with ""quotes""",Open,"Head, ""B"" School",,3,3,9,Medium,,,,,2019-06-01,Yes,\r\n' +
      `R-01,"'=HYPERLINK(""http://evil.example"",""Click"")",Open,'@SUM(A1:A9),'+cmd,1,4,4,Low,4,1,Above appetite (up to 2),Steady,2020-01-01,No,'-1+1\r\n`;
    expect([...download.bytes]).to.deep.equal([...utf8(expected)]);
  });

  it('only what is shown, in the order shown: Sutton EOG, one heat-map cell, sorted by owner descending', async () => {
    const register = await suttonEog();
    cell(register, 4, 5).click();
    await register.updateComplete;
    await sortBy(register, 'Owner');
    await sortBy(register, 'Owner');
    const download = await captureDownload(() => downloadButton(register).click());
    expect(download.filename).to.equal('Sutton Education Partnership risk register.csv');
    const expected =
      '\uFEFF' +
      `${HEADER}\r\n` +
      'R-06,Not enough special school places for September 2020,Open,Head of Carew Academy,Operational,4,5,20,High,20,6,Above appetite (up to 12),Rising,2019-11-30,Yes,Temporary satellite classes at two mainstream primaries; capital bid for Carew Academy expansion.\r\n' +
      'R-01,Out-of-borough specialist placements exceed the High Needs budget,Open,AD Education and SEND,Financial,4,5,20,High,25,8,Above appetite (up to 8),Falling,2019-12-01,Yes,Place-planning review of in-borough specialist provision; panel scrutiny of every out-of-borough placement; termly forecast to the ELG.\r\n';
    expect([...download.bytes]).to.deep.equal([...utf8(expected)]);
  });

  it('filtered by status and band: those rows only', async () => {
    const register = await showRegister({ today: TODAY }, await seedDocument('sutton'));
    await filter(register, 'Status', 'accepted');
    const { text } = await captureDownload(() => downloadButton(register).click());
    expect(text.split('\r\n').map((line) => line.split(',')[0])).to.deep.equal(['\uFEFFID', 'R-05', '']);
    expect(text).to.contain(
      "R-05,Schools disengage from the partnership's HNB proposals,Accepted,Chair of the ELG,Reputational,2,3,6,Medium,,,Within appetite (up to 12),,2020-03-01,No,",
    );
  });
});

describe('<risk-register>: empty and error states', () => {
  failOnPageErrors();

  let errors: ReturnType<typeof collectPartnershipErrors>;
  beforeEach(() => (errors = collectPartnershipErrors()));
  afterEach(() => errors.stop());

  it('a register with no risks says so: no table, no heat map, no summary', async () => {
    const register = await showRegister({ today: TODAY }, emptyRegisterDocument());
    expect(textOf(shadowOf(register))).to.equal('There are no risks on this register yet.');
    expect(shadowOf(register).querySelector('table')).to.equal(null);
    expect(errors.events).to.have.length(0);
  });

  it('a group with no risks says so', async () => {
    const register = await showRegister({ group: 'board', today: TODAY }, minimalDocument());
    expect(textOf(shadowOf(register))).to.equal('There are no risks on this register yet.');
  });

  /** Waits for the error summary and the one partnership-error the register fires. */
  async function oneFailure(register: RiskRegister) {
    await untilShows(register, 'There is a problem');
    const alert = shadowOf(register).querySelector('[role="alert"]');
    expect(alert, 'the error summary is announced').not.to.equal(null);
    expect(shadowOf(register).querySelector('table'), 'nothing shown from the document').to.equal(null);
    await until(() => errors.events.some((e) => e.target === register), 'partnership-error');
    const fired = errors.events.filter((e) => e.target === register);
    expect(fired).to.have.length(1);
    expect(fired[0]!.bubbles && fired[0]!.composed).to.equal(true);
    return fired[0]!.detail.failure;
  }

  it('network failure: says the connection failed', async () => {
    const src = `/offline/${uniqueKey()}.json`;
    fetchSpy = spyOnFetch((url) => (url.includes(src) ? Promise.reject(new TypeError('Failed to fetch')) : undefined));
    const register = await showRegister({ src, today: TODAY });
    expect((await oneFailure(register)).kind).to.equal('network');
    expect(textOf(shadowOf(register))).to.contain('the connection failed (Failed to fetch)');
  });

  it('HTTP 404: says it could not be found', async () => {
    const register = await showRegister({ src: respondUrl({ status: 404, type: 'text/plain', body: 'Not Found' }) });
    expect(await oneFailure(register)).to.include({ kind: 'http', status: 404 });
    expect(textOf(shadowOf(register)))
      .to.contain('could not be found at')
      .and.contain('HTTP 404');
  });

  it('HTTP 500: names the status', async () => {
    const register = await showRegister({ src: respondUrl({ status: 500, type: 'text/plain', body: '' }) });
    expect(await oneFailure(register)).to.include({ kind: 'http', status: 500 });
    expect(textOf(shadowOf(register))).to.contain('the server answered HTTP 500');
  });

  it('not JSON: says so', async () => {
    const register = await showRegister({ src: respondUrl({ type: 'text/html', body: '<h1>Sign in</h1>' }) });
    expect((await oneFailure(register)).kind).to.equal('not-json');
    expect(textOf(shadowOf(register))).to.contain('is not valid JSON');
  });

  it('no source: says how to give one', async () => {
    const register = await showRegister({ today: TODAY });
    expect((await oneFailure(register)).kind).to.equal('no-source');
    expect(textOf(shadowOf(register))).to.contain('No partnership document was given');
  });

  const broken: [string, (doc: LooseDocument) => void, string][] = [
    ['a likelihood above 5', (doc) => (doc.risks[0].likelihood = 6), 'risks[0].likelihood'],
    ['an impact that is not a whole number', (doc) => (doc.risks[0].impact = 2.5), 'risks[0].impact'],
    ['an owner who is not in the document', (doc) => (doc.risks[0].owner = 'p-nobody'), 'risks[0].owner'],
    ['a group that is not in the document', (doc) => (doc.risks[0].group = 'nowhere'), 'risks[0].group'],
    ['a status the contract does not know', (doc) => (doc.risks[0].status = 'archived'), 'risks[0].status'],
    ['a review date that does not exist', (doc) => (doc.risks[0].review = '2019-02-30'), 'risks[0].review'],
    [
      'a target rating out of range',
      (doc) => (doc.risks[0].target = { likelihood: 0, impact: 3 }),
      'risks[0].target.likelihood',
    ],
    [
      'a history entry without a date',
      (doc) => (doc.risks[0].history = [{ likelihood: 2, impact: 2 }]),
      'risks[0].history[0].date',
    ],
    ['a key the contract does not know', (doc) => (doc.risks[0].severity = 'high'), 'risks[0]'],
    ['a missing title', (doc) => delete doc.risks[0].title, 'risks[0].title'],
    ['a duplicate id', (doc) => doc.risks.push({ ...doc.risks[0] }), 'risks[1].id'],
    [
      'bands that do not rise',
      (doc) =>
        (doc.riskScale = {
          bands: [
            { upTo: 12, label: 'Low', rag: 'green' },
            { upTo: 4, label: 'Medium', rag: 'amber' },
            { upTo: 25, label: 'High', rag: 'red' },
          ],
        }),
      'riskScale.bands[1].upTo',
    ],
    [
      'an appetite above 25',
      (doc) => (doc.riskScale = { appetite: { financial: 30 } }),
      'riskScale.appetite.financial',
    ],
  ];
  for (const [what, breakIt, path] of broken) {
    it(`a contract error, ${what}: the error summary names ${path}`, async () => {
      const doc = minimalDocument();
      breakIt(doc);
      const register = await showRegister({ today: TODAY }, doc);
      expect((await oneFailure(register)).kind).to.equal('contract');
      const paths = [...shadowOf(register).querySelectorAll('.error-summary li code')].map((c) => textOf(c));
      expect(paths).to.include(path);
    });
  }

  it('a fetched document that breaks the contract: the same summary', async () => {
    const doc = minimalDocument();
    doc.risks[0].likelihood = 0;
    const register = await showRegister({ src: documentUrl(doc), today: TODAY });
    expect((await oneFailure(register)).kind).to.equal('contract');
    expect(textOf(shadowOf(register))).to.contain('risks[0].likelihood');
  });
});

describe('<risk-register>: accessibility (axe, WCAG 2.2 AA)', () => {
  failOnPageErrors();

  it('the table view', async () => {
    await expectNoAxeViolations(await suttonEog());
  });

  it('sorted by a column, a mitigation opened', async () => {
    const register = await suttonEog();
    await sortBy(register, 'Owner');
    shadowOf(register).querySelector('details')!.open = true;
    await expectNoAxeViolations(register);
  });

  it('filtered to nothing', async () => {
    const register = await suttonEog();
    await filter(register, 'Category', 'financial');
    await filter(register, 'Score band', 'Low');
    await expectNoAxeViolations(register);
  });

  it('a heat-map cell pressed', async () => {
    const register = await suttonEog();
    cell(register, 4, 5).click();
    await register.updateComplete;
    await expectNoAxeViolations(register);
  });

  it('an empty register', async () => {
    await expectNoAxeViolations(await showRegister({ today: TODAY }, emptyRegisterDocument()));
  });

  it('a contract error', async () => {
    const doc = minimalDocument();
    doc.risks[0].owner = 'p-nobody';
    const register = await showRegister({ today: TODAY }, doc);
    await untilShows(register, 'There is a problem');
    await expectNoAxeViolations(register);
  });

  it('a load failure', async () => {
    const register = await showRegister({ src: respondUrl({ status: 500, type: 'text/plain', body: '' }) });
    await untilShows(register, 'There is a problem');
    await expectNoAxeViolations(register);
  });
});

describe('<risk-register>: script-injection payloads', () => {
  failOnPageErrors();

  function payloadDocument(): LooseDocument {
    const doc = minimalDocument();
    doc.partnership.name = TEXT_PAYLOADS[0];
    doc.people.push({ id: 'p-payload', name: TEXT_PAYLOADS[1] });
    doc.riskScale = {
      bands: [{ upTo: 25, label: TEXT_PAYLOADS[2], rag: 'red' }],
      appetite: { [TEXT_PAYLOADS[3]!]: 4 },
    };
    doc.risks = [
      {
        id: 'R-01',
        title: TEXT_PAYLOADS[0],
        description: TEXT_PAYLOADS[4],
        owner: 'p-payload',
        category: TEXT_PAYLOADS[3],
        likelihood: 4,
        impact: 5,
        mitigation: `${TEXT_PAYLOADS[4]} `.repeat(8),
        raised: '2019-01-01',
        review: '2019-06-01',
      },
    ];
    return doc;
  }

  it('every text field renders as text: no element is made from it, no script runs', async () => {
    const win = window as Window & { pkPwned?: number };
    delete win.pkPwned;
    const register = await showRegister({ today: TODAY }, payloadDocument());
    const root = shadowOf(register);
    const text = textOf(root);
    for (const payload of TEXT_PAYLOADS) expect(text, payload).to.contain(payload);
    expect(root.querySelectorAll('img, script, svg, iframe, object, embed')).to.have.length(0);
    for (const element of root.querySelectorAll('*')) {
      for (const attr of element.getAttributeNames()) expect(attr, `<${element.localName}>`).not.to.match(/^on/);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.pkPwned).to.equal(undefined);
  });

  it('under a strict CSP with Trusted Types: renders with no violation and runs no payload', async function () {
    this.timeout(20_000);
    const elements = [{ tag: 'risk-register', attrs: { today: TODAY } }];
    const run = await loadUnderCsp(
      '/test/harness/csp-page.html',
      undefined,
      `doc=${encodeURIComponent(documentUrl(payloadDocument()))}&elements=${encodeURIComponent(JSON.stringify(elements))}`,
    );
    try {
      const frameWindow = run.frame.contentWindow as Window & { pkPwned?: number };
      const register = run.frame.contentDocument!.querySelector('risk-register')!;
      expect(textOf(register.shadowRoot)).to.contain('open risk');
      expect(textOf(register.shadowRoot)).to.contain(TEXT_PAYLOADS[0]);
      expect(run.violations).to.deep.equal([]);
      expect(frameWindow.pkPwned).to.equal(undefined);
    } finally {
      run.remove();
    }
  });
});
