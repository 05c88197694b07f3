/**
 * 1.1: a work project's monthly highlight report, with what the document
 * itself shows for the month (docs/contract.md, "projects and highlight
 * reports"), and the list of a project's months with each one's state. The
 * lead writes the report; the milestones, linked risks, linked actions and
 * decisions are drawn from the records, so no exception can be left out.
 *
 * Months are `YYYY-MM`. A month "has ended" when `today` is after its last
 * day. Risks and actions are judged as the document stands, with the month's
 * last day as `today` once the month has ended, else with `today` itself.
 */
import type { PartnershipDocument, Proposal, Rag } from '../contract/schema.js';
import type { HighlightReportRecord, Milestone, Project } from '../contract/project-schema.js';
import { isMonth } from '../contract/project-schema.js';
import { daysInMonth } from '../contract/calendar-dates.js';
import { actionsRaisedBy, actionStatus, completedBeforeRaised } from './actions.js';
import { addDays, addWorkingDays, holidaysOf, instantOf } from './calendar.js';
import { byId, firstBy, indexOf } from './indexes.js';
import { outcome, type Outcome } from './outcome.js';
import { disclosure, type Disclosure } from './own-votes.js';
import { riskStatus, risksOnRegister } from './risk.js';
import { dateArgument, dateTimeArgument, optional } from './moments.js';
import { londonDate, onLondonDate } from './london-time.js';
import { proposalAsAt } from './proposal-as-at.js';

/** An open linked risk with at least one flag, as the month's report shows it. */
export interface ReportedRisk {
  id: string;
  /** Its current score is above its category's appetite. */
  aboveAppetite: boolean;
  /** Its score is higher than the latest history entry dated before the judging day. */
  rising: boolean;
  /** Open, and its review date is before the judging day. */
  reviewOverdue: boolean;
}

/** A linked action that slipped, as the month's report shows it. */
export interface ReportedAction {
  id: string;
  /** Open or in progress at the judging day, and due before it (or completed only after it). */
  overdue: boolean;
  /** Done within the month, after its due date. */
  doneLate: boolean;
  /**
   * The day it was raised, when it is recorded done on a date before that (`completedBeforeRaised`), which cannot
   * be right: listed in the month it fell due, so a late action cannot pass as done on time unnoticed. Present only
   * when so, as the action tracker's rows carry it.
   */
  raisedAfterCompleted?: string;
}

/** A proposal the report asks the receiving group to decide, with its outcome. */
export interface ReportedDecision {
  proposal: string;
  /** The proposal as it stood at the report's moment: open then when voted or closed after it. */
  stood: Proposal;
  outcome: Outcome;
  /** What may be shown of its voting as at the report's moment: an `after-close` count stays hidden while it is open. */
  shown: Disclosure;
}

/** `highlightReport`'s result: the report as written, and what the document shows for its month. */
export interface HighlightReport {
  project: string;
  /** The month, `YYYY-MM`. */
  period: string;
  /** The report as its lead wrote it, or null when there is none for the month (or it was submitted after today). */
  report: HighlightReportRecord | null;
  /** `reportDays` working days after the month's last day. */
  due: string;
  /** Submitted after `due`: true; on or before: false; not submitted: true once today is after `due`, else null. */
  late: boolean | null;
  /** No report, and the month has ended (today is after its last day). */
  missing: boolean;
  /** Whether the month has ended: today is after its last day, so it is judged on that day. */
  ended: boolean;
  milestones: {
    /** Due on or before the month's last day and not done by then (while the month runs: due before today and not done by today). */
    late: Milestone[];
    /** Done within the month. */
    done: Milestone[];
  };
  /** Open linked risks (`risks[].project`) with at least one flag: a closed or accepted risk is no exception. */
  risks: ReportedRisk[];
  /** Linked actions (`actions[].project`) overdue at the month's end, or done late within it. */
  actions: ReportedAction[];
  /**
   * The report's `decisionsNeeded`, each with its outcome as at the report's moment: a proposal
   * past its `closes` then is closed, as a vote panel says, even before the clerk marks it closed.
   */
  decisions: ReportedDecision[];
}

/**
 * A month's state in a project's list of months:
 * - `submitted`: a report, on time (or not yet due);
 * - `submitted-late`: a report submitted after its due date, or one with no
 *   `submitted` date once the due date has passed;
 * - `in-progress`: the month is running (today is within it) and has no report yet;
 * - `due`: the month has ended, no report, and today is on or before the due date;
 * - `missing`: no report, and today is after the due date.
 */
export type ProjectMonthState = 'submitted' | 'submitted-late' | 'in-progress' | 'due' | 'missing';

/** One month of a project, for a month picker or a RAG history. */
export interface ProjectMonth {
  period: string;
  state: ProjectMonthState;
  /** When its report is due. */
  due: string;
  /** The lead's rating, when there is a report. */
  status: Rag | null;
  report: HighlightReportRecord | null;
}

/** The project `id`; throws a RangeError naming it when there is none. */
export function projectOf(doc: PartnershipDocument, projectId: string): Project {
  const project = byId(doc.projects, projectId);
  if (!project) throw new RangeError(`No project has the id '${projectId}'.`);
  return project;
}

/** The first day of a month: `2019-11` → `2019-11-01`. */
export function monthStart(period: string): string {
  checkPeriod(period);
  return `${period}-01`;
}

/** The last day of a month: `2020-02` → `2020-02-29`. */
export function monthEnd(period: string): string {
  checkPeriod(period);
  return `${period}-${String(daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)))).padStart(2, '0')}`;
}

/** The month after `period`; none after 9999-12, the last month a date can be written in. */
function nextMonth(period: string): string | undefined {
  const [year, month] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  if (month < 12) return `${period.slice(0, 5)}${String(month + 1).padStart(2, '0')}`;
  return year < 9999 ? `${String(year + 1).padStart(4, '0')}-01` : undefined;
}

function checkPeriod(period: string): void {
  if (!isMonth(period)) throw new RangeError(`A period is a month written YYYY-MM, not '${period}'.`);
}

/** When the report for `period` is due: `reportDays` working days after the month's last day, in the partnership's working days. */
export function reportDue(doc: PartnershipDocument, project: Project, period: string): string {
  checkPeriod(period);
  return addWorkingDays(monthEnd(period), project.reportDays, holidaysOf(doc));
}

/**
 * The project's report for `period` as it stood on `today`: of two (a document that breaks the one-a-month rule),
 * the first; none while it is submitted after `today`, which had not come in then.
 */
function reportFor(project: Project, period: string, today: string): HighlightReportRecord | null {
  const report = indexOf(project.reports, reportsByPeriod).get(period);
  return report && !(report.submitted !== undefined && report.submitted > today) ? report : null;
}

/** Each reports list's first report a month, as `byId` indexes records by id. */
const reportsByPeriod = /* @__PURE__ */ firstBy((report: HighlightReportRecord) => report.period);

function lateness(report: HighlightReportRecord | null, due: string, today: string): boolean | null {
  if (report?.submitted !== undefined) return report.submitted > due;
  return today > due ? true : null;
}

/**
 * The highlight report of project `projectId` for the month `period`
 * (`YYYY-MM`), judged on `today`: the report as written (or null), when it
 * was due and whether it came late or is missing, the milestones that fell
 * late or were met in the month, the open linked risks above appetite, rising or
 * past review, the linked actions overdue at the month's end or done late
 * within it, and the outcome of each decision the report asks for.
 * Throws a RangeError for an unknown project or a period not written `YYYY-MM`,
 * or a `now` that is not a date-time.
 *
 * Its decisions are judged as at the report's moment: the end
 * of the month's last day once it has ended, so a proposal whose `closes` is
 * before then is closed (and its count shown) even while its `status` is still
 * `open`; while the month runs, `now` (an element's clock) on the date of
 * `today`, as a vote panel on the same page judges it. Pass `now` for the
 * running month: without it the report has no clock finer than the day, and
 * only a proposal that closed before `today` is closed.
 *
 * @example
 * const month = highlightReport(doc, 'wp1-hnb', '2019-11', '2019-12-20');
 * month.late; // false: submitted 6 December, due 13 December
 * month.risks; // [{ id: 'R-03', aboveAppetite: true, rising: false, reviewOverdue: false }]
 */
export function highlightReport(
  doc: PartnershipDocument,
  projectId: string,
  period: string,
  today: string,
  now?: string,
): HighlightReport {
  checkPeriod(period);
  dateArgument(today, 'today');
  optional(dateTimeArgument)(now, 'now');
  const project = projectOf(doc, projectId);
  const last = monthEnd(period);
  const ended = today > last;
  const month: ReportMonth = { first: monthStart(period), last, ended, today, asOf: ended ? last : today };
  const report = reportFor(project, period, today);
  const due = reportDue(doc, project, period);
  const asAt = decisionsAsAt(month, now);
  const decisions = (report?.decisionsNeeded ?? []).map((proposal) => decisionAsAt(doc, proposal, asAt));

  return {
    project: projectId,
    period,
    report,
    due,
    late: lateness(report, due, today),
    missing: report === null && ended,
    ended,
    milestones: reportedMilestones(project.milestones, month),
    risks: reportedRisks(doc, projectId, month),
    actions: reportedActions(doc, projectId, month),
    decisions,
  };
}

/** A report's month, and the day it is judged on: its last day once it has ended (`asOf`), else today. */
interface ReportMonth {
  first: string;
  last: string;
  ended: boolean;
  today: string;
  asOf: string;
}

/** The start of `date` in London, as an ISO instant. */
function londonMidnight(date: string): number {
  return onLondonDate(date, Date.parse('2000-01-01T00:00:00Z'));
}

/**
 * The moment a report's decisions are judged at. An ended month: the last instant of its last day (no clock
 * finer than the day for a month past, so whatever closed that day had closed). The running month: `now`, moved
 * to `today` keeping its London time of day (a demo set on another day), as a vote panel's clock; with no `now`,
 * the start of today, so that a proposal closing later today is never called closed (and its count shown) early.
 */
function decisionsAsAt({ ended, asOf }: Pick<ReportMonth, 'ended' | 'asOf'>, now?: string): string {
  if (ended) return new Date(londonMidnight(addDays(asOf, 1)) - 1).toISOString();
  if (now === undefined) return new Date(londonMidnight(asOf)).toISOString();
  return new Date(onLondonDate(asOf, instantOf(now))).toISOString();
}

/**
 * A decision as at `asAt`, on its date in London: the votes cast after it are not counted, and a proposal voted
 * or closed after it reads as it stood (open), as a vote panel on that day would have shown it.
 */
function decisionAsAt(doc: PartnershipDocument, proposalId: string, asAt: string): ReportedDecision {
  const then = proposalAsAt(doc, proposalId, asAt);
  return {
    proposal: proposalId,
    stood: then.proposal,
    outcome: outcome(then.doc, proposalId, { today: londonDate(asAt), now: asAt }),
    shown: disclosure(then.proposal, asAt),
  };
}

/** Late: due by the month's last day and not done by then (while it runs, due before today and not done). */
function reportedMilestones(milestones: Milestone[], { first, last, ended, today }: ReportMonth) {
  const late: Milestone[] = [];
  const done: Milestone[] = [];
  for (const milestone of milestones) {
    const { due: by, done: on } = milestone;
    const isLate = ended
      ? by <= last && !(on !== undefined && on <= last)
      : by < today && !(on !== undefined && on <= today);
    if (isLate) late.push(milestone);
    // Met after the day the report stands on is not met yet: it was listed "late, not met" and "met late" at once.
    if (on !== undefined && on >= first && on <= last && (ended || on <= today)) done.push(milestone);
  }
  return { late, done };
}

/** The project's open risks with a flag on the day the month is judged on. */
function reportedRisks(doc: PartnershipDocument, projectId: string, { asOf }: ReportMonth): ReportedRisk[] {
  const risks: ReportedRisk[] = [];
  // A risk raised after the day the month is judged on was not on the register that month.
  for (const risk of risksOnRegister(doc, asOf)) {
    if (risk.project !== projectId) continue;
    // A closed or accepted risk is no exception for the lead to report, and the register counts only open ones
    // above appetite; a risk records no date it closed, so its status is taken as the document stands.
    if (risk.status !== 'open') continue;
    const status = riskStatus(doc, risk.id, asOf);
    const flags = {
      aboveAppetite: status.aboveAppetite,
      rising: status.trend === 'up',
      reviewOverdue: status.reviewOverdue,
    };
    if (flags.aboveAppetite || flags.rising || flags.reviewOverdue) risks.push({ id: risk.id, ...flags });
  }
  return risks;
}

/**
 * The project's actions overdue on the day the month is judged on, done late within the month, or due within it and
 * recorded done before they were raised.
 */
function reportedActions(doc: PartnershipDocument, projectId: string, month: ReportMonth): ReportedAction[] {
  const { first, last, ended, today, asOf } = month;
  const actions: ReportedAction[] = [];
  // An action raised after the day the month is judged on was not there that month, as a risk raised later. Only one
  // due on or after the later meeting that raised it is left out (`actionRaised`), and such an action can be neither
  // overdue, done late nor due by that day: a live report and one fixed on a past day list the same actions.
  for (const action of actionsRaisedBy(doc, asOf)) {
    if (action.project !== projectId) continue;
    // Done after the judging day is not done on it: actionStatus then judges it by its due date.
    const status = actionStatus(doc, action.id, asOf);
    // An ended month is judged at the end of its last day, as its milestones are: due that day and not done by
    // then, it is overdue in the month's report (on the day itself it was only due).
    const overdue = status === 'overdue' || (ended && action.due === last && status === 'due-soon');
    const completed = action.completed;
    const doneLate =
      status === 'done-late' &&
      completed !== undefined &&
      completed >= first &&
      completed <= last &&
      completed <= today;
    const dueInMonth = action.due >= first && action.due <= last && action.due <= today;
    const raisedAfterCompleted = dueInMonth ? completedBeforeRaised(doc, action) : undefined;
    if (overdue || doneLate || raisedAfterCompleted) {
      actions.push({ id: action.id, overdue, doneLate, ...(raisedAfterCompleted && { raisedAfterCompleted }) });
    }
  }
  return actions;
}

/**
 * Every month of project `projectId` from its start to its end or to today's
 * month, whichever comes first, oldest first, each with its state on `today`
 * (see `ProjectMonthState`). A project that has not started yet has none.
 *
 * @example
 * projectMonths(doc, 'wp1-hnb', '2019-12-20').map((m) => `${m.period} ${m.state}`);
 * // ['2019-05 submitted', …, '2019-11 submitted', '2019-12 in-progress']
 */
export function projectMonths(doc: PartnershipDocument, projectId: string, today: string): ProjectMonth[] {
  dateArgument(today, 'today');
  const project = projectOf(doc, projectId);
  const lastPeriod = [project.end.slice(0, 7), today.slice(0, 7)].sort()[0] as string;
  const months: ProjectMonth[] = [];
  for (
    let period: string | undefined = project.start.slice(0, 7);
    period && period <= lastPeriod;
    period = nextMonth(period)
  ) {
    const report = reportFor(project, period, today);
    const due = reportDue(doc, project, period);
    months.push({ period, state: stateOf(report, period, due, today), due, status: report?.status ?? null, report });
  }
  return months;
}

function stateOf(report: HighlightReportRecord | null, period: string, due: string, today: string): ProjectMonthState {
  if (report) return lateness(report, due, today) === true ? 'submitted-late' : 'submitted';
  if (today <= monthEnd(period)) return 'in-progress';
  return today > due ? 'missing' : 'due';
}
