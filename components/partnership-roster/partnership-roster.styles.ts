import { css, unsafeCSS, type CSSResult } from 'lit';
import { narrowCardLabels, summaryCards } from '../internal/summary-cards.js';

/**
 * The box widths, in em, below which the roster's table becomes cards; partnership-roster.ts picks the first at
 * least the table's need. 44 is the widest table in English words (the attendance column); 49 the same in Welsh,
 * whose longer words need about 47.5em; 54 leaves room for a language longer still.
 */
export const CARD_WIDTHS = [44, 49, 54];

/**
 * The roster's own look. Its tables follow the width the host gives the
 * element (a container query on each group's section, as wide as the
 * element), not the window's: in a narrow column each seat, and each
 * appointment of the seat history, is a GOV.UK summary card with every field
 * labelled. The label is the cell's `data-label`, drawn before it with an
 * empty alternative (the "/ ''"), so a screen reader hears each header once,
 * from the table's own th, and the cell's own text stays what it was.
 */
export const rosterStyles = css`
  .roster {
    container: roster / inline-size;
  }
  /*
   * Words wrap in a cell, a tag's too, so the table fits its box. A column is as wide as its longest word where there
   * is room; only a word wider than a card (a role at 200 % text on a phone) breaks.
   */
  td,
  th {
    overflow-wrap: break-word;
  }
  td .tag {
    white-space: normal;
  }
  /* Narrower gaps than the shared 1em, so seven columns fit a box just wider than the cards. */
  th,
  td {
    padding-inline-end: 0.6em;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  .group + .group {
    margin-top: calc(var(--_space) * 2);
  }
  .person {
    display: block;
  }
  .person__title {
    display: block;
    color: var(--_secondary);
    font-size: 0.9em;
  }
  .warnings {
    border-inline-start: 5px solid var(--_warning);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin-bottom: var(--_space);
    background: var(--_panel);
  }
  .warnings .heading-1 {
    font-size: 1em;
  }
  .warnings ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /*
   * In an element under ten lines of its text wide (a phone at 200 % text) the warnings keep half their inset, a
   * quarter at the end, and a bullet's indent, as the error summary does: the border, padding and indent left 140 px
   * of 256 for the words, and broke "Secondary", "December" and "Glenthorne" inside.
   */
  @container element (width <= 10em) {
    .warnings {
      padding-inline: calc(var(--_space) * 0.5) calc(var(--_space) * 0.25);
    }
    .warnings ul {
      padding-inline-start: 0.75em;
    }
  }
  .history {
    margin-top: calc(var(--_space) * 1.5);
  }
  .compact {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .compact li {
    padding: 0.4em 0;
    border-bottom: 1px solid var(--_border);
  }

  /*
   * On paper: headers on every page, no seat split by a page; a narrow column prints its cards.
   * A clerk reads a printed roster down and across, seat against seat, and a table of seats is what a committee
   * paper has: so the roster prints at 10pt, a committee paper's table size, and never larger than the page's own
   * text. The section is the cards' container, whose em their width is measured in, so the cards width falls with
   * it: 44em in English is 587 px, 49em in Welsh 653 px, and A4 portrait (718 px between a browser's margins,
   * 686 px in a page's 16 px gutter) prints a table in both languages. At the host's 19 px the Welsh table needs
   * 900 px, more than A4 has, and printed as cards.
   */
  @media print {
    .roster {
      font-size: min(1em, 10pt);
    }
    thead {
      display: table-header-group;
    }
    tr,
    .cards tbody tr {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .warnings {
      border-inline-start-color: CanvasText;
    }
  }
`;

/**
 * GOV.UK summary cards below `width` em, for a roster whose section has the class `cards-below-<width>`: one a seat,
 * the seat on a grey bar, each field under its label. On paper the roster's text is 10pt (rosterStyles), so A4
 * portrait prints a table in English and Welsh.
 */
function cardsBelow(width: number): CSSResult {
  const at = `.cards-below-${width}`;
  return css`
    ${summaryCards('roster', `${width}em`, at)}
    @container roster (width <= ${width}em) {
      ${unsafeCSS(at)} .cards td[data-label]::before {
        content: attr(data-label) / '';
        display: block;
        font-weight: bold;
      }
    }
    ${narrowCardLabels('roster', `${at} .cards td[data-label]::before`)}
  `;
}

/** The cards for each width a roster's language may need (see CARD_WIDTHS). */
export const rosterCardStyles = CARD_WIDTHS.map((width) => cardsBelow(width));
