/**
 * The tracker's view as it is kept for the tab (components/internal/kept-view.ts):
 * its two filters and its grouping. What comes back is checked against what
 * the tracker can show now: a value it cannot show (a person with no action
 * here any more, a status or grouping that is not one) is left as the tracker
 * starts.
 */
import type { ActionStatus } from '../../src/rules/index.js';
import type { ActionRow, GroupBy } from './action-rows.js';

export interface TrackerView {
  filters: { owner?: string; status?: ActionStatus };
  groupBy: GroupBy;
}

const STATUSES: readonly ActionStatus[] = [
  'overdue',
  'due-soon',
  'in-progress',
  'open',
  'done-late',
  'done',
  'dropped',
];
const GROUPINGS: readonly GroupBy[] = ['none', 'owner', 'meeting', 'status'];

/** The view to keep, in a fixed order: "" for "Any", so that a filter cleared comes back cleared. */
export function keptView({ filters, groupBy }: TrackerView): unknown {
  return { owner: filters.owner ?? '', status: filters.status ?? '', groupBy };
}

/** `stored`'s filters and grouping where the tracker can show them, else `start`'s. */
export function restoredView(stored: unknown, start: TrackerView, rows: ActionRow[]): TrackerView {
  if (typeof stored !== 'object' || stored === null) return start;
  const { owner, status, groupBy } = stored as Record<string, unknown>;
  const owners = rows.map((row) => row.action.owner);
  return {
    filters: {
      owner: owner === '' ? undefined : (owners.find((id) => id === owner) ?? start.filters.owner),
      status: status === '' ? undefined : (STATUSES.find((s) => s === status) ?? start.filters.status),
    },
    groupBy: GROUPINGS.find((g) => g === groupBy) ?? start.groupBy,
  };
}
