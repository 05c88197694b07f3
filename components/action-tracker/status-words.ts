/**
 * The words of an action's status, as the table and the CSV both say them: the status on the day (the tag), and
 * what else is worth saying of it (work started on an overdue action; a completion date before the action was
 * raised). One function for both, so the CSV holds what the table shows.
 */
import type { Messages } from '../../src/messages/index.js';
import type { ActionRow } from './action-rows.js';

/** The status's tag, then its notes, each in the element's language. */
export interface StatusWords {
  tag: string;
  notes: string[];
}

export function statusWords(msg: Messages, row: ActionRow): StatusWords {
  const t = msg.actions;
  const { action, status, raisedAfterCompleted } = row;
  // Overdue or due soon says when; that work has started is worth saying too.
  const started = action.status === 'in-progress' && status !== 'in-progress' ? [t.startedToo] : [];
  const misdated = raisedAfterCompleted ? [t.completedBeforeRaised(msg.format.shortDate(raisedAfterCompleted))] : [];
  return { tag: t.status(status), notes: [...started, ...misdated] };
}

/** The status as one cell's text: "Overdue (in progress)". */
export function statusText(msg: Messages, row: ActionRow): string {
  const { tag, notes } = statusWords(msg, row);
  return [tag, ...notes].join(' ');
}
