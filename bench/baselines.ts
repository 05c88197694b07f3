/**
 * Hand-written baselines: each draws the DOM its element draws (a shadow root
 * with the element's own style sheets, the same headings, tables, tags,
 * filters, buttons and words) with plain DOM calls and no framework. They
 * look records up through Maps built once per render, and call the same rules
 * core and the same English words as the elements for what a count, a status
 * or a score is. bench-page.ts prints how close each baseline's DOM is to its
 * element's (elements and characters of text), so a reader can check.
 *
 * Nothing of the kit's elements is imported (the cold first render's baseline
 * page loads this file without the kit): only their style sheets, the rules
 * core and the words. What the elements define besides (the action tracker's
 * tones, the risk register's column widths) is written out here, and
 * bench-page.ts checks, before it measures, that the style sheets and the
 * tones are the elements' own.
 */
import type { Group, Meeting, PartnershipDocument, Person, Proposal, Seat } from '../src/contract/index.js';
import {
  actionStatus,
  attendanceAt,
  appointmentOn,
  bandRanges,
  dateOf,
  disclosure,
  eligibleSeats,
  meetingOver,
  movements,
  outcome,
  quorum,
  RATINGS,
  riskMatrix,
  riskStatus,
  risksOnRegister,
  rosterWarnings,
  seatHistory,
  seatOn,
  type ActionStatus,
  type Outcome,
  type RiskStatus,
} from '../src/rules/index.js';
import type { CSSResult } from 'lit';
import { baseStyles } from '../components/internal/styles.js';
import { narrowCardLabels, summaryCards } from '../components/internal/summary-cards.js';
import { rosterCardStyles, rosterStyles } from '../components/partnership-roster/partnership-roster.styles.js';
import { CARD_WIDTHS, riskRegisterStyles } from '../components/risk-register/risk-register.styles.js';
import { actionTrackerStyles } from '../components/action-tracker/action-tracker.styles.js';
import { changeNoteStyles } from '../components/internal/change-note.styles.js';
import { quorumStyles } from '../components/quorum-indicator/quorum-indicator.styles.js';
import { votePanelStyles } from '../components/vote-panel/vote-panel.styles.js';
import { TODAY } from './widgets.js';
import { en, explainReason, explainWarning, seatName, type Names } from '../src/messages/index.js';

type Child = Node | string | number | null | undefined | false | Child[];
type Attributes = Record<string, string | undefined> | null;

/** The register's and the tracker's CSV button: what it downloads said to a screen reader. */
const downloadButton = (t: { download: string; downloadWhat: string }) =>
  h(
    'button',
    { type: 'button', class: 'button', part: 'download-button' },
    t.download,
    h('span', { class: 'visually-hidden' }, ` ${t.downloadWhat}`),
  );

/** An element with its attributes and children; text goes in as text nodes, never as markup. */
function h(tag: string, attributes: Attributes, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  if (attributes)
    for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  append(element, children);
  return element;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/**
 * The style sheets each element adopts, as its `static styles` lists them: the same CSSResults where the
 * element uses a module's (so the very same constructed sheets), and the summary cards' sheet made with the
 * element's own container name and width (bench-page.ts checks each list's CSS against the element's).
 */
export const STYLES: Record<string, CSSResult[]> = {
  'partnership-roster': [baseStyles, ...rosterCardStyles, rosterStyles],
  'risk-register': [baseStyles, riskRegisterStyles],
  'action-tracker': [
    baseStyles,
    summaryCards('tracker', '40em'),
    changeNoteStyles,
    actionTrackerStyles,
    narrowCardLabels('tracker', '.cards td[data-label]::before'),
  ],
  'quorum-indicator': [
    baseStyles,
    summaryCards('check-in', '34em'),
    changeNoteStyles,
    quorumStyles,
    narrowCardLabels('check-in', '.cards td[data-label]::before'),
  ],
  'vote-panel': [
    baseStyles,
    summaryCards('choices', '26em'),
    votePanelStyles,
    narrowCardLabels('choices', '.cards td[data-label]::before'),
  ],
};
const sheetsOf = (tag: string) => STYLES[tag]!.map((style) => style.styleSheet!);

/**
 * A host for `tag`'s baseline: a shadow root with the element's styles, the paragraph widths every element draws
 * beside its words, and the element's `.words` wrapper.
 */
export function baselineHost(tag: string): { host: HTMLElement; words: HTMLElement } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheetsOf(tag);
  const words = h('div', { class: 'words' });
  root.append(h('div', { class: 'paragraph-widths' }), words);
  return { host, words };
}

const headingTag = (depth: number) => `h${Math.min(6, 2 + depth)}`;
const heading = (depth: number, content: Child, id?: string, extra?: string) =>
  h(headingTag(depth), { id, class: [`heading-${depth}`, extra].filter(Boolean).join(' ') }, content);
const tag = (tone: string, text: Child) => h('strong', { class: `tag ${tone}` }, text);
const headerRow = (labels: string[]) =>
  h(
    'thead',
    null,
    h(
      'tr',
      null,
      labels.map((label) => h('th', { scope: 'col' }, label)),
    ),
  );
/** A header row with the explicit table roles the summary-card tables keep (Safari drops them otherwise). */
const roleHeaderRow = (labels: string[]) =>
  h(
    'thead',
    null,
    h(
      'tr',
      { role: 'row' },
      labels.map((label) => h('th', { scope: 'col', role: 'columnheader' }, label)),
    ),
  );
/** A card's field: a cell with its label, for a narrow column. */
const cell = (label: string, ...children: Child[]) => h('td', { role: 'cell', 'data-label': label }, ...children);

/** The document's records by id, built once for one render. */
class Index {
  readonly people = new Map<string, Person>();
  readonly seats = new Map<string, Seat>();
  readonly groups = new Map<string, Group>();
  readonly meetings = new Map<string, Meeting>();
  readonly proposals = new Map<string, Proposal>();
  readonly partners = new Map<string, { name: string; rank: number }>();
  readonly names: Names;

  constructor(private readonly doc: PartnershipDocument) {
    for (const person of doc.people) if (!this.people.has(person.id)) this.people.set(person.id, person);
    for (const group of doc.groups) {
      if (!this.groups.has(group.id)) this.groups.set(group.id, group);
      for (const seat of group.seats) if (!this.seats.has(seat.id)) this.seats.set(seat.id, seat);
    }
    for (const meeting of doc.meetings) if (!this.meetings.has(meeting.id)) this.meetings.set(meeting.id, meeting);
    for (const proposal of doc.proposals)
      if (!this.proposals.has(proposal.id)) this.proposals.set(proposal.id, proposal);
    doc.partners.forEach((partner, rank) => this.partners.set(partner.id, { name: partner.name, rank }));
    const seatNames = new Map<string, string>();
    this.names = {
      format: en.format,
      seat: (given, groupId) => {
        if (typeof given !== 'string') return seatName(doc, given, en.roles);
        // A seat id is unique only within its group: the group's seat where it has one.
        const inGroup = groupId === undefined ? undefined : this.groups.get(groupId)?.seats.find((s) => s.id === given);
        if (inGroup) return seatName(doc, inGroup, en.roles);
        let name = seatNames.get(given);
        if (name === undefined) {
          const seat = this.seats.get(given);
          name = seat ? seatName(doc, seat, en.roles) : given;
          seatNames.set(given, name);
        }
        return name;
      },
      person: (id) => (id ? (this.people.get(id)?.name ?? id) : ''),
      proposal: (id) => this.proposals.get(id)?.title ?? id,
      group: (id) => this.groups.get(id)?.name ?? id,
      action: (id) => doc.actions.find((a) => a.id === id)?.title ?? id,
    };
  }

  personName(id: string | undefined): string {
    return id ? (this.people.get(id)?.name ?? id) : '';
  }
}

// ---------------------------------------------------------------- roster

const LEADING = ['chair', 'vice-chair'];

export function rosterBaseline(words: HTMLElement, doc: PartnershipDocument, today: string): void {
  const index = new Index(doc);
  const t = en.roster;
  for (const group of doc.groups) {
    const rank = (seat: Seat) => {
      const lead = LEADING.indexOf(seat.role);
      if (lead >= 0) return lead;
      const partner = seat.partner ? index.partners.get(seat.partner) : undefined;
      return partner ? LEADING.length + partner.rank : Number.MAX_SAFE_INTEGER;
    };
    const rows = group.seats
      .map((seat, order) => ({ seat, order, rank: rank(seat) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ seat }) => {
        const now = seatOn(seat, today);
        return {
          seat: now,
          history: seatHistory(seat),
          label: index.names.seat(now.id),
          partner: now.partner ? index.partners.get(now.partner)?.name : undefined,
          holder: now.holder ? index.people.get(now.holder) : undefined,
          proxy: now.proxy ? index.people.get(now.proxy) : undefined,
        };
      });
    const warnings = rosterWarnings(doc, group.id, today);
    const termWarning = new Map<string, string>();
    for (const w of warnings) {
      if ((w.code === 'term-ended' || w.code === 'term-ending') && !termWarning.has(w.seat))
        termWarning.set(w.seat, w.code);
    }
    const person = (p: Person) => [
      h('span', { class: 'person' }, p.name),
      p.title && p.title !== p.name
        ? [h('span', { class: 'visually-hidden' }, ','), ' ', h('span', { class: 'person__title' }, p.title)]
        : null,
    ];
    const c = t.columns;
    const table = h(
      'table',
      { part: 'table', class: 'cards', role: 'table' },
      h('caption', null, t.caption(group.name)),
      roleHeaderRow([c.partner, c.representative, c.proxy, c.role, c.voting, c.term]),
      h(
        'tbody',
        null,
        rows.map(({ seat, label, partner, holder, proxy }) => {
          const term = termWarning.get(seat.id);
          return h(
            'tr',
            { role: 'row' },
            h(
              'th',
              { scope: 'row', role: 'rowheader' },
              label,
              partner && !label.includes(partner)
                ? [h('span', { class: 'visually-hidden' }, ','), ' ', h('span', { class: 'person__title' }, partner)]
                : null,
            ),
            cell(c.representative, holder ? person(holder) : tag('tag--grey', t.vacant)),
            cell(c.proxy, proxy ? person(proxy) : t.noProxy),
            cell(c.role, seat.role === 'member' ? en.roles[seat.role] : tag('tag--blue', en.roles[seat.role])),
            cell(c.voting, seat.voting ? t.voting : t.nonVoting),
            cell(
              c.term,
              seat.term ? t.term(seat.term.from, seat.term.to) : t.noTerm,
              term
                ? [
                    h('span', { class: 'visually-hidden' }, '.'),
                    tag(
                      term === 'term-ended' ? 'tag--red' : 'tag--amber',
                      term === 'term-ended' ? t.termEnded : t.termEnding,
                    ),
                  ]
                : null,
            ),
          );
        }),
      ),
    );
    const changed = rows.filter((row) => row.history.length > 1);
    const hc = t.historyColumns;
    const history =
      changed.length === 0
        ? null
        : h(
            'table',
            { part: 'history', class: 'history cards', role: 'table' },
            h('caption', null, t.historyCaption(group.name)),
            roleHeaderRow([hc.seat, hc.holder, hc.proxy, hc.from, hc.to]),
            h(
              'tbody',
              null,
              changed.flatMap((row) =>
                row.history.map((a) =>
                  h(
                    'tr',
                    { role: 'row' },
                    h('th', { scope: 'row', role: 'rowheader' }, row.label),
                    cell(hc.holder, a.holder ? index.personName(a.holder) : tag('tag--grey', t.vacant)),
                    cell(hc.proxy, a.proxy ? index.personName(a.proxy) : t.noProxy),
                    cell(hc.from, a.from ? en.format.date(a.from) : t.historyNoStart),
                    cell(hc.to, a.to ? en.format.date(a.to) : t.historyNoEnd),
                  ),
                ),
              ),
            ),
          );
    words.append(
      h(
        'section',
        // English cards below 44em (en.roster.tableWidthFactor 1), as the element's section says.
        { class: 'group roster cards-below-44', part: 'group', 'aria-labelledby': `group-${group.id}` },
        heading(0, group.name, `group-${group.id}`),
        warnings.length === 0
          ? null
          : h(
              'div',
              { class: 'warnings', part: 'warnings' },
              heading(1, t.warningsTitle(warnings.length)),
              h(
                'ul',
                null,
                warnings.map((w) =>
                  h('li', { 'data-code': w.code, 'data-seat': w.seat }, explainWarning(en, index.names, w)),
                ),
              ),
            ),
        rows.length === 0 ? h('p', null, t.noSeats(group.name)) : [h('div', { class: 'table-box' }, table), history],
      ),
    );
  }
}

// ---------------------------------------------------------------- risk register

/** The register's columns, in the element's order. */
const RISK_COLUMNS = 'id title owner category score inherent target trend review appetite mitigation'.split(
  ' ',
) as (keyof typeof en.risk.columns)[];
const RISK_NUMERIC = ['score', 'inherent', 'target'];
/** The element's estimate of each column's width in em: their sum picks the box width below which it shows cards. */
const RISK_COLUMN_EM: Record<string, number> = {
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
/** The heat map's cell that holds its one tab stop at first: likelihood 5, impact 1. */
const FIRST_CELL = '5:1';

/** Each band's letter, as the element's heat map draws it: the shortest start of its label no other band shares. */
function bandLetters(labels: string[]): Map<string, string> {
  return new Map(
    labels.map((label) => {
      let length = 1;
      while (length < label.length && labels.some((o) => o !== label && o.startsWith(label.slice(0, length))))
        length += 1;
      return [label, label.charAt(0).toLocaleUpperCase() + label.slice(1, length)];
    }),
  );
}

export function riskBaseline(words: HTMLElement, doc: PartnershipDocument, today: string): void {
  const index = new Index(doc);
  const t = en.risk;
  const projects = new Map(doc.projects.map((project) => [project.id, project.title]));
  const rows = risksOnRegister(doc, today).map((risk) => ({
    risk,
    status: riskStatus(doc, risk.id, today),
    owner: index.personName(risk.owner),
    project: risk.project ? projects.get(risk.project) : undefined,
  }));
  const open = rows.filter((r) => r.risk.status === 'open');
  const top = doc.riskScale.bands[doc.riskScale.bands.length - 1]!;
  const summary = t.summary(
    rows.length,
    open.length,
    open.filter((r) => r.status.band.label === top.label).length,
    top.label,
    open.filter((r) => r.status.aboveAppetite).length,
    open.filter((r) => r.status.reviewOverdue).length,
  );
  const shown = rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => b.row.status.score - a.row.status.score || a.order - b.order)
    .map(({ row }) => row);
  const collator = new Intl.Collator('en-GB');
  const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => collator.compare(a, b));
  const select = (label: string, options: [string, string][]) =>
    h(
      'label',
      null,
      label,
      h(
        'select',
        null,
        h('option', { value: '' }, t.any),
        options.map(([value, text]) => h('option', { value }, text)),
      ),
    );
  const bands = [...new Set(doc.riskScale.bands.map((b) => b.label))];
  const filters = h(
    'fieldset',
    { class: 'filters', part: 'filters' },
    h('legend', null, t.filters),
    select(
      t.filterStatus,
      (['open', 'accepted', 'closed'] as const).map((s) => [s, t.status(s)]),
    ),
    select(
      t.filterBand,
      bands.filter((b) => rows.some((r) => r.status.band.label === b)).map((b) => [b, b]),
    ),
    select(
      t.filterOwner,
      distinct(rows.map((r) => r.owner)).map((o) => [o, o]),
    ),
    select(
      t.filterCategory,
      distinct(rows.map((r) => r.risk.category ?? '')).map((c) => [c, c ? t.category(c) : t.uncategorised]),
    ),
  );
  const cells = new Map(
    // The open risks, each at its rating on the day, as the element's map places them.
    riskMatrix(
      doc.riskScale,
      open.map(({ risk, status }) => ({ id: risk.id, likelihood: status.likelihood, impact: status.impact })),
    ).map((cell) => [`${cell.likelihood}:${cell.impact}`, cell]),
  );
  const letters = bandLetters(bands);
  const heatMap = h(
    'table',
    { class: 'heat-map', part: 'heat-map', role: 'grid' },
    h(
      'caption',
      null,
      h('span', { class: 'heat-map__title' }, t.heatMapTitle),
      h(
        'span',
        { class: 'heat-map__hint' },
        `${t.heatMapCaption('open', false)} `,
        h('span', { class: 'heat-map__choose' }, t.heatMapChoose),
      ),
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t.likelihood)),
        RATINGS.map((impact) =>
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, `${t.impact} `), impact),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      [...RATINGS].reverse().map((likelihood) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, h('span', { class: 'visually-hidden' }, `${t.likelihood} `), likelihood),
          RATINGS.map((impact) => {
            const key = `${likelihood}:${impact}`;
            const { band, risks } = cells.get(key)!;
            const count = risks.length;
            return h(
              'td',
              { class: `cell cell--${band.rag}` },
              h(
                'button',
                {
                  type: 'button',
                  'data-cell': key,
                  'data-letter': count > 0 ? letters.get(band.label) : undefined,
                  'data-digits': count >= 10 ? String(String(count).length) : undefined,
                  tabindex: key === FIRST_CELL ? '0' : '-1',
                  'aria-pressed': 'false',
                  'aria-label': t.cellLabel(count, likelihood, impact, band.label),
                },
                count > 0 ? h('span', { class: 'count' }, count) : null,
              ),
            );
          }),
        ),
      ),
    ),
    h(
      'tfoot',
      { 'aria-hidden': 'true' },
      h(
        'tr',
        null,
        h('td', { class: 'axis axis--likelihood' }, t.likelihoodAxis),
        h('td', { colspan: '5', class: 'axis axis--impact' }, h('span', null, t.impactAxis)),
      ),
    ),
  );
  const legend = h(
    'ul',
    { class: 'heat-map__legend', 'aria-label': t.legend },
    bandRanges(doc.riskScale).map((band) =>
      h(
        'li',
        null,
        h('span', { class: 'band-letter', 'data-letter': letters.get(band.label) }),
        ' ',
        tag(`tag--${band.rag}`, band.label),
        ' ',
        t.bandRange(band.from, band.to),
      ),
    ),
  );
  const caption = t.caption(shown.length, rows.length);
  const tone = { green: 'tag--green', amber: 'tag--amber', red: 'tag--red' } as const;
  const mitigation = (text: string | undefined) => {
    if (!text) return t.none;
    if (text.length <= 120) return text;
    return h(
      'details',
      { class: 'mitigation folded' },
      h(
        'summary',
        null,
        t.folded(text.slice(0, 120).replace(/\s+\S*$/, '')),
        h('span', { class: 'visually-hidden' }, ` ${t.readMore}`),
      ),
      h('p', null, text),
    );
  };
  const appetite = (status: RiskStatus) =>
    status.aboveAppetite && status.appetite !== null
      ? [tag('tag--red', t.aboveAppetite), ' ', t.appetiteLimit(status.appetite)]
      : status.appetite !== null
        ? t.withinAppetite(status.appetite)
        : t.noAppetite;
  const need = RISK_COLUMNS.reduce((sum, key) => sum + RISK_COLUMN_EM[key]!, 0);
  const cardsBelow = CARD_WIDTHS.find((width) => width >= need) ?? CARD_WIDTHS[CARD_WIDTHS.length - 1]!;
  // The title is the row's header, as in the element.
  const riskCell = (key: string, ...children: Child[]) =>
    h(
      key === 'title' ? 'th' : 'td',
      {
        role: key === 'title' ? 'rowheader' : 'cell',
        scope: key === 'title' ? 'row' : undefined,
        'data-column': key,
        'data-label': t.columns[key as keyof typeof t.columns],
        class: RISK_NUMERIC.includes(key) ? 'numeric' : undefined,
      },
      ...children,
    );
  const table = h(
    'table',
    { part: 'table', role: 'table' },
    h('caption', null, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        { role: 'row', 'data-label': t.sortHeading },
        RISK_COLUMNS.map((key) =>
          h(
            'th',
            {
              role: 'columnheader',
              scope: 'col',
              'data-column': key,
              'aria-sort': key === 'score' ? 'descending' : undefined,
              class: RISK_NUMERIC.includes(key) ? 'numeric' : undefined,
            },
            h(
              'button',
              { type: 'button', class: 'sort' },
              t.columns[key],
              h('span', { class: 'sort-arrow', 'aria-hidden': 'true' }, key === 'score' ? t.sortArrow.descending : ''),
            ),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      shown.map(({ risk, status, owner, project }) =>
        h(
          'tr',
          { role: 'row' },
          riskCell('id', risk.id),
          riskCell(
            'title',
            h('span', { class: 'row-title' }, risk.title),
            risk.status === 'open' ? null : tag('tag--grey', t.status(risk.status)),
            project ? [' ', h('span', { class: 'secondary project' }, t.projectOf(project))] : null,
          ),
          riskCell('owner', owner),
          riskCell('category', risk.category ? t.category(risk.category) : t.none),
          riskCell(
            'score',
            `${status.score} `,
            tag(tone[status.band.rag], status.band.label),
            h('span', { class: 'rating' }, t.rating(risk.likelihood, risk.impact)),
          ),
          riskCell('inherent', status.inherentScore ?? t.notScored),
          riskCell('target', status.targetScore ?? t.notScored),
          riskCell(
            'trend',
            status.trend
              ? [h('span', { class: 'trend-arrow', 'aria-hidden': 'true' }, t.trendArrow[status.trend]), ' ']
              : null,
            t.trend(status.trend),
          ),
          riskCell(
            'review',
            risk.review ? en.format.shortDate(risk.review) : t.none,
            status.reviewOverdue ? [' ', tag('tag--red', t.overdue)] : null,
          ),
          riskCell('appetite', appetite(status)),
          riskCell('mitigation', mitigation(risk.mitigation)),
        ),
      ),
    ),
  );
  words.append(
    h(
      'div',
      { class: 'fit' },
      heading(0, t.title, undefined, 'visually-hidden'),
      h('p', { class: 'summary', part: 'summary' }, summary),
      filters,
      h('p', { class: 'shown-count visually-hidden', role: 'status' }),
      h('p', { class: 'sort-news visually-hidden', role: 'status' }),
      h(
        'div',
        { class: 'layout' },
        h('div', { class: 'heat-map-wrap' }, h('div', { class: 'table-box' }, heatMap), legend),
        h(
          'div',
          null,
          h('p', { class: 'download' }, downloadButton(t)),
          h('div', { class: `register table-box cards-below-${cardsBelow}` }, table),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------- action tracker

const URGENCY: ActionStatus[] = ['overdue', 'due-soon', 'in-progress', 'open', 'done-late', 'done', 'dropped'];
/** Each status's tag, as the action tracker's `TONES` (bench-page.ts checks they are the same). */
export const ACTION_TONES: Record<ActionStatus, string> = {
  overdue: 'tag--red',
  'due-soon': 'tag--orange',
  'in-progress': 'tag--blue',
  open: 'tag--blue',
  'done-late': 'tag--grey',
  done: 'tag--green',
  dropped: 'tag--grey',
};

export function actionBaseline(words: HTMLElement, doc: PartnershipDocument, today: string): void {
  const index = new Index(doc);
  const t = en.actions;
  const rank = new Map(URGENCY.map((status, order) => [status, order]));
  const rows = doc.actions
    .map((action) => ({ action, status: actionStatus(doc, action.id, today), owner: index.personName(action.owner) }))
    .sort((a, b) => rank.get(a.status)! - rank.get(b.status)! || a.action.due.localeCompare(b.action.due));
  if (rows.length === 0) {
    words.append(h('div', { class: 'tracker' }, h('p', null, t.empty)));
    return;
  }
  const collator = new Intl.Collator('en-GB');
  const owners = [...new Map(rows.map((r) => [r.action.owner, r.owner]))].sort((a, b) => collator.compare(a[1], b[1]));
  const statuses = [...new Set(rows.map((r) => r.status))];
  const select = (label: string, options: Child[]) => h('label', null, label, h('select', null, options));
  const option = (value: string, text: string) => h('option', { value }, text);
  const controls = h(
    'fieldset',
    { class: 'controls', part: 'filters' },
    h('legend', null, t.filters),
    select(t.filterOwner, [option('', t.any), owners.map(([id, name]) => option(id, name))]),
    select(t.filterStatus, [option('', t.any), statuses.map((s) => option(s, t.status(s)))]),
    select(
      t.groupBy,
      (Object.keys(t.groupOptions) as (keyof typeof t.groupOptions)[]).map((key) => option(key, t.groupOptions[key])),
    ),
  );
  const caption = t.caption(rows.length);
  const projects = new Map(doc.projects.map((project) => [project.id, project.title]));
  const column = (key: 'owner' | 'due' | 'status' | 'completed') =>
    h('th', { scope: 'col', class: `col-${key}` }, t.columns[key]);
  const field = (key: 'owner' | 'due' | 'status' | 'completed', ...children: Child[]) =>
    h('td', { class: `col-${key}`, 'data-label': t.columns[key] }, ...children);
  const table = h(
    'table',
    { part: 'table', class: 'cards' },
    h('caption', null, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t.columns.title),
        column('owner'),
        column('due'),
        column('status'),
        column('completed'),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map(({ action, status, owner }) => {
        const project = action.project ? projects.get(action.project) : undefined;
        return h(
          'tr',
          null,
          h(
            'th',
            { scope: 'row' },
            h('span', { class: 'action-title' }, action.title),
            project ? h('span', { class: 'secondary project' }, t.projectOf(project)) : null,
            h('span', { class: 'links' }),
          ),
          field('owner', owner),
          field('due', h('span', { class: 'date' }, en.format.shortDate(action.due))),
          field(
            'status',
            tag(ACTION_TONES[status], t.status(status)),
            action.status === 'in-progress' && status !== 'in-progress'
              ? h('span', { class: 'secondary' }, t.startedToo)
              : null,
          ),
          field(
            'completed',
            action.completed ? h('span', { class: 'date' }, en.format.shortDate(action.completed)) : t.notCompleted,
          ),
        );
      }),
    ),
  );
  words.append(
    h(
      'div',
      { class: 'tracker' },
      heading(0, t.title, undefined, 'visually-hidden'),
      h('p', { class: 'printed' }, t.statusesOn(en.format.date(today))),
      controls,
      h('p', { class: 'shown-count visually-hidden', role: 'status' }),
      h(
        'p',
        { class: 'buttons' },
        downloadButton(t),
        downloadButton({ download: t.downloadCalendar, downloadWhat: t.downloadCalendarWhat }),
      ),
      h('div', { class: 'table-box' }, table),
    ),
  );
}

// ---------------------------------------------------------------- quorum indicator

export function quorumBaseline(words: HTMLElement, doc: PartnershipDocument, today: string, meetingId: string): void {
  const index = new Index(doc);
  const t = en.quorum;
  const meeting = index.meetings.get(meetingId);
  const group = meeting && index.groups.get(meeting.group);
  if (!meeting || !group) {
    words.append(h('p', null, t.unknownMeeting(meetingId, [...index.meetings.keys()])));
    return;
  }
  const result = quorum(doc, meeting.id, { today });
  const notYet = result.state === 'not-yet-known';
  const unmet = result.requirements.filter((r) => !r.met).length;
  const seats = new Map(group.seats.map((seat) => [seat.id, seat]));
  const date = dateOf(meeting.start);
  const verdict = notYet
    ? h(
        'div',
        { class: 'verdict', part: 'verdict', role: 'status' },
        tag('tag--grey', t.notYet),
        h('span', { class: 'visually-hidden' }, '. '),
        h('span', null, t.notYetSummary(en.format.dateTime(meeting.start))),
      )
    : h(
        'div',
        { class: 'verdict', part: 'verdict', role: 'status' },
        tag(result.quorate ? 'tag--green' : 'tag--red', result.quorate ? t.quorate : t.notQuorate),
        h('span', { class: 'visually-hidden' }, '. '),
        h('span', null, result.quorate ? t.quorateSummary : t.notQuorateSummary(unmet)),
      );
  const requirements =
    result.requirements.length === 0
      ? h('p', null, t.noRequirements)
      : h(
          'ul',
          { class: 'requirements' },
          result.requirements.map((r) =>
            h(
              'li',
              { class: 'requirement', part: 'requirement' },
              h(
                'div',
                { class: 'requirement__head' },
                h(
                  'span',
                  { class: 'requirement__label' },
                  r.label,
                  r.proxies ? null : [' ', h('span', { class: 'secondary' }, t.proxiesDoNotCount)],
                ),
                h('span', { class: 'visually-hidden' }, ': '),
                notYet
                  ? h('span', null, t.needed(r.needed))
                  : [
                      h('span', null, t.presentOfNeeded(r.present, r.needed)),
                      h('span', { class: 'visually-hidden' }, '. '),
                      tag(r.met ? 'tag--green' : 'tag--red', r.met ? t.met : t.notMet),
                      h('span', { class: 'visually-hidden' }, '.'),
                    ],
              ),
              notYet || r.missing.length === 0
                ? null
                : h(
                    'div',
                    { class: 'missing' },
                    r.met ? t.absentTitle : t.missingTitle,
                    h(
                      'ul',
                      null,
                      r.missing.map((seatId) => {
                        const seat = seats.get(seatId);
                        if (!seat) return null;
                        const holder = seatOn(seat, date).holder;
                        const missing = t.missingSeat(
                          index.names.seat(seat.id),
                          holder ? index.personName(holder) : undefined,
                        );
                        return h(
                          'li',
                          null,
                          attendanceAt(meeting, seat.id) === 'apologies' ? t.withApologies(missing) : missing,
                        );
                      }),
                    ),
                  ),
              r.vacant.length === 0
                ? null
                : h(
                    'p',
                    { class: 'secondary' },
                    t.vacantNotCounted(en.format.list(r.vacant.map((id) => index.names.seat(id)))),
                  ),
            ),
          ),
        );
  const moves = movements(doc, meeting.id);
  words.append(
    h(
      'section',
      { 'aria-labelledby': 'heading' },
      heading(0, t.heading(group.name, en.format.dateTime(meeting.start)), 'heading'),
      verdict,
      requirements,
      moves.length === 0
        ? null
        : h(
            'section',
            { class: 'movements', part: 'movements', 'aria-labelledby': 'movements-heading' },
            heading(1, t.movementsHeading, 'movements-heading'),
            h(
              'ol',
              null,
              moves.map((move) =>
                h(
                  'li',
                  null,
                  h('time', { datetime: move.at }, en.format.time(move.at)),
                  h('span', { class: 'visually-hidden' }, ','),
                  t.movement(
                    index.names.seat(move.seat),
                    move.person ? index.personName(move.person) : undefined,
                    move.as,
                    move.kind,
                  ),
                ),
              ),
            ),
          ),
    ),
  );
}

// ---------------------------------------------------------------- vote panel

const CHOICES = ['for', 'against', 'abstain'] as const;

export function voteBaseline(
  words: HTMLElement,
  doc: PartnershipDocument,
  options: { today: string; now: string; proposal: string; voter: string },
): void {
  const index = new Index(doc);
  const t = en.votePanel;
  const proposal = index.proposals.get(options.proposal);
  if (!proposal) {
    words.append(h('p', null, t.unknownProposal(options.proposal, [...index.proposals.keys()])));
    return;
  }
  const { now, today, voter } = options;
  const result = outcome(doc, proposal.id, { now, today });
  const from = proposal.from ? index.groups.get(proposal.from) : undefined;
  const meeting = proposal.meeting ? index.meetings.get(proposal.meeting) : undefined;
  const status = proposal.status === 'open' && !result.open ? 'closed' : proposal.status;
  const pending = result.result === 'pending';
  const meta = h(
    'p',
    { class: 'meta' },
    tag(status === 'open' ? 'tag--blue' : 'tag--grey', t.status(status)),
    h('span', { class: 'visually-hidden' }, '.'),
    from ? `${t.proposedBy(index.names.group(from.id))}. ` : null,
    meeting ? `${t.decidedAt(en.format.dateTime(meeting.start), pending || proposal.status === 'withdrawn')}. ` : null,
    proposal.closes && result.open ? `${t.closes(en.format.dateTime(proposal.closes))}.` : null,
  );
  const group = index.groups.get(proposal.group);
  const seatsOfGroup = new Map((group?.seats ?? []).map((seat) => [seat.id, seat]));
  const forms = result.open
    ? eligibleSeats(doc, proposal.id, voter, now).map(({ seat: seatId, as }) => {
        const seat = seatsOfGroup.get(seatId);
        if (!seat) return null;
        const label = index.names.seat(seat.id);
        const holder = index.personName(appointmentOn(doc, seat.id, dateOf(now)).holder ?? undefined);
        const name = `choice-${seat.id}`;
        const about = t.onProposal(index.names.proposal(proposal.id));
        return h(
          'form',
          { class: 'seat-form', part: 'form' },
          h(
            'fieldset',
            { class: 'radios vote-choices' },
            h(
              'legend',
              null,
              as === 'proxy' ? t.legendProxy(label, holder) : t.legendHolder(label),
              h('span', { class: 'visually-hidden' }, about),
            ),
            CHOICES.map((choice) =>
              h(
                'div',
                { class: 'choice' },
                h('input', { type: 'radio', id: `${name}-${choice}`, name, value: choice }),
                h('label', { for: `${name}-${choice}` }, t.choice(choice)),
              ),
            ),
          ),
          h(
            'button',
            { type: 'submit', class: 'button--primary' },
            t.castButton,
            h('span', { class: 'visually-hidden' }, `${t.forSeat(label)}${about}`),
          ),
        );
      })
    : null;
  words.append(
    h(
      'section',
      { 'aria-labelledby': 'title' },
      heading(0, proposal.title, 'title'),
      meta,
      proposal.summary ? [heading(1, t.summary), h('p', null, proposal.summary)] : null,
      proposal.rationale ? [heading(1, t.rationale), h('p', null, proposal.rationale)] : null,
      h('p', { class: 'indicative' }, en.shared.indicative),
      result.open ? h('div', { class: 'voting' }, heading(1, t.yourVote), forms) : h('p', null, t.votingClosed),
      h('p', { class: 'status status--info status--empty', role: 'status', part: 'status' }),
      tally(doc, index, proposal, result, now, voter),
    ),
  );
}

function tally(
  doc: PartnershipDocument,
  index: Index,
  proposal: Proposal,
  result: Outcome,
  now: string,
  voter: string,
): HTMLElement | null {
  const t = en.votePanel;
  if (proposal.status === 'draft' || proposal.status === 'withdrawn') return null;
  const shown = disclosure(proposal, now);
  if (!shown.count) return h('p', { class: 'tally', part: 'tally' }, t.afterClose);
  const meeting = proposal.meeting ? index.meetings.get(proposal.meeting) : undefined;
  const pending = result.result === 'pending';
  const source = result.ruleSource;
  const agreedAt = source.kind === 'agreed' ? index.meetings.get(source.meeting) : undefined;
  const past = !!meeting && meetingOver(meeting, now);
  const quorumLine = (when: string) =>
    result.quorumState === 'not-yet-known'
      ? t.quorumNotYet(when)
      : result.quorumNow
        ? result.quorumState === 'quorate'
          ? t.quorateNow
          : t.inquorateNow
        : result.quorumState === 'quorate'
          ? t.quorate(when, past)
          : t.inquorate(when, past);
  const group = index.groups.get(proposal.group);
  const tie =
    result.decidedBy === 'casting-vote'
      ? t.tieDecided(result.for, result.standing === 'carried')
      : group?.tieBreak === 'chair'
        ? t.tieChair
        : t.tieNone;
  const count = (label: string, value: number) =>
    h('tr', null, h('th', { scope: 'row' }, label), h('td', { class: 'numeric' }, value));
  return h(
    'section',
    { class: 'tally', part: 'tally', 'aria-labelledby': 'tally-title' },
    heading(1, t.tallyTitle, 'tally-title'),
    ' ',
    h(
      'table',
      { class: 'counts' },
      h('caption', { class: 'visually-hidden' }, t.tallyCaption),
      h(
        'tbody',
        null,
        count(t.countsFor, result.for),
        count(t.countsAgainst, result.against),
        count(t.countsAbstain, result.abstain),
      ),
    ),
    h(
      'p',
      { class: 'result' },
      h(
        'strong',
        null,
        !pending
          ? t.resultLine(t.result(result.result))
          : result.standing === 'inquorate'
            ? result.quorumState === 'not-yet-known'
              ? t.standingAwaiting
              : t.standingLine(t.result('inquorate'))
            : result.tooEarlyToSay
              ? t.standingTooEarly
              : t.standingLine(t.result(result.standing)),
      ),
    ),
    // The count's news: empty until how it would go changes under the member (standing-news.ts).
    h('p', { class: 'visually-hidden', role: 'status' }),
    h(
      'ul',
      null,
      h(
        'li',
        null,
        t.ruleLine(result.rule),
        ' ',
        agreedAt ? t.ruleAgreed(en.format.dateTime(agreedAt.start)) : t.ruleFromGroup,
      ),
      h('li', null, t.base(result.for + result.against + result.abstain, result.entitled)),
      result.published ? h('li', null, t.publishedCount) : null,
      pending
        ? h(
            'li',
            null,
            result.needed === null
              ? t.cannotCarry(result.against, result.abstain)
              : t.needed(result.needed, result.entitled, result.for),
          )
        : null,
      h('li', null, t.abstentions(result.rule)),
      result.rule === 'simple-majority' ? h('li', null, tie) : null,
      h('li', null, meeting ? quorumLine(en.format.dateTime(meeting.start)) : t.noMeeting),
      shown.choices ? null : h('li', null, t.secretBallot),
    ),
    shown.choices && (result.counted.length > 0 || result.withoutVote.length > 0)
      ? h(
          'details',
          { class: 'choices' },
          h(
            'summary',
            null,
            t.choicesTitle,
            h('span', { class: 'visually-hidden' }, t.onProposal(index.names.proposal(proposal.id))),
          ),
          h(
            'div',
            { class: 'table-box' },
            h(
              'table',
              { class: 'cards' },
              h('caption', { class: 'visually-hidden' }, t.choicesTitle),
              headerRow([t.choicesSeat, t.choicesBy, t.choicesVote]),
              h(
                'tbody',
                null,
                result.counted.map((counted) => {
                  const person = index.personName(counted.by);
                  return h(
                    'tr',
                    null,
                    h('th', { scope: 'row' }, index.names.seat(counted.seat)),
                    h('td', { 'data-label': t.choicesBy }, counted.as === 'proxy' ? t.asProxy(person) : person),
                    h('td', { 'data-label': t.choicesVote }, t.choice(counted.choice)),
                  );
                }),
                result.withoutVote.map(({ seat, holder }) =>
                  h(
                    'tr',
                    null,
                    h('th', { scope: 'row' }, index.names.seat(seat)),
                    h('td', { 'data-label': t.choicesBy }, holder === null ? t.vacantSeat : index.personName(holder)),
                    h('td', { 'data-label': t.choicesVote }, result.open ? t.notVotedYet : t.noVoteCounted),
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
    result.invalid.length > 0 ? invalidVotes(doc, index, result.invalid, shown.choices, voter) : null,
  );
}

/** The votes not counted, with why; on a secret ballot only the viewer's own are named. */
function invalidVotes(
  doc: PartnershipDocument,
  index: Index,
  invalid: Outcome['invalid'],
  namesShown: boolean,
  voter: string,
): Child[] {
  const t = en.votePanel;
  const votes = new Map(doc.votes.map((vote) => [vote.id, vote]));
  const listed = invalid.flatMap((item) => {
    const vote = votes.get(item.vote);
    return namesShown || vote?.by === voter ? [{ item, vote }] : [];
  });
  return [
    heading(2, t.invalidTitle(invalid.length)),
    listed.length === 0
      ? null
      : h(
          'ul',
          null,
          listed.map(({ item, vote }) =>
            h(
              'li',
              { 'data-reason': item.reason },
              t.invalidVote(
                vote ? index.names.seat(vote.seat) : '',
                index.personName(vote?.by),
                explainReason(en, index.names, item),
              ),
            ),
          ),
        ),
  ];
}

/** What the bench's widget of `tag` (with its `attributes`, bench/widgets.ts) draws, hand-written. */
export function drawBaseline(
  tag: string,
  words: HTMLElement,
  doc: PartnershipDocument,
  attributes: Record<string, string>,
): void {
  if (tag === 'partnership-roster') rosterBaseline(words, doc, TODAY);
  else if (tag === 'risk-register') riskBaseline(words, doc, TODAY);
  else if (tag === 'action-tracker') actionBaseline(words, doc, TODAY);
  else if (tag === 'quorum-indicator') quorumBaseline(words, doc, TODAY, attributes.meeting!);
  else if (tag === 'vote-panel') {
    voteBaseline(words, doc, {
      today: TODAY,
      now: attributes.now!,
      proposal: attributes.proposal!,
      voter: attributes.voter!,
    });
  } else throw new Error(`no baseline for ${tag}`);
}
