import { expect } from '@open-wc/testing';
import { bandFor, defaultBandCode, onRegister, riskStatus, risksOnRegister } from '../../../src/rules/risk.js';
import { rulesDocument, type Parts, type RiskInput } from '../../fixtures/documents.js';

const TODAY = '2019-12-10';
function status(risk: Partial<RiskInput>, today = TODAY, riskScale?: Parts['riskScale']) {
  const record: RiskInput = {
    id: 'R-1',
    title: 'A risk',
    owner: 'olive',
    raised: '2019-01-01',
    likelihood: 1,
    impact: 1,
    ...risk,
  };
  return riskStatus(rulesDocument({ risks: [record], riskScale }), 'R-1', today);
}
const rated = (likelihood: number, impact: number) => ({ likelihood, impact });

describe('riskStatus: score and band', () => {
  it('scores likelihood × impact, banded at the default edges 4/5 and 12/13', () => {
    expect(status(rated(2, 2)))
      .to.include({ score: 4 })
      .and.deep.include({ band: { label: 'Low', rag: 'green' } });
    expect(status(rated(5, 1)).band).to.deep.equal({ label: 'Medium', rag: 'amber' });
    expect(status(rated(4, 3)).band).to.deep.equal({ label: 'Medium', rag: 'amber' });
    expect(status(rated(3, 5)).band).to.deep.equal({ label: 'High', rag: 'red' }); // 13 is no product: 15 is the next
    expect(status(rated(5, 5)))
      .to.include({ score: 25 })
      .and.deep.include({ band: { label: 'High', rag: 'red' } });
  });

  it('bandFor: the first band whose upTo the score does not exceed', () => {
    const scale = rulesDocument().riskScale;
    expect([4, 5, 12, 13, 25].map((score) => bandFor(scale, score).label)).to.deep.equal([
      'Low',
      'Medium',
      'Medium',
      'High',
      'High',
    ]);
  });

  it('bandFor: a score beyond the scale takes its last band', () => {
    const scale = rulesDocument().riskScale;
    expect(bandFor(scale, 30)).to.deep.equal({ label: 'High', rag: 'red' });
  });

  it('uses the document’s own bands', () => {
    const bands = [
      { upTo: 9, label: 'Tolerable', rag: 'amber' as const },
      { upTo: 25, label: 'Severe', rag: 'red' as const },
    ];
    expect(status(rated(3, 3), TODAY, { bands }).band.label).to.equal('Tolerable');
    expect(status(rated(2, 5), TODAY, { bands }).band.label).to.equal('Severe');
  });

  it('target and inherent scores, null when not rated', () => {
    expect(status({ ...rated(4, 5), target: rated(2, 4), inherent: rated(5, 5) })).to.include({
      targetScore: 8,
      inherentScore: 25,
    });
    expect(status(rated(4, 5))).to.include({ targetScore: null, inherentScore: null });
  });
});

describe('riskStatus: appetite', () => {
  const scale = { appetite: { financial: 12 } };
  it('is above appetite only when the score exceeds the category’s appetite', () => {
    expect(status({ category: 'financial', ...rated(3, 4) }, TODAY, scale)).to.include({
      aboveAppetite: false,
      appetite: 12,
    });
    expect(status({ category: 'financial', ...rated(3, 5) }, TODAY, scale).aboveAppetite).to.equal(true);
  });

  it('never without a category, or for a category with no appetite', () => {
    expect(status(rated(5, 5), TODAY, scale)).to.include({ aboveAppetite: false, appetite: null });
    expect(status({ category: 'reputational', ...rated(5, 5) }, TODAY, scale).aboveAppetite).to.equal(false);
    expect(status({ category: 'constructor', ...rated(5, 5) }, TODAY, scale)).to.include({
      aboveAppetite: false,
      appetite: null,
    });
  });
});

describe('riskStatus: review', () => {
  it('is overdue when open and the review date is before today', () => {
    expect(status({ review: '2019-12-09' }).reviewOverdue).to.equal(true);
    expect(status({ review: '2019-12-10' }).reviewOverdue).to.equal(false);
    expect(status({}).reviewOverdue).to.equal(false);
  });

  it('is never overdue when the risk is closed or accepted', () => {
    expect(status({ review: '2019-12-09', status: 'closed' }).reviewOverdue).to.equal(false);
    expect(status({ review: '2019-12-09', status: 'accepted' }).reviewOverdue).to.equal(false);
  });
});

describe('riskStatus: trend', () => {
  const withHistory = (...history: { date: string; likelihood: number; impact: number }[]) => ({
    ...rated(2, 3),
    history,
  });

  it('compares the score with the latest earlier rating: up, down or steady', () => {
    expect(status(withHistory({ date: '2019-09-01', ...rated(1, 3) })).trend).to.equal('up');
    expect(status(withHistory({ date: '2019-09-01', ...rated(3, 3) })).trend).to.equal('down');
    expect(status(withHistory({ date: '2019-09-01', ...rated(3, 2) })).trend).to.equal('steady'); // same score
  });

  it('takes the latest entry before today, whatever the order, and ignores today and later', () => {
    const history = withHistory(
      { date: '2019-11-01', ...rated(1, 1) },
      { date: '2019-06-01', ...rated(5, 5) },
      { date: '2019-12-10', ...rated(5, 5) },
      { date: '2020-01-01', ...rated(5, 5) },
    );
    expect(status(history).trend).to.equal('up');
  });

  it('is null without an earlier entry', () => {
    expect(status(withHistory()).trend).to.equal(null);
    expect(status(withHistory({ date: '2019-12-10', ...rated(1, 1) })).trend).to.equal(null);
  });
});

describe('riskStatus: the rating on today', () => {
  // Each history entry is an earlier rating: an entry dated after today means the current rating came later still.
  const reRated = {
    ...rated(4, 5),
    history: [
      { date: '2019-05-20', ...rated(5, 5) },
      { date: '2019-06-20', ...rated(3, 5) },
      { date: '2019-09-01', ...rated(5, 5) },
    ],
  };

  it('is the history’s rating in force on today where the risk was re-rated after it', () => {
    expect(status(reRated, '2019-07-01')).to.include({ likelihood: 3, impact: 5, score: 15, trend: 'down' });
    expect(status(reRated, '2019-06-20')).to.include({ score: 15, trend: 'down' });
    expect(status(reRated, '2019-06-01')).to.include({ likelihood: 5, impact: 5, score: 25, trend: null });
  });

  it('is the current rating once no entry is later than today, or none is as early', () => {
    expect(status(reRated, '2019-12-10')).to.include({ likelihood: 4, impact: 5, score: 20, trend: 'down' });
    expect(status({ ...rated(2, 2), history: [{ date: '2019-09-01', ...rated(5, 5) }] }, '2019-06-01')).to.include({
      score: 4,
      trend: null,
    });
  });
});

describe('onRegister and risksOnRegister: from the day a risk is raised', () => {
  const doc = rulesDocument({
    risks: [
      { id: 'early', title: 'Early', owner: 'olive', raised: '2019-05-20', likelihood: 1, impact: 1 },
      { id: 'on-the-day', title: 'On the day', owner: 'olive', raised: '2019-06-01', likelihood: 1, impact: 1 },
      { id: 'later', title: 'Later', owner: 'olive', raised: '2019-09-01', likelihood: 1, impact: 1 },
      {
        id: 'closed',
        title: 'Closed',
        owner: 'olive',
        raised: '2019-01-01',
        likelihood: 1,
        impact: 1,
        status: 'closed',
      },
    ],
  });

  it('holds the risks raised on or before today, closed ones too, in the document’s order', () => {
    expect(risksOnRegister(doc, '2019-06-01').map((r) => r.id)).to.deep.equal(['early', 'on-the-day', 'closed']);
    expect(risksOnRegister(doc, '2019-12-10')).to.have.length(4);
    expect(onRegister(doc.risks[2]!, '2019-08-31')).to.equal(false);
    expect(onRegister(doc.risks[2]!, '2019-09-01')).to.equal(true);
  });
});

describe('riskStatus: unknown id', () => {
  it('throws a RangeError naming it', () => {
    expect(() => riskStatus(rulesDocument(), 'R-9', TODAY)).to.throw(RangeError, "No risk has the id 'R-9'");
  });
});

describe('defaultBandCode: the contract’s own bands, for a document that names none', () => {
  const scaleOf = (riskScale?: Parts['riskScale']) => rulesDocument({ risks: [], riskScale }).riskScale;

  it('names each default band where the document gives no bands', () => {
    const scale = scaleOf();
    expect(['Low', 'Medium', 'High'].map((label) => defaultBandCode(scale, label))).to.deep.equal([
      'low',
      'medium',
      'high',
    ]);
  });

  it('names none where the partnership named its bands, even with the same words', () => {
    const own = scaleOf({
      bands: [
        { upTo: 6, label: 'Low', rag: 'green' },
        { upTo: 25, label: 'High', rag: 'red' },
      ],
    });
    expect(defaultBandCode(own, 'Low')).to.equal(undefined);
    expect(defaultBandCode(own, 'High')).to.equal(undefined);
    // Three bands with the default words, Medium reaching 15 rather than 12: the partnership's own.
    const edges = scaleOf({
      bands: [
        { upTo: 4, label: 'Low', rag: 'green' },
        { upTo: 15, label: 'Medium', rag: 'amber' },
        { upTo: 25, label: 'High', rag: 'red' },
      ],
    });
    expect(['Low', 'Medium', 'High'].map((label) => defaultBandCode(edges, label))).to.deep.equal([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
