/**
 * The 5×5 likelihood × impact heat map. Each cell shows its count as text and
 * is coloured by the band of its score; activating a cell filters the table.
 * As a table with a caption and headers, it is its own text alternative; a
 * legend names each band and its scores in words.
 */
import { html, type TemplateResult } from 'lit';
import type { RiskScale } from '../../src/contract/index.js';
import { bandRanges, RATINGS, riskMatrix, type RiskCell } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';
import type { RiskRow } from './risk-rows.js';

/** The key a cell is filtered by: `likelihood:impact`. */
const keyOf = (likelihood: number, impact: number) => `${likelihood}:${impact}`;

/** The map of `rows`' risks, its cells scored and banded by the rules core, in the words of `msg`. */
export function renderHeatMap(
  msg: Messages,
  rows: RiskRow[],
  scale: RiskScale,
  active: string | undefined,
  onSelect: (cell: string) => void,
): TemplateResult {
  const t = msg.risk;
  const matrix = riskMatrix(
    scale,
    rows.map((row) => row.risk),
  );
  const cells = new Map<string, RiskCell>(matrix.map((cell) => [keyOf(cell.likelihood, cell.impact), cell]));
  const map = html`<table class="heat-map" part="heat-map">
    <caption>
      <span class="heat-map__title">${t.heatMapTitle}</span>
      <span class="heat-map__hint">${t.heatMapCaption}</span>
    </caption>
    <thead>
      <tr>
        <td></td>
        ${RATINGS.map((impact) => html`<th scope="col"><span class="visually-hidden">${t.impact} </span>${impact}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${[...RATINGS].reverse().map(
        (likelihood) =>
          html`<tr>
            <th scope="row"><span class="visually-hidden">${t.likelihood} </span>${likelihood}</th>
            ${RATINGS.map((impact) => {
              const key = keyOf(likelihood, impact);
              const { band, risks } = cells.get(key)!;
              const count = risks.length;
              return html`<td class="cell cell--${band.rag}">
                <button
                  type="button"
                  data-cell=${key}
                  aria-pressed=${active === key ? 'true' : 'false'}
                  aria-label=${t.cellLabel(count, likelihood, impact, band.label)}
                  @click=${() => onSelect(key)}
                >
                  ${count}
                </button>
              </td>`;
            })}
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <td></td>
        <td colspan="5" class="axis">${t.impactAxis}</td>
      </tr>
    </tfoot>
  </table>`;
  return html`${map}${renderLegend(t, scale)}`;
}

/** The bands in words with their scores, so no cell's band rests on its colour alone. */
function renderLegend(t: Messages['risk'], scale: RiskScale): TemplateResult {
  return html`<ul class="heat-map__legend" aria-label=${t.legend}>
    ${bandRanges(scale).map(
      (band) =>
        html`<li><strong class="tag tag--${band.rag}">${band.label}</strong> ${t.bandRange(band.from, band.to)}</li>`,
    )}
  </ul>`;
}
