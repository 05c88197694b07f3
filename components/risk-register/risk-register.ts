import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PartnershipDocument, RiskScale } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';
import { downloadCsv, toCsv } from '../internal/csv.js';
import { defineElement } from '../internal/define.js';
import { PartnershipElement } from '../internal/partnership-element.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';
import { baseStyles } from '../internal/styles.js';
import { renderHeatMap } from './heat-map.js';
import { riskCsv } from './risk-csv.js';
import { filterRows, riskRows, sortRows, type RiskFilters, type RiskRow, type RiskSortKey } from './risk-rows.js';
import { riskRegisterStyles } from './risk-register.styles.js';
import { tableScroller } from '../internal/table-scroller.js';

type Direction = 'ascending' | 'descending';
const COLUMNS: RiskSortKey[] = [
  'id',
  'title',
  'owner',
  'category',
  'score',
  'inherent',
  'target',
  'trend',
  'review',
  'appetite',
  'mitigation',
];
const NUMERIC: RiskSortKey[] = ['score', 'inherent', 'target'];
/** Columns read best from the top of the scale down the first time they are sorted. */
const DESCENDING_FIRST: RiskSortKey[] = ['score', 'trend', 'appetite'];

/**
 * `today` is the date reviews are judged by.
 *
 * @summary The risk register: scored risks with their band, appetite, trend
 * and review dates; a 5×5 heat map that filters the table; sort, filters and
 * a CSV of what is shown; a summary line a highlight report can quote.
 *
 * @example
 * <risk-register src="/data/sutton.json" group="eog" status="open" today="2019-12-10"></risk-register>
 *
 * @tag risk-register
 * @csspart summary - The summary line.
 * @csspart filters - The filter controls.
 * @csspart table - The register table.
 * @csspart heat-map - The heat map table.
 */
export class RiskRegister extends PartnershipElement {
  static override styles = [baseStyles, riskRegisterStyles];

  /** Id of a group: only its risks. */
  @property({ reflect: true }) group?: string;

  /** The status filter it starts with: `open`, `closed` or `accepted`. */
  @property({ reflect: true }) status?: string;

  @state() private filters: RiskFilters = {};
  @state() private sortKey: RiskSortKey = 'score';
  @state() private sortDirection: Direction = 'descending';
  /** Whether the reader has filtered yet: from then on, how many risks are shown is announced. */
  @state() private filtered = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('status')) this.filters = { ...this.filters, status: this.status || undefined };
  }

  /** No vote, meeting or action shows in the register: a vote or a check-in changes nothing here. */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    return partsBut(document, 'votes', 'meetings', 'actions');
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    const t = this.msg.risk;
    if (this.group && !document.groups.some((g) => g.id === this.group))
      return html`<p>${t.unknownGroup(this.group)}</p>`;
    const all = riskRows(document, this.todayDate, this.group);
    if (all.length === 0) return html`<p>${t.empty}</p>`;
    const { cell, ...others } = this.filters;
    const beforeCell = filterRows(all, others);
    const shown = sortRows(
      cell ? filterRows(beforeCell, { cell }) : beforeCell,
      this.sortKey,
      this.sortDirection,
      this.msg.format.locale,
    );
    return html`<p class="summary" part="summary">${this.summary(document, all)}</p>
      ${this.renderFilters(all, document.riskScale)}
      <p class="shown-count visually-hidden" role="status">
        ${this.filtered ? t.shownNow(shown.length, all.length) : ''}
      </p>
      <div class="layout">
        <div class="heat-map-wrap">
          ${renderHeatMap(this.msg, beforeCell, document.riskScale, cell, (chosen) => this.toggleCell(chosen))}
        </div>
        <div>
          <p>
            <button type="button" class="button" @click=${() => this.download(document, shown)}>${t.download}</button>
          </p>
          ${shown.length === 0 ? html`<p>${t.emptyFiltered}</p>` : this.renderTable(shown, all.length)}
        </div>
      </div>`;
  }

  private summary(document: PartnershipDocument, rows: RiskRow[]): string {
    const open = rows.filter((r) => r.risk.status === 'open');
    const top = document.riskScale.bands[document.riskScale.bands.length - 1]!;
    return this.msg.risk.summary(
      open.length,
      open.filter((r) => r.status.band.label === top.label).length,
      top.label,
      open.filter((r) => r.status.aboveAppetite).length,
      open.filter((r) => r.status.reviewOverdue).length,
    );
  }

  private renderFilters(rows: RiskRow[], scale: RiskScale) {
    const t = this.msg.risk;
    const locale = this.msg.format.locale;
    // Bands from the lowest up, as the scale orders them.
    const bands = [...new Set(scale.bands.map((b) => b.label))];
    const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, locale));
    const select = (key: keyof RiskFilters, label: string, options: [string, string][]) =>
      html`<label>
        ${label}
        <select @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${live(!this.filters[key])}>${t.any}</option>
          ${options.map(([value, text]) => html`<option .value=${value} .selected=${live(this.filters[key] === value)}>${text}</option>`)}
        </select>
      </label>`;
    return html`<fieldset class="filters" part="filters">
      <legend>${t.filters}</legend>
      ${select(
        'status',
        t.filterStatus,
        (['open', 'accepted', 'closed'] as const).map((s) => [s, t.status(s)]),
      )}
      ${select(
        'band',
        t.filterBand,
        bands.filter((b) => rows.some((r) => r.status.band.label === b)).map((b) => [b, b]),
      )}
      ${select(
        'owner',
        t.filterOwner,
        distinct(rows.map((r) => r.owner)).map((o) => [o, o]),
      )}
      ${select(
        'category',
        t.filterCategory,
        distinct(rows.map((r) => r.risk.category ?? '')).map((c) => [c, c ? t.category(c) : t.uncategorised]),
      )}
      ${
        Object.values(this.filters).some(Boolean)
          ? html`<button type="button" class="button" @click=${() => this.clearFilters()}>${t.clearFilters}</button>`
          : nothing
      }
    </fieldset>`;
  }

  private renderTable(rows: RiskRow[], total: number) {
    const t = this.msg.risk;
    return tableScroller(
      t.caption(rows.length, total),
      html`<table part="table">
        <caption>
          ${t.caption(rows.length, total)}${this.filters.cell ? html` ${t.cellFilter(...cellParts(this.filters.cell))}` : nothing}
        </caption>
        <thead>
          <tr>
            ${COLUMNS.map((key) => this.renderHeader(key))}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => this.renderRow(row))}
        </tbody>
      </table>`,
    );
  }

  private renderHeader(key: RiskSortKey) {
    const t = this.msg.risk;
    const sorted = this.sortKey === key;
    const label = t.columns[key];
    return html`<th
      scope="col"
      data-column=${key}
      aria-sort=${sorted ? this.sortDirection : nothing}
      class=${NUMERIC.includes(key) ? 'numeric' : nothing}
    >
      <button type="button" class="sort" @click=${() => this.sortBy(key)}>
        ${label}<span class="sort-arrow" aria-hidden="true">${sorted ? t.sortArrow[this.sortDirection] : ''}</span>
      </button>
    </th>`;
  }

  private renderRow({ risk, status, owner }: RiskRow) {
    const t = this.msg.risk;
    const tone = { green: 'tag--green', amber: 'tag--amber', red: 'tag--red' }[status.band.rag];
    return html`<tr>
      <td>${risk.id}</td>
      <td>
        <span class="row-title">${risk.title}</span>
        ${risk.status === 'open' ? nothing : html`<strong class="tag tag--grey">${t.status(risk.status)}</strong>`}
      </td>
      <td>${owner}</td>
      <td>${risk.category ? t.category(risk.category) : t.none}</td>
      <td class="numeric">
        ${status.score} <strong class="tag ${tone}">${status.band.label}</strong>
        <span class="rating">${t.rating(risk.likelihood, risk.impact)}</span>
      </td>
      <td class="numeric">${status.inherentScore ?? t.none}</td>
      <td class="numeric">${status.targetScore ?? t.none}</td>
      <td>
        ${status.trend ? html`<span class="trend-arrow" aria-hidden="true">${t.trendArrow[status.trend]}</span> ` : nothing}${t.trend(status.trend)}
      </td>
      <td>
        ${risk.review ? this.msg.format.shortDate(risk.review) : t.none}
        ${status.reviewOverdue ? html`<strong class="tag tag--red">${t.overdue}</strong>` : nothing}
      </td>
      <td>
        ${
          status.aboveAppetite && status.appetite !== null
            ? html`<strong class="tag tag--red">${t.aboveAppetite}</strong> ${t.appetiteLimit(status.appetite)}`
            : status.appetite !== null
              ? t.withinAppetite(status.appetite)
              : t.noAppetite
        }
      </td>
      <td class="mitigation">${renderMitigation(t, risk.mitigation)}</td>
    </tr>`;
  }

  private sortBy(key: RiskSortKey): void {
    if (this.sortKey === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDirection = DESCENDING_FIRST.includes(key) ? 'descending' : 'ascending';
    }
  }

  private setFilter(key: keyof RiskFilters, value: string): void {
    this.filters = { ...this.filters, [key]: value || undefined };
    this.filtered = true;
  }

  /** Clears every filter; the button goes with them, so focus moves to the first filter rather than the page. */
  private async clearFilters(): Promise<void> {
    this.filters = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>('.filters select')?.focus();
  }

  private toggleCell(cell: string): void {
    this.setFilter('cell', this.filters.cell === cell ? '' : cell);
  }

  private download(document: PartnershipDocument, rows: RiskRow[]): void {
    const { header, body } = riskCsv(this.msg, rows);
    downloadCsv(this.msg.risk.csvFile(document.partnership.name), toCsv(header, body));
  }
}

function cellParts(cell: string): [number, number] {
  const [likelihood, impact] = cell.split(':').map(Number);
  return [likelihood ?? 0, impact ?? 0];
}

/** Long mitigations fold away behind their first words. */
const SHORT = 120;
function renderMitigation(t: Messages['risk'], text: string | undefined) {
  if (!text) return t.none;
  if (text.length <= SHORT) return text;
  return html`<details>
    <summary>
      ${t.folded(text.slice(0, SHORT).replace(/\s+\S*$/, ''))}<span class="visually-hidden"> ${t.readMore}</span>
    </summary>
    <p>${text}</p>
  </details>`;
}

defineElement('risk-register', RiskRegister);

declare global {
  interface HTMLElementTagNameMap {
    'risk-register': RiskRegister;
  }
}
