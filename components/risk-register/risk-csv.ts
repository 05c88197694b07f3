/** The register as CSV rows: what the table shows, in the table's order. */
import { riskMessages as t } from './messages.js';
import type { RiskRow } from './risk-rows.js';

export function riskCsv(rows: RiskRow[]): { header: string[]; body: (string | number)[][] } {
  const c = t.columns;
  const header = [
    c.id,
    c.title,
    'Status',
    c.owner,
    c.category,
    'Likelihood',
    'Impact',
    c.score,
    'Band',
    c.inherent,
    c.target,
    c.appetite,
    c.trend,
    c.review,
    'Review overdue',
    c.mitigation,
  ];
  const body = rows.map(({ risk, status, owner }) => [
    risk.id,
    risk.title,
    t.status(risk.status),
    owner,
    risk.category ? t.category(risk.category) : '',
    risk.likelihood,
    risk.impact,
    status.score,
    status.band.label,
    status.inherentScore ?? '',
    status.targetScore ?? '',
    appetiteWords(status),
    status.trend ? t.trend(status.trend) : '',
    risk.review ?? '',
    status.reviewOverdue ? 'Yes' : 'No',
    risk.mitigation ?? '',
  ]);
  return { header, body };
}

/** The appetite column as the table words it, so the file and the page agree. */
function appetiteWords({ aboveAppetite, appetite }: RiskRow['status']): string {
  if (appetite === null) return '';
  return aboveAppetite ? `${t.aboveAppetite} ${t.appetiteLimit(appetite)}` : t.withinAppetite(appetite);
}
