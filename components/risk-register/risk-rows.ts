/**
 * The register's rows: each risk with its status from the rules core, then
 * filtered and sorted as the reader chose.
 */
import type { PartnershipDocument, Risk } from '../../src/contract/index.js';
import { riskStatus, risksOnRegister, type RiskStatus } from '../../src/rules/index.js';
import { byId } from '../../src/rules/indexes.js';
import type { Messages } from '../../src/messages/index.js';
import { ownerNames } from '../internal/owner-names.js';

/** How the page's language tells two owners of one name apart (`namesake`: "Head of School (Org One)"). */
export type NamesakeWords = Pick<Messages['risk'], 'namesake'>;

export interface RiskRow {
  risk: Risk;
  status: RiskStatus;
  /**
   * The owner's name as the register, its owner filter and its CSV give it (`ownerNames`): told apart, by their
   * organisation or else their id, from another owner of the same name, in the words of the page's language.
   */
  owner: string;
  /** The title of the work project the risk is linked to. */
  project?: string;
}

export type RiskSortKey =
  | 'id'
  | 'title'
  | 'owner'
  | 'category'
  | 'score'
  | 'inherent'
  | 'target'
  | 'trend'
  | 'review'
  | 'appetite'
  | 'mitigation';

/**
 * The category filter's value for risks with no category. A category is text with a character a reader sees
 * (the contract), so a space is never one; "Any" is the empty value, and sharing it made "No category" show
 * every risk.
 */
export const NO_CATEGORY = ' ';

export interface RiskFilters {
  status?: string;
  band?: string;
  /** The owner's person id: two people may share a name (a post, "Head of School"). */
  owner?: string;
  category?: string;
  /** A heat-map cell: `likelihood:impact`. */
  cell?: string;
}

/**
 * The risks on the register on `today` (the core's `risksOnRegister`: one raised later is not yet on it), of
 * `group` and `project` where given, each with its status on `today` and its owner named in `words`.
 */
export function riskRows(
  document: PartnershipDocument,
  today: string,
  words: NamesakeWords,
  group?: string,
  project?: string,
): RiskRow[] {
  const risks = risksOnRegister(document, today).filter(
    (risk) => (!group || risk.group === group) && (!project || risk.project === project),
  );
  const owners = ownerNames(
    document,
    risks.map((risk) => risk.owner),
    words.namesake,
  );
  return risks.map((risk) => ({
    risk,
    status: riskStatus(document, risk.id, today),
    owner: owners.get(risk.owner) ?? risk.owner,
    project: risk.project ? byId(document.projects, risk.project)?.title : undefined,
  }));
}

export function filterRows(rows: RiskRow[], filters: RiskFilters): RiskRow[] {
  return rows.filter(
    ({ risk, status }) =>
      (!filters.status || risk.status === filters.status) &&
      (!filters.band || status.band.label === filters.band) &&
      (!filters.owner || risk.owner === filters.owner) &&
      (!filters.category || (risk.category ?? NO_CATEGORY) === filters.category) &&
      (!filters.cell || `${status.likelihood}:${status.impact}` === filters.cell),
  );
}

const TREND_ORDER = { up: 3, steady: 2, down: 1 } as const;

/** A row's value in the sorted column; undefined where it has none (no review date, no appetite, no earlier rating). */
function sortValue(row: RiskRow, key: RiskSortKey): string | number | undefined {
  switch (key) {
    case 'id':
      return row.risk.id;
    case 'title':
      return row.risk.title;
    case 'owner':
      return row.owner;
    case 'category':
      return row.risk.category;
    case 'score':
      return row.status.score;
    case 'inherent':
      return row.status.inherentScore ?? undefined;
    case 'target':
      return row.status.targetScore ?? undefined;
    case 'trend':
      return row.status.trend ? TREND_ORDER[row.status.trend] : undefined;
    case 'review':
      return row.risk.review;
    case 'appetite':
      // How far above its appetite: furthest above first when descending.
      return row.status.appetite === null ? undefined : row.status.score - row.status.appetite;
    case 'mitigation':
      return row.risk.mitigation;
  }
}

/**
 * Rows sorted by one column, words in the order of `locale` (the element's language); ties keep the
 * register's own order. A row with no value goes last in both directions: a filler value (0, a far date) would
 * lead the reversed order, under the order the sort announces ("falling first").
 */
export function sortRows(
  rows: RiskRow[],
  key: RiskSortKey,
  direction: 'ascending' | 'descending',
  locale = 'en-GB',
): RiskRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = sortValue(a.row, key);
      const y = sortValue(b.row, key);
      if (x === undefined || y === undefined)
        return Number(x === undefined) - Number(y === undefined) || a.index - b.index;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}
