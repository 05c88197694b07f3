/**
 * The report in its lead's words: progress this month and next, and the
 * five headings the Sutton framework asks for (benefits, risks,
 * interdependencies, disadvantages, recommendations). A heading the lead left
 * empty is left out; a month with no report says so plainly.
 */
import { type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import type { HighlightReportRecord } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';
import type { ProjectMonthState } from '../../src/rules/index.js';
import { heading } from '../internal/heading.js';

/** The report's texts, in the order a reader at the receiving group takes them. */
const SECTIONS = [
  'progress',
  'next',
  'benefits',
  'risks',
  'interdependencies',
  'disadvantages',
  'recommendations',
] as const;

/**
 * What a month with no report says: marked as a fault only once the report is late. December's, asked for on
 * 10 December, stood in the red bar of a missing report while the month was still running.
 */
function renderNoReport(msg: Messages, period: string, state: ProjectMonthState): TemplateResult {
  const t = msg.highlightReport;
  return state === 'in-progress' || state === 'due'
    ? html`<p>${t.noReportYet(t.month(period))}</p>`
    : html`<p class="no-report"><strong>${t.noReport(t.month(period))}</strong></p>`;
}

export function renderLeadReport(
  msg: Messages,
  report: HighlightReportRecord | null,
  period: string,
  state: ProjectMonthState,
  headingLevel: number,
): TemplateResult {
  const t = msg.highlightReport;
  const written = report ? SECTIONS.filter((key) => report[key]?.trim()) : [];
  return html`<section class="lead-report" part="lead-report" aria-labelledby="lead-title">
    ${heading(headingLevel, 1, t.leadTitle, { id: 'lead-title' })}
    ${
      !report
        ? renderNoReport(msg, period, state)
        : written.length === 0
          ? html`<p>${t.onlyRating}</p>`
          : written.map(
              (key) =>
                html`<div class="text-section" data-section=${key}>
                  ${heading(headingLevel, 2, t.sections[key])}
                  <p class="lead-text">${report[key]}</p>
                </div>`,
            )
    }
  </section>`;
}
