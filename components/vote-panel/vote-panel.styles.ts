import { css } from 'lit';

export const votePanelStyles = css`
  .meta {
    color: var(--_secondary);
    margin-bottom: var(--_space);
  }
  .meta .tag {
    margin-right: 0.5em;
  }
  .indicative {
    border-left: 5px solid var(--_border);
    padding: 0.25em 0 0.25em var(--_space);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  legend {
    font-weight: bold;
    font-size: 1.1em;
    margin-bottom: 0.5em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    margin-bottom: 0.5em;
  }
  .choice input {
    width: 1.75em;
    height: 1.75em;
    margin: 0;
    accent-color: var(--_text);
  }
  .choice label {
    cursor: pointer;
    padding: 0.2em 0;
  }
  button {
    font: inherit;
    font-weight: bold;
    color: #fff;
    background: var(--_success);
    border: 2px solid transparent;
    box-shadow: 0 2px 0 #002d18;
    padding: 0.5em 1em;
    cursor: pointer;
  }
  button:hover {
    background: #005a30;
  }
  button:focus-visible {
    border-color: var(--_focus);
    outline: 3px solid transparent;
    box-shadow: inset 0 0 0 1px var(--_focus);
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .seat-form + .seat-form {
    margin-top: calc(var(--_space) * 1.5);
  }
  .current {
    background: var(--_panel);
    padding: 0.5em var(--_space);
  }
  /* The region stays in the page, so what it later says is announced; empty, it takes no room. */
  .status.status--empty {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .status {
    font-weight: bold;
    border-left: 5px solid var(--_link);
    padding: 0.5em var(--_space);
    margin: var(--_space) 0;
  }
  .status--rejected {
    border-left-color: var(--_error);
  }
  .status--recorded {
    border-left-color: var(--_success);
  }
  .counts {
    width: auto;
    min-width: 16em;
  }
  .tally {
    margin-top: calc(var(--_space) * 1.5);
  }
  .tally ul {
    padding-left: 1.25em;
  }
  .result {
    font-size: 1.15em;
  }
  .declaration-outcome {
    display: block;
  }
  .declarations li + li {
    margin-top: 0.5em;
  }
  .choices {
    margin: var(--_space) 0;
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
    button {
      border-color: ButtonText;
    }
    .status {
      border-left-color: CanvasText;
    }
  }
  /* GOV.UK's error message pattern: the fieldset marked at its edge, the message in it, in words. */
  fieldset[aria-describedby] {
    border-left: 5px solid var(--_error);
    padding-left: 0.75em;
  }
  .error-message {
    color: var(--_error);
    font-weight: bold;
    margin: 0 0 0.5em;
  }
`;
