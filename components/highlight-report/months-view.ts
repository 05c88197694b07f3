/**
 * The month picker: every month of the project, oldest first, each with the
 * lead's rating (when there is a report) and its state in words, so a missing
 * or late month shows without opening anything. A month is a button; the one
 * shown is `aria-current`. Beside it, the RAG history as a CSV.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { heardOnly } from '../internal/heard-only.js';
import type { ProjectMonth } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';
import { RAG_TONES, STATE_TONES } from './summary-view.js';

/**
 * The month a report opens on without `period`: the latest that has ended
 * or has a report; while the first month runs with no report, that month.
 */
export function latestPeriod(months: readonly ProjectMonth[]): string | undefined {
  const shown = months.filter((month) => month.state !== 'in-progress' || month.report);
  return (shown[shown.length - 1] ?? months[months.length - 1])?.period;
}

export function renderMonths(
  msg: Messages,
  months: readonly ProjectMonth[],
  current: string | undefined,
  handlers: { choose: (period: string) => void; download: () => void },
  headingLevel: number,
): TemplateResult {
  const t = msg.highlightReport;
  return html`<section class="months" part="months" aria-labelledby="months-title">
    ${heading(headingLevel, 1, t.monthsTitle, { id: 'months-title' })}
    <p>${t.monthsIntro}</p>
    <ol class="months__list">
      ${months.map(
        (month) =>
          html`<li>
            <button
              type="button"
              class="month"
              data-period=${month.period}
              aria-current=${month.period === current ? 'true' : nothing}
              @click=${() => handlers.choose(month.period)}
            >
              <span class="month__name">${t.month(month.period)}</span>${heardOnly(',')}
              <span class="month__tags">
                ${month.status ? html`<span class="tag ${RAG_TONES[month.status]}">${t.rag(month.status)}</span>${heardOnly(',')}` : nothing}
                <span class="tag ${STATE_TONES[month.state]}">${t.state(month.state)}</span>
              </span>
            </button>
          </li>`,
      )}
    </ol>
    <p>
      <button type="button" class="button" part="download-button" @click=${handlers.download}>
        ${t.download}<span class="visually-hidden"> ${t.downloadWhat}</span>
      </button>
    </p>
  </section>`;
}
