/** Action status on a given day: by whom and by when, and whether it slipped. */
import type { PartnershipDocument } from '../contract/index.js';
import { addDays } from './calendar.js';

export type ActionStatus = 'open' | 'in-progress' | 'due-soon' | 'overdue' | 'done' | 'done-late' | 'dropped';

/** Due within this many days of today, inclusive, is "due soon". */
export const DUE_SOON_DAYS = 7;

/**
 * An action's status on `today`: overdue when open or in progress and due
 * before today; due soon when due from today to 7 days after; done late when
 * completed after its due date.
 */
export function actionStatus(doc: PartnershipDocument, actionId: string, today: string): ActionStatus {
  const action = doc.actions.find((a) => a.id === actionId);
  if (!action) throw new RangeError(`No action has the id '${actionId}'.`);
  if (action.status === 'dropped') return 'dropped';
  if (action.status === 'done') return action.completed && action.completed > action.due ? 'done-late' : 'done';
  if (action.due < today) return 'overdue';
  if (action.due <= addDays(today, DUE_SOON_DAYS)) return 'due-soon';
  return action.status;
}
