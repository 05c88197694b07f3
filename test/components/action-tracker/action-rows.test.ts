// The tracker's rows in the order of urgency, then of when they are due: the due dates are calendar dates, ordered
// as text, with no collator asked in any of the sort's comparisons, made in every render (issue 12).
import { expect } from '@open-wc/testing';
import { actionRows } from '../../../components/action-tracker/action-rows.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument } from '../../fixtures/documents.js';

/** How many times `during` asks `localeCompare`. */
function collationsDuring(during: () => void): number {
  const localeCompare = String.prototype.localeCompare;
  let asked = 0;
  String.prototype.localeCompare = function (this: string, ...args: Parameters<string['localeCompare']>) {
    asked += 1;
    return localeCompare.apply(this, args);
  };
  try {
    during();
  } finally {
    String.prototype.localeCompare = localeCompare;
  }
  return asked;
}

describe('actionRows', () => {
  it('orders each status’s actions by their due dates without the locale’s collation', async () => {
    const sutton = (await seedDocument('sutton')) as PartnershipDocument;
    let rows: ReturnType<typeof actionRows> = [];
    expect(
      collationsDuring(() => (rows = actionRows(sutton, '2019-12-10', {}, en.actions))),
      'collations',
    ).to.equal(0);
    expect(rows.length, 'every action').to.equal(sutton.actions.length);
    // The order localeCompare gave: by urgency, then by due date.
    const urgency = ['overdue', 'due-soon', 'in-progress', 'open', 'done-late', 'done', 'dropped'];
    const expected = [...rows].sort(
      (a, b) => urgency.indexOf(a.status) - urgency.indexOf(b.status) || a.action.due.localeCompare(b.action.due),
    );
    expect(rows.map((row) => row.action.id)).to.deep.equal(expected.map((row) => row.action.id));
  });
});
