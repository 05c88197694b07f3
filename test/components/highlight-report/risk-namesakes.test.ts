// The highlight report's risks, owned by two people of one name (the contract's `name` may be the post,
// "Headteacher"): each line says whose, told apart by their organisation as the register and the report's own
// "By whom" do. It said "Owner: Headteacher" of both.
import { expect } from '@open-wc/testing';
import { en } from '../../../src/messages/en.js';
import { seedDocument } from '../../fixtures/documents.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import { PROJECT, TODAY, recordsOf, showReport } from './helpers.js';

const ALPHA = { organisation: 'Alpha Primary' };
const BETA = { organisation: 'Beta Primary' };

freshDocumentsEachTest();

describe('<highlight-report>: the risks of two people of one name', () => {
  it('says whose each risk is, told apart by their organisation', async () => {
    const doc = await seedDocument('sutton');
    doc.people.push(
      { id: 'p-head-a', name: 'Headteacher', ...ALPHA },
      { id: 'p-head-b', name: 'Headteacher', ...BETA },
    );
    // Open, linked to the project, their review long overdue: the report lists both.
    const risk = { likelihood: 2, impact: 2, raised: '2019-09-01', review: '2019-09-15', project: PROJECT };
    doc.risks.push(
      { id: 'R-90', title: 'Alpha’s roll falls', owner: 'p-head-a', ...risk },
      { id: 'R-91', title: 'Beta’s roll falls', owner: 'p-head-b', ...risk },
    );
    const report = await showReport({ project: PROJECT, today: TODAY }, doc);
    await until(() => textOf(shadowOf(report)).includes(en.highlightReport.risksTitle), 'its words');
    const items = recordsOf(report, 'risks');
    const line = (id: string) => items.find((item) => item.startsWith(id)) ?? '';
    const t = en.highlightReport;
    expect(line('R-90')).to.contain(t.riskOwner(en.actions.namesake('Headteacher', ALPHA)));
    expect(line('R-91')).to.contain(t.riskOwner(en.actions.namesake('Headteacher', BETA)));
  });
});
