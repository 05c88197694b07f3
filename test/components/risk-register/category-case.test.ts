// A category differing from an appetite key only in letter case ("Financial" beside the appetite's "financial") is
// another category: categories match their appetite exactly (CONTRACT.md, docs/contract-notes.md). The register
// must not show the two alike ("Financial" twice in the filter, one above appetite, one "Not set") and must tell the
// clerk why the one has no appetite.
import { expect } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';
import { minimalDocument } from '../../fixtures/documents.js';
import { selectLabelled } from '../../fixtures/selects.js';
import { shadowOf, showElement, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const risk = (id: string, category: string) => ({
  id,
  title: `Risk ${id}`,
  owner: 'p-head-a',
  likelihood: 4,
  impact: 4,
  raised: '2019-01-01',
  category,
});

function document(categories: string[]) {
  return {
    ...minimalDocument(),
    riskScale: { appetite: { financial: 8 } },
    risks: categories.map((category, i) => risk(`R${i + 1}`, category)),
  };
}

const show = (categories: string[], attrs: Record<string, string> = {}) =>
  showElement<RiskRegister>('risk-register', { today: '2019-12-10', ...attrs }, document(categories));

const options = (element: RiskRegister, label: string) =>
  [...selectLabelled(shadowOf(element), label).options].slice(1).map((o) => textOf(o));
const categoryCells = (element: RiskRegister) =>
  [...shadowOf(element).querySelectorAll('tbody td[data-column="category"]')].map((td) => textOf(td));
const notices = (element: RiskRegister) =>
  [...shadowOf(element).querySelectorAll('[part="appetite-notice"]')].map((p) => textOf(p));

describe('<risk-register>: a category matching an appetite only by letter case', () => {
  it('the filter offers two options that read differently, each as its rows show the category', async () => {
    const element = await show(['financial', 'Financial']);
    const offered = options(element, en.risk.filterCategory);
    expect(offered).to.have.length(2);
    expect(new Set(offered).size, `two options that look alike: ${offered}`).to.equal(2);
    expect([...categoryCells(element)].sort()).to.deep.equal([...offered].sort());
  });

  it('says which category has no appetite and which appetite it missed, in English and Welsh', async () => {
    const element = await show(['financial', 'Financial']);
    expect(notices(element)).to.deep.equal([en.risk.categoryCase('Financial', 'financial')]);
    expect(en.risk.categoryCase('Financial', 'financial')).to.include('"Financial"').and.include('"financial"');
    const welsh = await show(['financial', 'Financial'], { lang: 'cy' });
    await until(() => notices(welsh)[0] === cy.risk.categoryCase('Financial', 'financial'), 'the notice in Welsh');
    expect(cy.risk.categoryCase('Financial', 'financial')).to.include('“Financial”').and.include('“financial”');
  });

  it('a category that matches its appetite exactly, or none by any case, is said nothing of and reads as before', async () => {
    const element = await show(['financial', 'reputational']);
    expect(notices(element)).to.deep.equal([]);
    expect(options(element, en.risk.filterCategory)).to.deep.equal(['Financial', 'Reputational']);
  });
});
