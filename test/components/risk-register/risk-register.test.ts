// <risk-register>: the table, its sort and filters, the heat map, the summary
// line, the CSV, `today`, the empty and error states, accessibility, and
// script-injection payloads under a strict CSP. The seed is Sutton's register
// judged on 10 December 2019.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { riskCsv } from '../../../components/risk-register/risk-csv.js';
import { filterRows, riskRows, sortRows, type RiskSortKey } from '../../../components/risk-register/risk-rows.js';
import { toCsv } from '../../../components/internal/csv.js';
import { parseDocument } from '../../../src/contract/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { registerMessages } from '../../../src/messages/index.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { loadElementsUnderCsp } from '../../harness/csp.js';
import { minimalDocument } from '../../fixtures/documents.js';
import { errorPaths, partnershipErrorsEachTest, untilOneFailure } from '../../fixtures/failures.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { documentUrl, failOnPageErrors, respondUrl, untilShows } from '../../fixtures/probe-element.js';
import { captureDownload, utf8 } from '../../fixtures/downloads.js';
import { expectPayloadsShownAsText, TEXT_PAYLOADS } from '../../fixtures/payloads.js';
import { choose, selectLabelled } from '../../fixtures/selects.js';
import { shadowOf, showElement, until } from '../../fixtures/show-element.js';
import {
  csvInjectionDocument,
  emptyRegisterDocument,
  seedDocument,
  type LooseDocument,
  type RiskInput,
} from '../../fixtures/documents.js';
import { laidOutText, spokenText, textOf } from '../../fixtures/text.js';
import { COLUMNS } from './register-harness.js';
import { namesakeOwners, person, smallRegister, smallRisk } from './small-register.js';

const TODAY = '2019-12-10';
const R01_MITIGATION =
  'Place-planning review of in-borough specialist provision; panel scrutiny of every out-of-borough placement; termly forecast to the ELG.';
/** R-01's mitigation up to the last whole word within 120 characters: what shows before it is opened. */
const R01_FOLDED =
  'Place-planning review of in-borough specialist provision; panel scrutiny of every out-of-borough placement; termly';
/** Sutton's EOG register on TODAY, by score, highest first; ties in the register's order. */
const EOG_BY_SCORE = ['R-01', 'R-06', 'R-03', 'R-02', 'R-04', 'R-07'];
/** The register's words: the tests read them from the English messages, and check structure and codes. */
const r = en.risk;
/** Sutton's summary line on TODAY: 6 risks, 5 open, 3 in its top band (High), 4 above appetite, 2 reviews overdue. */
const SUTTON_SUMMARY = r.summary(6, 5, 3, 'High', 4, 2);

/** A <risk-register> with `attrs`, showing `data` when given, once it shows its document or its problem. */
const showRegister = (attrs: Record<string, string>, data?: unknown) =>
  showElement<RiskRegister>('risk-register', attrs, data);

async function suttonEog(attrs: Record<string, string> = {}): Promise<RiskRegister> {
  return showRegister({ group: 'eog', today: TODAY, ...attrs }, await seedDocument('sutton'));
}

const table = (register: RiskRegister) => shadowOf(register).querySelector<HTMLTableElement>('table[part="table"]');
const heatMap = (register: RiskRegister) =>
  shadowOf(register).querySelector<HTMLTableElement>('table[part="heat-map"]');

const shownText = laidOutText;

/** Every body row of the register as the words of each cell. */
const bodyRows = (register: RiskRegister) =>
  [...(table(register)?.tBodies[0]?.rows ?? [])].map((row) => [...row.cells].map((cell) => shownText(cell)));
const ids = (register: RiskRegister) => bodyRows(register).map((cells) => cells[0]);
const rowOf = (register: RiskRegister, id: string) => bodyRows(register).find((cells) => cells[0] === id);
const summaryOf = (register: RiskRegister) => textOf(shadowOf(register).querySelector('[part="summary"]'));
const captionOf = (register: RiskRegister) => textOf(table(register)?.caption);

/** The header cell of the column `key`. */
function header(register: RiskRegister, key: RiskSortKey): HTMLTableCellElement {
  const found = table(register)?.tHead?.querySelector<HTMLTableCellElement>(`th[data-column="${key}"]`);
  if (!found) throw new Error(`no column "${key}"`);
  return found;
}

async function sortBy(register: RiskRegister, key: RiskSortKey): Promise<void> {
  header(register, key).querySelector('button')!.click();
  await register.updateComplete;
}

async function filter(register: RiskRegister, label: string, value: string): Promise<void> {
  choose(selectLabelled(shadowOf(register), label), value);
  await register.updateComplete;
}

/** The heat map's button for likelihood × impact: in the row of that likelihood, the column of that impact. */
function cell(register: RiskRegister, likelihood: number, impact: number): HTMLButtonElement {
  const rows = [...heatMap(register)!.tBodies[0]!.rows];
  const row = rows[5 - likelihood];
  const button = row?.cells[impact]?.querySelector('button');
  if (!button) throw new Error(`no heat-map cell ${likelihood}:${impact}`);
  expect(button.dataset.cell).to.equal(`${likelihood}:${impact}`);
  return button;
}

/** The sorted columns, by key, with their aria-sort. */
function sorted(register: RiskRegister): [string | undefined, string | null][] {
  return [...(table(register)?.tHead?.rows[0]?.cells ?? [])]
    .filter((th) => th.hasAttribute('aria-sort'))
    .map((th) => [th.dataset.column, th.getAttribute('aria-sort')]);
}

freshDocumentsEachTest();

/** Sutton's Work Project 1, which R-01 is linked to. */
const WP1 = 'Work Project 1: High Needs Block Review implementation';

describe('<risk-register>: the table', () => {
  failOnPageErrors();

  it('Sutton EOG on 10 December 2019: the summary line counts open, high, above appetite and overdue reviews', async () => {
    const register = await suttonEog();
    expect(summaryOf(register)).to.equal(SUTTON_SUMMARY);
    // The table below lists all six (the status filter starts at "Any"): the headline says so, not "5 open risks".
    expect(summaryOf(register)).to.equal('6 risks, 5 open: 3 high, 4 above appetite, 2 reviews overdue.');
  });

  it('says only how many are open when every risk is open', () => {
    expect(r.summary(5, 5, 3, 'High', 4, 1)).to.equal('5 open risks: 3 high, 4 above appetite, 1 review overdue.');
    expect(r.summary(1, 1, 0, 'High', 0, 0)).to.equal('1 open risk: 0 high, 0 above appetite, 0 reviews overdue.');
  });

  it('is a real table: caption, a header with scope for every column, rows by score, highest first', async () => {
    const register = await suttonEog();
    const t = table(register)!;
    expect(captionOf(register)).to.equal(r.caption(6, 6));
    const headers = [...t.tHead!.rows[0]!.cells];
    expect(headers.map((th) => th.dataset.column)).to.deep.equal(COLUMNS);
    expect(headers.map((th) => spokenText(th))).to.deep.equal(COLUMNS.map((key) => r.columns[key]));
    for (const th of headers) {
      expect(th.localName).to.equal('th');
      expect(th.getAttribute('scope')).to.equal('col');
      expect(th.querySelector('button[type="button"]'), `a sort button in ${spokenText(th)}`).not.to.equal(null);
    }
    expect(ids(register)).to.deep.equal(EOG_BY_SCORE);
    expect(sorted(register)).to.deep.equal([['score', 'descending']]);
  });

  it('rows and heat-map rows hold no white space between their cells or at the edges of a cell', async () => {
    // Each run of it would be a text node in every row, styled and laid out for nothing (issue 12).
    const register = await suttonEog();
    const blank = (node: Node | undefined) => node?.nodeType === Node.TEXT_NODE && !node.textContent!.trim();
    const rows = [...table(register)!.rows, ...heatMap(register)!.rows];
    for (const row of rows) {
      expect([...row.childNodes].filter(blank), `between the cells of "${textOf(row)}"`).to.deep.equal([]);
      for (const cell of row.cells) {
        const nodes = [...cell.childNodes].filter((node) => node.nodeType !== Node.COMMENT_NODE);
        expect(blank(nodes[0]) || blank(nodes.at(-1)), `at an edge of "${textOf(cell)}"`).to.equal(false);
      }
    }
  });

  it("R-01's row: the band as a tag in words, inherent and target, above appetite, trend, overdue review in en-GB", async () => {
    const register = await suttonEog();
    expect(rowOf(register, 'R-01')).to.deep.equal([
      'R-01',
      `Out-of-borough specialist placements exceed the High Needs budget ${r.projectOf(WP1)}`,
      'AD Education and SEND',
      r.category('financial'),
      `20 High ${r.rating(4, 5)}`,
      '25',
      '8',
      `${r.trendArrow.down} ${r.trend('down')}`,
      `${en.format.shortDate('2019-12-01')} ${r.overdue}`,
      `${r.aboveAppetite} ${r.appetiteLimit(8)}`,
      `${r.folded(R01_FOLDED)} ${r.readMore} ${R01_MITIGATION}`,
    ]);
    const row = table(register)!.tBodies[0]!.rows[0]!;
    const band = row.cells[4]!.querySelector('strong.tag');
    expect(textOf(band)).to.equal('High');
    expect(band!.classList.contains('tag--red')).to.equal(true);
    expect(textOf(row.cells[8]!.querySelector('strong.tag'))).to.equal(r.overdue);
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
    const trends = Object.fromEntries(bodyRows(register).map((cells) => [cells[0], cells[7]]));
    const trend = (way: 'up' | 'down' | 'steady') => `${r.trendArrow[way]} ${r.trend(way)}`;
    expect(trends).to.deep.equal({
      'R-01': trend('down'),
      'R-06': trend('up'),
      'R-03': trend('steady'),
      'R-02': trend('up'),
      'R-04': trend('up'),
      'R-07': trend('down'),
    });
    for (const arrow of shadowOf(register).querySelectorAll('.trend-arrow')) {
      expect(arrow.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('a risk with no earlier rating says so, without an arrow', async () => {
    const register = await showRegister({ today: TODAY }, await seedDocument('sutton'));
    expect(rowOf(register, 'R-05')![7]).to.equal(r.trend(null));
  });

  it('appetite: a score equal to the appetite is within it, one above is above it; no appetite shows a dash', async () => {
    const doc = await seedDocument('sutton');
    doc.risks.find((r: LooseDocument) => r.id === 'R-05').category = 'strategic';
    const register = await showRegister({ today: TODAY }, doc);
    expect(rowOf(register, 'R-02')![9], 'R-02: 12 against 12').to.equal(r.withinAppetite(12));
    expect(rowOf(register, 'R-04')![9], 'R-04: 9 against 8').to.equal(`${r.aboveAppetite} ${r.appetiteLimit(8)}`);
    expect(rowOf(register, 'R-07')![9], 'R-07: 3 against 6').to.equal(r.withinAppetite(6));
    expect(rowOf(register, 'R-05')![9], 'R-05: no appetite for strategic').to.equal(r.noAppetite);
  });

  it('a closed or accepted risk carries its status as a tag; an open one does not', async () => {
    const register = await showRegister({ today: TODAY }, await seedDocument('sutton'));
    expect(rowOf(register, 'R-07')![1]).to.equal(
      `No data-sharing agreement between the council, Cognus and schools ${r.status('closed')}`,
    );
    expect(rowOf(register, 'R-05')![1]).to.equal(
      `Schools disengage from the partnership's HNB proposals ${r.status('accepted')}`,
    );
    expect(rowOf(register, 'R-03')![1]).to.equal('EHC needs assessments miss the 20-week deadline');
  });

  it('a long mitigation folds behind its first words and opens in full; a short one is shown as it is', async () => {
    const register = await suttonEog();
    const details = table(register)!.tBodies[0]!.rows[0]!.querySelector('details')!;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(textOf(summary)).to.equal(`${r.folded(R01_FOLDED)} ${r.readMore}`);
    expect(textOf(summary.querySelector('.visually-hidden'))).to.equal(r.readMore);
    summary.click();
    expect(details.open).to.equal(true);
    expect(textOf(details.querySelector('p'))).to.equal(R01_MITIGATION);
    const short = table(register)!.tBodies[0]!.rows[1]!.cells[10]!;
    expect(short.querySelector('details')).to.equal(null);
    expect(textOf(short)).to.equal(
      'Temporary satellite classes at two mainstream primaries; capital bid for Carew Academy expansion.',
    );
  });

  it('without a group it shows every risk of the document', async () => {
    const register = await showRegister({ today: TODAY }, await seedDocument('sutton'));
    expect(ids(register)).to.deep.equal(['R-01', 'R-06', 'R-03', 'R-02', 'R-04', 'R-05', 'R-07']);
    // R-05 is accepted: seven risks, the same five open.
    expect(summaryOf(register)).to.equal(r.summary(7, 5, 3, 'High', 4, 2));
  });

  it('the status attribute is the status filter it starts with', async () => {
    const register = await suttonEog({ status: 'open' });
    expect(ids(register)).to.deep.equal(['R-01', 'R-06', 'R-03', 'R-02', 'R-04']);
    expect(captionOf(register)).to.equal(r.caption(5, 6));
    expect(selectLabelled(shadowOf(register), r.filterStatus).value).to.equal('open');
    register.status = 'closed';
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(['R-07']);
    expect(selectLabelled(shadowOf(register), r.filterStatus).value).to.equal('closed');
  });

  it('a status in another case is the same status; one it does not take is named, and every risk shown', async () => {
    // Before, status="Open" showed an empty register ("No risks match these filters") under a filter reading "Any".
    const capitalised = await suttonEog({ status: 'Open' });
    expect(ids(capitalised)).to.deep.equal(['R-01', 'R-06', 'R-03', 'R-02', 'R-04']);
    expect(shadowOf(capitalised).querySelector('[part=attribute-notice]')).to.equal(null);
    capitalised.remove();
    const unknown = await suttonEog({ status: 'active' });
    expect(textOf(shadowOf(unknown).querySelector('[part=attribute-notice]')!)).to.equal(r.unknownStatus('active'));
    expect(ids(unknown)).to.have.length(6);
  });

  it('a group the document does not hold: says so and names the attribute', async () => {
    const register = await suttonEog({ group: 'nope' });
    expect(textOf(shadowOf(register))).to.equal(r.unknownGroup('nope', ['elg', 'eog']));
  });

  it('fetched from src, it shows the same register', async () => {
    const register = await showRegister({ src: '/demo/data/sutton.json', group: 'eog', today: TODAY });
    await untilShows(register, SUTTON_SUMMARY);
    expect(ids(register)).to.deep.equal(EOG_BY_SCORE);
  });
});

describe('<risk-register>: its language', () => {
  failOnPageErrors();

  /** A made-up language with some of the register's words of its own: the rest stay English. */
  const LANG = 'x-risk-test';
  before(() =>
    registerMessages(LANG, {
      risk: {
        caption: (shown, total) => `Risgiau (${shown}/${total})`,
        columns: { id: 'Cyf' },
        status: (status) => ({ open: 'Agored', closed: 'Ar gau', accepted: 'Derbyniwyd' })[status],
        download: 'Lawrlwytho CSV',
        csv: { yes: 'Ie', no: 'Na' },
        namesake: (name, apart) => `${name} [${'organisation' in apart ? apart.organisation : `rhif ${apart.id}`}]`,
      },
    }),
  );

  it('speaks the language of the nearest lang, live: table, filters, CSV; the bands keep the document’s labels', async () => {
    const register = await suttonEog({ status: 'open' });
    const host = register.parentElement!;
    host.setAttribute('lang', LANG);
    await until(() => captionOf(register) === 'Risgiau (5/6)', 'the caption in the new language');
    expect(spokenText(header(register, 'id'))).to.equal('Cyf');
    expect([...selectLabelled(shadowOf(register), r.filterStatus).options].map((o) => textOf(o))).to.deep.equal([
      r.any,
      'Agored',
      'Derbyniwyd',
      'Ar gau',
    ]);
    expect(selectLabelled(shadowOf(register), r.filterStatus).value, 'the filter survives').to.equal('open');
    expect(textOf(table(register)!.tBodies[0]!.rows[0]!.cells[4]!.querySelector('strong.tag'))).to.equal('High');
    expect(rowOf(register, 'R-07')).to.equal(undefined);

    const { text } = await captureDownload(() => downloadButton(register, `Lawrlwytho CSV ${r.downloadWhat}`).click());
    const [head, first] = text.split('\r\n');
    expect(head!.split(',')[0]).to.equal('\uFEFFCyf');
    expect(first).to.match(/^R-01,.*,Agored,.*,High,.*,2019-12-01,Ie,/);

    host.removeAttribute('lang');
    await until(() => captionOf(register) === r.caption(5, 6), 'the caption in English again');
    expect(spokenText(header(register, 'id'))).to.equal(r.columns.id);
  });

  it('tells namesakes apart in its words, alike in the owner filter, the table and the CSV', async () => {
    const register = await showRegister({ group: 'g', today: TODAY, lang: LANG }, namesakeOwners());
    expect([...selectLabelled(shadowOf(register), r.filterOwner).options].map((o) => textOf(o))).to.deep.equal([
      r.any,
      'Clerk [rhif p3]',
      'Clerk [rhif p4]',
      'Head of School [Org One]',
      'Head of School [Org Two]',
      'Olive',
    ]);
    await filter(register, r.filterOwner, 'p3');
    expect(rowOf(register, 'R3')![2]).to.equal('Clerk [rhif p3]');
    const { text } = await captureDownload(() => downloadButton(register, `Lawrlwytho CSV ${r.downloadWhat}`).click());
    expect(text).to.contain(',Clerk [rhif p3],');
  });

  it('its own lang attribute wins over the page’s', async () => {
    const register = await suttonEog({ lang: LANG });
    expect(captionOf(register)).to.equal('Risgiau (6/6)');
    expect(downloadButton(register, `Lawrlwytho CSV ${r.downloadWhat}`)).not.to.equal(undefined);
  });
});

describe('<risk-register>: sorting', () => {
  failOnPageErrors();

  const orders: [RiskSortKey, 'ascending' | 'descending', string[]][] = [
    ['id', 'ascending', ['R-01', 'R-02', 'R-03', 'R-04', 'R-06', 'R-07']],
    ['title', 'ascending', ['R-03', 'R-07', 'R-06', 'R-01', 'R-04', 'R-02']],
    ['owner', 'ascending', ['R-01', 'R-02', 'R-04', 'R-06', 'R-07', 'R-03']],
    ['category', 'ascending', ['R-07', 'R-01', 'R-04', 'R-06', 'R-02', 'R-03']],
    // No inherent or target rating (R-04, R-07) goes last, both ways.
    ['inherent', 'ascending', ['R-02', 'R-03', 'R-06', 'R-01', 'R-04', 'R-07']],
    ['target', 'ascending', ['R-04', 'R-02', 'R-06', 'R-01', 'R-03', 'R-07']],
    ['trend', 'descending', ['R-02', 'R-04', 'R-06', 'R-03', 'R-01', 'R-07']],
    ['review', 'ascending', ['R-07', 'R-06', 'R-01', 'R-03', 'R-02', 'R-04']],
    ['appetite', 'descending', ['R-01', 'R-06', 'R-03', 'R-04', 'R-02', 'R-07']],
    ['mitigation', 'ascending', ['R-07', 'R-03', 'R-02', 'R-01', 'R-04', 'R-06']],
  ];
  for (const [key, direction, order] of orders) {
    it(`sorts by ${key}: ${direction} first, then the other way; aria-sort on that header only`, async () => {
      const register = await suttonEog();
      await sortBy(register, key);
      expect(ids(register)).to.deep.equal(order);
      expect(sorted(register)).to.deep.equal([[key, direction]]);
      await sortBy(register, key);
      const other = direction === 'ascending' ? 'descending' : 'ascending';
      expect(sorted(register)).to.deep.equal([[key, other]]);
      expect(ids(register)).to.have.members(order);
      expect(ids(register)).not.to.deep.equal(order);
    });
  }

  it('reversing the score keeps ties in the register order', async () => {
    const register = await suttonEog();
    await sortBy(register, 'score');
    expect(ids(register)).to.deep.equal(['R-07', 'R-04', 'R-02', 'R-03', 'R-01', 'R-06']);
    expect(sorted(register)).to.deep.equal([['score', 'ascending']]);
  });

  it('the sort arrow is decoration: hidden from screen readers, which hear aria-sort', async () => {
    const register = await suttonEog();
    const arrow = header(register, 'score').querySelector('.sort-arrow')!;
    expect(arrow.getAttribute('aria-hidden')).to.equal('true');
    expect(arrow.textContent).to.equal(r.sortArrow.descending);
    expect(header(register, 'id').querySelector('.sort-arrow')!.textContent).to.equal('');
    expect(spokenText(header(register, 'score')), 'the arrow is not spoken').to.equal(r.columns.score);
  });

  it('sortRows: ties keep their order in both directions', async () => {
    const parsed = parseDocument(await seedDocument('sutton'));
    if (!parsed.ok) throw new Error('Sutton does not parse');
    const rows = riskRows(parsed.document, TODAY, r, 'eog');
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
    expect(options(r.filterStatus)).to.deep.equal([r.any, r.status('open'), r.status('accepted'), r.status('closed')]);
    expect(options(r.filterBand)).to.deep.equal([r.any, 'Low', 'Medium', 'High']);
    expect(options(r.filterOwner)).to.deep.equal([
      r.any,
      'AD Education and SEND',
      'Consultant Sutton Education Partnership Head Teacher',
      'Finance Manager, LBS',
      'Head of Carew Academy',
      'HNB Project Manager',
      'Services Director, Cognus',
    ]);
    expect(options(r.filterCategory)).to.deep.equal([
      r.any,
      ...['compliance', 'financial', 'operational', 'reputational'].map(r.category),
    ]);
  });

  it('by status, band, owner and category: the rows and the caption count follow', async () => {
    const register = await suttonEog();
    await filter(register, r.filterStatus, 'open');
    expect(ids(register)).to.deep.equal(['R-01', 'R-06', 'R-03', 'R-02', 'R-04']);
    expect(captionOf(register)).to.equal(r.caption(5, 6));
    await filter(register, r.filterStatus, '');
    await filter(register, r.filterBand, 'High');
    expect(ids(register)).to.deep.equal(['R-01', 'R-06', 'R-03']);
    expect(captionOf(register)).to.equal(r.caption(3, 6));
    await filter(register, r.filterBand, '');
    await filter(register, r.filterOwner, 'p-lbs-finance');
    expect(ids(register)).to.deep.equal(['R-04']);
    expect(captionOf(register)).to.equal(r.caption(1, 6));
    await filter(register, r.filterOwner, '');
    await filter(register, r.filterCategory, 'reputational');
    expect(ids(register)).to.deep.equal(['R-03', 'R-02']);
    await filter(register, r.filterBand, 'Medium');
    expect(ids(register)).to.deep.equal(['R-02']);
    expect(captionOf(register)).to.equal(r.caption(1, 6));
  });

  it('by owner, a person at a time: two people of one name are two options, told apart in the table and CSV', async () => {
    const register = await showRegister({ group: 'g', today: TODAY }, namesakeOwners());
    const owners = selectLabelled(shadowOf(register), r.filterOwner);
    // By organisation where that tells them apart, else by id.
    expect([...owners.options].map((o) => [o.value, textOf(o)])).to.deep.equal([
      ['', r.any],
      ['p3', 'Clerk (p3)'],
      ['p4', 'Clerk (p4)'],
      ['p1', 'Head of School (Org One)'],
      ['p2', 'Head of School (Org Two)'],
      ['p5', 'Olive'],
    ]);
    await filter(register, r.filterOwner, 'p1');
    expect(ids(register)).to.deep.equal(['R1']);
    expect(rowOf(register, 'R1')![2]).to.equal('Head of School (Org One)');
    const { text, filename } = await captureDownload(() => downloadButton(register).click());
    expect(text).to.contain(',Head of School (Org One),').and.not.to.contain('Org Two');
    expect(filename).to.contain('Head of School (Org One)');
  });

  it('by owner on a Welsh page: namesakes are told apart in Welsh words, alike in the filter, the table and the CSV', async () => {
    const w = cy.risk;
    const register = await showRegister({ group: 'g', today: TODAY, lang: 'cy' }, namesakeOwners());
    // Welsh is loaded when a page first asks for it.
    await waitUntil(() => textOf(shadowOf(register)).includes(w.filterOwner), 'the register in Welsh');
    const headOne = w.namesake('Head of School', { organisation: 'Org One' });
    const owners = selectLabelled(shadowOf(register), w.filterOwner);
    expect([...owners.options].map((o) => [o.value, textOf(o)])).to.deep.equal([
      ['', w.any],
      ['p3', w.namesake('Clerk', { id: 'p3' })],
      ['p4', w.namesake('Clerk', { id: 'p4' })],
      ['p1', headOne],
      ['p2', w.namesake('Head of School', { organisation: 'Org Two' })],
      ['p5', 'Olive'],
    ]);
    await filter(register, w.filterOwner, 'p1');
    expect(rowOf(register, 'R1')![2]).to.equal(headOne);
    const download = await captureDownload(() => downloadButton(register, `${w.download} ${w.downloadWhat}`).click());
    expect(download.text).to.contain(`,${headOne},`).and.not.to.contain('Org Two');
    expect(download.filename).to.contain(headOne);
  });

  it('a risk without a category is found under "No category", and only it', async () => {
    const doc = await seedDocument('sutton');
    delete doc.risks.find((r: LooseDocument) => r.id === 'R-04').category;
    const register = await showRegister({ group: 'eog', today: TODAY }, doc);
    const category = selectLabelled(shadowOf(register), r.filterCategory);
    const none = [...category.options].find((o) => textOf(o) === r.uncategorised);
    expect(rowOf(register, 'R-04')![3]).to.equal(r.none);
    // Its option once shared "Any"'s empty value: choosing it showed every risk and the select read "Any".
    await filter(register, r.filterCategory, none!.value);
    expect(ids(register)).to.deep.equal(['R-04']);
    expect(textOf(category.selectedOptions[0]!)).to.equal(r.uncategorised);
  });

  it('filtered to nothing: says no risks match, the summary still counts the whole register', async () => {
    const register = await suttonEog();
    await filter(register, r.filterCategory, 'financial');
    await filter(register, r.filterBand, 'Low');
    expect(table(register)).to.equal(null);
    expect(textOf(shadowOf(register))).to.contain(r.emptyFiltered);
    expect(summaryOf(register)).to.equal(SUTTON_SUMMARY);
  });

  it('"Clear filters" shows every risk again and puts each filter back to Any', async () => {
    const register = await suttonEog();
    expect(shadowOf(register).querySelector('.filters button'), 'no clear button while nothing is filtered').to.equal(
      null,
    );
    await filter(register, r.filterCategory, 'financial');
    await filter(register, r.filterStatus, 'open');
    cell(register, 4, 5).click();
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(['R-01']);
    const status = shadowOf(register).querySelector('[role=status]')!;
    expect(textOf(status), 'each filter is announced').to.equal(r.shownNow(1, 6));
    const clear = [...shadowOf(register).querySelectorAll('button')].find((b) => textOf(b) === r.clearFilters)!;
    clear.focus();
    clear.click();
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(EOG_BY_SCORE);
    for (const label of [r.filterStatus, r.filterBand, r.filterOwner, r.filterCategory]) {
      expect(selectLabelled(shadowOf(register), label).value, label).to.equal('');
    }
    expect(cell(register, 4, 5).getAttribute('aria-pressed')).to.equal('false');
    expect(textOf(status)).to.equal(r.shownNow(6, 6));
    // The button went with the filters: focus is on the first filter, not lost to the page.
    await waitUntil(() => shadowOf(register).activeElement === selectLabelled(shadowOf(register), r.filterStatus));
  });

  it('filters and sort survive a re-render: a new document, a new today', async () => {
    const register = await suttonEog();
    await filter(register, r.filterBand, 'High');
    await sortBy(register, 'id');
    expect(ids(register)).to.deep.equal(['R-01', 'R-03', 'R-06']);
    const changed = await seedDocument('sutton');
    changed.risks.find((r: LooseDocument) => r.id === 'R-03').title = 'EHC assessments: the new title';
    register.data = changed;
    await register.updateComplete;
    await untilShows(register, 'EHC assessments: the new title');
    expect(ids(register)).to.deep.equal(['R-01', 'R-03', 'R-06']);
    expect(sorted(register)).to.deep.equal([['id', 'ascending']]);
    expect(selectLabelled(shadowOf(register), r.filterBand).value).to.equal('High');
    register.today = '2019-11-25';
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(['R-01', 'R-03', 'R-06']);
    expect(selectLabelled(shadowOf(register), r.filterBand).value).to.equal('High');
    expect(summaryOf(register)).to.equal(r.summary(6, 5, 3, 'High', 4, 0));
  });

  it('filterRows: each filter, and all of them together', async () => {
    const parsed = parseDocument(await seedDocument('sutton'));
    if (!parsed.ok) throw new Error('Sutton does not parse');
    const rows = riskRows(parsed.document, TODAY, r, 'eog');
    const idsOf = (filters: Parameters<typeof filterRows>[1]) => filterRows(rows, filters).map((r) => r.risk.id);
    expect(idsOf({})).to.deep.equal(['R-01', 'R-02', 'R-03', 'R-04', 'R-06', 'R-07']);
    expect(idsOf({ status: 'closed' })).to.deep.equal(['R-07']);
    expect(idsOf({ band: 'Low' })).to.deep.equal(['R-07']);
    expect(idsOf({ cell: '4:5' })).to.deep.equal(['R-01', 'R-06']);
    expect(idsOf({ status: 'open', band: 'High', category: 'financial', owner: 'p-lbs-ad-send' })).to.deep.equal([
      'R-01',
    ]);
  });
});

describe('<risk-register>: the heat map', () => {
  failOnPageErrors();

  it('each cell with risks shows its count as text and its band’s letter, coloured by the band of its score', async () => {
    const register = await suttonEog();
    const grid = [...heatMap(register)!.tBodies[0]!.rows].map((row) =>
      [...row.cells].slice(1).map((c) => `${textOf(c)}${c.querySelector('button')!.dataset.letter ?? ''}`),
    );
    expect(grid).to.deep.equal([
      ['', '', '', '', ''],
      ['', '', '', '1H', '2H'],
      ['', '', '1M', '1M', ''],
      ['', '', '', '', ''],
      ['', '', '', '', ''],
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
    expect(textOf(map.caption)).to.equal(`${r.heatMapTitle} ${r.heatMapCaption('open')} ${r.heatMapChoose}`);
    expect([...map.tHead!.rows[0]!.querySelectorAll('th')].map((th) => [textOf(th), th.scope])).to.deep.equal(
      [r.likelihood, ...[1, 2, 3, 4, 5].map((impact) => `${r.impact} ${impact}`)].map((name) => [name, 'col']),
    );
    expect(
      [...map.tBodies[0]!.rows].map((row) => [textOf(row.cells[0]), (row.cells[0] as HTMLTableCellElement).scope]),
    ).to.deep.equal([5, 4, 3, 2, 1].map((likelihood) => [`${r.likelihood} ${likelihood}`, 'row']));
    expect(cell(register, 4, 5).getAttribute('aria-label')).to.equal(r.cellLabel(2, 4, 5, 'High'));
    expect(cell(register, 3, 3).getAttribute('aria-label')).to.equal(r.cellLabel(1, 3, 3, 'Medium'));
    expect(cell(register, 1, 1).getAttribute('aria-label')).to.equal(r.cellLabel(0, 1, 1, 'Low'));
  });

  it('a legend names each band with its scores in words', async () => {
    const register = await suttonEog();
    const legend = shadowOf(register).querySelector('.heat-map__legend')!;
    expect(legend.getAttribute('aria-label')).to.equal(r.legend);
    expect([...legend.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal([
      `Low ${r.bandRange(1, 4)}`,
      `Medium ${r.bandRange(5, 12)}`,
      `High ${r.bandRange(13, 25)}`,
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
    expect(captionOf(register)).to.equal(`${r.caption(2, 6)} ${r.cellFilter(4, 5)}`);
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
    expect(textOf(shadowOf(register))).to.contain(r.emptyFiltered);
  });

  it('counts follow the other filters', async () => {
    const register = await suttonEog();
    expect(textOf(cell(register, 1, 3)), 'closed R-07 is no exposure: an empty cell is blank').to.equal('');
    await filter(register, r.filterStatus, 'closed');
    expect(textOf(cell(register, 1, 3))).to.equal('1');
    expect(textOf(cell(register, 4, 5))).to.equal('');
    await filter(register, r.filterStatus, 'open');
    expect(textOf(cell(register, 1, 3))).to.equal('');
    expect(textOf(cell(register, 4, 5))).to.equal('2');
    await filter(register, r.filterCategory, 'financial');
    expect(textOf(cell(register, 4, 5))).to.equal('1');
    expect(textOf(cell(register, 3, 3))).to.equal('1');
  });

  it('places the exposure the summary speaks of: open risks, unless the status filter chooses closed or accepted', async () => {
    const rated = (id: string, status: RiskInput['status'], likelihood: number, impact: number) =>
      smallRisk(id, { status, likelihood, impact });
    const doc = smallRegister(
      [person('p1', 'Olive')],
      [rated('R1', 'open', 5, 5), rated('R2', 'closed', 5, 5), rated('R3', 'accepted', 3, 2)],
    );
    const register = await showRegister({ group: 'g', today: TODAY }, doc);
    // The summary's one open risk in its top band is the top cell's one: the closed 5 × 5 made it read 2.
    expect(summaryOf(register)).to.equal(r.summary(3, 1, 1, 'High', 0, 0));
    expect(textOf(cell(register, 5, 5))).to.equal('1');
    expect(textOf(cell(register, 3, 2)), 'nor is an accepted risk counted').to.equal('');
    expect(textOf(heatMap(register)!.caption)).to.contain(r.heatMapCaption('open'));
    // Its cell shows the table the risk it counted, not the closed one beside it.
    cell(register, 5, 5).click();
    await register.updateComplete;
    expect(ids(register)).to.deep.equal(['R1']);
    expect(captionOf(register)).to.equal(`${r.caption(1, 3)} ${r.cellFilter(5, 5, 'open')}`);
    cell(register, 5, 5).click();
    await register.updateComplete;
    await filter(register, r.filterStatus, 'closed');
    expect(textOf(cell(register, 5, 5))).to.equal('1');
    expect(textOf(heatMap(register)!.caption)).to.contain(r.heatMapCaption('closed'));
    await filter(register, r.filterStatus, 'accepted');
    expect(textOf(cell(register, 5, 5))).to.equal('');
    expect(textOf(cell(register, 3, 2))).to.equal('1');
    expect(textOf(heatMap(register)!.caption)).to.contain(r.heatMapCaption('accepted'));
    await filter(register, r.filterStatus, '');
    await filter(register, r.filterOwner, 'p1');
    expect(textOf(heatMap(register)!.caption)).to.contain(r.heatMapCaption('open', true));
  });

  it('the cell filter survives a sort and a new document', async () => {
    const register = await suttonEog();
    cell(register, 4, 5).click();
    await register.updateComplete;
    await sortBy(register, 'owner');
    expect(ids(register)).to.deep.equal(['R-01', 'R-06']);
    await sortBy(register, 'owner');
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
    expect(summaryOf(register)).to.equal(r.summary(6, 5, 3, 'High', 4, 1));
    expect(rowOf(register, 'R-01')![8]).to.equal(en.format.shortDate('2019-12-01'));
    expect(rowOf(register, 'R-06')![8]).to.equal(`${en.format.shortDate('2019-11-30')} ${r.overdue}`);
    register.today = '2019-12-02';
    await register.updateComplete;
    expect(rowOf(register, 'R-01')![8]).to.equal(`${en.format.shortDate('2019-12-01')} ${r.overdue}`);
    expect(summaryOf(register)).to.equal(SUTTON_SUMMARY);
  });

  it('a closed risk past its review is not overdue', async () => {
    const register = await suttonEog();
    expect(rowOf(register, 'R-07')![8]).to.equal(en.format.shortDate('2019-10-31'));
  });

  it('the trend compares with the latest rating before today', async () => {
    const register = await suttonEog({ today: '2019-10-01' });
    expect(rowOf(register, 'R-03')![7], 'R-03 was first rated on 1 October').to.equal(r.trend(null));
    register.today = '2019-10-02';
    await register.updateComplete;
    expect(rowOf(register, 'R-03')![7]).to.equal(`${r.trendArrow.steady} ${r.trend('steady')}`);
  });

  it('holds only the risks raised by today, each rated as it stood that day', async () => {
    // On 1 June 2019 R-04 (raised 1 September) and R-06 (raised 1 July) were not yet on the register; R-01 was still
    // rated 5 × 5 (its history has it so on 20 May and again on 1 September, re-rated 4 × 5 only after that).
    const register = await suttonEog({ today: '2019-06-01' });
    expect(ids(register)).to.deep.equal(['R-01', 'R-03', 'R-02', 'R-07']);
    expect(summaryOf(register)).to.equal(r.summary(4, 3, 2, 'High', 2, 0));
    expect(rowOf(register, 'R-01')![4]).to.equal(`25 High ${r.rating(5, 5)}`);
    expect(rowOf(register, 'R-01')![7], 'no rating before 20 May').to.equal(r.trend(null));
    expect(textOf(cell(register, 5, 5))).to.equal('1');
    expect(textOf(cell(register, 4, 5)), 'neither R-01 nor R-06 there yet').to.equal('');
    const { text } = await captureDownload(() => downloadButton(register).click());
    expect(text).not.to.contain('R-04').and.not.to.contain('R-06');
  });

  it('the CSV follows today too', async () => {
    const register = await suttonEog({ today: '2019-11-25' });
    const { text } = await captureDownload(() => downloadButton(register).click());
    expect(text).to.contain(`,2019-12-01,${r.csv.no},`).and.contain(`,2019-11-30,${r.csv.no},`);
    expect(text).not.to.contain(`,${r.csv.yes},`);
  });
});

function downloadButton(register: RiskRegister, label: string = `${r.download} ${r.downloadWhat}`): HTMLButtonElement {
  const button = [...shadowOf(register).querySelectorAll('button')].find((b) => textOf(b) === label);
  if (!button) throw new Error('no download button');
  return button;
}

describe('<risk-register>: CSV of what is shown', () => {
  failOnPageErrors();

  const c = r.columns;
  const HEADER = [
    c.id,
    c.title,
    r.csv.status,
    c.owner,
    c.category,
    r.likelihood,
    r.impact,
    c.score,
    r.csv.band,
    c.inherent,
    c.target,
    c.appetite,
    c.trend,
    c.review,
    r.overdue,
    c.mitigation,
  ].join(',');
  const OPEN = r.status('open');
  const above = (appetite: number) => `${r.aboveAppetite} ${r.appetiteLimit(appetite)}`;
  /** The injection document's rows, score first: formulas neutralised, quotes doubled. */
  const INJECTION_ROWS =
    `R-02,"Line one\nline two, with ""quotes""",${OPEN},"Head, ""B"" School",,3,3,9,Medium,,,,,2019-06-01,${r.csv.yes},\r\n` +
    `R-01,"'=HYPERLINK(""http://evil.example"",""Click"")",${OPEN},'@SUM(A1:A9),'+cmd,1,4,4,Low,4,1,${above(2)},${r.trend('steady')},2020-01-01,${r.csv.no},'-1+1\r\n`;

  it('riskCsv and toCsv: formulas neutralised, quotes doubled, byte for byte', async () => {
    const parsed = parseDocument(csvInjectionDocument());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const rows = sortRows(riskRows(parsed.document, TODAY, r), 'score', 'descending');
    const { header, body } = riskCsv(en, rows, parsed.document.riskScale);
    expect(toCsv(header, body)).to.equal(`\uFEFF${HEADER}\r\n${INJECTION_ROWS}`);
  });

  it('the download: UTF-8 with a BOM, named after the partnership, the injection cells neutralised', async () => {
    const register = await showRegister({ today: TODAY }, csvInjectionDocument());
    const download = await captureDownload(() => downloadButton(register).click());
    expect(download.filename).to.equal(r.csvFile('Test Education Partnership'));
    expect(download.type).to.equal('text/csv;charset=utf-8');
    expect([...download.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect([...download.bytes]).to.deep.equal([...utf8(`\uFEFF${HEADER}\r\n${INJECTION_ROWS}`)]);
  });

  it('is named for the group it shows and the status chosen, as the action tracker’s downloads are', async () => {
    const register = await suttonEog();
    const named = async () => (await captureDownload(() => downloadButton(register).click())).filename;
    expect(await named()).to.equal('Sutton Education Partnership – Education Operational Group risk register.csv');
    await filter(register, r.filterStatus, 'open');
    expect(await named()).to.equal(
      'Sutton Education Partnership – Education Operational Group – Open risk register.csv',
    );
    register.remove();
    // A status the page starts with names the file as one the reader chose does.
    const whole = await showRegister({ today: TODAY, status: 'closed' }, await seedDocument('sutton'));
    expect((await captureDownload(() => downloadButton(whole).click())).filename).to.equal(
      'Sutton Education Partnership – Closed risk register.csv',
    );
  });

  it('is named for each filter chosen, the band, owner, category and heat-map cell too: two views, two files', async () => {
    const register = await suttonEog();
    const named = async () => (await captureDownload(() => downloadButton(register).click())).filename;
    await filter(register, r.filterBand, 'High');
    expect(await named()).to.equal(
      'Sutton Education Partnership – Education Operational Group – High risk register.csv',
    );
    await filter(register, r.filterOwner, 'p-lbs-ad-send');
    await filter(register, r.filterCategory, 'financial');
    cell(register, 4, 5).click();
    await register.updateComplete;
    expect(await named()).to.equal(
      'Sutton Education Partnership – Education Operational Group – High – AD Education and SEND – Financial – likelihood 4 × impact 5 risk register.csv',
    );
    await filter(register, r.filterCategory, '');
    await filter(register, r.filterOwner, '');
    await filter(register, r.filterBand, '');
    expect(await named()).to.equal(
      'Sutton Education Partnership – Education Operational Group – likelihood 4 × impact 5 risk register.csv',
    );
  });

  it('names its filters in the page’s language: a Welsh page’s file says the default band and the cell in Welsh', async () => {
    const w = cy.risk;
    const register = await showRegister(
      { group: 'wep', today: '2022-09-22', lang: 'cy' },
      await seedDocument('wokingham'),
    );
    // Welsh is loaded when a page first asks for it.
    await waitUntil(() => textOf(shadowOf(register)).includes(w.filterBand), 'the register in Welsh');
    await filter(register, w.filterBand, 'High');
    await filter(register, w.filterOwner, 'p-dcs');
    await filter(register, w.filterCategory, 'financial');
    cell(register, 5, 5).click();
    await register.updateComplete;
    const download = await captureDownload(() => downloadButton(register, `${w.download} ${w.downloadWhat}`).click());
    expect(download.filename).to.equal(
      "Cofrestr risg Wokingham Education Partnership – Uchel – Director of Children's Services – Financial – tebygolrwydd 5 × effaith 5 – Wokingham Education Partnership.csv",
    );
  });

  it('only what is shown, in the order shown: Sutton EOG, one heat-map cell, sorted by owner descending', async () => {
    const register = await suttonEog();
    cell(register, 4, 5).click();
    await register.updateComplete;
    await sortBy(register, 'owner');
    await sortBy(register, 'owner');
    const download = await captureDownload(() => downloadButton(register).click());
    // The cell chosen names the file, as every filter does.
    expect(download.filename).to.equal(
      r.csvFile('Sutton Education Partnership', `Education Operational Group – ${r.rating(4, 5)}`),
    );
    // Its rows name their work project, so the file does, after the risk.
    const header = HEADER.replace(`${c.title},`, `${c.title},${r.csv.project},`);
    const expected =
      `\uFEFF${header}\r\n` +
      `R-06,Not enough special school places for September 2020,${WP1},${OPEN},Head of Carew Academy,${r.category('operational')},4,5,20,High,20,6,${above(12)},${r.trend('up')},2019-11-30,${r.csv.yes},Temporary satellite classes at two mainstream primaries; capital bid for Carew Academy expansion.\r\n` +
      `R-01,Out-of-borough specialist placements exceed the High Needs budget,${WP1},${OPEN},AD Education and SEND,${r.category('financial')},4,5,20,High,25,8,${above(8)},${r.trend('down')},2019-12-01,${r.csv.yes},${R01_MITIGATION}\r\n`;
    expect([...download.bytes]).to.deep.equal([...utf8(expected)]);
  });

  it('filtered by status and band: those rows only', async () => {
    const register = await showRegister({ today: TODAY }, await seedDocument('sutton'));
    await filter(register, r.filterStatus, 'accepted');
    const { text } = await captureDownload(() => downloadButton(register).click());
    expect(text.split('\r\n').map((line) => line.split(',')[0])).to.deep.equal([`\uFEFF${c.id}`, 'R-05', '']);
    expect(text).to.contain(
      `R-05,Schools disengage from the partnership's HNB proposals,,${r.status('accepted')},Chair of the ELG,${r.category('reputational')},2,3,6,Medium,,,${r.withinAppetite(12)},,2020-03-01,${r.csv.no},`,
    );
  });
});

describe('<risk-register>: empty and error states', () => {
  failOnPageErrors();
  const errors = partnershipErrorsEachTest();

  it('a register with no risks says so: no table, no heat map, no summary', async () => {
    const register = await showRegister({ today: TODAY }, emptyRegisterDocument());
    expect(textOf(shadowOf(register))).to.equal(r.empty);
    expect(shadowOf(register).querySelector('table')).to.equal(null);
    expect(errors.events).to.have.length(0);
  });

  it('a group with no risks says so', async () => {
    const register = await showRegister({ group: 'board', today: TODAY }, minimalDocument());
    expect(textOf(shadowOf(register))).to.equal(r.empty);
  });

  // The failures every element shows alike (network, HTTP, not JSON, no source, a fetched broken document) are in
  // ../failure-states.test.ts.
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
      expect((await untilOneFailure(register, errors)).kind).to.equal('contract');
      expect(errorPaths(register)).to.include(path);
    });
  }
});

describe('<risk-register>: accessibility (axe, WCAG 2.2 AA)', () => {
  failOnPageErrors();

  it('the table view', async () => {
    await expectNoAxeViolations(await suttonEog());
  });

  it('sorted by a column, a mitigation opened', async () => {
    const register = await suttonEog();
    await sortBy(register, 'owner');
    shadowOf(register).querySelector('details')!.open = true;
    await expectNoAxeViolations(register);
  });

  it('filtered to nothing', async () => {
    const register = await suttonEog();
    await filter(register, r.filterCategory, 'financial');
    await filter(register, r.filterBand, 'Low');
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
    await untilShows(register, en.shared.problemTitle);
    await expectNoAxeViolations(register);
  });

  it('a load failure', async () => {
    const register = await showRegister({ src: respondUrl({ status: 500, type: 'text/plain', body: '' }) });
    await untilShows(register, en.shared.problemTitle);
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
    await expectPayloadsShownAsText(() => showRegister({ today: TODAY }, payloadDocument()), TEXT_PAYLOADS);
  });

  it('under a strict CSP with Trusted Types: renders with no violation and runs no payload', async function () {
    this.timeout(20_000);
    const elements = [{ tag: 'risk-register', attrs: { today: TODAY } }];
    const run = await loadElementsUnderCsp(elements, { doc: documentUrl(payloadDocument()) });
    try {
      const frameWindow = run.frame.contentWindow as Window & { pkPwned?: number };
      const register = run.frame.contentDocument!.querySelector('risk-register')!;
      expect(textOf(register.shadowRoot!.querySelector('[part="summary"]')), 'the summary line').to.equal(
        r.summary(1, 1, 1, TEXT_PAYLOADS[2]!, 1, 1),
      );
      expect(textOf(register.shadowRoot)).to.contain(TEXT_PAYLOADS[0]);
      expect(run.violations).to.deep.equal([]);
      expect(frameWindow.pkPwned).to.equal(undefined);
    } finally {
      run.remove();
    }
  });
});
