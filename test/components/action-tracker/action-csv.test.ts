// The CSV holds the rows shown, status words and all. The table said "Overdue (in progress)" and "Due soon (in
// progress)" where the CSV said only "Overdue" and "Due soon", in English and Welsh: the two now take their status
// words from one function (status-words.ts). An action recorded done before it was raised (A-01, raised at the
// meeting of 8 October 2019, "completed" 1 January 2018: a year typed wrong) said "Done", on time: both now say
// the date needs checking.
import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { actionCsv } from '../../../components/action-tracker/action-csv.js';
import { actionRows } from '../../../components/action-tracker/action-rows.js';
import { renderActionTables } from '../../../components/action-tracker/actions-table.js';
import { parseDocument, type PartnershipDocument } from '../../../src/contract/index.js';
import { namesIn, type Messages } from '../../../src/messages/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { seedDocument } from '../../fixtures/documents.js';
import { textOf } from '../../fixtures/text.js';

const TODAY = '2019-12-10';

/** Sutton, with A-01 recorded done on 1 January 2018, before the meeting of 8 October 2019 that raised it. */
async function sutton(): Promise<PartnershipDocument> {
  const loose = (await seedDocument('sutton')) as { actions: { id: string; completed?: string }[] };
  loose.actions.find((action) => action.id === 'A-01')!.completed = '2018-01-01';
  const parsed = parseDocument(loose);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

/** Each action's Status, by its id: as the table shows it, and as the CSV holds it. */
function statuses(msg: Messages, doc: PartnershipDocument) {
  const rows = actionRows(doc, TODAY, {}, msg.actions);
  const host = document.createElement('div');
  document.body.append(host);
  const tables = { groupBy: 'none' as const, changes: new Map(), statusEditor: () => nothing };
  render(renderActionTables(msg, namesIn(doc, msg), doc, rows, tables), host);
  const shown = [...host.querySelectorAll('tbody .col-status')].map((cell) => textOf(cell));
  host.remove();
  const { header, body } = actionCsv(msg, namesIn(doc, msg), doc, rows);
  const at = header.indexOf(msg.actions.columns.status);
  const ids = rows.map((row) => row.action.id);
  return {
    table: Object.fromEntries(ids.map((id, i) => [id, shown[i]])),
    csv: Object.fromEntries(body.map((cells) => [cells[0], cells[at]])),
  };
}

for (const [lang, msg] of [
  ['en', en],
  ['cy', cy],
] as const) {
  describe(`actionCsv: the Status the table shows (${lang})`, () => {
    const t = msg.actions;

    it('keeps "(in progress)" of an overdue or due-soon action in progress', async () => {
      const { table, csv } = statuses(msg, await sutton());
      // A-10 is in progress and was due 29 November; A-05 is in progress and due 13 December.
      expect(csv['A-10']).to.equal(`${t.status('overdue')} ${t.startedToo}`);
      expect(csv['A-05']).to.equal(`${t.status('due-soon')} ${t.startedToo}`);
      expect(csv).to.deep.equal(table);
    });

    it('says a completion date before the action was raised needs checking, in the table and the CSV', async () => {
      const { table, csv } = statuses(msg, await sutton());
      const note = t.completedBeforeRaised(msg.format.shortDate('2019-10-08'));
      expect(table['A-01']).to.equal(`${t.status('done')} ${note}`);
      expect(csv['A-01']).to.equal(table['A-01']);
      // Done on a date after it was raised says nothing more.
      expect(csv['A-03']).to.equal(t.status('done'));
    });
  });
}
