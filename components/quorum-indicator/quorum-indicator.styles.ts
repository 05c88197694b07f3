import { css } from 'lit';

export const quorumStyles = css`
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin-bottom: var(--_space);
  }
  .verdict .tag {
    font-size: 1.1em;
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
  .requirement__label {
    font-weight: bold;
  }
  .missing {
    margin: 0.4em 0 0;
  }
  .check-in__edit {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .now {
    border-left: 5px solid var(--_border);
    padding: 0 0 0 var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .in-room,
  .movements ol {
    margin: 0 0 var(--_space);
    padding-left: 1.25em;
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
    padding-left: 1.25em;
  }
`;
