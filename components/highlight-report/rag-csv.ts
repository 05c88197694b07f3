/**
 * A project's RAG history as CSV rows: every month from its start to today's
 * (or its end), oldest first, with the report's state, the lead's rating,
 * when it was due and submitted, whether it was late, and why it was amber
 * or red; headers in the element's language. Dates stay YYYY-MM-DD and months
 * YYYY-MM, so a spreadsheet sorts them.
 */
import type { ProjectMonth } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';

export function ragHistoryCsv(msg: Messages, months: readonly ProjectMonth[]): { header: string[]; body: string[][] } {
  const t = msg.highlightReport;
  const c = t.csv;
  // The report's state under the word the summary list gives it.
  const header = [c.month, t.report, c.status, c.due, c.submitted, c.late, c.reason];
  const late = (month: ProjectMonth) =>
    month.state === 'submitted-late' || month.state === 'missing' ? c.yes : month.state === 'submitted' ? c.no : '';
  const body = months.map((month) => [
    month.period,
    t.state(month.state),
    month.status ? t.rag(month.status) : '',
    month.due,
    month.report?.submitted ?? '',
    late(month),
    month.report?.reason ?? '',
  ]);
  return { header, body };
}
