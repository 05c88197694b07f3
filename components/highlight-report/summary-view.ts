/**
 * The top of a highlight report: the lead's overall rating in words and why,
 * whether the report came on time, late or not at all, and who leads the
 * project, which group runs it and which it reports to, as a GOV.UK summary
 * list.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { heardOnly } from '../internal/heard-only.js';
import type { PartnershipDocument, Project, Rag } from '../../src/contract/index.js';
import type { HighlightReport as MonthReport, ProjectMonthState } from '../../src/rules/index.js';
import type { Messages, Names } from '../../src/messages/index.js';

/** Each rating's tag, GOV.UK style: the word is always there, the colour only repeats it. */
export const RAG_TONES: Record<Rag, string> = { green: 'tag--green', amber: 'tag--amber', red: 'tag--red' };

/** Each month's state as a tag. */
export const STATE_TONES: Record<ProjectMonthState, string> = {
  submitted: 'tag--green',
  'submitted-late': 'tag--orange',
  due: 'tag--blue',
  missing: 'tag--red',
  'in-progress': 'tag--grey',
};

/** The sentence on when the report came, or that it has not. */
function submissionLine(msg: Messages, month: MonthReport, state: ProjectMonthState): string {
  const t = msg.highlightReport;
  const { date } = msg.format;
  const due = date(month.due);
  const name = t.month(month.period);
  const submitted = month.report?.submitted;
  switch (state) {
    case 'missing':
      return t.missing(name, due);
    case 'due':
      return t.due(name, due);
    case 'in-progress':
      return t.inProgress(name, due);
    default:
      if (submitted === undefined) return t.undated(due, month.late === true);
      return month.late ? t.submittedLate(date(submitted), due) : t.onTime(date(submitted), due);
  }
}

export function renderSummary(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  project: Project,
  month: MonthReport,
  state: ProjectMonthState,
): TemplateResult {
  const t = msg.highlightReport;
  const report = month.report;
  const lead = document.people.find((person) => person.id === project.lead);
  // The name, then the post on its own line when it says more (as the roster shows a person).
  const leadName =
    lead?.title && lead.title !== lead.name
      ? html`<span class="person">${lead.name}</span>${heardOnly(',')} <span class="person__title">${lead.title}</span>`
      : names.person(project.lead);
  const row = (key: string, value: unknown, className = '') =>
    html`<div class="summary-list__row ${className}">
      <dt class="summary-list__key">${key}</dt>
      <dd class="summary-list__value">${value}</dd>
    </div>`;
  return html`<dl class="summary-list" part="summary" aria-label=${t.summaryLabel}>
    ${row(
      t.overall,
      report
        ? html`<strong class="tag ${RAG_TONES[report.status]}">${t.rag(report.status)}</strong>
            ${report.reason ? html`<p class="reason">${report.reason}</p>` : nothing}`
        : t.noRating,
      'summary-list__row--rating',
    )}
    ${row(
      t.report,
      html`<strong class="tag ${STATE_TONES[state]}">${t.state(state)}</strong>
        <p class="submission">${submissionLine(msg, month, state)}</p>`,
    )}
    ${row(t.lead, leadName)} ${row(t.runBy, names.group(project.group))}
    ${project.reportsTo ? row(t.reportsTo, names.group(project.reportsTo)) : nothing}
  </dl>`;
}
