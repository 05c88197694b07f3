/**
 * One row of the register table. A register can hold thousands of risks, so
 * each row is one Lit template, not a template per cell, and what every row
 * shares (the column labels and classes, the bands' names) is worked out once
 * a render, not once a cell.
 *
 * The row's template holds no white space between or inside its cells: Lit
 * would copy each run of it into every row as a text node, which the browser
 * styles and lays out though nothing shows. Prettier would break the cells
 * onto lines of their own, hence the `prettier-ignore`: every line break of
 * the row is inside a tag (`</td\n><td`), where the parser drops it. Where the
 * words of a cell need a space, it is written in the template, as visible
 * text. Words alone in an element of a row (a tag, the project, the trend's
 * arrow, the mitigation) are set as its content (`.textContent`), not as a
 * part of it: a part is a marker (a comment node) cloned, walked and
 * committed beside the words, and kept with the row, in every row of every
 * render (issue 12).
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import type { RiskScale } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';
import type { RiskRow, RiskSortKey } from './risk-rows.js';
import { bandName } from './band-name.js';

type Words = Messages['risk'];
type ClassName = string | typeof nothing;

/** What every row of one render shares. */
export interface RowsShare {
  t: Words;
  format: Messages['format'];
  /** Each column's cell `class`: numeric, hidden, both, or no attribute. */
  classes: Record<RiskSortKey, ClassName>;
  /** Each band's name on the page, by its label in the document. */
  bands: Map<string, string>;
  /** Whether a risk linked to a work project names it (not in the register of one project). */
  projects: boolean;
  /** Each category's name on the page (`categoryNamer`). */
  category: (category: string) => string;
}

const NUMERIC: readonly RiskSortKey[] = ['score', 'inherent', 'target'];
const TONE = { green: 'tag tag--green', amber: 'tag tag--amber', red: 'tag tag--red' } as const;

/** What the rows of one render share, for the columns `hidden` leaves out of the wide table. */
export function rowsShare(
  msg: Messages,
  scale: RiskScale,
  hidden: Set<string>,
  projects: boolean,
  category: (category: string) => string = msg.risk.category,
): RowsShare {
  const classOf = (key: RiskSortKey): ClassName =>
    [NUMERIC.includes(key) && 'numeric', hidden.has(key) && 'col-hidden'].filter(Boolean).join(' ') || nothing;
  const keys = Object.keys(msg.risk.columns) as RiskSortKey[];
  const bands = new Map(scale.bands.map(({ label }) => [label, bandName(msg.risk, scale, label)]));
  return {
    t: msg.risk,
    format: msg.format,
    classes: Object.fromEntries(keys.map((key) => [key, classOf(key)])) as RowsShare['classes'],
    bands,
    projects,
    category,
  };
}

/**
 * The row of one risk: a cell per column, each labelled for the summary cards by
 * `data-label`. The title is the row's header, so a screen reader moving along a
 * row or down a column hears which risk each cell belongs to.
 */
export function renderRow({ risk, status, owner, project }: RiskRow, shared: RowsShare): TemplateResult {
  const { t, classes: c } = shared;
  const l = t.columns;
  const category = risk.category ? shared.category(risk.category) : t.none;
  const review = risk.review ? shared.format.shortDate(risk.review) : t.none;
  const band = shared.bands.get(status.band.label) ?? status.band.label;
  // prettier-ignore
  return html`<tr role="row"
    ><td role="cell" data-column="id" data-label=${l.id} class=${c.id} .textContent=${risk.id}></td
    ><th role="rowheader" scope="row" data-column="title" data-label=${l.title} class=${c.title}
      ><span class="row-title" .textContent=${risk.title}></span
      >${statusTag(t, risk.status)}${shared.projects && project ? projectNote(t, project) : nothing}</th
    ><td role="cell" data-column="owner" data-label=${l.owner} class=${c.owner} .textContent=${owner}></td
    ><td role="cell" data-column="category" data-label=${l.category} class=${c.category} .textContent=${category}></td
    ><td role="cell" data-column="score" data-label=${l.score} class=${c.score}
      >${status.score} <strong class=${TONE[status.band.rag]} .textContent=${band}></strong
      ><span class="rating" .textContent=${t.rating(status.likelihood, status.impact)}></span></td
    ><td role="cell" data-column="inherent" data-label=${l.inherent} class=${c.inherent}
      .textContent=${String(status.inherentScore ?? t.notScored)}></td
    ><td role="cell" data-column="target" data-label=${l.target} class=${c.target}
      .textContent=${String(status.targetScore ?? t.notScored)}></td
    ><td role="cell" data-column="trend" data-label=${l.trend} class=${c.trend}
      >${status.trend ? trendArrow(t, status.trend) : nothing}${t.trend(status.trend)}</td
    ><td role="cell" data-column="review" data-label=${l.review} class=${c.review}
      >${review}${status.reviewOverdue ? overdueTag(t) : nothing}</td
    ><td role="cell" data-column="appetite" data-label=${l.appetite} class=${c.appetite}>${appetite(t, status)}</td
    ><td role="cell" data-column="mitigation" data-label=${l.mitigation} class=${c.mitigation}
      >${mitigation(t, risk.mitigation)}</td
  ></tr>`;
}

/** A risk no longer open says so under its title. */
function statusTag(t: Words, status: RiskRow['risk']['status']) {
  return status === 'open' ? nothing : html`<strong class="tag tag--grey" .textContent=${t.status(status)}></strong>`;
}

/** The project a risk is linked to, a space after the status tag it may follow. */
function projectNote(t: Words, project: string) {
  return html` <span class="secondary project" .textContent=${t.projectOf(project)}></span>`;
}

/** The trend's arrow is for the eye: its words follow it. */
function trendArrow(t: Words, trend: keyof Words['trendArrow']) {
  return html`<span class="trend-arrow" aria-hidden="true" .textContent=${t.trendArrow[trend]}></span> `;
}

/** After the review date, a space, then the tag. */
function overdueTag(t: Words) {
  return html` <strong class="tag tag--red" .textContent=${t.overdue}></strong>`;
}

function appetite(t: Words, { aboveAppetite, appetite }: RiskRow['status']) {
  if (appetite === null) return t.noAppetite;
  if (!aboveAppetite) return t.withinAppetite(appetite);
  return html`<strong class="tag tag--red" .textContent=${t.aboveAppetite}></strong> ${t.appetiteLimit(appetite)}`;
}

/**
 * Long mitigations fold away behind their first words. The summary is a block, its triangle drawn as text
 * (risk-register.styles.ts): the browser draws a summary as a list item, and Chromium numbers a list item by
 * walking the items before it, so a register of hundreds of folded mitigations took a layout growing with the
 * square of its rows (docs/performance.md).
 */
const SHORT = 120;
function mitigation(t: Words, text: string | undefined) {
  if (!text) return t.none;
  if (text.length <= SHORT) return text;
  const folded = t.folded(text.slice(0, SHORT).replace(/\s+\S*$/, ''));
  return html`<details class="mitigation folded">
    <summary>${folded}<span class="visually-hidden" .textContent=${` ${t.readMore}`}></span></summary>
    <p .textContent=${text}></p>
  </details>`;
}
