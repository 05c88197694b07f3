import { css } from 'lit';
import { foldedSummary } from '../internal/folded-summary.styles.js';

/**
 * The tracker's own look. Its tables follow the width the host gives the
 * element (a container query on `.tracker`), not the window's: in a narrow
 * column each action, and each meeting's deadlines, is a GOV.UK summary card
 * with every field labelled (the label is the cell's `data-label`, drawn
 * before it, so the cell's own text stays what it was).
 */
const tracker = css`
  .tracker {
    container: tracker / inline-size;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .controls legend {
    font-weight: bold;
  }
  .controls label {
    display: flex;
    flex-direction: column;
  }
  .action-title {
    font-weight: bold;
    display: block;
  }
  .links {
    display: block;
    font-size: 0.95em;
  }
  .links a + a {
    margin-inline-start: 0.75em;
  }
  /*
   * A date in a cell is read as one ("13 Rhag 2019"), not over three lines where the status column takes the width:
   * the date alone, so a card's label and "Not completed" still wrap. The widest is a few words, under a phone's card.
   */
  .date {
    white-space: nowrap;
  }
  .edit {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.3em;
    margin-top: 0.5em;
  }
  /*
   * The status radios, each a shared .choice (a radio beside its label): side by side where the cell is wide, one
   * under another where it is not (each label wraps within itself before that). GOV.UK's small radios, 24 px, suit a
   * table row; the 40 px circle and its focus ring are in the shared styles.
   */
  .status-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    align-self: stretch;
  }
  .status-choices .choice {
    gap: 0.4em;
    min-width: 0;
  }
  .status-choices label {
    min-width: 0;
    /* The circle centred on the label's first line, whichever is the taller. */
    padding-block: max(0px, calc((24px - 1lh) / 2));
  }
  .status-choices input[type='radio'] {
    --_dot: 6px;
    width: 24px;
    height: 24px;
    margin-block-start: max(0px, calc((1lh - 24px) / 2));
  }
  .status-choices input[type='radio']:focus-visible {
    box-shadow: 0 0 0 3px var(--_focus);
  }
  /* A status in a tag may wrap between words in a narrow cell; inside a word only where one is wider than a card. */
  td .tag {
    white-space: normal;
  }
  td,
  th {
    overflow-wrap: break-word;
  }

  /* GOV.UK's focused field: white, a yellow ring and a black inner border, not a yellow fill. */
  select:focus-visible,
  input:focus-visible {
    background-color: Canvas;
    color: CanvasText;
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }

  /* The completion date: GOV.UK's date input, as wide as the cell (a fieldset would shrink and wrap its fields). */
  .edit .form-group {
    align-self: stretch;
  }
  /* GOV.UK's details: a done action's date fields folded under a link-styled summary (the shared focus style). */
  .completion {
    align-self: stretch;
  }
  .completion summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
  }
  .completion[open] summary {
    margin-bottom: 0.5em;
  }
  .form-group--error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 0.75em;
  }
  .date-input {
    border: 0;
    padding: 0;
    margin: 0.25em 0;
  }
  .date-input legend {
    font-weight: bold;
    padding: 0;
  }
  .hint {
    color: var(--_secondary);
    margin: 0 0 0.3em;
  }
  /* Closer to the date's fields than the shared error message is to a group of radios. */
  .error-message {
    margin: 0 0 0.3em;
  }
  .date-input__fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
  }
  .date-input__item {
    display: flex;
    flex-direction: column;
  }
  /* GOV.UK's widths: two digits for the day and month, four for the year. */
  .date-input__item input {
    width: 3em;
  }
  .date-input__item--year input {
    width: 4.5em;
  }
  .input--error {
    border-color: var(--_error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: bold;
  }

  /* The tracker's title is heard, not shown: this is its first heading seen, at its heading level, in a section's size. */
  .deadlines__title {
    font-size: 1.17em;
  }
  .deadlines {
    margin-top: calc(var(--_space) * 2);
  }

  /* Columns the host left out (hide-columns), where the actions are a table: a card shows every field. */
  @container tracker (width > 40em) {
    /* In a table, the date's fields keep to one line: the status column makes room for them. */
    .date-input__fields {
      flex-wrap: nowrap;
    }
    .hide-owner .col-owner,
    .hide-due .col-due,
    .hide-status .col-status,
    .hide-completed .col-completed {
      display: none;
    }
  }

  /* GOV.UK summary cards: one a record, its title on a grey bar, each field under its label. */
  @container tracker (width <= 40em) {
    .cards td[data-label]::before {
      content: attr(data-label);
      display: block;
      font-weight: bold;
    }
  }

  /* The day the statuses are judged on: on paper only, where the reader may read it days later. */
  .printed {
    display: none;
  }

  /*
   * On paper a committee reads its actions down and across, as a table, the printed roster's way: so the tracker prints
   * at 10pt, a committee paper's table size, and never larger than the page's own text. Its box is the cards'
   * container, whose em their width is measured in: 40em is 533 px at 10pt, and A4 portrait (718 px between a
   * browser's margins, 686 px in a page's 16 px gutter) prints a table in both languages. At the demo's 19 px the
   * cards started below 760 px, and every action printed as a card.
   */
  @media print {
    .tracker {
      font-size: min(1em, 10pt);
    }
    .printed {
      display: block;
    }
    .controls,
    .edit,
    .error-summary,
    .button {
      display: none;
    }
    tr,
    .cards tbody tr {
      break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
  }
`;

/** The tracker's sheet: its own look, and the folded completion date's summary. */
export const actionTrackerStyles = css`
  ${tracker}
  ${foldedSummary}
`;
