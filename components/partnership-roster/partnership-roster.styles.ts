import { css } from 'lit';

export const rosterStyles = css`
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
    border-left: 5px solid var(--_warning);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin-bottom: var(--_space);
    background: var(--_panel);
  }
  .warnings .heading-1 {
    font-size: 1em;
  }
  .warnings ul {
    margin: 0;
    padding-left: 1.25em;
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
  @media (forced-colors: active) {
    .warnings {
      border-left-color: CanvasText;
    }
  }
`;
