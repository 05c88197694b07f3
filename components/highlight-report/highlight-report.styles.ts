import { css } from 'lit';

export const highlightReportStyles = css`
  .report__title {
    margin-bottom: var(--_space);
  }
  /* The project's title above the month, as a GOV.UK caption: one heading for a screen reader. */
  .report__project {
    display: block;
    font-size: 0.7em;
    font-weight: normal;
    color: var(--_secondary);
    margin-bottom: 0.25em;
  }
  .report__month {
    display: block;
  }
  /* The partnership and the date printed: on paper only. */
  .printed {
    display: none;
  }
  /* GOV.UK summary list: the key beside its value where there is room, above it where there is not. */
  .summary-list {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
  }
  .summary-list__row {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
    border-bottom: 1px solid var(--_border);
    padding: 0.5em 0;
  }
  /* 10em beside its value, never wider than the list: at 200 % text on a phone 10em was wider than the page. */
  .summary-list__key {
    flex: 0 0 min(10em, 100%);
    font-weight: bold;
    margin: 0 0 0.25em;
  }
  .summary-list__value {
    flex: 1 1 16em;
    min-width: 0;
    margin: 0;
  }
  .summary-list__value p {
    margin: 0.4em 0 0;
  }
  .person,
  .person__title {
    display: block;
  }
  .person__title {
    color: var(--_secondary);
  }
  .reason {
    font-weight: bold;
  }
  section {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .lead-text {
    white-space: pre-line;
  }
  .no-report {
    border-inline-start: 5px solid var(--_error);
    padding-block: 0.25em;
    padding-inline: var(--_space) 0;
  }
  /* What the records show is set apart from the lead's words, by a rule and its heading. */
  .records {
    border-inline-start: 5px solid var(--_link);
    padding-inline-start: var(--_space);
  }
  .records__intro {
    color: var(--_secondary);
  }
  .records__group + .records__group {
    margin-top: var(--_space);
  }
  /* "1 milestone late": says what the list under it holds; the items are the bold part. */
  .list-title {
    margin-bottom: 0.25em;
  }
  .record-list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .record-list > li {
    padding: 0.4em 0;
    border-bottom: 1px solid var(--_border);
  }
  .record-list .tag {
    margin-block: 0.15em;
    margin-inline: 0 0.25em;
    white-space: normal;
  }
  .record-title {
    display: block;
    font-weight: bold;
  }
  .record-detail {
    display: block;
    color: var(--_secondary);
  }
  .months__list {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.5em), 1fr));
    gap: 0.5em;
  }
  .month {
    font: inherit;
    width: 100%;
    height: 100%;
    display: flex;
    flex-direction: column;
    justify-content: flex-start;
    text-align: start;
    padding: 0.4em 0.5em;
    border: 2px solid var(--_border);
    /* The page's own background, as a link's: Canvas was white under a dark page's light link colour. */
    background: transparent;
    color: var(--_link);
    cursor: pointer;
  }
  .month__name {
    display: block;
    font-weight: bold;
    text-decoration: underline;
  }
  .month__tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-top: 0.25em;
  }
  .month__tags .tag {
    white-space: normal;
  }
  /* The month shown: a heavy edge and no underline, as GOV.UK marks the current page. */
  .month[aria-current='true'] {
    border: 4px solid var(--_text);
    color: var(--_text);
  }
  .month[aria-current='true'] .month__name {
    text-decoration: none;
  }
  .month:hover .month__name {
    text-decoration-thickness: 3px;
  }
  .month:focus-visible .month__name {
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .month {
      border-color: ButtonText;
      color: LinkText;
    }
    .month[aria-current='true'] {
      border-color: Highlight;
      color: CanvasText;
    }
    .records,
    .no-report {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    /* One or two A4 pages: a print type size, tighter spacing, each record on fewer lines. */
    :host {
      font-size: 11pt;
    }
    /* On the words wrapper, which sets the element's line height (styles.ts). */
    .words {
      line-height: 1.3;
    }
    .months {
      display: none;
    }
    .printed {
      display: block;
      font-size: 0.9em;
      border-bottom: 1px solid var(--_border);
      padding-bottom: 0.25em;
    }
    section,
    .summary-list {
      margin-bottom: calc(var(--_space) * 0.75);
    }
    .summary-list__row {
      padding: 0.25em 0;
    }
    :is(h1, h2, h3, h4, h5, h6) {
      margin-bottom: 0.25em;
      break-after: avoid;
    }
    p {
      margin-bottom: 0.4em;
    }
    .record-list > li {
      padding: 0.2em 0;
    }
    .record-title {
      display: inline;
    }
    .record-list .tag {
      margin-block: 0;
      margin-inline: 0.4em 0;
      padding: 0 0.3em;
    }
    /* Each heading of the lead's report and of the records beside its text, as the summary list sets its keys. */
    .text-section,
    .records__group {
      display: flow-root;
    }
    .text-section > :first-child,
    .records__group > :first-child {
      float: inline-start;
      width: 10em;
      margin: 0;
    }
    .text-section > :not(:first-child),
    .records__group > :not(:first-child) {
      margin-inline-start: 11em;
    }
    .records__intro {
      break-after: avoid;
    }
    /* Browsers print no backgrounds by default: an edge keeps a tag a tag, its word says what it is. */
    .tag {
      border-color: currentColor;
    }
    .records__group + .records__group {
      margin-top: 0.5em;
    }
    .record-list {
      margin-bottom: 0.4em;
    }
    .summary-list__row,
    .record-list > li,
    .text-section {
      break-inside: avoid;
    }
    a {
      color: inherit;
    }
  }
`;
