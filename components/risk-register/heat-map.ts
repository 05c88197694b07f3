/**
 * The 5×5 likelihood × impact heat map. Each cell shows its count as text and
 * is coloured by the band of its score; activating a cell filters the table.
 * As a table with a caption and headers, it is its own text alternative; a
 * legend names each band and its scores in words.
 */
import { html, type TemplateResult } from 'lit';
import type { RiskScale } from '../../src/contract/index.js';
import { bandFor } from '../../src/rules/index.js';
import { riskMessages as t } from './messages.js';
import type { RiskRow } from './risk-rows.js';

const SCALE = [1, 2, 3, 4, 5];

export function renderHeatMap(
  rows: RiskRow[],
  scale: RiskScale,
  active: string | undefined,
  onSelect: (cell: string) => void,
): TemplateResult {
  const counts = new Map<string, number>();
  for (const { risk } of rows)
    counts.set(`${risk.likelihood}:${risk.impact}`, (counts.get(`${risk.likelihood}:${risk.impact}`) ?? 0) + 1);
  const map = html`<table class="heat-map" part="heat-map">
    <caption>
      <span class="heat-map__title">${t.heatMapTitle}</span>
      <span class="heat-map__hint">${t.heatMapCaption}</span>
    </caption>
    <thead>
      <tr>
        <td></td>
        ${SCALE.map((impact) => html`<th scope="col"><span class="visually-hidden">${t.impact} </span>${impact}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${[...SCALE].reverse().map(
        (likelihood) =>
          html`<tr>
            <th scope="row"><span class="visually-hidden">${t.likelihood} </span>${likelihood}</th>
            ${SCALE.map((impact) => {
              const cell = `${likelihood}:${impact}`;
              const count = counts.get(cell) ?? 0;
              const band = bandFor(scale, likelihood * impact);
              return html`<td class="cell cell--${band.rag}">
                <button
                  type="button"
                  aria-pressed=${active === cell ? 'true' : 'false'}
                  aria-label=${t.cellLabel(count, likelihood, impact, band.label)}
                  @click=${() => onSelect(cell)}
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
        <td colspan="5" class="axis">${t.impact} →</td>
      </tr>
    </tfoot>
  </table>`;
  return html`${map}${renderLegend(scale)}`;
}

/** The bands in words with their scores, so no cell's band rests on its colour alone. */
function renderLegend(scale: RiskScale): TemplateResult {
  return html`<ul class="heat-map__legend" aria-label=${t.legend}>
    ${scale.bands.map((band, i) => {
      const from = i === 0 ? 1 : scale.bands[i - 1]!.upTo + 1;
      return html`<li>
        <strong class="tag tag--${band.rag}">${band.label}</strong> ${t.bandRange(from, Math.min(band.upTo, 25))}
      </li>`;
    })}
  </ul>`;
}
