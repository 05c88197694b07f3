/** The register as CSV rows: what the table shows, in the table's order, in the words of `msg`. */
import type { RiskScale } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';
import { bandName } from './band-name.js';
import type { RiskRow } from './risk-rows.js';

export interface RiskCsvOptions {
  /** Some row is linked to a work project: the file names each row's, after the risk. */
  projects?: boolean;
  /** Each category's name on the page (`categoryNamer`). */
  category?: (category: string) => string;
}

export function riskCsv(
  msg: Messages,
  rows: RiskRow[],
  scale: RiskScale,
  { projects = false, category = msg.risk.category }: RiskCsvOptions = {},
): { header: string[]; body: (string | number)[][] } {
  const t = msg.risk;
  const c = t.columns;
  // A column the page already names (the heat map's likelihood and impact, a row's "Review overdue") has the page's
  // word, so a council's own wording reads the same in the file.
  const header = [
    c.id,
    c.title,
    ...(projects ? [t.csv.project] : []),
    t.csv.status,
    c.owner,
    c.category,
    t.likelihood,
    t.impact,
    c.score,
    t.csv.band,
    c.inherent,
    c.target,
    c.appetite,
    c.trend,
    c.review,
    t.overdue,
    c.mitigation,
  ];
  const body = rows.map(({ risk, status, owner, project }) => [
    risk.id,
    risk.title,
    ...(projects ? [project ?? ''] : []),
    t.status(risk.status),
    owner,
    risk.category ? category(risk.category) : '',
    status.likelihood,
    status.impact,
    status.score,
    // As the table names it: the partnership's own label, or the default band in the page's language.
    bandName(t, scale, status.band.label),
    status.inherentScore ?? '',
    status.targetScore ?? '',
    appetiteWords(t, status),
    status.trend ? t.trend(status.trend) : '',
    risk.review ?? '',
    status.reviewOverdue ? t.csv.yes : t.csv.no,
    risk.mitigation ?? '',
  ]);
  return { header, body };
}

/** The appetite column as the table words it, so the file and the page agree. */
function appetiteWords(t: Messages['risk'], { aboveAppetite, appetite }: RiskRow['status']): string {
  if (appetite === null) return '';
  return aboveAppetite ? `${t.aboveAppetite} ${t.appetiteLimit(appetite)}` : t.withinAppetite(appetite);
}
