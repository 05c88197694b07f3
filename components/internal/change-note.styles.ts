import { css } from 'lit';

/** The note set apart from the row's value, a refusal marked as GOV.UK marks errors; left off the printed page. */
export const changeNoteStyles = css`
  .change-note {
    margin: 0.4em 0 0;
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.5em;
  }
  .change-note.refused {
    border-inline-start-color: var(--_error);
  }
  @media print {
    .change-note {
      display: none;
    }
  }
`;
