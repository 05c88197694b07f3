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
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { tableBox } from '../internal/table-box.js';
import type { RiskRecordStatus, RiskScale } from '../../src/contract/index.js';
import { bandRanges, RATINGS, riskMatrix, type RiskCell } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';
import type { RiskRow } from './risk-rows.js';
import { bandName } from './band-name.js';

/** The key a cell is filtered by: `likelihood:impact`. */
const keyOf = (likelihood: number, impact: number) => `${likelihood}:${impact}`;

/** Each band's cell: its class, which the styles colour and edge. */
const CELL_CLASS = { green: 'cell cell--green', amber: 'cell cell--amber', red: 'cell cell--red' } as const;

/** The top left cell: where the grid's one tab stop starts. */
export const FIRST_CELL = keyOf(5, 1);

export interface HeatMapOptions {
  /** The status of the risks the map places (the core's `heatMapStatus`), which its caption names. */
  counted: RiskRecordStatus;
  /** A band, owner or category filter narrows them, which the caption says too. */
  filtered?: boolean;
  /** The cell that filters the table, if one does. */
  active?: string;
  /** The cell that holds the grid's tab stop. */
  focus?: string;
  onSelect: (cell: string) => void;
  /** An arrow, Home or End key asked to move to `cell`. */
  onMove?: (cell: string) => void;
}

/**
 * The map of `rows`' risks, its cells scored and banded by the rules core, in the words of `msg`. `rows` are the
 * risks it counts, of the status `options.counted`, which its caption names.
 */
export function renderHeatMap(
  msg: Messages,
  rows: RiskRow[],
  scale: RiskScale,
  options: HeatMapOptions,
): TemplateResult {
  const t = msg.risk;
  const { active } = options;
  // Each risk in the cell of its rating on the register's day, as its row shows it.
  const matrix = riskMatrix(
    scale,
    rows.map(({ risk, status }) => ({ id: risk.id, likelihood: status.likelihood, impact: status.impact })),
  );
  const grid: Grid = {
    t,
    scale,
    active,
    focus: options.focus ?? active ?? FIRST_CELL,
    cells: new Map(matrix.map((cell) => [keyOf(cell.likelihood, cell.impact), cell])),
    letters: bandLetters(t, scale),
  };
  return html`${renderGrid(grid, options)}${renderLegend(t, scale, grid.letters)}`;
}

/** What drawing the grid's cells needs, worked out once for the 25. */
interface Grid {
  t: Messages['risk'];
  scale: RiskScale;
  active?: string;
  focus: string;
  cells: Map<string, RiskCell>;
  letters: Map<string, string>;
}

/**
 * The grid as a table. One click and one keydown listener serve the 25 cells:
 * each button names its cell in `data-cell`. No white space inside its rows,
 * as in the register's (risk-row.ts).
 */
function renderGrid(grid: Grid, { onSelect, onMove, counted, filtered }: HeatMapOptions): TemplateResult {
  const { t } = grid;
  const cellOf = (event: Event) => (event.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
  const onClick = (event: Event) => {
    const cell = cellOf(event);
    if (cell) onSelect(cell);
  };
  const onKeydown = (event: KeyboardEvent) => {
    const from = cellOf(event);
    const to = from && nextCell(from, event.key, event.ctrlKey || event.metaKey);
    if (!to) return;
    event.preventDefault();
    onMove?.(to);
  };
  const impacts = RATINGS.map(
    (impact) => html`<th scope="col"><span class="visually-hidden">${t.impact} </span>${impact}</th>`,
  );
  const rows = [...RATINGS].reverse().map((likelihood) => renderGridRow(grid, likelihood));
  // The corner heads the column of likelihoods for a screen reader (an empty cell is read as "blank").
  // The foot's axis names are for the eye: the headers already say "Likelihood 5" and "Impact 3" to a screen reader.
  // In its own scroll box, as every data table: on a phone at 200% text a 5×5 grid cannot be as narrow as the screen.
  // Its words can: the styles keep the caption and "Impact →" to the element's width, read without scrolling.
  return html`<div class="table-box" ${tableBox(t.heatMapTitle)}>
    <table class="heat-map" part="heat-map" role="grid" @keydown=${onKeydown} @click=${onClick}>
      <caption>
        <span class="heat-map__title">${t.heatMapTitle}</span>
        <span class="heat-map__hint"
          >${t.heatMapCaption(counted, filtered)} <span class="heat-map__choose">${t.heatMapChoose}</span></span
        >
      </caption>
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden">${t.likelihood}</span></th>
          ${impacts}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
      <tfoot aria-hidden="true">
        <tr>
          <td class="axis axis--likelihood">${t.likelihoodAxis}</td>
          <td colspan="5" class="axis axis--impact"><span>${t.impactAxis}</span></td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}

function renderGridRow(grid: Grid, likelihood: number): TemplateResult {
  const cells = RATINGS.map((impact) => renderCell(grid, likelihood, impact));
  return html`<tr>
    <th scope="row"><span class="visually-hidden">${grid.t.likelihood} </span>${likelihood}</th>
    ${cells}
  </tr>`;
}

/**
 * One cell: its count, then the band's letter, which the styles draw after it. `data-digits` marks a count of 10 or
 * more, which leaves no room beside it for the letter in a narrow map: the styles set the letter below it.
 */
function renderCell({ t, scale, cells, letters, focus, active }: Grid, likelihood: number, impact: number) {
  const key = keyOf(likelihood, impact);
  const { band, risks } = cells.get(key)!;
  const count = risks.length;
  const label = t.cellLabel(count, likelihood, impact, bandName(t, scale, band.label));
  // No white space inside the button: its count and the letter the styles draw after it are its only text, the
  // letter's own margin their gap (a space was wider, and pushed the letter into a red cell's edge).
  // prettier-ignore
  return html`<td class=${CELL_CLASS[band.rag]}
    ><button type="button" data-cell=${key} data-letter=${count > 0 ? letters.get(band.label)! : nothing}
      data-digits=${count >= 10 ? String(count).length : nothing}
      tabindex=${key === focus ? 0 : -1} aria-pressed=${active === key ? 'true' : 'false'} aria-label=${label}
      >${count > 0 ? html`<span class="count">${count}</span>` : nothing}</button
    ></td
  >`;
}

/**
 * The cell an arrow, Home or End key moves to from `from`, or undefined for
 * any other key. Likelihood rises up the grid and impact to the right; the
 * edges stop the move, as the APG grid does.
 */
function nextCell(from: string, key: string, ctrl = false): string | undefined {
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

/** The most characters a band's mark may have: what a cell has room for beside its count. */
const MARK_LENGTH = 2;

/**
 * Each band's mark in the cells and the legend: the shortest start of its label that no other band's label
 * shares ("L", "M", "H"; "Me" and "Mo" for Medium and Moderate); else that of its label's last word, for labels
 * that start alike ("Level 1 - low"); else its number from the lowest band. A mark is at most two characters:
 * a label's whole shared start ran out of its cell. The labels are the partnership's own words.
 */
export function bandLetters(t: Messages['risk'], scale: RiskScale): Map<string, string> {
  const labels = [...new Set(scale.bands.map((band) => band.label))];
  const names = labels.map((label) => bandName(t, scale, label));
  const marks =
    shortestStarts(names) ??
    shortestStarts(names.map((name) => name.trim().split(/\s+/).at(-1) ?? name)) ??
    labels.map((_, i) => String(i + 1));
  return new Map(labels.map((label, i) => [label, marks[i]!]));
}

/** Each name's shortest start that no other name shares, capitalised; undefined where one would not fit a cell. */
function shortestStarts(names: string[]): string[] | undefined {
  const starts = names.map((name) => {
    let length = 1;
    while (length < name.length && names.some((other) => other !== name && other.startsWith(name.slice(0, length))))
      length += 1;
    return name.charAt(0).toLocaleUpperCase() + name.slice(1, length);
  });
  const apart = new Set(starts.map((start) => start.toLocaleLowerCase())).size === starts.length;
  return apart && starts.every((start) => start.length <= MARK_LENGTH) ? starts : undefined;
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
