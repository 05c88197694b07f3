/**
 * A document that could not be shown, in the GOV.UK error summary pattern:
 * "There is a problem", then each problem with its JSON path.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from './html.js';
import type { LoadFailure } from '../../src/data/index.js';
import { heading } from './heading.js';
import { explainProblem, type Messages } from '../../src/messages/index.js';

/** Failures another try may mend: the connection, the host, a timeout. A broken document needs its author. */
const RETRYABLE: ReadonlySet<LoadFailure['kind']> = new Set(['network', 'http', 'timeout']);

/** How the error summary is shown. */
export interface FailureView {
  /** The level of the summary's heading (default 2). */
  headingLevel?: number;
  /** With it, a failure another try may mend offers a "Try again" button that calls it. */
  retry?: () => void;
  /** What a screen reader names that button ("Try again: load the vote"), when the element says what it loads. */
  retryLabel?: string;
  /** Whether the summary is a `role="alert"` (default true): false when another element already announces it. */
  alert?: boolean;
}

/**
 * Renders the error summary. Focus is not moved to it, unlike GOV.UK's summary
 * at the top of a form the reader has just sent: a broken widget on a council
 * page must not pull the reader away from the page they came to read. An alert announces it instead, once a
 * page for one failure: elements showing the same document leave it to the
 * first of them.
 *
 * The alert is its heading and what went wrong, with the count of problems
 * where the document broke the contract: the list of problems, and "Try
 * again", follow it outside the alert. The whole summary as the alert, a
 * screen reader read every problem at once (1,898 characters for the demo's
 * broken document), and could not be stopped to find one.
 */
export function renderFailure(
  msg: Messages,
  failure: LoadFailure,
  { headingLevel = 2, retry, retryLabel, alert = true }: FailureView = {},
): TemplateResult {
  const { shared } = msg;
  return html`
    <div class="error-summary" part="error-summary">
      <div role=${alert ? 'alert' : nothing}>
        ${heading(headingLevel, 0, shared.problemTitle, { class: 'error-summary__title' })}
        <p>
          ${failure.kind === 'contract' ? shared.contractIntro(failure.total, failure.problems.length) : whatWentWrong(msg, failure)}
        </p>
      </div>
      ${failure.kind === 'contract' ? problemList(msg, failure.problems) : null}
      ${retry && RETRYABLE.has(failure.kind) ? retryButton(shared.tryAgain, retry, retryLabel) : null}
    </div>
  `;
}

/** Each problem with its JSON path, and the record it is in where it has an id. */
function problemList(msg: Messages, problems: Extract<LoadFailure, { kind: 'contract' }>['problems']) {
  return html`<ul class="error-summary__list">
    ${problems.map(
      (problem) =>
        html`<li>
          <code class="path">${problem.path ? breakablePath(problem.path) : msg.shared.wholeDocument}</code
          >${problem.record === undefined ? null : html` (<code class="path">${problem.record}</code>)`}
          ${explainProblem(msg, problem)}
        </li>`,
    )}
  </ul>`;
}

/** "Try again"; a screen reader names it `label` when given, as what it loads. */
const retryButton = (text: string, retry: () => void, label?: string) =>
  // One line: broken across lines, the button's text would gain the white space around it.
  // prettier-ignore
  html`<button type="button" class="button" part="retry-button" aria-label=${label ?? nothing} @click=${retry}>${text}</button>`;

/**
 * What went wrong, with the address it names (the element's src, resolved) in a span that a narrow column wraps at
 * its slashes: as one word, on a phone at 200 % text, it broke wherever a letter met the edge ("err/ors").
 */
function whatWentWrong(msg: Messages, failure: LoadFailure): string | TemplateResult {
  const words = msg.shared.failure(failure);
  const url = 'url' in failure ? failure.url : undefined;
  if (!url || !words.includes(url)) return words;
  const [before, ...after] = words.split(url);
  return html`${before}${after.map((rest) => html`<span class="url">${breakableUrl(url)}</span>${rest}`)}`;
}

/**
 * An address that a narrow column wraps after each slash (but inside "//") and before its query and fragment
 * (`https://<wbr>example.gov.uk/<wbr>papers/<wbr>plan.pdf<wbr>?v=2`). A <wbr> is no character: the address reads
 * and copies as it was.
 */
function breakableUrl(url: string): TemplateResult[] {
  return url.split(/(?<=\/)(?!\/)|(?=[?#])/).map((part, i) => (i === 0 ? html`${part}` : html`<wbr />${part}`));
}

/**
 * A JSON path that a narrow column wraps at its dots and brackets, and inside
 * a field's name only between its words (`proposals[2].<wbr>rule<wbr>Agreed<wbr>Unanimously`).
 */
function breakablePath(path: string): TemplateResult[] {
  return path
    .split(/(?<=\.)|(?=\[)|(?<=\p{Ll})(?=\p{Lu})/u)
    .map((part, i) => (i === 0 ? html`${part}` : html`<wbr />${part}`));
}
