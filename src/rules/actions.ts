/** Action status on a given day: by whom and by when, and whether it slipped. */
import type { Action, PartnershipDocument } from '../contract/schema.js';
import { addDays, meetingDate } from './calendar.js';
import { byId } from './indexes.js';
import { actionOf } from './records.js';
import { dateArgument } from './moments.js';

export type ActionStatus = 'open' | 'in-progress' | 'due-soon' | 'overdue' | 'done' | 'done-late' | 'dropped';

/** Due within this many days of today, inclusive, is "due soon". */
export const DUE_SOON_DAYS = 7;

/**
 * An action's status on `today`: overdue when open or in progress and due
 * before today; due soon when due from today to 7 days after, inclusive;
 * done late when completed after its due date (done without a `completed`
 * date is taken as done on time). An action completed after `today` was not
 * done yet on `today`: it is judged by its due date, as an open one.
 * Whether the action had been raised by `today` is not this function's
 * question (its status union has no word for it): a list of actions on a
 * day is `actionsRaisedBy(doc, today)`, each then given its status.
 *
 * @example
 * actionStatus(doc, 'A-12', '2019-10-28'); // 'due-soon': due 1 November
 */
export function actionStatus(doc: PartnershipDocument, actionId: string, today: string): ActionStatus {
  dateArgument(today, 'today');
  const action = actionOf(doc, actionId);
  if (action.status === 'dropped') return 'dropped';
  const doneByToday = action.status === 'done' && !completedAfter(action, today);
  if (doneByToday) return action.completed && action.completed > action.due ? 'done-late' : 'done';
  if (action.due < today) return 'overdue';
  if (action.due <= addDays(today, DUE_SOON_DAYS)) return 'due-soon';
  return action.status === 'done' ? 'open' : action.status;
}

/**
 * The completion date of an action recorded done after `today`, or undefined: on `today` it was not done yet
 * (`actionStatus` judges it open), though its record says done. An editor of the record says so, or its
 * "Done" would contradict the status shown.
 *
 * @example
 * completedAfter({ status: 'done', completed: '2022-03-28', … }, '2022-01-20'); // '2022-03-28'
 */
export function completedAfter(action: Pick<Action, 'status' | 'completed'>, today: string): string | undefined {
  return action.status === 'done' && action.completed && action.completed > today ? action.completed : undefined;
}

/**
 * The day an action was raised: the date of the meeting it names, or undefined for one that names none (the
 * contract gives an action no date of its own for it). Nothing about the action happened before it. The contract
 * calls `meeting` only a link, and clerks often link an action to the meeting it reports back to: one due before
 * that meeting was not raised there (nothing is due before it is raised), so it too records no day it was raised.
 *
 * @example
 * actionRaised(doc, actionOf(doc, 'A-01')); // '2019-10-08': raised at eog-2019-10-08, due 1 November
 * actionRaised(doc, { meeting: 'eog-2019-10-08', due: '2019-10-01' }); // undefined: it reports back there
 */
export function actionRaised(doc: PartnershipDocument, action: Pick<Action, 'meeting' | 'due'>): string | undefined {
  const meeting = action.meeting === undefined ? undefined : byId(doc.meetings, action.meeting);
  const date = meeting && meetingDate(meeting);
  return date !== undefined && date <= action.due ? date : undefined;
}

/**
 * The document's actions raised by `today`, in its order: each from the date of the meeting that raised it
 * (`actionRaised`); there was no such action before. One that records no day it was raised (of no meeting, or due
 * before the meeting it links to, where it reports back) is taken as the document stands. The actions' counterpart
 * of `risksOnRegister`, for a page fixed on a past day (a rehearsal, a report as of a date): the tracker and the
 * highlight report both ask it, so they agree on which actions there were then. A live page shows the record as it
 * stands now, every action in it raised, so the tracker does not ask it there.
 *
 * @example
 * actionsRaisedBy(doc, '2019-10-10').map((a) => a.id); // A-08 (raised on 3 December) is not among them
 */
export function actionsRaisedBy(doc: PartnershipDocument, today: string): Action[] {
  dateArgument(today, 'today');
  return doc.actions.filter((action) => {
    const raised = actionRaised(doc, action);
    return raised === undefined || raised <= today;
  });
}

/**
 * The group an action is of: its own `group`, else the group of the meeting that raised it; undefined for one that
 * names neither (or a meeting the document lacks). The contract makes both links optional, so an action linked only
 * through its meeting is that group's: in its tracker, its CSV, and for its clerk or chair to change.
 *
 * @example
 * actionGroup(doc, { meeting: 'eog-2019-11-05' }); // 'eog'
 */
export function actionGroup(doc: PartnershipDocument, action: Pick<Action, 'group' | 'meeting'>): string | undefined {
  if (action.group !== undefined) return action.group;
  return action.meeting === undefined ? undefined : byId(doc.meetings, action.meeting)?.group;
}

/**
 * The day an action was raised, when it is recorded done on a date before that, or undefined: the completion date
 * cannot be right (a year typed wrong, most likely), so a late action may read as done on time. The document is
 * still accepted, as pages that show it today must go on showing it; the tracker says the date needs checking, and
 * `actionChangeRefusal` refuses to record such a date (`completed-before-raised`).
 *
 * @example
 * completedBeforeRaised(doc, { status: 'done', completed: '2018-01-01', meeting: 'eog-2019-10-08', due: '2019-11-01' }); // '2019-10-08'
 */
export function completedBeforeRaised(
  doc: PartnershipDocument,
  action: Pick<Action, 'status' | 'completed' | 'meeting' | 'due'>,
): string | undefined {
  const raised = action.status === 'done' && action.completed ? actionRaised(doc, action) : undefined;
  return raised !== undefined && action.completed! < raised ? raised : undefined;
}
