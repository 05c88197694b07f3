// The heat map renders the core's matrix: each cell's score and band come
// from riskMatrix, the legend's ranges from bandRanges.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { bandLetters, renderHeatMap } from '../../../components/risk-register/heat-map.js';
import { riskRows } from '../../../components/risk-register/risk-rows.js';
import { bandRanges, riskMatrix } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { rulesDocument, type RiskInput } from '../../fixtures/documents.js';

const risk = (id: string, likelihood: number, impact: number): RiskInput => ({
  id,
  title: `Risk ${id}`,
  owner: 'olive',
  likelihood,
  impact,
  status: 'open',
  raised: '2019-09-01',
});

/** A scale of its own: Low to 6, Medium to 15, High to 25. */
const SCALE = {
  bands: [
    { upTo: 6, label: 'Low', rag: 'green' as const },
    { upTo: 15, label: 'Medium', rag: 'amber' as const },
    { upTo: 25, label: 'High', rag: 'red' as const },
  ],
};

describe('riskMatrix and bandRanges', () => {
  it('gives 25 cells, each scored likelihood × impact and banded on the document’s scale, with its risks', () => {
    const doc = rulesDocument({ riskScale: SCALE, risks: [risk('a', 2, 3), risk('b', 2, 3), risk('c', 5, 4)] });
    const cells = riskMatrix(doc.riskScale, doc.risks);
    expect(cells).to.have.length(25);
    expect(cells.find((c) => c.likelihood === 2 && c.impact === 3)).to.deep.equal({
      likelihood: 2,
      impact: 3,
      score: 6,
      band: { label: 'Low', rag: 'green' },
      risks: ['a', 'b'],
    });
    expect(cells.find((c) => c.likelihood === 5 && c.impact === 4)).to.include({ score: 20 });
    expect(cells.filter((c) => c.risks.length > 0)).to.have.length(2);
  });

  it('names each band’s scores', () => {
    expect(bandRanges(rulesDocument({ riskScale: SCALE }).riskScale)).to.deep.equal([
      { label: 'Low', rag: 'green', from: 1, to: 6 },
      { label: 'Medium', rag: 'amber', from: 7, to: 15 },
      { label: 'High', rag: 'red', from: 16, to: 25 },
    ]);
  });
});

describe('the heat map', () => {
  it('colours and labels each cell by the core’s band, and counts its risks', async () => {
    const doc = rulesDocument({ riskScale: SCALE, risks: [risk('a', 2, 3), risk('b', 2, 3), risk('c', 3, 3)] });
    const host = document.createElement('div');
    document.body.append(host);
    let chosen = '';
    render(
      renderHeatMap(en, riskRows(doc, '2019-12-10', en.risk), doc.riskScale, {
        counted: 'open',
        active: '2:3',
        onSelect: (cell) => (chosen = cell),
      }),
      host,
    );
    const button = (cell: string) => host.querySelector<HTMLButtonElement>(`button[data-cell="${cell}"]`)!;
    const six = button('2:3');
    // The count as text; the band's letter (Low's L) drawn from data-letter.
    expect(six.textContent!.trim()).to.equal('2');
    expect(six.dataset.letter).to.equal('L');
    expect(six.getAttribute('aria-label')).to.equal(en.risk.cellLabel(2, 2, 3, 'Low'));
    expect(six.closest('td')!.className).to.contain('cell--green');
    expect(six.getAttribute('aria-pressed')).to.equal('true');
    // An empty cell is blank and says so: reachable, named "No risks…", no letter.
    const empty = button('5:5');
    expect(empty.textContent!.trim()).to.equal('');
    expect(empty.getAttribute('aria-label')).to.equal(en.risk.cellLabel(0, 5, 5, 'High'));
    expect(en.risk.cellLabel(0, 5, 5, 'High')).to.match(/^No risks/);
    expect(empty.hasAttribute('data-letter')).to.equal(false);
    const nine = button('3:3');
    expect(nine.closest('td')!.className).to.contain('cell--amber');
    nine.click();
    expect(chosen).to.equal('3:3');
    expect(
      [...host.querySelectorAll('.heat-map__legend li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal([
      `Low ${en.risk.bandRange(1, 6)}`,
      `Medium ${en.risk.bandRange(7, 15)}`,
      `High ${en.risk.bandRange(16, 25)}`,
    ]);
    // Each band's letter, drawn by the styles before its legend entry as in its cells.
    expect(
      [...host.querySelectorAll<HTMLElement>('.heat-map__legend .band-letter')].map((b) => b.dataset.letter),
    ).to.deep.equal(['L', 'M', 'H']);
    await expectNoAxeViolations(host);
    host.remove();
  });
});

// A review with awkward documents: labels that start alike ("Partnership risk rating: low", "Level 1 - low",
// "Tolerable risk" and "Tolerable with controls") gave each cell the whole start its label shared, which ran out of
// the cells and over their neighbours, or was cut to "Level " in every band alike.
describe('bandLetters: a mark that fits a cell and tells the bands apart', () => {
  const marks = (...labels: string[]) => {
    const bands = labels.map((label, i) => ({ upTo: [6, 15, 25][i]!, label, rag: 'green' as const }));
    return [...bandLetters(en.risk, { bands, appetite: {} }).values()];
  };

  it('is the shortest start of each label no other shares, when that is a letter or two', () => {
    expect(marks('Low', 'Medium', 'High')).to.deep.equal(['L', 'M', 'H']);
    expect(marks('Low', 'Medium', 'Moderate')).to.deep.equal(['L', 'Me', 'Mo']);
  });

  it('else the start of each label’s last word, else the band’s number from the lowest', () => {
    expect(marks('Level 1 - low', 'Level 2 - medium', 'Level 3 - high')).to.deep.equal(['L', 'M', 'H']);
    expect(
      marks('Partnership risk rating: low', 'Partnership risk rating: medium', 'Partnership risk rating: high'),
    ).to.deep.equal(['L', 'M', 'H']);
    expect(marks('Tolerable risk', 'Tolerable with controls', 'Intolerable')).to.deep.equal(['R', 'C', 'I']);
    expect(marks('Band 1', 'Band 2', 'Band 3')).to.deep.equal(['1', '2', '3']);
    expect(marks('Risk low', 'Risk lower', 'Risk lowest')).to.deep.equal(['1', '2', '3']);
  });
});
