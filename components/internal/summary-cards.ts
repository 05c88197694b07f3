import { css, unsafeCSS, type CSSResult } from 'lit';

/** A card this narrow, in its own text's em, gives its cells `NARROW_CARD_INSET` of inline padding. */
export const NARROW_CARD = '10em';
/** A narrow card's inline padding: an eighth of the wide card's 1em. */
export const NARROW_CARD_INSET = '0.125em';

/**
 * The least card in which a field label's words fit bold: "Representative", the kit's widest, is 7.16em bold (272 px
 * at 38 px), and the card's border and narrow inset take 2 px and 0.25em.
 */
export const BOLD_LABELS_FIT = 'calc(7.5em + 2px)';

/**
 * A narrow card's field labels (`labels`, a selector of the ::before each element draws from `data-label`), in
 * `container`'s query. They are GOV.UK's summary list keys, bold in the text colour, as each element draws them: in
 * the secondary colour they read as the grey under a value (a roster seat's description). On a phone at 200 % text
 * with GOV.UK's 15 px page gutters (a 290 px element at 38 px, as the demo) the bold words fit: "Representative" 272
 * px and "Cynrychiolydd" 264 in a 279 px field. Only in a card narrower than `BOLD_LABELS_FIT` (a page whose 1rem
 * gutters 200 % text doubles leaves the element 256 px) are they at the body's weight, where "Cynrychiolydd" is 239
 * px in a 244 px field, and then in the secondary colour, to be told from the value under them: there a label may
 * look like a description, which is better than a word broken. (Said here, not in the CSS: a css`` with ${…} ships
 * as written, comments and all.)
 */
export function narrowCardLabels(container: string, labels: string): CSSResult {
  return css`
    @container ${unsafeCSS(container)} (width < ${unsafeCSS(BOLD_LABELS_FIT)}) {
      ${unsafeCSS(labels)} {
        font-weight: normal;
        color: var(--_secondary);
      }
    }
  `;
}

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
 * (`NARROW_CARD`: a phone at 200 % text, 256 px at 38 px) keeps an eighth of the inset (`NARROW_CARD_INSET`), so that a
 * word such as "Completed" or "Headteacher" fits a line of the card and is not broken across two: at half the inset
 * the fields had 216 px of 256, and "Headteacher" (218 px) and "Achievement" broke; at a quarter, 235, and a label's
 * "Cynrychiolydd" (239 px at the body's weight), "commissioned" and "assessments" broke. (Said here, not in the CSS: a css`` with ${…} ships as
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
