import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { en } from '../../../src/messages/en.js';
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
