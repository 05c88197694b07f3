/**
 * The completion date an owner typed, read as a date and checked by the
 * rules core as the host will check it: a date that does not exist, one
 * after `today`, or one before the action was raised, is a problem to mark at its fields, and nothing is sent.
 * The tracker keeps the problems and says them (date-errors.ts).
 */
import type { Action, PartnershipDocument } from '../../src/contract/index.js';
import { actionChangeRefusal } from '../../src/rules/index.js';
import { DATE_FIELDS, readDate, type DateProblem, type DateText } from './completed-date.js';

/**
 * `document`: the document shown, undefined while there is none (the date is then only read). `editor`: who
 * records the change, as the core asks.
 */
export function checkedCompletion(
  typed: DateText,
  action: Action,
  { document, editor, today }: { document?: PartnershipDocument; editor: string; today: string },
): { date?: string; problem?: DateProblem } {
  const read = readDate(typed);
  if ('problem' in read) return { problem: read.problem };
  if (document) {
    const change = { id: '', action: action.id, status: 'done' as const, completed: read.date, by: editor, at: '' };
    const refusal = actionChangeRefusal(document, change, today);
    if (refusal?.reason === 'completed-in-future') return { problem: { code: 'future', fields: DATE_FIELDS } };
    if (refusal?.reason === 'completed-before-raised') {
      return { problem: { code: 'before-raised', fields: DATE_FIELDS, raised: refusal.values.raised } };
    }
  }
  return { date: read.date };
}
