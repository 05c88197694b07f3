/**
 * The tracker's rows: each action with its status on `today` from the rules
 * core, filtered, ordered (overdue first, then by when), and grouped.
 */
import type { Action, PartnershipDocument } from '../../src/contract/index.js';
import {
  actionGroup,
  actionsRaisedBy,
  actionStatus,
  completedBeforeRaised,
  type ActionStatus,
} from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';
import { ownerNames } from '../internal/owner-names.js';

export interface ActionRow {
  action: Action;
  status: ActionStatus;
  /**
   * The owner's name as "By whom", the rows and the CSV give it (`ownerNames`): told apart from another owner of the
   * same name (a post, "Headteacher") by their organisation or else their id, in the words of the page's language.
   */
  owner: string;
  /** The day the action was raised, when it is shown done on a date before it: the date needs checking. */
  raisedAfterCompleted?: string;
}

/** The completion date a row shows: none while the action was not done yet on the day it is judged. */
export const completedOf = ({ action, status }: ActionRow): string | undefined =>
  status === 'done' || status === 'done-late' ? action.completed : undefined;

export type GroupBy = 'none' | 'owner' | 'meeting' | 'status';

/** Overdue first, then what is due soon, then work in hand; finished work last. */
const URGENCY: ActionStatus[] = ['overdue', 'due-soon', 'in-progress', 'open', 'done-late', 'done', 'dropped'];

/**
 * The actions in `scope`, each with its status on `today` and its owner named in `words`, most urgent first. `live`:
 * the page is on the real day, its document the record as it stands now, so every action in it has been raised.
 * Otherwise (a page fixed on another day: a rehearsal, a report as of a date) only those raised by `today`.
 */
export function actionRows(
  document: PartnershipDocument,
  today: string,
  scope: { group?: string; meeting?: string; owner?: string; project?: string },
  words: Pick<Messages['actions'], 'namesake'>,
  { live = false }: { live?: boolean } = {},
): ActionRow[] {
  // A live tracker that left out actions linked to a later meeting hid overdue ones: a link is often where an action
  // reports back. On a fixed day, only the actions raised by then (`actionsRaisedBy`), as the register's risks.
  const raised = live ? document.actions : actionsRaisedBy(document, today);
  const actions = raised.filter(
    (a) =>
      // Its own group's or its meeting's: an action linked to the group only through its meeting is the group's.
      (!scope.group || actionGroup(document, a) === scope.group) &&
      (!scope.meeting || a.meeting === scope.meeting) &&
      (!scope.owner || a.owner === scope.owner) &&
      (!scope.project || a.project === scope.project),
  );
  const owners = ownerNames(
    document,
    actions.map((action) => action.owner),
    words.namesake,
  );
  return actions
    .map((action) => actionRow(document, action, today, owners.get(action.owner) ?? action.owner))
    .sort((a, b) => URGENCY.indexOf(a.status) - URGENCY.indexOf(b.status) || earlierFirst(a.action.due, b.action.due));
}

/** One action's row on `today`, its owner named `owner`. */
function actionRow(document: PartnershipDocument, action: Action, today: string, owner: string): ActionRow {
  const row: ActionRow = { action, status: actionStatus(document, action.id, today), owner };
  // Only where the row shows the completion date: one recorded after today is not shown done yet.
  const raised = completedOf(row) === undefined ? undefined : completedBeforeRaised(document, action);
  return raised === undefined ? row : { ...row, raisedAfterCompleted: raised };
}

/**
 * Calendar dates (YYYY-MM-DD, as the contract has every `due`) in the order of their days: as text, character by
 * character. `localeCompare` gave the same order through the locale's collation rules, a cost in each of the
 * sort's comparisons that a tracker of hundreds of actions paid in every render (issue 12).
 */
const earlierFirst = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function filterActions(rows: ActionRow[], filters: { owner?: string; status?: string }): ActionRow[] {
  return rows.filter(
    (r) => (!filters.owner || r.action.owner === filters.owner) && (!filters.status || r.status === filters.status),
  );
}

/**
 * Rows in groups, each with its name, the rows in their own order within each. Groups come in the order their
 * first row does, except meetings: those come in date order (`startOf`, ms), actions of no meeting last.
 */
export function groupActions(
  rows: ActionRow[],
  by: GroupBy,
  nameOf: { meeting: (id?: string) => string; status: (status: ActionStatus) => string },
  startOf: (meetingId: string) => number = () => 0,
): { name: string; rows: ActionRow[] }[] {
  if (by === 'none') return [{ name: '', rows }];
  // By whom, by the person: two people of one name (a post) are two groups, each named apart (`ownerNames`).
  const groups = new Map<string, { name: string; rows: ActionRow[] }>();
  for (const row of rows) {
    const name =
      by === 'owner' ? row.owner : by === 'status' ? nameOf.status(row.status) : nameOf.meeting(row.action.meeting);
    const key = by === 'owner' ? row.action.owner : name;
    groups.set(key, { name, rows: [...(groups.get(key)?.rows ?? []), row] });
  }
  const named = [...groups.values()];
  if (by !== 'meeting') return named;
  const when = (group: { rows: ActionRow[] }) => {
    const meeting = group.rows[0]!.action.meeting;
    return meeting === undefined ? Infinity : startOf(meeting);
  };
  return named.sort((a, b) => when(a) - when(b));
}
