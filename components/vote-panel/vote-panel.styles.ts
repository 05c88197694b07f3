import { css } from 'lit';

export const votePanelStyles = css`
  .meta {
    color: var(--_secondary);
    margin-bottom: var(--_space);
  }
  .meta .tag {
    margin-inline-end: 0.5em;
  }
  .indicative {
    border-inline-start: 5px solid var(--_border);
    padding-block: 0.25em;
    padding-inline: var(--_space) 0;
  }
  /*
   * In an element under ten lines of its text wide (a phone at 200 % text) a quarter of the inset: at the whole,
   * "penderfyniadau," (273 px at the demo's 38 px) had 253 px of a 290 px element, and broke inside.
   */
  @container element (width <= 10em) {
    .indicative {
      padding-inline-start: calc(var(--_space) * 0.25);
    }
  }
  .vote-choices {
    margin-bottom: var(--_space);
  }
  /*
   * As the titles do, the legend falls toward the text's size in a narrow element at large text, and it has the
   * column's whole width (no legend inset). In an element under ten lines of its text wide (a phone at 200 % text)
   * it is GOV.UK's plain legend, in the text's weight: in bold, "representative" and "cynrychiolydd" are 258–260 px
   * at the demo's 38 px, wider than a 256 px column even at the text's size, and broke inside.
   */
  legend {
    font-weight: bold;
    font-size: 1.1em;
    font-size: max(1em, min(1.1em, 8cqi));
    margin-bottom: 0.5em;
    padding-inline: 0;
  }
  @container element (width <= 10em) {
    legend {
      font-weight: normal;
    }
  }
  /* GOV.UK's radios, one under another: the circle, its label and the error message are in the shared styles. */
  .vote-choices .choice {
    margin-bottom: 0.6em;
  }
  .seat-form .button--primary {
    font-weight: bold;
  }
  /* After the last form, the member's other seats they may not vote for: apart from its button, as forms are. */
  .seat-form + .seat-form,
  .seat-form + :not(.seat-form) {
    margin-top: calc(var(--_space) * 1.5);
  }
  .current {
    background: var(--_panel);
    padding: 0.5em var(--_space);
  }
  /* The member's votes on proposals no panel shows: above the proposal, so they are seen first. */
  .other-votes {
    border-inline-start: 5px solid var(--_warning);
    background: var(--_panel);
    margin: 0 0 var(--_space);
    padding-block: 0.5em;
    padding-inline: calc(var(--_space) + 1.25em) var(--_space);
  }
  /* The region stays in the page, so what it later says is announced; empty, it takes no room. */
  .status.status--empty {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .status {
    font-weight: bold;
    border-inline-start: 5px solid var(--_link);
    padding: 0.5em var(--_space);
    margin: var(--_space) 0;
  }
  .status--rejected {
    border-inline-start-color: var(--_error);
  }
  .status--recorded {
    border-inline-start-color: var(--_success);
  }
  .counts {
    width: auto;
    /* Never wider than the panel: at 200% text on a phone, 16em is wider than the screen. */
    min-width: min(16em, 100%);
  }
  .tally {
    margin-top: calc(var(--_space) * 1.5);
  }
  .tally ul {
    padding-inline-start: 1.25em;
  }
  /* A bullet's indent, as every list in a narrow element: at 1.25em the count broke "pleidleisiau’n" (218 px in 209). */
  @container element (width <= 10em) {
    .tally ul {
      padding-inline-start: 0.75em;
    }
  }
  /*
   * As the titles do, the result falls toward the text's own size in a narrow element at large text, never below it:
   * at 200 % text on a 320 px phone "Gwrthodwyd" at 1.15em was wider than the column and broke inside.
   */
  .result {
    font-size: 1.15em;
    font-size: max(1em, min(1.15em, 8cqi));
  }
  .declaration-outcome {
    display: block;
  }
  .declarations li + li {
    margin-top: 0.5em;
  }
  .choices {
    margin: var(--_space) 0;
    container: choices / inline-size;
  }
  /*
   * On a phone each seat's vote is a GOV.UK summary card, the Vote column on screen rather than scrolled off it.
   * The label is drawn, not spoken (its alternative is empty): the table's own th names the column once.
   */
  @container choices (width <= 26em) {
    .cards td[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      font-weight: bold;
      margin-bottom: 0.25em;
    }
  }
  .choices summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
  }
  .choices summary:focus-visible {
    outline: 3px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .status {
      border-inline-start-color: CanvasText;
    }
  }
  /* Paper records the proposal and the count; the form to vote goes. */
  @media print {
    .voting,
    .status--empty {
      display: none;
    }
  }
`;
