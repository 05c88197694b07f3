// Sorting the register: a risk with no value in the sorted column (no review date, no appetite for its category,
// no earlier rating, no inherent or target rating, no category, no mitigation) goes after every risk with one, in
// both directions. Reversed, a filler value (0, -100, 9999-12-31) put them first, against the order the sort announced.
import { expect } from '@open-wc/testing';
import { riskRows, sortRows, type RiskSortKey } from '../../../components/risk-register/risk-rows.js';
import { parseDocument } from '../../../src/contract/index.js';
import { en } from '../../../src/messages/en.js';
import { minimalDocument } from '../../fixtures/documents.js';

const risk = (id: string, likelihood: number, impact: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Risk ${id}`,
  owner: 'p-head-a',
  likelihood,
  impact,
  raised: '2019-01-01',
  ...extra,
});

function rows(risks: unknown[]) {
  const doc = { ...minimalDocument(), riskScale: { appetite: { financial: 10 } }, risks };
  const parsed = parseDocument(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return riskRows(parsed.document, '2019-12-10', en.risk);
}

const order = (key: RiskSortKey, direction: 'ascending' | 'descending', risks: unknown[]) =>
  sortRows(rows(risks), key, direction).map((row) => row.risk.id);

describe('sortRows: a missing value goes last, in both directions', () => {
  it('next review: the risks with no review date after the latest and after the earliest', () => {
    const risks = [
      risk('NONE', 2, 2),
      risk('EARLY', 2, 2, { review: '2019-01-01' }),
      risk('LATE', 2, 2, { review: '2020-06-01' }),
    ];
    expect(order('review', 'ascending', risks)).to.deep.equal(['EARLY', 'LATE', 'NONE']);
    expect(order('review', 'descending', risks)).to.deep.equal(['LATE', 'EARLY', 'NONE']);
  });

  it('appetite: the risks whose category has no appetite after the within and the above', () => {
    const risks = [
      risk('NONE', 5, 5),
      risk('WITHIN', 1, 1, { category: 'financial' }),
      risk('ABOVE', 4, 4, { category: 'financial' }),
    ];
    expect(order('appetite', 'ascending', risks)).to.deep.equal(['WITHIN', 'ABOVE', 'NONE']);
    expect(order('appetite', 'descending', risks)).to.deep.equal(['ABOVE', 'WITHIN', 'NONE']);
  });

  it('trend: "No earlier rating" after falling, steady and rising', () => {
    const history = (score: number) => ({ history: [{ date: '2019-01-01', likelihood: score, impact: 1 }] });
    const risks = [
      risk('NONE', 2, 2),
      risk('UP', 2, 2, history(1)),
      risk('DOWN', 2, 2, history(5)),
      risk('STEADY', 4, 1, history(4)),
    ];
    expect(order('trend', 'ascending', risks)).to.deep.equal(['DOWN', 'STEADY', 'UP', 'NONE']);
    expect(order('trend', 'descending', risks)).to.deep.equal(['UP', 'STEADY', 'DOWN', 'NONE']);
  });

  it('inherent and target scores: a risk with none after those with one', () => {
    const rated = (score: number) => ({ likelihood: score, impact: 1 });
    const risks = [
      risk('NONE', 2, 2),
      risk('LOW', 2, 2, { inherent: rated(2), target: rated(1) }),
      risk('HIGH', 2, 2, { inherent: rated(5), target: rated(2) }),
    ];
    for (const key of ['inherent', 'target'] as const) {
      expect(order(key, 'ascending', risks), key).to.deep.equal(['LOW', 'HIGH', 'NONE']);
      expect(order(key, 'descending', risks), key).to.deep.equal(['HIGH', 'LOW', 'NONE']);
    }
  });

  it('category and mitigation: a risk with none after A to Z and after Z to A', () => {
    const risks = [
      risk('NONE', 2, 2),
      risk('A', 2, 2, { category: 'audit', mitigation: 'A plan' }),
      risk('Z', 2, 2, { category: 'zoning', mitigation: 'Zero tolerance' }),
    ];
    for (const key of ['category', 'mitigation'] as const) {
      expect(order(key, 'ascending', risks), key).to.deep.equal(['A', 'Z', 'NONE']);
      expect(order(key, 'descending', risks), key).to.deep.equal(['Z', 'A', 'NONE']);
    }
  });

  it('ties among the missing keep the register order in both directions', () => {
    const risks = [risk('N1', 2, 2), risk('SET', 2, 2, { review: '2019-01-01' }), risk('N2', 2, 2)];
    expect(order('review', 'ascending', risks)).to.deep.equal(['SET', 'N1', 'N2']);
    expect(order('review', 'descending', risks)).to.deep.equal(['SET', 'N1', 'N2']);
  });
});
