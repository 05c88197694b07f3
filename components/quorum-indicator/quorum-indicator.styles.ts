import { css } from 'lit';

export const quorumStyles = css`
  /* The explanation goes under the tag where the two do not fit side by side (Welsh at 320 px). */
  .verdict {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-bottom: var(--_space);
  }
  /* As narrow as the box, however long a word: at 200 % text on a phone a Welsh word was wider than the verdict. */
  .verdict > span {
    flex: 1 1 12em;
    min-width: 0;
    overflow-wrap: break-word;
  }
  .verdict .tag {
    font-size: 1.1em;
    /* Its own line may wrap: "Quorate now" at 200% text is wider than a phone; a flex item, it may shrink to let it. */
    white-space: normal;
    min-width: 0;
  }
  .requirements {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .requirement {
    padding: 0.6em 0;
    border-top: 1px solid var(--_border);
  }
  .requirement__head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: baseline;
  }
  /* As narrow as the box, however long a word of the label: it breaks rather than widening the page. */
  .requirement__label {
    font-weight: bold;
    min-width: 0;
  }
  .missing {
    margin: 0.4em 0 0;
  }
  .check-in {
    container: check-in / inline-size;
  }
  .check-in__edit {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* What the status region says of a seat ("…saved."), under its Save, as a change note stands there. */
  .check-in__said {
    margin: 0.4em 0 0;
  }
  /*
   * A seat's radios side by side where the column is wide, one under another where it is narrow: each label wraps,
   * where a closed select cut its words off at 200 % text on a phone.
   */
  .check-in__attendance {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  /*
   * As narrow as the card, however long a word: at 200 % text on a 320 px phone it breaks rather than widening the page.
   * The label keeps its least width (its longest word, never wider than the row): a word too wide to go beside the
   * radio takes the line under it (the shared .choice) before it breaks.
   */
  .check-in__attendance .choice {
    min-width: 0;
  }
  /* Changes to a meeting no longer shown, still on their way: each a change note, under the status region. */
  .other-meetings {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  td,
  th {
    overflow-wrap: break-word;
  }
  /*
   * In a narrow column each seat is a GOV.UK summary card: the seat on a grey bar, each field under its label.
   * The label is drawn, not spoken (its alternative is empty): the table's own th names the column once.
   */
  @container check-in (width <= 34em) {
    .cards td[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      font-weight: bold;
      margin-bottom: 0.25em;
    }
  }
  /* The check-in is an editor: the printed page is the quorum and who came, in the list above it. */
  @media print {
    .check-in {
      display: none;
    }
  }
  .now {
    border-inline-start: 5px solid var(--_border);
    padding-block: 0;
    padding-inline: var(--_space) 0;
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .in-room,
  .movements ol {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .movements {
    margin-top: var(--_space);
  }
  .movements time {
    font-weight: bold;
    font-variant-numeric: tabular-nums;
  }
  .missing ul {
    margin: 0.2em 0 0;
    padding-inline-start: 1.25em;
  }
  /*
   * In an element under ten lines of its text wide (a phone at 200 % text) the meeting's now keeps a quarter of its
   * inset, and the lists' bullets and numbers stand in their items' first lines, not in an indent beside them, so
   * every line after the first has the whole width. With the whole inset and a hanging indent, 172 px of 256 were left
   * for who is in the room, and "Secondary" and "Consultant" broke inside; with half the inset and a 0.75em hanging
   * indent, the Welsh "anfonwyd ymddiheuriadau" (apologies sent: the word 270 px at 38 px) had 262 px of a 290 px
   * element, 269 in the now, and broke at the edge. Each item still starts with its bullet. (A soft hyphen in the
   * message would still break a word the line could hold whole, and put a character into the words a reader copies.)
   */
  @container element (width <= 10em) {
    .now {
      padding-inline-start: calc(var(--_space) * 0.25);
    }
    .in-room,
    .movements ol,
    .missing ul {
      padding-inline-start: 0;
      list-style-position: inside;
    }
  }
`;
