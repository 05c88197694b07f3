/**
 * Risk scoring: score = likelihood × impact, its band, the category's
 * appetite, the trend against the last rating, and whether review is overdue.
 */
import type { PartnershipDocument, Rag, Risk, RiskScale } from '../contract/schema.js';
import { DEFAULT_BANDS } from '../contract/vocabulary.js';
import { riskOf } from './records.js';
import { dateArgument } from './moments.js';

type Rating = { likelihood: number; impact: number };
const scoreOf = (rating: Rating): number => rating.likelihood * rating.impact;

/**
 * The band a score falls in: the first whose `upTo` it does not exceed.
 *
 * @example
 * bandFor(doc.riskScale, 12); // { label: 'Medium', rag: 'amber' } with the default bands
 */
export function bandFor(scale: RiskScale, score: number): { label: string; rag: Rag } {
  // A parsed scale's last band ends at 25, so the fallback only serves a score beyond the scale.
  const band = scale.bands.find((b) => score <= b.upTo) ?? scale.bands[scale.bands.length - 1]!;
  return { label: band.label, rag: band.rag };
}

/** The contract's own bands, which a document that names none is scored on. */
export type DefaultBand = 'low' | 'medium' | 'high';
const DEFAULT_BAND_CODES: Record<string, DefaultBand> = { Low: 'low', Medium: 'medium', High: 'high' };

/**
 * Which of the contract's default bands `label` is, where the document named
 * no bands of its own (its scale is exactly the defaults); undefined for a
 * band the partnership named, whose label is its own words in any language.
 *
 * @example
 * defaultBandCode(doc.riskScale, 'High'); // 'high' when the document gives no bands
 */
export function defaultBandCode(scale: RiskScale, label: string): DefaultBand | undefined {
  const isDefault =
    scale.bands.length === DEFAULT_BANDS.length &&
    scale.bands.every((b, i) => b.label === DEFAULT_BANDS[i]!.label && b.upTo === DEFAULT_BANDS[i]!.upTo);
  return isDefault ? DEFAULT_BAND_CODES[label] : undefined;
}

export interface RiskStatus {
  /** The rating on `today` (`ratingOn`): the current one, or the history's where it was re-rated after today. */
  likelihood: number;
  impact: number;
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

/** The highest acceptable score for a category, when the scale sets one. */
function appetiteFor(scale: RiskScale, category: string | undefined): number | null {
  // Own keys only: a category called "constructor" must not find Object's.
  return category !== undefined && Object.hasOwn(scale.appetite, category) ? (scale.appetite[category] ?? null) : null;
}

/**
 * Whether a risk is on the register on `today`: from the day it was raised. One raised later was not yet on it. A
 * risk records no date it closed or was accepted, so its status is taken as the document stands. The register
 * and the highlight report both ask this, so they agree on which risks there were.
 *
 * @example
 * onRegister(riskOf(doc, 'R-04'), '2019-06-01'); // false: raised 2019-09-01
 */
export function onRegister(risk: Pick<Risk, 'raised'>, today: string): boolean {
  return risk.raised <= today;
}

/**
 * The document's risks on the register on `today` (`onRegister`), in its order.
 *
 * @example
 * risksOnRegister(doc, '2019-06-01').map((r) => r.id); // R-04 (raised in September) is not among them
 */
export function risksOnRegister(doc: PartnershipDocument, today: string): Risk[] {
  dateArgument(today, 'today');
  return doc.risks.filter((risk) => onRegister(risk, today));
}

/** The latest history entry whose date `counts`; of two on one date, the later in the document. */
function latestEntry(risk: Risk, counts: (date: string) => boolean): Risk['history'][number] | undefined {
  let latest: Risk['history'][number] | undefined;
  for (const entry of risk.history) if (counts(entry.date) && (!latest || entry.date >= latest.date)) latest = entry;
  return latest;
}

/**
 * A risk's rating on `today`, and the date its trend is judged from. Each history entry is an earlier rating, so
 * the current rating was made after all of them: once an entry is dated after today, the current rating was not
 * yet made, and the rating on today is the latest entry dated on or before it (a later entry must not give
 * today's score). Otherwise, or where no entry is that early, the current rating stands, as the document stands.
 */
function ratingOn(risk: Risk, today: string): { rating: Rating; from: string } {
  const reRatedLater = risk.history.some((entry) => entry.date > today);
  const then = reRatedLater ? latestEntry(risk, (date) => date <= today) : undefined;
  return then ? { rating: then, from: then.date } : { rating: risk, from: today };
}

function trendOf(score: number, previous: Rating | undefined): RiskStatus['trend'] {
  if (!previous) return null;
  const before = scoreOf(previous);
  return score > before ? 'up' : score < before ? 'down' : 'steady';
}

/**
 * A risk's score and what follows from it on `today`: its band, whether it is
 * above its category's appetite, whether an open risk's review is overdue,
 * and the trend against the latest history entry dated before today. The
 * rating is the one the risk had on `today` (see `ratingOn`): where history
 * shows it re-rated after today, the entry in force on today, its trend
 * against the entry before that.
 *
 * @example
 * riskStatus(doc, 'R-03', '2019-12-10');
 * // { score: 20, band: { label: 'High', rag: 'red' }, aboveAppetite: true, reviewOverdue: true, trend: 'down', … }
 */
export function riskStatus(doc: PartnershipDocument, riskId: string, today: string): RiskStatus {
  dateArgument(today, 'today');
  const risk = riskOf(doc, riskId);
  const { rating, from } = ratingOn(risk, today);
  const score = scoreOf(rating);
  const appetite = appetiteFor(doc.riskScale, risk.category);
  return {
    likelihood: rating.likelihood,
    impact: rating.impact,
    score,
    band: bandFor(doc.riskScale, score),
    inherentScore: risk.inherent ? scoreOf(risk.inherent) : null,
    targetScore: risk.target ? scoreOf(risk.target) : null,
    aboveAppetite: appetite !== null && score > appetite,
    appetite,
    reviewOverdue: risk.status === 'open' && risk.review !== undefined && risk.review < today,
    // Against the latest rating before this one: a history entry dated after today gives no trend either.
    trend: trendOf(
      score,
      latestEntry(risk, (date) => date < from),
    ),
  };
}
