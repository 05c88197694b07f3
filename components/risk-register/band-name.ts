import type { RiskScale } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';
import { defaultBandCode } from '../../src/rules/index.js';

/**
 * A band's name on the page: the partnership's own label as it wrote it, or,
 * where the document names no bands, the contract's default band in the
 * page's language ("Uchel" on a Welsh page).
 */
export function bandName(t: Messages['risk'], scale: RiskScale, label: string): string {
  const code = defaultBandCode(scale, label);
  return code ? t.defaultBands[code] : label;
}
