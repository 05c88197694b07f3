/** The words of `<risk-register>`. */
import type { Risk } from '../../src/contract/index.js';

const statuses: Record<Risk['status'], string> = { open: 'Open', closed: 'Closed', accepted: 'Accepted' };
const trends = { up: 'Rising', down: 'Falling', steady: 'Steady' } as const;

export const riskMessages = {
  caption: (shown: number, total: number) =>
    shown === total ? `Risks (${total})` : `Risks: ${shown} of ${total} shown`,
  shownNow: (shown: number, total: number) =>
    shown === total ? `All ${total} risks shown.` : `${shown} of ${total} risks shown.`,
  columns: {
    id: 'ID',
    title: 'Risk',
    owner: 'Owner',
    category: 'Category',
    score: 'Current score',
    inherent: 'Inherent',
    target: 'Target',
    appetite: 'Appetite',
    trend: 'Trend',
    review: 'Next review',
    mitigation: 'Mitigation',
  },
  sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
  status: (status: Risk['status']) => statuses[status],
  trend: (trend: keyof typeof trends | null) => (trend ? trends[trend] : 'No earlier rating'),
  trendArrow: { up: '↑', down: '↓', steady: '→' } as const,
  rating: (likelihood: number, impact: number) => `likelihood ${likelihood} × impact ${impact}`,
  aboveAppetite: 'Above appetite',
  /** A category as written in the document ("financial"), as a heading would write it ("Financial"). */
  category: (category: string) => category.charAt(0).toUpperCase() + category.slice(1),
  withinAppetite: (appetite: number) => `Within appetite (up to ${appetite})`,
  appetiteLimit: (appetite: number) => `(up to ${appetite})`,
  noAppetite: '—',
  overdue: 'Review overdue',
  none: '—',
  readMore: 'Read the mitigation',
  filters: 'Filter the risks',
  filterStatus: 'Status',
  filterBand: 'Score band',
  filterOwner: 'Owner',
  filterCategory: 'Category',
  any: 'Any',
  uncategorised: 'No category',
  clearFilters: 'Clear filters',
  download: 'Download CSV',
  csvFile: (partnership: string) => `${partnership} risk register.csv`,
  heatMapTitle: 'Heat map',
  heatMapCaption: 'Risks by likelihood (rows) and impact (columns). Choose a cell to show only its risks.',
  legend: 'Score bands',
  bandRange: (from: number, to: number) => (from === to ? `score ${from}` : `scores ${from} to ${to}`),
  likelihood: 'Likelihood',
  impact: 'Impact',
  cellLabel: (count: number, likelihood: number, impact: number, band: string) =>
    `${count} ${count === 1 ? 'risk' : 'risks'} with likelihood ${likelihood} and impact ${impact}, ${band}`,
  cellFilter: (likelihood: number, impact: number) => `Showing likelihood ${likelihood}, impact ${impact} only`,
  summary: (open: number, high: number, highLabel: string, above: number, overdue: number) =>
    `${open} open ${open === 1 ? 'risk' : 'risks'}: ${high} ${highLabel.toLowerCase()}, ${above} above appetite, ${overdue} ${
      overdue === 1 ? 'review' : 'reviews'
    } overdue.`,
  empty: 'There are no risks on this register yet.',
  emptyFiltered: 'No risks match these filters.',
  unknownGroup: (id: string) => `There is no group with the id '${id}'. Check the group attribute.`,
};
