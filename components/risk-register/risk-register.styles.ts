import { css } from 'lit';

export const riskRegisterStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
  }
  .rating {
    display: block;
    color: var(--_secondary);
    font-size: 0.85em;
    white-space: nowrap;
  }
  td.mitigation {
    min-width: 14em;
  }
  .summary {
    font-weight: bold;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .filters legend {
    font-weight: bold;
    margin-bottom: 0.25em;
  }
  .filters label {
    display: flex;
    flex-direction: column;
    font-size: 0.95em;
  }
  th button.sort {
    font: inherit;
    font-weight: bold;
    border: 0;
    background: none;
    color: var(--_link);
    padding: 0;
    cursor: pointer;
    text-align: left;
  }
  th[aria-sort] button.sort {
    color: var(--_text);
  }
  .sort-arrow {
    display: inline-block;
    min-width: 1em;
  }
  .heat-map {
    width: auto;
    border-collapse: separate;
    border-spacing: 3px;
  }
  .heat-map caption {
    max-width: 18em;
  }
  .heat-map__title {
    display: block;
  }
  .heat-map__hint {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
    color: var(--_secondary);
  }
  .heat-map th,
  .heat-map td {
    border: 0;
    padding: 0;
    text-align: center;
  }
  .heat-map__legend {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9em;
  }
  .heat-map .axis {
    color: var(--_secondary);
    font-size: 0.9em;
  }
  .cell button {
    width: 2.75em;
    height: 2.75em;
    font: inherit;
    font-weight: bold;
    border: 2px solid transparent;
    cursor: pointer;
  }
  .cell--green button {
    color: #083d29;
    background: #cfe4dc;
  }
  .cell--amber button {
    color: #594d00;
    background: #fff7bf;
  }
  .cell--red button {
    color: #651b1b;
    background: #f4d7d7;
  }
  .cell button[aria-pressed='true'] {
    border-color: var(--_text);
    outline: 3px solid var(--_text);
    outline-offset: -6px;
  }
  /* The band colours and the sort buttons' plain background would hide the focus fill. */
  th button.sort:focus-visible,
  .cell button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .trend-arrow {
    font-weight: bold;
  }
  details summary {
    cursor: pointer;
    color: var(--_link);
  }
  .row-title {
    font-weight: bold;
    display: block;
  }
  @media (forced-colors: active) {
    .cell button {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .cell button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      outline-color: HighlightText;
    }
    /* The band colours are gone: each band gets its own style of edge, and the legend shows which is which. */
    .cell--amber button,
    .heat-map__legend .tag--amber {
      border: 3px dashed ButtonText;
    }
    .cell--red button,
    .heat-map__legend .tag--red {
      border: 6px double ButtonText;
    }
    .heat-map__legend .tag--green {
      border: 2px solid ButtonText;
    }
    /* The cells opt out of forced colours, so the shared focus style's transparent outline would stay transparent. */
    .cell button:focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 1px;
      box-shadow: none;
      background: Highlight;
      color: HighlightText;
    }
    /* Blue text marked the sort buttons as controls; with that colour gone they need an edge. */
    th button.sort {
      border: 1px solid ButtonText;
      padding: 0 0.25em;
    }
  }
  @media print {
    .filters,
    .heat-map-wrap {
      display: none;
    }
  }
`;
