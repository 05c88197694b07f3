import { type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { heardOnly } from '../internal/heard-only.js';
import { property, state } from 'lit/decorators.js';
import type { PartnershipDocument, Project } from '../../src/contract/index.js';
import { isMonth } from '../../src/contract/project-schema.js';
import { hostNowText } from '../../src/data/index.js';
import { highlightReport, projectMonths, type ProjectMonth } from '../../src/rules/index.js';
import { downloadCsv, toCsv } from '../internal/csv.js';
import { defineElement } from '../internal/define.js';
import { ElementClock } from '../internal/element-clock.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';
import { heading } from '../internal/heading.js';
import { PartnershipElement } from '../internal/partnership-element.js';
import { baseStyles } from '../internal/styles.js';
import { renderDecisions } from './decisions-view.js';
import { highlightReportStyles } from './highlight-report.styles.js';
import { renderLeadReport } from './lead-report-view.js';
import { latestPeriod, renderMonths } from './months-view.js';
import { ragHistoryCsv } from './rag-csv.js';
import { renderRecords } from './records-view.js';
import { renderSummary } from './summary-view.js';
import { idText, optionalText } from '../internal/attribute-reading.js';

/** Characters a file name may not hold on Windows, macOS or Linux. */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|]+/g;

/**
 * `today` is the date the month is judged on: whether its report is late or
 * missing, and, while the month runs, how its milestones, risks and actions
 * stand. It is also the date printed on the report. The decisions asked for
 * are judged as at the month's end once it has ended; while it runs, at the
 * time of day now (the host's clock, as a vote panel's) on `today`, so a
 * proposal past its `closes` reads as closed here as it does in the vote panel.
 *
 * What the lead wrote is shown as written; everything under "From the
 * records" comes from the partnership's own records (the core's
 * `highlightReport`), so a late milestone, an open risk above appetite or an
 * overdue action linked to the project shows whether or not the report
 * mentions it. Prints on A4 with the partnership's name, the month and the
 * date printed; the month picker and the buttons are left off the page.
 *
 * Keyboard: each month is a button (Tab between them; Enter or Space shows its report, the focus stays on the
 * month, and a status message says which month is shown), then the CSV download.
 *
 * @summary A work project's monthly highlight report, GOV.UK style: the
 * lead's overall RAG rating in words and why, whether the report came on
 * time, late or not at all, progress and next steps, the framework's five
 * headings, the exceptions drawn from the records (late milestones, linked
 * open risks above appetite, rising or past review, overdue actions), the
 * decisions asked for with their outcome, a month picker with each month's
 * state, and the RAG history as a CSV.
 *
 * @example
 * <highlight-report src="/data/sutton.json" project="wp1-hnb" period="2019-11" today="2019-12-10"
 *   href-template="/governance/proposals/{proposal}"></highlight-report>
 *
 * @tag highlight-report
 * @csspart summary - The summary list: overall status and why, the report's state, lead, groups.
 * @csspart lead-report - The report in its lead's words.
 * @csspart records - "From the records": milestones, linked risks and linked actions.
 * @csspart decisions - The decisions the report asks for, with their outcomes.
 * @csspart months - The month picker and the CSV button.
 * @csspart download-button - The "Download CSV" button of the RAG history.
 */
export class HighlightReport extends PartnershipElement {
  static override styles = [baseStyles, highlightReportStyles];

  /** Id of the project whose reports are shown. */
  @property({ reflect: true, converter: idText }) project?: string;

  /**
   * The month shown first, `YYYY-MM`. Left out: the latest month that has ended or has a report. The reader can
   * choose another month in the picker.
   */
  @property({ reflect: true, converter: optionalText }) period?: string;

  /**
   * Links to the proposals a report asks the receiving group to decide, where their vote panels live: `{proposal}`
   * fills in, e.g. `/governance/proposals/{proposal}`. Only http, https or relative links are made.
   */
  @property({ attribute: 'href-template', converter: optionalText }) hrefTemplate?: string;

  /** The month the reader chose in the picker, until `project` or `period` changes. */
  @state() private chosen?: string;
  /** What the status region says: the month chosen. */
  @state() private announcement?: string;

  private readonly onBeforePrint = () => this.requestUpdate();

  /**
   * Ticks the report with the page's other clocks, so that a decision of the running month turns closed at its
   * `closes` with no new document. It has no `now` of its own: the time of day is the host's, as a vote panel's.
   */
  private readonly clock = new ElementClock(this, () => undefined);

  override connectedCallback(): void {
    super.connectedCallback();
    // The date printed is today's: a page left open overnight prints the day it is printed on.
    globalThis.addEventListener?.('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('beforeprint', this.onBeforePrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('project') || changed.has('period')) {
      this.chosen = undefined;
      this.announcement = undefined;
    }
  }

  /**
   * Always: the decisions are counted as at the time of day now, on `today` when given (the core moves the
   * host's clock to that day), so midnight in London moves them even then.
   */
  protected override get followsTheDate(): boolean {
    return true;
  }

  /**
   * Everything but votes and meetings, which count only for the decisions the
   * project's reports ask for: those proposals' votes, and the meetings (their
   * attendance makes quorum).
   */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    const project = document.projects.find((p) => p.id === this.project);
    const asked = new Set(project?.reports.flatMap((report) => report.decisionsNeeded) ?? []);
    if (asked.size === 0) return [partsBut(document, 'votes', 'meetings')];
    return [partsBut(document, 'votes'), document.votes.filter((vote) => asked.has(vote.proposal))];
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    const t = this.msg.highlightReport;
    if (!this.project) return html`<p>${t.noProject}</p>`;
    const project = document.projects.find((p) => p.id === this.project);
    if (!project)
      return html`<p>
        ${t.unknownProject(
          this.project,
          document.projects.map((p) => p.id),
        )}
      </p>`;
    const today = this.todayDate;
    const months = projectMonths(document, project.id, today);
    if (months.length === 0) {
      return html`${heading(this.headingLevel, 0, project.title)}
        <p>${t.notStarted(this.msg.format.date(project.start))}</p>`;
    }
    const period = this.chosen ?? this.period ?? latestPeriod(months);
    const month = months.find((m) => m.period === period);
    if (!month || period === undefined) {
      return html`${heading(this.headingLevel, 0, project.title)}
        <p>${this.periodProblem(project, months, period ?? '')}</p>
        ${this.renderPicker(document, project, months, undefined)}`;
    }
    return html`${this.renderReport(document, project, month, today)}
      ${this.renderPicker(document, project, months, period)}
      <p class="visually-hidden" role="status">${this.announcement ?? ''}</p>`;
  }

  private renderReport(document: PartnershipDocument, project: Project, month: ProjectMonth, today: string) {
    const t = this.msg.highlightReport;
    const names = this.namesOf(document);
    const level = this.headingLevel;
    // The host's clock when the device's is clearly off it, as the vote panel takes it; the core moves it to today.
    const report = highlightReport(document, project.id, month.period, today, hostNowText());
    return html`<article class="report" aria-labelledby="report-title">
      <p class="printed">${t.printed(document.partnership.name, this.msg.format.date(today))}</p>
      ${heading(
        level,
        0,
        // Two lines on screen; the comma a screen reader hears keeps them two phrases in the heading's name.
        html`<span class="report__project">${project.title}</span>${heardOnly(',')}
          <span class="report__month">${t.title(t.month(month.period))}</span>`,
        { id: 'report-title', class: 'report__title' },
      )}
      ${renderSummary(this.msg, names, document, project, report, month.state)}
      ${renderLeadReport(this.msg, report.report, month.period, month.state, level)}
      ${renderRecords(this.msg, names, document, report, {
        headingLevel: level,
        ended: report.ended,
        today,
      })}
      ${renderDecisions(this.msg, names, document, report.decisions, {
        headingLevel: level,
        hrefTemplate: this.hrefTemplate,
      })}
    </article>`;
  }

  /** Why `period` has no report to show: a month of the project still to come, or no month of it at all. */
  private periodProblem(project: Project, months: ProjectMonth[], period: string): string {
    const t = this.msg.highlightReport;
    const last = months[months.length - 1]!.period;
    if (isMonth(period) && period > last && period <= project.end.slice(0, 7)) {
      return t.monthToCome(t.month(period), t.month(last));
    }
    return t.unknownPeriod(period, t.month(months[0]!.period), t.month(last));
  }

  private renderPicker(
    document: PartnershipDocument,
    project: Project,
    months: ProjectMonth[],
    current: string | undefined,
  ) {
    return renderMonths(
      this.msg,
      months,
      current,
      {
        choose: (period) => this.choose(period),
        download: () => this.download(document, project, months),
      },
      this.headingLevel,
    );
  }

  /** Shows `period`'s report; the chosen button keeps focus, and the status region says which month is shown. */
  private choose(period: string): void {
    this.chosen = period;
    this.announcement = this.msg.highlightReport.showing(this.msg.highlightReport.month(period));
  }

  private download(document: PartnershipDocument, project: Project, months: ProjectMonth[]): void {
    const { header, body } = ragHistoryCsv(this.msg, months);
    const title = project.title.replace(NOT_IN_FILE_NAMES, ' -').replace(/\s+/g, ' ').trim();
    downloadCsv(this.msg.highlightReport.csvFile(document.partnership.name, title), toCsv(header, body));
  }
}

defineElement('highlight-report', HighlightReport);

declare global {
  interface HTMLElementTagNameMap {
    'highlight-report': HighlightReport;
  }
}
