/**
 * The 5×5 likelihood × impact matrix of a risk register: each cell's score,
 * its band, and the risks rated in it; and each band's range of scores.
 */
import type { Rag, Risk, RiskScale } from '../contract/schema.js';
import type { RiskRecordStatus } from '../contract/document-types.js';
import { bandFor } from './risk.js';

/** The ratings of likelihood and impact, lowest first. */
export const RATINGS = [1, 2, 3, 4, 5] as const;

/** One cell of the matrix. */
export interface RiskCell {
  likelihood: number;
  impact: number;
  /** likelihood × impact */
  score: number;
  band: { label: string; rag: Rag };
  /** The ids of the risks whose current rating is this cell, in the order given. */
  risks: string[];
}

/**
 * The matrix's 25 cells on a scale (the document's `riskScale`), likelihood
 * 1 to 5, each with impact 1 to 5, and `risks` placed by their current rating.
 *
 * @example
 * riskMatrix(doc.riskScale, doc.risks).find((c) => c.risks.includes('R-03'));
 * // { likelihood: 4, impact: 5, score: 20, band: { label: 'High', rag: 'red' }, risks: ['R-03'] }
 */
export function riskMatrix(scale: RiskScale, risks: readonly Pick<Risk, 'id' | 'likelihood' | 'impact'>[]): RiskCell[] {
  return RATINGS.flatMap((likelihood) =>
    RATINGS.map((impact) => ({
      likelihood,
      impact,
      score: likelihood * impact,
      band: bandFor(scale, likelihood * impact),
      risks: risks.filter((r) => r.likelihood === likelihood && r.impact === impact).map((r) => r.id),
    })),
  );
}

/**
 * The status of the risks a register's heat map places: the exposure its summary speaks of, the open risks, unless
 * the reader's status filter chooses closed or accepted ones. A closed or accepted risk is no exposure (the
 * highlight report's rule too): counted with the open ones, a closed 5 × 5 made the top cell read 2 beside a
 * summary of 1 open risk in that band.
 *
 * @example
 * heatMapStatus(undefined); // 'open': the status filter at "Any"
 * heatMapStatus('closed'); // 'closed'
 */
export function heatMapStatus(chosen?: RiskRecordStatus): RiskRecordStatus {
  return chosen ?? 'open';
}

/** A band with the scores it covers, both inclusive. */
export interface BandRange {
  label: string;
  rag: Rag;
  from: number;
  to: number;
}

/**
 * Each band of the scale with its scores, from 1 to 25.
 *
 * @example
 * bandRanges(doc.riskScale); // [{ label: 'Low', rag: 'green', from: 1, to: 4 }, …, { label: 'High', rag: 'red', from: 13, to: 25 }]
 */
export function bandRanges(scale: RiskScale): BandRange[] {
  return scale.bands.map((band, i) => ({
    label: band.label,
    rag: band.rag,
    from: i === 0 ? 1 : scale.bands[i - 1]!.upTo + 1,
    to: Math.min(band.upTo, 25),
  }));
}
