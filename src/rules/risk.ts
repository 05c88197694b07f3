/**
 * Risk scoring: score = likelihood × impact, its band, the category's
 * appetite, the trend against the last rating, and whether review is overdue.
 */
import type { PartnershipDocument, Rag, RiskScale } from '../contract/index.js';

/** The band a score falls in: the first whose `upTo` it does not exceed. */
export function bandFor(scale: RiskScale, score: number): { label: string; rag: Rag } {
  const band = scale.bands.find((b) => score <= b.upTo) ?? scale.bands[scale.bands.length - 1]!;
  return { label: band.label, rag: band.rag };
}

export interface RiskStatus {
  score: number;
  band: { label: string; rag: Rag };
  inherentScore: number | null;
  targetScore: number | null;
  aboveAppetite: boolean;
  /** The category's appetite, when it has one. */
  appetite: number | null;
  reviewOverdue: boolean;
  trend: 'up' | 'down' | 'steady' | null;
}

/**
 * A risk's score and what follows from it on `today`. The trend compares the
 * current score with the latest history entry dated before today.
 */
export function riskStatus(doc: PartnershipDocument, riskId: string, today: string): RiskStatus {
  const risk = doc.risks.find((r) => r.id === riskId);
  if (!risk) throw new RangeError(`No risk has the id '${riskId}'.`);
  const score = risk.likelihood * risk.impact;
  const appetite = risk.category !== undefined ? doc.riskScale.appetite[risk.category] : undefined;
  const previous = risk.history
    .filter((entry) => entry.date < today)
    .reduce<(typeof risk.history)[number] | undefined>(
      (latest, entry) => (!latest || entry.date >= latest.date ? entry : latest),
      undefined,
    );
  const previousScore = previous ? previous.likelihood * previous.impact : undefined;
  return {
    score,
    band: bandFor(doc.riskScale, score),
    inherentScore: risk.inherent ? risk.inherent.likelihood * risk.inherent.impact : null,
    targetScore: risk.target ? risk.target.likelihood * risk.target.impact : null,
    aboveAppetite: appetite !== undefined && score > appetite,
    appetite: appetite ?? null,
    reviewOverdue: risk.status === 'open' && risk.review !== undefined && risk.review < today,
    trend:
      previousScore === undefined ? null : score > previousScore ? 'up' : score < previousScore ? 'down' : 'steady',
  };
}
