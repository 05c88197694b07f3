/**
 * The 5×5 likelihood × impact heat map. Each cell shows its count as text and
 * is coloured by the band of its score; activating a cell filters the table.
 * As a table with a caption and headers, it is its own text alternative; a
 * legend names each band and its scores in words.
 *
 * Colour is never the only signal (WCAG 1.4.1): each band has its own style of
 * edge (solid, dashed, double) on screen, in print and in forced colours, and
 * every cell with risks carries its band's letter, drawn by the styles from
 * `data-letter` so that screen readers hear the band's name in the cell's
 * instead (and its name holds all its visible text, WCAG 2.5.3). An empty
 * cell is blank, and named "No risks…".
 *
 * It is an ARIA grid (the APG grid pattern): one tab stop for the 25 cells,
 * the arrow keys move between them, Home and End to the ends of a row,
 * Ctrl+Home and Ctrl+End to the first and last cell.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RiskScale } from '../../src/contract/index.js';
import { bandRanges, RATINGS, riskMatrix, type RiskCell } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';
import type { RiskRow } from './risk-rows.js';
import { bandName } from './band-name.js';

/** The key a cell is filtered by: `likelihood:impact`. */
const keyOf = (likelihood: number, impact: number) => `${likelihood}:${impact}`;

/** The top left cell: where the grid's one tab stop starts. */
export const FIRST_CELL = keyOf(5, 1);

export interface HeatMapOptions {
  /** The cell that filters the table, if one does. */
  active?: string;
  /** The cell that holds the grid's tab stop. */
  focus?: string;
  onSelect: (cell: string) => void;
  /** An arrow, Home or End key asked to move to `cell`. */
  onMove?: (cell: string) => void;
}

/** The map of `rows`' risks, its cells scored and banded by the rules core, in the words of `msg`. */
export function renderHeatMap(
  msg: Messages,
  rows: RiskRow[],
  scale: RiskScale,
  options: HeatMapOptions,
): TemplateResult {
  const t = msg.risk;
  const { active, onSelect, onMove } = options;
  const focus = options.focus ?? active ?? FIRST_CELL;
  const matrix = riskMatrix(
    scale,
    rows.map((row) => row.risk),
  );
  const cells = new Map<string, RiskCell>(matrix.map((cell) => [keyOf(cell.likelihood, cell.impact), cell]));
  const letters = bandLetters(t, scale);
  const onKeydown = (event: KeyboardEvent) => {
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
    const to = from && nextCell(from, event.key, event.ctrlKey || event.metaKey);
    if (!to) return;
    event.preventDefault();
    onMove?.(to);
  };
  const map = html`<table class="heat-map" part="heat-map" role="grid" @keydown=${onKeydown}>
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
                  data-letter=${count > 0 ? letters.get(band.label)! : nothing}
                  tabindex=${key === focus ? 0 : -1}
                  aria-pressed=${active === key ? 'true' : 'false'}
                  aria-label=${t.cellLabel(count, likelihood, impact, bandName(t, scale, band.label))}
                  @click=${() => onSelect(key)}
                >
                  ${count > 0 ? count : nothing}
                </button>
              </td>`;
            })}
          </tr>`,
      )}
    </tbody>
    <!-- The headers already say "Likelihood 5" and "Impact 3" to a screen reader: these are for the eye. -->
    <tfoot aria-hidden="true">
      <tr>
        <td class="axis axis--likelihood">${t.likelihoodAxis}</td>
        <td colspan="5" class="axis">${t.impactAxis}</td>
      </tr>
    </tfoot>
  </table>`;
  return html`${map}${renderLegend(t, scale, letters)}`;
}

/**
 * The cell an arrow, Home or End key moves to from `from`, or undefined for
 * any other key. Likelihood rises up the grid and impact to the right; the
 * edges stop the move, as the APG grid does.
 */
export function nextCell(from: string, key: string, ctrl = false): string | undefined {
  const [likelihood = 1, impact = 1] = from.split(':').map(Number);
  const clamp = (n: number) => Math.min(5, Math.max(1, n));
  switch (key) {
    case 'ArrowUp':
      return keyOf(clamp(likelihood + 1), impact);
    case 'ArrowDown':
      return keyOf(clamp(likelihood - 1), impact);
    case 'ArrowLeft':
      return keyOf(likelihood, clamp(impact - 1));
    case 'ArrowRight':
      return keyOf(likelihood, clamp(impact + 1));
    case 'Home':
      return ctrl ? FIRST_CELL : keyOf(likelihood, 1);
    case 'End':
      return ctrl ? keyOf(1, 5) : keyOf(likelihood, 5);
    case 'PageUp':
      return keyOf(5, impact);
    case 'PageDown':
      return keyOf(1, impact);
    default:
      return undefined;
  }
}

/**
 * Each band's letter: the shortest start of its label that no other band's
 * label shares ("L", "M", "H"), so a scale with Medium and Moderate still
 * tells them apart. The labels are the partnership's own words.
 */
export function bandLetters(t: Messages['risk'], scale: RiskScale): Map<string, string> {
  const labels = [...new Set(scale.bands.map((band) => band.label))];
  const names = labels.map((label) => bandName(t, scale, label));
  return new Map(
    names.map((name, i) => {
      let length = 1;
      while (length < name.length && names.some((other) => other !== name && other.startsWith(name.slice(0, length))))
        length += 1;
      return [labels[i]!, name.charAt(0).toLocaleUpperCase() + name.slice(1, length)];
    }),
  );
}

/**
 * The bands in words with their scores, each tag edged as its cells are, and
 * each band's letter drawn before it as the cells draw theirs.
 */
function renderLegend(t: Messages['risk'], scale: RiskScale, letters: Map<string, string>): TemplateResult {
  return html`<ul class="heat-map__legend" aria-label=${t.legend}>
    ${bandRanges(scale).map(
      (band) =>
        html`<li>
          <span class="band-letter" data-letter=${letters.get(band.label)!}></span>
          <strong class="tag tag--${band.rag}">${bandName(t, scale, band.label)}</strong>
          ${t.bandRange(band.from, band.to)}
        </li>`,
    )}
  </ul>`;
}
