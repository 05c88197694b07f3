import { css, unsafeCSS, type CSSResult } from 'lit';
import { foldedSummary } from '../internal/folded-summary.styles.js';
import { NARROW_CARD, NARROW_CARD_INSET, narrowCardLabels } from '../internal/summary-cards.js';

/**
 * The box widths, in em, below which a table needing that much becomes cards (risk-register.ts picks one). 62 is
 * the whole table in Welsh, whose longer words need more room than English's 55.
 */
export const CARD_WIDTHS = [30, 40, 48, 55, 62];

/** The register's own colours: the shared tags' (styles.ts), each reaching a `--pk-*` property (documented on the class). */
const colours = css`
  :host {
    --_green-text: var(--_tag-green-text);
    --_green-tint: var(--_tag-green-tint);
    --_amber-text: var(--_tag-amber-text);
    --_amber-tint: var(--_tag-amber-tint);
    --_red-text: var(--_tag-red-text);
    --_red-tint: var(--_tag-red-tint);
    --_grey-text: var(--_tag-grey-text);
    --_grey-tint: var(--_tag-grey-tint);
  }
  .tag--green,
  .cell--green button {
    color: var(--_green-text);
    background: var(--_green-tint);
  }
  .tag--amber,
  .cell--amber button {
    color: var(--_amber-text);
    background: var(--_amber-tint);
  }
  .tag--red,
  .cell--red button {
    color: var(--_red-text);
    background: var(--_red-tint);
  }
  .tag--grey {
    color: var(--_grey-text);
    background: var(--_grey-tint);
  }
`;

/**
 * The table as one summary card per risk, every field under its label, where
 * the box is narrower than `width` em. The labels are generated text with an
 * empty alternative (the "/ ''"): a screen reader hears each header once,
 * from the table's own th, not again from the label.
 *
 * The id cell is the card's title bar, as GOV.UK's summary card has. The host hides columns from a wide table only:
 * a card has room for every field. A card under ten lines of its text wide (a phone at 200 % text) keeps an eighth of
 * the inset and draws its labels at the body's weight, as the kit's cards do (summary-cards.ts). Sorting is for the screen: in print each card's labels are the headers. (Said here,
 * not in the CSS: a css`` with ${…} ships as written, comments and all.)
 */
function cardsBelow(width: number): CSSResult {
  const at = unsafeCSS(`.cards-below-${width}`);
  return css`
    @container risk-register (max-width: ${width}em) {
      ${at} :is(table, caption, tbody) {
        display: block;
      }
      ${at} thead tr {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.25em 1em;
        margin-bottom: var(--_space);
      }
      ${at} thead tr::before {
        content: attr(data-label) / '';
        font-weight: bold;
      }
      ${at} th {
        display: block;
        border: 0;
        padding: 0;
      }
      ${at} tbody tr {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
        gap: 0 1em;
        border: 1px solid var(--_border);
        padding: 0 1em 0.5em;
        margin-bottom: var(--_space);
      }
      ${at} :is(td, th[scope='row']) {
        display: block;
        border: 0;
        padding: 0.4em 0;
        text-align: start;
      }
      ${at} :is(td, th[scope='row'])::before {
        content: attr(data-label) / '';
        display: block;
        font-weight: bold;
      }
      ${at} td[data-column='id'] {
        background: var(--_panel);
        margin: 0 -1em;
        padding: 0.5em 1em;
      }
      ${at} :is(td, th)[data-column='title'],
      ${at} td:is([data-column='id'], [data-column='mitigation']) {
        grid-column: 1 / -1;
      }
      ${at} .col-hidden {
        display: block;
      }
      ${narrowCardLabels('risk-register', `${at} :is(td, th[scope='row'])::before`)}
      @container risk-register (max-width: ${unsafeCSS(NARROW_CARD)}) {
        ${at} tbody tr {
          padding-inline: ${unsafeCSS(NARROW_CARD_INSET)};
        }
        ${at} td[data-column='id'] {
          margin-inline: calc(-1 * ${unsafeCSS(NARROW_CARD_INSET)});
          padding-inline: ${unsafeCSS(NARROW_CARD_INSET)};
        }
      }
      @media print {
        ${at} thead {
          display: none;
        }
      }
    }
  `;
}

const table = css`
  .fit {
    container: risk-register / inline-size;
  }
  .register th,
  .register td {
    padding-inline-end: 0.6em;
  }
  .register th:last-child,
  .register td:last-child {
    padding-inline-end: 0;
  }
  /* The host's hide-columns: gone from the wide table only (the cards show them). */
  .col-hidden {
    display: none;
  }
  /* Words wrap in a table cell, a tag's too, so the table fits its box. */
  .register .tag {
    white-space: normal;
  }
  .rating {
    display: block;
    color: var(--_secondary);
    font-size: 0.85em;
  }
  .register tbody tr {
    break-inside: avoid;
  }
  /* "R-01" breaks at its hyphen otherwise. */
  td[data-column='id'] {
    white-space: nowrap;
  }
  th button.sort {
    font: inherit;
    font-weight: bold;
    border: 0;
    background: none;
    color: var(--_link);
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  th[aria-sort] button.sort {
    color: var(--_text);
  }
  .sort-arrow {
    display: inline-block;
    min-width: 1em;
  }
  .trend-arrow {
    font-weight: bold;
  }
  details summary {
    cursor: pointer;
    color: var(--_link);
  }
  /* The title cell is the row's header for a screen reader; its title alone is bold, as before. */
  .register tbody th {
    font-weight: normal;
  }
  .row-title {
    font-weight: bold;
    display: block;
  }
`;

const heatMap = css`
  .heat-map {
    width: auto;
    border-collapse: separate;
    /* 4 px between the rows: the focused cell's bar below it (GOV.UK's 4 px) stays out of the cell under it. */
    border-spacing: 3px 4px;
    break-inside: avoid;
  }
  /*
   * The caption is as wide as the table: where the grid scrolls in its box (a 320 px phone at 200 % text, 540 px of
   * grid in 290 px) its lines were cut at the element's edge. It keeps to the element's width, the grid alone scrolls.
   */
  .heat-map caption {
    max-width: min(18em, 100cqi);
  }
  .heat-map__title {
    display: block;
  }
  .heat-map__hint {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
    color: var(--_secondary);
  }
  .heat-map th,
  .heat-map td {
    border: 0;
    padding: 0;
    text-align: center;
    vertical-align: middle;
  }
  .heat-map th[scope='row'] {
    text-align: end;
    padding-inline-end: 0.25em;
  }
  .heat-map__legend {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9em;
  }
  /* A band named with a long word breaks inside its tag rather than widening the page. */
  .heat-map__legend li {
    min-width: 0;
  }
  .heat-map__legend .tag {
    white-space: normal;
    max-width: 100%;
  }
  .heat-map .axis {
    color: var(--_secondary);
    font-size: 0.9em;
  }
  .heat-map .axis--likelihood {
    text-align: end;
    font-size: 0.8em;
  }
  /*
   * "Impact →", centred under the five columns, ran past the element's edge where the grid scrolls (under 12em, a
   * 320 px phone at 200 % text). There it starts at the first column, its arrow below it, as "Likelihood ↑" beside it,
   * a little apart from that.
   */
  @container risk-register (max-width: 12em) {
    .heat-map .axis--impact {
      text-align: start;
      padding-inline-start: 0.3em;
    }
    .heat-map .axis--impact span {
      display: inline-block;
      width: min-content;
    }
  }
  /* Narrower cells in a narrow box: the map keeps to its container at 320 px, its axis label beside it. */
  .cell button {
    width: min(3em, calc((100cqi - 5.5em) / 5));
    min-width: 2em;
    height: 2.75em;
    padding: 0;
    white-space: nowrap;
    font: inherit;
    font-weight: bold;
    cursor: pointer;
    /* An empty cell has no text to give it a baseline: aligned by their tops, a row's cells line up. */
    vertical-align: top;
  }
  /*
   * "Tebygolrwydd", the Welsh likelihood axis, needs more room beside the cells than "Likelihood": on a 320 px
   * phone the map overflowed its box. In Welsh the axis is a little smaller, and the cells leave it 6.5em and may
   * be 1.9em wide (36 px in 19 px text), room still for a count and its band's letter inside the band's edge.
   */
  .words:lang(cy) .heat-map .axis--likelihood {
    font-size: 0.7em;
  }
  .words:lang(cy) .cell button {
    width: min(3em, calc((100cqi - 6.5em) / 5));
    min-width: 1.9em;
  }
  /*
   * The band's letter beside the count, small and raised, kept inside the edge: after a space, at 0.7em and a
   * 0.15em gap, it touched the inner line of a red cell's double edge in the narrow map (2em cells, 1.9em in Welsh).
   */
  .cell button[data-letter]::after {
    content: attr(data-letter) / '';
    font-size: 0.65em;
    margin-inline-start: 0.1em;
    vertical-align: super;
  }
  /*
   * A count of 10 or more leaves no room beside it for the letter in the narrow map (a red cell is 24 px inside its
   * edge in Welsh at 320 px): the letter goes on a line of its own below the count, and a count of 3 digits is
   * smaller, so that any count up to 999 keeps inside the edge.
   */
  .cell button[data-digits] {
    line-height: 1;
  }
  .cell button[data-digits]::after {
    display: block;
    margin-inline-start: 0;
    vertical-align: baseline;
  }
  .cell button[data-digits='3'] .count,
  .cell button[data-digits='4'] .count {
    font-size: 0.66em;
  }
  .heat-map__legend .band-letter::before {
    content: attr(data-letter) / '';
    font-weight: bold;
  }
  /* Each band its own edge, on screen, in print and in forced colours: colour is never the only signal. */
  .cell--green button,
  .heat-map__legend .tag--green {
    border: 2px solid var(--_green-text);
  }
  .cell--amber button,
  .heat-map__legend .tag--amber {
    border: 3px dashed var(--_amber-text);
  }
  .cell--red button,
  .heat-map__legend .tag--red {
    border: 6px double var(--_red-text);
  }
  /*
   * The selected cell: its band's colours swapped, a dark fill under a light count, letter and edge (the edge keeps its
   * band's style). A change of lightness of 3:1 and more, not of hue alone (WCAG 1.4.1), and nothing drawn inside the
   * edge: an inner ring touched a count of 3 digits in the narrow map. The cell filter's select names it in words.
   */
  .cell--green button[aria-pressed='true'] {
    color: var(--_green-tint);
    background: var(--_green-text);
    border-color: var(--_green-tint);
  }
  .cell--amber button[aria-pressed='true'] {
    color: var(--_amber-tint);
    background: var(--_amber-text);
    border-color: var(--_amber-tint);
  }
  .cell--red button[aria-pressed='true'] {
    color: var(--_red-tint);
    background: var(--_red-text);
    border-color: var(--_red-tint);
  }
  /* The band colours and the sort buttons' plain background would hide the focus fill. */
  th button.sort:focus-visible,
  .cell button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
  }
  /* Focused, the selected cell is the focus colours swapped, as it is its band's: a yellow fill would hide that it is selected. */
  .cell button[aria-pressed='true']:focus-visible {
    background: var(--_focus-text);
    color: var(--_focus);
    border-color: var(--_focus);
  }
`;

const layout = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
  }
  .summary {
    font-weight: bold;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .filters legend {
    font-weight: bold;
    margin-bottom: 0.25em;
  }
  .filters label {
    display: flex;
    flex-direction: column;
    font-size: 0.95em;
  }
`;

const forcedColours = css`
  @media (forced-colors: active) {
    .cell button {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    /* An empty cell has no words to keep: the system draws it, its edge keeps the band's style. */
    .cell button:not([data-letter]) {
      forced-color-adjust: auto;
    }
    .heat-map__legend .tag {
      border-color: ButtonText;
    }
    /* Selected: the system's selection colours, the edge too, and nothing drawn inside it (it touched a long count). */
    .cell button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border-color: HighlightText;
    }
    /*
     * The cells opt out of forced colours, so the shared focus style's transparent outline would stay transparent.
     * The ring fills the 3 px gap between the cells, no more: 1 px off the cell it reached into the next cell,
     * which is painted after it and covered its edge. The ring alone marks the focus: a cell keeps the colours that
     * say whether it is selected (a focused cell was highlighted as the selected one is).
     */
    .cell button:focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 0;
      box-shadow: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .cell button[aria-pressed='true']:focus-visible {
      background: Highlight;
      color: HighlightText;
      border-color: HighlightText;
    }
    /* Blue text marked the sort buttons as controls; with that colour gone they need an edge. */
    th button.sort {
      border: 1px solid ButtonText;
      padding: 0 0.25em;
    }
  }
`;

/** On paper: the headers and the heat map print, the controls that only work on screen do not. */
const print = css`
  @media print {
    .filters,
    .download,
    .mitigation summary,
    .heat-map__choose {
      display: none;
    }
    /* The shared print styles hide every button; these are the headers and the map's counts. */
    th button.sort,
    .cell button {
      display: inline-block;
      color: inherit;
      cursor: auto;
    }
    th button.sort {
      display: inline;
    }
    .cell button {
      print-color-adjust: exact;
    }
  }
`;

/** One sheet, as every element's styles are (the benchmark adopts them so). */
export const riskRegisterStyles = css`
  ${colours}
  ${layout}
  ${table}
  ${foldedSummary}
  ${heatMap}
  ${unsafeCSS(CARD_WIDTHS.map((width) => cardsBelow(width).cssText).join('\n'))}
  ${forcedColours}
  ${print}
`;
