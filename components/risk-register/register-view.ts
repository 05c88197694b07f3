/**
 * The register's view as it is kept for the tab (components/internal/kept-view.ts):
 * its filters and its sort. What comes back is checked against what the
 * register can show now: a value it cannot show (an owner no longer on the
 * register, a column that is not one, anything written by something else) is
 * left as the register starts.
 */
import { riskStatuses } from '../../src/contract/index.js';
import { NO_CATEGORY, type RiskFilters, type RiskRow, type RiskSortKey } from './risk-rows.js';

export type Direction = 'ascending' | 'descending';

export interface RegisterView {
  filters: RiskFilters;
  sortKey: RiskSortKey;
  sortDirection: Direction;
}

/** Every filter, in a fixed order: "" for "Any", so that a filter cleared comes back cleared. */
const FILTERS = ['status', 'band', 'owner', 'category', 'cell'] as const;
const CELL = /^[1-5]:[1-5]$/;

/** The view to keep: every filter named, in a fixed order. */
export function keptView({ filters, sortKey, sortDirection }: RegisterView): unknown {
  return { filters: Object.fromEntries(FILTERS.map((key) => [key, filters[key] ?? ''])), sortKey, sortDirection };
}

/** `stored`'s filters and sort where the register can show them, else `start`'s. */
export function restoredView(
  stored: unknown,
  start: RegisterView,
  rows: RiskRow[],
  columns: RiskSortKey[],
): RegisterView {
  const kept = isRecord(stored) ? stored : {};
  const keptFilters = isRecord(kept.filters) ? kept.filters : {};
  const choices = filterChoices(rows);
  const filters: RiskFilters = { ...start.filters };
  for (const key of FILTERS) {
    const value = keptFilters[key];
    if (value === '') filters[key] = undefined;
    else if (typeof value === 'string' && choices[key](value)) filters[key] = value;
  }
  const sortKey = columns.find((column) => column === kept.sortKey);
  const direction = (['ascending', 'descending'] as const).find((d) => d === kept.sortDirection);
  return sortKey && direction ? { filters, sortKey, sortDirection: direction } : { ...start, filters };
}

/** Whether each filter's select offers a value: the options the register draws from its rows. */
function filterChoices(rows: RiskRow[]): Record<(typeof FILTERS)[number], (value: string) => boolean> {
  const among = (values: string[]) => (value: string) => values.includes(value);
  return {
    status: among([...riskStatuses]),
    band: among(rows.map((row) => row.status.band.label)),
    owner: among(rows.map((row) => row.risk.owner)),
    category: among(rows.map((row) => row.risk.category ?? NO_CATEGORY)),
    cell: (value) => CELL.test(value),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
