import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { riskCsv } from '../../../components/risk-register/risk-csv.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { captureDownload } from '../../fixtures/downloads.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const PROJECT = 'Work Project 1: High Needs Block Review implementation';

async function register(attrs: Record<string, string>): Promise<RiskRegister> {
  const element = document.createElement('risk-register');
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.data = await seedDocument('sutton');
  fixtureSync(html`<div>${element}</div>`);
  await until(() => !shadowOf(element).querySelector('.loading'), 'the register to load');
  return element;
}

const ids = (element: RiskRegister) =>
  [...shadowOf(element).querySelectorAll('table[part="table"] tbody tr')].map((row) => textOf(row.querySelector('td')));

/** The downloaded CSV as rows of cells (no cell of Sutton's register holds a comma inside quotes we read). */
async function download(element: RiskRegister): Promise<string[][]> {
  const button = shadowOf(element).querySelector<HTMLButtonElement>('button[part="download-button"]')!;
  const { text } = await captureDownload(() => button.click());
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) =>
        m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'),
      ),
    );
}

beforeEach(() => forgetDocumentStores());

describe('<risk-register project>', () => {
  it("shows only the project's linked risks, without naming the project on each", async () => {
    const element = await register({ project: 'wp1-hnb', today: '2019-12-10' });
    expect(ids(element)).to.have.members(['R-01', 'R-06']);
    expect(shadowOf(element).querySelector('.project')).to.equal(null);
  });

  it('without it, a linked risk names its project', async () => {
    const element = await register({ today: '2019-12-10' });
    const named = [...shadowOf(element).querySelectorAll('.project')].map((span) => textOf(span));
    expect(named).to.deep.equal([en.risk.projectOf(PROJECT), en.risk.projectOf(PROJECT)]);
  });

  it('an unknown project is said, not shown as an empty register', async () => {
    const element = await register({ project: 'wp9' });
    expect(textOf(shadowOf(element).querySelector('p'))).to.equal(
      "There is no project with the id 'wp9'. Set the project attribute to one of: wp1-hnb.",
    );
  });
});

// The CSV names the project a row names ("Project: Work Project 1: …" under R-01's title), headed in the page's
// language, in a project's own register too, whose rows do not.
describe('<risk-register>: the CSV names the project a row names', () => {
  it('the whole register: a Project column after the risk, R-01 linked to Work Project 1, R-02 to none', async () => {
    const [head, ...body] = await download(await register({ today: '2019-12-10' }));
    const column = head!.indexOf(en.risk.csv.project);
    expect(column, 'the Project column').to.equal(head!.indexOf(en.risk.columns.title) + 1);
    const projectOf = (id: string) => body.find((cells) => cells[0] === id)?.[column];
    expect(projectOf('R-01')).to.equal(PROJECT);
    expect(projectOf('R-02')).to.equal('');
  });

  it("a project's own register: the Project column too, as the action tracker's file has it", async () => {
    // The table leaves the project unsaid; a file read apart from the page, or pasted beside another's, says it.
    const [head, ...body] = await download(await register({ today: '2019-12-10', project: 'wp1-hnb' }));
    const column = head!.indexOf(en.risk.csv.project);
    expect(body.map((cells) => cells[column])).to.deep.equal([PROJECT, PROJECT]);
  });

  it('riskCsv: the column only when asked for, headed in the page’s language', () => {
    const rows = [] as Parameters<typeof riskCsv>[1];
    const scale = { bands: [{ upTo: 25, label: 'All', rag: 'red' as const }], appetite: {} };
    expect(riskCsv(en, rows, scale).header).not.to.include(en.risk.csv.project);
    expect(riskCsv(cy, rows, scale, { projects: true }).header).to.include(cy.risk.csv.project);
    expect(cy.risk.csv.project).to.equal('Prosiect');
  });
});
