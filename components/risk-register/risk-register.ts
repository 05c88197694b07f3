import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { shownCountNews } from '../internal/shown-count.js';
import {
  riskStatuses,
  type PartnershipDocument,
  type RiskRecordStatus,
  type RiskScale,
} from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';
import { downloadCsv, toCsv } from '../internal/csv.js';
import { partName } from '../internal/part-name.js';
import { defineElement } from '../internal/define.js';
import { PartnershipElement } from '../internal/partnership-element.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';
import { baseStyles } from '../internal/styles.js';
import { heading } from '../internal/heading.js';
import { renderHeatMap } from './heat-map.js';
import { heatMapStatus } from '../../src/rules/index.js';
import { riskCsv, type RiskCsvOptions } from './risk-csv.js';
import {
  filterRows,
  NO_CATEGORY,
  riskRows,
  sortRows,
  type RiskFilters,
  type RiskRow,
  type RiskSortKey,
} from './risk-rows.js';
import { CARD_WIDTHS, riskRegisterStyles } from './risk-register.styles.js';
import { bandName } from './band-name.js';
import { caseOnlyMatches, categoryNamer } from './category-name.js';
import { renderRow, rowsShare } from './risk-row.js';
import { tableBox } from '../internal/table-box.js';
import { KeptView } from '../internal/kept-view.js';
import { keptView, restoredView, type Direction } from './register-view.js';
import { idText, optionalText } from '../internal/attribute-reading.js';
import { ForcedColours } from '../internal/forced-colours.js';

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
/** Columns read best from the top of the scale down the first time they are sorted. */
const DESCENDING_FIRST: RiskSortKey[] = ['score', 'trend', 'appetite'];
/** How each column's order is said when it is sorted: "A to Z", "highest first". */
const ORDER_WORDS: Record<RiskSortKey, keyof Messages['risk']['sortOrders']> = {
  id: 'text',
  title: 'text',
  owner: 'text',
  category: 'text',
  mitigation: 'text',
  score: 'number',
  inherent: 'number',
  target: 'number',
  review: 'date',
  trend: 'trend',
  appetite: 'appetite',
};
/**
 * About how wide each column needs to be, in em, for the table to fit without
 * squeezing words apart: their sum picks the container width below which the
 * table becomes cards (see the container queries in risk-register.styles.ts).
 * In English words; the language's `risk.tableWidthFactor` widens them for its own.
 */
const COLUMN_EM: Record<RiskSortKey, number> = {
  id: 2.5,
  title: 6,
  owner: 5.5,
  category: 5.5,
  score: 5,
  inherent: 4.5,
  target: 3.5,
  trend: 3.5,
  review: 5,
  appetite: 5,
  mitigation: 9,
};
/** What forced colours add to a column: the edge and inset drawn round its sort button (the styles' forcedColours). */
const SORT_EDGE_EM = 0.6;

/**
 * `today` is the day the register is judged on: it holds the risks raised by then (the core's `risksOnRegister`),
 * each rated as it stood that day (a history entry dated after it means the current rating came later), and a
 * review is overdue once its date is before it.
 *
 * The heat map places the exposure the summary line speaks of: the open risks, as the band, owner and category
 * filters leave them; a closed or accepted risk is no exposure. Where the status filter chooses closed or accepted
 * risks, it places those instead. Its caption says which it counts, and a cell chosen shows the table only the
 * risks it counted.
 *
 * The owner filter chooses a person, not a name: the contract lets a post be a name, so where two owners share one
 * ("Head of School") the filter, the table and the CSV tell each apart by their organisation in brackets, or by
 * their id where the organisation does not.
 *
 * Keyboard: Tab reaches the four filters (the arrow keys change a closed select), "Clear filters" while one is set
 * (the focus then goes to the first filter), the heat map, the CSV download, each column's sort button (Enter or
 * Space; again reverses the order) and a long mitigation's fold (Enter or Space opens and closes it). The heat map
 * is one Tab stop: the arrow keys move between its cells, Home and End to the ends of the row, Ctrl+Home and
 * Ctrl+End to the top-left and bottom-right cells, Page Up and Page Down to the top and bottom of the column;
 * Enter or Space filters the register to the cell, and again clears it, the focus staying on the cell.
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
 * @csspart heat-map - The heat map grid.
 * @csspart download-button - The "Download CSV" button.
 * @csspart appetite-notice - A category that misses its appetite only by letter case, named with the appetite's key.
 * @cssprop --pk-tag-green-colour - Text and edge of the green band's tags and heat-map cells, the fill of a selected one (default `#083d29`).
 * @cssprop --pk-tag-green-background - Tint of the green band's tags and cells, the text and edge of a selected cell (default `#cfe4dc`).
 * @cssprop --pk-tag-amber-colour - Text and edge of the amber band's tags and cells, the fill of a selected cell (default `#594d00`).
 * @cssprop --pk-tag-amber-background - Tint of the amber band's tags and cells, the text and edge of a selected cell (default `#fff7bf`).
 * @cssprop --pk-tag-red-colour - Text and edge of the red band's tags and cells, and of the warning tags; the fill of a selected cell (default `#651b1b`).
 * @cssprop --pk-tag-red-background - Tint of the red band's tags and cells, and of the warning tags; the text and edge of a selected cell (default `#f4d7d7`).
 * @cssprop --pk-tag-grey-colour - Text of the closed and accepted tags (default `#0b0c0c`).
 * @cssprop --pk-tag-grey-background - Tint of the closed and accepted tags (default `#cecece`).
 */
export class RiskRegister extends PartnershipElement {
  static override styles = [baseStyles, riskRegisterStyles];

  /** Id of a group: only its risks. */
  @property({ reflect: true, converter: idText }) group?: string;
  /** Id of a work project: only the risks linked to it. Without it, each linked risk names its project. */
  @property({ reflect: true, converter: idText }) project?: string;

  /** The status filter it starts with: `open`, `closed` or `accepted`, in any case. Another value is named in a notice and ignored. */
  @property({ reflect: true, converter: optionalText }) status?: string;

  /**
   * Columns the table leaves out, space-separated, for a narrow column on a
   * wide screen: any of `id`, `title`, `owner`, `category`, `score`,
   * `inherent`, `target`, `trend`, `review`, `appetite`, `mitigation`. Where
   * the register is shown as cards (a narrow box, or print) every field shows.
   */
  @property({ attribute: 'hide-columns', reflect: true, converter: optionalText }) hideColumns?: string;

  @state() private filters: RiskFilters = {};
  @state() private sortKey: RiskSortKey = 'score';
  @state() private sortDirection: Direction = 'descending';
  /** How many times the reader has chosen a filter: from the first, each is said with the count. */
  @state() private filterChoices = 0;
  /** The last sort, in words, for the status region: said once, when the reader sorts. */
  @state() private sortNews = '';
  /** The heat-map cell that holds the grid's one tab stop. */
  @state() private heatFocus?: string;

  /** The filters and sort, kept for the tab: a page reloaded (a phone's discarded tab) opens as the member left it. */
  private readonly forcedColours = new ForcedColours(this);
  private readonly kept = new KeptView(this, {
    document: () => (this.source.state.status === 'ready' ? this.source.state.document : undefined),
    current: () => keptView(this.view),
    restore: (stored, document) => {
      const rows = riskRows(document, this.todayDate, this.msg.risk, this.group, this.project);
      ({
        filters: this.filters,
        sortKey: this.sortKey,
        sortDirection: this.sortDirection,
      } = restoredView(stored, this.view, rows, COLUMNS));
    },
  });

  private get view() {
    return { filters: this.filters, sortKey: this.sortKey, sortDirection: this.sortDirection };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status')) this.filters = { ...this.filters, status: statusFilter(this.status) };
  }

  /**
   * A `status` the register cannot filter by, named with the statuses it takes: a web team sees its typo rather
   * than an empty register ("No risks match these filters" under a filter reading "Any").
   */
  private renderUnknownStatus() {
    if (!this.status || statusFilter(this.status)) return nothing;
    return html`<p class="notice" part="attribute-notice">${this.msg.risk.unknownStatus(this.status)}</p>`;
  }

  /** A notice for each category that misses its appetite only by letter case: its risks show "Not set". */
  private renderCategoryCase(scale: RiskScale, categories: string[]) {
    return caseOnlyMatches(scale, categories).map(
      ([category, key]) =>
        html`<p class="notice" part="appetite-notice">${this.msg.risk.categoryCase(category, key)}</p>`,
    );
  }

  /** No vote, meeting or action shows in the register: a vote or a check-in changes nothing here. */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    return partsBut(document, 'votes', 'meetings', 'actions');
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    const t = this.msg.risk;
    if (this.group && !document.groups.some((g) => g.id === this.group))
      return html`<p>
        ${t.unknownGroup(
          this.group,
          document.groups.map((g) => g.id),
        )}
      </p>`;
    if (this.project && !document.projects.some((p) => p.id === this.project))
      return html`<p>
        ${t.unknownProject(
          this.project,
          document.projects.map((p) => p.id),
        )}
      </p>`;
    const all = riskRows(document, this.todayDate, this.msg.risk, this.group, this.project);
    if (all.length === 0) return html`<p>${t.empty}</p>`;
    const categories = all.flatMap(({ risk }) => (risk.category === undefined ? [] : [risk.category]));
    const category = categoryNamer(t, categories);
    // The file names each row's work project also in one project's register, whose table leaves it unsaid, as the
    // action tracker's does: a file read apart from the page, or pasted beside another register's, says it.
    const csv = { projects: all.some((row) => row.project), category };
    const { cell, ...others } = this.filters;
    const beforeCell = filterRows(all, others);
    // The map shows the exposure the summary speaks of: the open risks unless the status filter chooses others.
    const counted = heatMapStatus(statusFilter(this.filters.status));
    const mapped = filterRows(beforeCell, { status: counted });
    const shown = sortRows(
      // A cell shows the risks it counts: with the status at "Any", not a closed risk it left out.
      cell ? filterRows(mapped, { cell }) : beforeCell,
      this.sortKey,
      this.sortDirection,
      this.msg.format.locale,
    );
    // The box the container queries measure: the column the page gives the element, not the window.
    // The register's own heading, at its heading level, where there is a register to show (a sentence alone, "There
    // are no risks", needs none): without it a screen-reader user moving by headings passed the register by. Heard, not
    // shown: the page's own heading above the element names it to the eye.
    return html`<div class="fit">
      ${heading(this.headingLevel, 0, t.title, { class: 'visually-hidden' })}${this.renderUnknownStatus()}
      ${this.renderCategoryCase(document.riskScale, categories)}
      <p class="summary" part="summary">${this.summary(document, all)}</p>
      ${this.renderFilters(all, document.riskScale, category)}
      <p class="shown-count visually-hidden" role="status">
        ${shownCountNews(this.filterChoices, () => t.shownNow(shown.length, all.length))}
      </p>
      <p class="sort-news visually-hidden" role="status">${this.sortNews}</p>
      <div class="layout">
        <div class="heat-map-wrap">
          ${renderHeatMap(this.msg, mapped, document.riskScale, {
            counted,
            filtered: Boolean(others.band || others.owner || others.category),
            active: cell,
            focus: this.heatFocus,
            onSelect: (chosen) => this.toggleCell(chosen),
            onMove: (to) => this.moveHeatFocus(to),
          })}
        </div>
        <div>
          <p class="download">
            <button
              type="button"
              class="button"
              part="download-button"
              @click=${() => this.download(document, shown, csv, all)}
            >
              ${t.download}<span class="visually-hidden"> ${t.downloadWhat}</span>
            </button>
          </p>
          ${shown.length === 0 ? html`<p>${t.emptyFiltered}</p>` : this.renderTable(shown, all.length, document.riskScale, category)}
        </div>
      </div>
    </div>`;
  }

  private summary(document: PartnershipDocument, rows: RiskRow[]): string {
    const open = rows.filter((r) => r.risk.status === 'open');
    const top = document.riskScale.bands[document.riskScale.bands.length - 1]!;
    return this.msg.risk.summary(
      rows.length,
      open.length,
      open.filter((r) => r.status.band.label === top.label).length,
      bandName(this.msg.risk, document.riskScale, top.label),
      open.filter((r) => r.status.aboveAppetite).length,
      open.filter((r) => r.status.reviewOverdue).length,
    );
  }

  private renderFilters(rows: RiskRow[], scale: RiskScale, category: (category: string) => string) {
    const t = this.msg.risk;
    const locale = this.msg.format.locale;
    // Bands from the lowest up, as the scale orders them.
    const bands = [...new Set(scale.bands.map((b) => b.label))];
    const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, locale));
    // By person id, each named as the rows name them: two people may share a name, each told apart.
    const owners = [...new Map(rows.map((r) => [r.risk.owner, r.owner] as const))].sort(([, a], [, b]) =>
      a.localeCompare(b, locale),
    );
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
        bands.filter((b) => rows.some((r) => r.status.band.label === b)).map((b) => [b, bandName(t, scale, b)]),
      )}
      ${select('owner', t.filterOwner, owners)}
      ${select(
        'category',
        t.filterCategory,
        distinct(rows.map((r) => r.risk.category ?? NO_CATEGORY)).map((c) => [
          c,
          c === NO_CATEGORY ? t.uncategorised : category(c),
        ]),
      )}
      ${
        Object.values(this.filters).some(Boolean)
          ? html`<button type="button" class="button" @click=${() => this.clearFilters()}>${t.clearFilters}</button>`
          : nothing
      }
    </fieldset>`;
  }

  /** The host's `hide-columns`, as keys of real columns. */
  private get hiddenColumns(): Set<string> {
    return new Set((this.hideColumns ?? '').split(/\s+/).filter((key) => (COLUMNS as string[]).includes(key)));
  }

  /**
   * One table, which narrow boxes and print show as a summary card per risk:
   * each cell labelled from `data-label` (see the styles). A screen reader
   * keeps the table either way, so it can still move by row and column and
   * hears each column's header from the real `th`, once; a second, hidden
   * list of cards would double what changes on every sort and filter. Safari
   * drops a table's semantics once its parts are not displayed as table
   * parts, hence the explicit roles.
   */
  private renderTable(rows: RiskRow[], total: number, scale: RiskScale, category: (category: string) => string) {
    const t = this.msg.risk;
    const hidden = this.hiddenColumns;
    const edge = this.forcedColours.active ? SORT_EDGE_EM : 0;
    const need =
      COLUMNS.filter((key) => !hidden.has(key)).reduce((sum, key) => sum + COLUMN_EM[key] + edge, 0) *
      this.msg.risk.tableWidthFactor;
    const cardsBelow = CARD_WIDTHS.find((width) => width >= need) ?? CARD_WIDTHS[CARD_WIDTHS.length - 1]!;
    const shared = rowsShare(this.msg, scale, hidden, !this.project, category);
    const { cell, status } = this.filters;
    const counted = heatMapStatus(statusFilter(status));
    const caption = t.caption(rows.length, total) + (cell ? ` ${t.cellFilter(...cellParts(cell), counted)}` : '');
    const headers = COLUMNS.map((key) => this.renderHeader(key, shared.classes[key]));
    // No white space inside the rows, as in risk-row.ts.
    // prettier-ignore
    return html`<div class="register table-box cards-below-${cardsBelow}" ${tableBox(caption)}>
      <table part="table" role="table">
        <caption>${caption}</caption>
        <thead>
          <tr role="row" data-label=${t.sortHeading}>${headers}</tr>
        </thead>
        <tbody>${rows.map((row) => renderRow(row, shared))}</tbody>
      </table>
    </div>`;
  }

  private renderHeader(key: RiskSortKey, className: string | typeof nothing) {
    const t = this.msg.risk;
    const sorted = this.sortKey === key;
    const arrow = sorted ? t.sortArrow[this.sortDirection] : '';
    // prettier-ignore
    return html`<th role="columnheader" scope="col" data-column=${key} aria-sort=${sorted ? this.sortDirection : nothing}
      class=${className}
      ><button type="button" class="sort" @click=${() => this.sortBy(key)}
        >${t.columns[key]}<span class="sort-arrow" aria-hidden="true">${arrow}</span></button
      ></th
    >`;
  }

  private sortBy(key: RiskSortKey): void {
    if (this.sortKey === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDirection = DESCENDING_FIRST.includes(key) ? 'descending' : 'ascending';
    }
    const t = this.msg.risk;
    this.sortNews = t.sorted(t.sortNames[key], t.sortOrders[ORDER_WORDS[key]][this.sortDirection]);
  }

  /** The grid's tab stop moves with the arrow keys, and focus with it once the cells show it. */
  private async moveHeatFocus(cell: string): Promise<void> {
    this.heatFocus = cell;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`.heat-map [data-cell="${cell}"]`)?.focus();
  }

  private setFilter(key: keyof RiskFilters, value: string): void {
    this.filters = { ...this.filters, [key]: value || undefined };
    this.filterChoices += 1;
  }

  /** Clears every filter; the button goes with them, so focus moves to the first filter rather than the page. */
  private async clearFilters(): Promise<void> {
    this.filters = {};
    this.filterChoices += 1;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>('.filters select')?.focus();
  }

  private async toggleCell(cell: string): Promise<void> {
    this.heatFocus = cell;
    this.setFilter('cell', this.filters.cell === cell ? '' : cell);
    await this.updateComplete;
    // "Clear filters" appears or goes above the map, moving the cell just chosen: the window follows the focus.
    this.renderRoot.querySelector(`.heat-map [data-cell="${cell}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  private download(document: PartnershipDocument, rows: RiskRow[], csv: RiskCsvOptions, all: RiskRow[]): void {
    const { header, body } = riskCsv(this.msg, rows, document.riskScale, csv);
    const owner = (id: string) => all.find((row) => row.risk.owner === id)?.owner ?? id;
    const part = this.partShown(document, csv.category ?? this.msg.risk.category, owner);
    downloadCsv(this.msg.risk.csvFile(document.partnership.name, part), toCsv(header, body));
  }

  /**
   * The part of the register a download holds, named as the action tracker's downloads are: the group and the
   * project it is scoped to, then each filter chosen as the page words it (`filterWords`); undefined for all
   * the partnership's risks. Two downloads filtered differently are two files, not one saved over the other.
   */
  private partShown(
    document: PartnershipDocument,
    category: (category: string) => string,
    owner: (id: string) => string,
  ): string | undefined {
    return partName([
      this.group ? this.namesOf(document).group(this.group) : undefined,
      this.project ? document.projects.find((p) => p.id === this.project)?.title : undefined,
      ...filterWords(this.msg.risk, document.riskScale, this.filters, category, owner),
    ]);
  }
}

/**
 * Each filter chosen, in the words its control shows (a default band and a category in the page's language, an
 * owner by name, told apart from a namesake as the rows tell them, a heat-map cell as its rating, "likelihood 4 × impact 5"); undefined for one left at "Any".
 */
function filterWords(
  t: Messages['risk'],
  scale: RiskScale,
  filters: RiskFilters,
  name: (category: string) => string,
  ownerName: (id: string) => string,
): (string | undefined)[] {
  const { status, band, owner, category, cell } = filters;
  return [
    status ? t.status(status as RiskRecordStatus) : undefined,
    band ? bandName(t, scale, band) : undefined,
    owner ? ownerName(owner) : undefined,
    category ? (category === NO_CATEGORY ? t.uncategorised : name(category)) : undefined,
    cell ? t.rating(...cellParts(cell)) : undefined,
  ];
}

function cellParts(cell: string): [number, number] {
  const [likelihood, impact] = cell.split(':').map(Number);
  return [likelihood ?? 0, impact ?? 0];
}

/** The status filter a `status` attribute names, in any case ("Open"); undefined for none, or one not known. */
function statusFilter(value: string | undefined): RiskRecordStatus | undefined {
  const status = value?.trim().toLowerCase();
  return riskStatuses.find((known) => known === status);
}

defineElement('risk-register', RiskRegister);

declare global {
  interface HTMLElementTagNameMap {
    'risk-register': RiskRegister;
  }
}
