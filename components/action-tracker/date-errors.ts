/**
 * GOV.UK's error summary for the completion dates Save could not send: "There
 * is a problem", each problem a link to the field at fault. It takes focus
 * when it appears (the tracker moves it), and is a labelled group rather than
 * an alert, so a screen reader says it once, on focus.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { Messages } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';
import { dateProblemText, fieldId, type DateProblem } from './completed-date.js';

export interface DateError {
  /** The editor's id: its fields' ids start with it. */
  id: string;
  problem: DateProblem;
  /** The action's title: a listener going through the links hears which action's date each is, as its legend says. */
  title: string;
}

export function renderDateErrors(
  msg: Messages,
  errors: DateError[],
  headingLevel: number,
  focusField: (id: string) => void,
) {
  if (errors.length === 0) return nothing;
  const follow = (id: string) => (event: Event) => {
    // The link's #id cannot reach into the shadow root: the element focuses the field itself.
    event.preventDefault();
    focusField(id);
  };
  return html`<div
    class="error-summary"
    tabindex="-1"
    role="group"
    aria-labelledby="date-errors-title"
    aria-describedby="date-errors-list"
  >
    ${heading(headingLevel, 0, msg.shared.problemTitle, { id: 'date-errors-title', class: 'error-summary__title' })}
    <ul class="error-summary__list" id="date-errors-list">
      ${errors.map(({ id, problem, title }) => {
        const target = fieldId(id, problem.fields[0] ?? 'day');
        const words = dateProblemText(msg, problem);
        // Named with the action, its words first (as seen, and as at the field): "…real date (for “Visit”)".
        const name = `${words} ${msg.actions.completedFor(title)}`;
        return html`<li><a href="#${target}" aria-label=${name} @click=${follow(target)}>${words}</a></li>`;
      })}
    </ul>
  </div>`;
}
