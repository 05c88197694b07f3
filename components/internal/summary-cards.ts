import { css, unsafeCSS, type CSSResult } from 'lit';

/** A card this narrow, in its own text's em, gives its cells `NARROW_CARD_INSET` of inline padding. */
export const NARROW_CARD = '10em';
/** A narrow card's inline padding: a quarter of the wide card's 1em. */
export const NARROW_CARD_INSET = '0.25em';

/**
 * GOV.UK summary cards made from a table (`table.cards`), for a column no
 * wider than `width`: one card a row, the row's header on a grey bar, each
 * cell below it. The table stays a table in the markup, so its rows and
 * headers are what they were; only its look changes. `container` is the name
 * the element's wrapper gives its container query (`container: <name> /
 * inline-size`). Each element draws its cells' labels itself, from their
 * `data-label`, since whether a screen reader hears a label twice depends on
 * how the element keeps its table's roles. `scope`, if given, is a selector
 * of the container (or an ancestor of the table) that the cards apply under:
 * an element whose cards width depends on its language gives one per width.
 *
 * The headers stay for screen readers; each card shows its own labels. A card under ten lines of its text wide
 * (`NARROW_CARD`: a phone at 200 % text, 256 px at 38 px) keeps a quarter of the inset (`NARROW_CARD_INSET`), so that a
 * word such as "Completed" or "Headteacher" fits a line of the card and is not broken across two: at half the inset
 * the fields had 216 px of 256, and "Headteacher" (218 px) and "Achievement" broke. (Said here, not in the CSS: a css`` with ${…} ships as
 * written, comments and all.)
 */
export function summaryCards(container: string, width: string, scope = ''): CSSResult {
  const at = unsafeCSS(scope ? `${scope} ` : '');
  return css`
    @container ${unsafeCSS(container)} (width <= ${unsafeCSS(width)}) {
      ${at}table.cards,
      ${at}.cards :is(caption, tbody, tr, th, td) {
        display: block;
      }
      ${at}.cards thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      ${at}.cards tbody tr {
        border: 1px solid var(--_border);
        margin-bottom: var(--_space);
      }
      ${at}.cards tbody th {
        background: var(--_panel);
        padding: 0.75em 1em;
        border-bottom: 1px solid transparent;
      }
      ${at}.cards tbody td {
        padding: 0.5em 1em;
      }
      ${at}.cards tbody td:last-child {
        border-bottom: 0;
      }
    }
    @container ${unsafeCSS(container)} (width <= ${unsafeCSS(NARROW_CARD)}) {
      ${at}.cards tbody :is(th, td) {
        padding-inline: ${unsafeCSS(NARROW_CARD_INSET)};
      }
    }
  `;
}
