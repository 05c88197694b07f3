/**
 * The look every element shares: GOV.UK-like defaults that sit quietly on a
 * council page, the host's font, and `--pk-*` custom properties to theme it.
 *
 * Public custom properties (set them on the element or any ancestor):
 * --pk-text-colour, --pk-secondary-text-colour, --pk-border-colour,
 * --pk-link-colour, --pk-focus-colour, --pk-focus-text-colour,
 * --pk-error-colour, --pk-success-colour, --pk-panel-background, --pk-space.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_text: var(--pk-text-colour, #0b0c0c);
    --_secondary: var(--pk-secondary-text-colour, #505a5f);
    --_border: var(--pk-border-colour, #b1b4b6);
    --_link: var(--pk-link-colour, #1d70b8);
    --_focus: var(--pk-focus-colour, #ffdd00);
    --_focus-text: var(--pk-focus-text-colour, #0b0c0c);
    --_error: var(--pk-error-colour, #d4351c);
    --_success: var(--pk-success-colour, #00703c);
    --_panel: var(--pk-panel-background, #f3f2f1);
    --_space: var(--pk-space, 1rem);
    display: block;
    color: var(--_text);
    font: inherit;
    line-height: 1.4;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Carries the element's lang when its words are not the page's language; no box of its own. */
  .words {
    display: contents;
  }
  * {
    box-sizing: border-box;
  }
  /* A fieldset is as wide as its widest option by default: too wide for a phone. */
  fieldset {
    min-width: 0;
  }
  select,
  input,
  label {
    max-width: 100%;
  }
  select,
  input {
    font: inherit;
    border: 2px solid var(--_text);
    padding: 0.2em;
    min-height: 2.25em;
    background: Canvas;
    color: CanvasText;
  }
  .button {
    font: inherit;
    border: 2px solid var(--_text);
    background: var(--_panel);
    color: var(--_text);
    padding: 0.3em 0.75em;
    cursor: pointer;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 calc(var(--_space) * 0.75);
    line-height: 1.25;
    font-weight: bold;
  }
  /* Sizes by depth in the element (components/internal/heading.ts), whatever level the page asks for. */
  .heading-0 {
    font-size: 1.5em;
  }
  .heading-1 {
    font-size: 1.17em;
  }
  .heading-2 {
    font-size: 1em;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  a {
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  .secondary {
    color: var(--_secondary);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .loading {
    color: var(--_secondary);
  }
  .notice {
    border-left: 5px solid var(--_border);
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_panel);
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .error-summary__list {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary__list li {
    margin-bottom: 0.4em;
    overflow-wrap: anywhere;
  }
  .path {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.95em;
    color: var(--_error);
    font-weight: bold;
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.5em;
    font-size: 0.9em;
    font-weight: bold;
    border: 1px solid transparent;
    white-space: nowrap;
  }
  .tag--green {
    color: #083d29;
    background: #cfe4dc;
  }
  .tag--red {
    color: #651b1b;
    background: #f4d7d7;
  }
  /* Amber is GOV.UK's yellow tag: the orange one was too close to red to tell apart. */
  .tag--amber {
    color: #594d00;
    background: #fff7bf;
  }
  .tag--orange {
    color: #7a3c1c;
    background: #fde4d7;
  }
  .tag--grey {
    color: #0b0c0c;
    background: #cecece;
  }
  .tag--blue {
    color: #0c2d4a;
    background: #d2e2f1;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }
  caption {
    text-align: left;
    font-weight: bold;
    font-size: 1.1em;
    margin-bottom: 0.5em;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.5em 1em 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }
  th.numeric,
  td.numeric {
    text-align: right;
  }
  .table-wrap {
    overflow-x: auto;
    /* Contains the visually hidden text too, which is positioned absolutely. */
    position: relative;
  }
  /* The scroll box takes focus for keyboard scrolling: a ring round it, not a yellow table. */
  .table-wrap:focus-visible {
    background-color: transparent;
    color: inherit;
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
    .error-summary {
      border-color: CanvasText;
    }
  }
  @media print {
    .notice,
    button {
      display: none;
    }
  }
`;
