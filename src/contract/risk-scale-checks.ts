/**
 * The risk scale's checks: its bands rise in order and the last reaches the
 * top score, 25, so every score has a band; each category's appetite is a
 * score. Apart from the records' references, as the scale refers to none.
 */
import { quotable, summarise, type Report } from './problems.js';
import { isObject } from './targets.js';

/** The highest risk score: likelihood 5 times impact 5. */
const TOP_SCORE = 25;

export function checkBands(bands: unknown, report: Report): void {
  if (!Array.isArray(bands) || bands.length === 0) return;
  let previous = 0;
  bands.forEach((band, i) => {
    const upTo = isObject(band) ? band.upTo : undefined;
    if (!isScore(upTo)) return;
    if (upTo <= previous) report(['riskScale', 'bands', i, 'upTo'], 'bands-out-of-order', { upTo, previous });
    previous = upTo;
  });
  const last = bands[bands.length - 1];
  if (isObject(last) && isScore(last.upTo) && last.upTo !== TOP_SCORE) {
    report(['riskScale', 'bands', bands.length - 1, 'upTo'], 'last-band-short', {
      upTo: last.upTo,
      maximum: TOP_SCORE,
    });
  }
}

/**
 * Whether an upTo is a score the schema takes, a whole number from 1 to 25. Any other is told once, by the schema
 * (`out-of-range`, `wrong-value`); compared with the bands around it, it would be told again at the same place.
 */
function isScore(upTo: unknown): upTo is number {
  return Number.isInteger(upTo) && (upTo as number) >= 1 && (upTo as number) <= TOP_SCORE;
}

export function checkAppetite(appetite: unknown, report: Report): void {
  if (!isObject(appetite)) return;
  for (const [category, score] of Object.entries(appetite)) {
    if (category === '') {
      report(['riskScale', 'appetite', category], 'empty-category', {});
      continue;
    }
    if (Number.isInteger(score) && (score as number) >= 1 && (score as number) <= TOP_SCORE) continue;
    report(['riskScale', 'appetite', category], 'appetite-not-a-score', {
      category: quotable(category),
      value: summarise(score),
      minimum: 1,
      maximum: TOP_SCORE,
    });
  }
}
