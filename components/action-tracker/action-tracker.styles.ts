import { css } from 'lit';

export const actionTrackerStyles = css`
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
    margin-left: 0.75em;
  }
  .edit {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  /* The tracker has no title of its own: this is its first heading, at its heading level, in a section's size. */
  .deadlines__title {
    font-size: 1.17em;
  }
  .deadlines {
    margin-top: calc(var(--_space) * 2);
  }
  @media print {
    .controls,
    .button {
      display: none;
    }
  }
`;
