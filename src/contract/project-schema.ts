/**
 * 1.1: work projects, their milestones and their monthly highlight reports, as
 * zod/mini schemas (docs/contract.md, "projects and highlight reports").
 * `schema.ts` puts `projects: list(project)` on the document; the checks that
 * span records (dates within the project, one report a month, references)
 * are in `project-checks.ts`.
 */
import * as z from 'zod/mini';
import { list, primitiveSchemas, reference, wholeNumber } from './primitives.js';
import { schemaOnFirstUse } from './schema-on-first-use.js';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `value` is a month written `YYYY-MM` (01 to 12). */
export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** A report's overall rating: the risk bands' `ragValues` (schema.ts cannot be imported here, as it imports this file). */
const reportStatuses = ['green', 'amber', 'red'] as const;

/** The default of `reportDays`: a month's report is due ten working days after the month ends. */
export const DEFAULT_REPORT_DAYS = 10;

/** A work project's schema, with its milestones' and reports', made on first use (schema-on-first-use.ts). @internal */
export const projectSchema = schemaOnFirstUse(makeProjectSchema);

function makeProjectSchema() {
  const { date, ext, id, text } = primitiveSchemas();
  /** A calendar month, `YYYY-MM`: the period a highlight report covers. */
  const month = z.string().check(z.refine(isMonth, { params: { expected: 'month' } }));

  const milestone = z.strictObject({
    id,
    title: text,
    due: date,
    /** When it was met; left out while it has not been. */
    done: z.optional(date),
    ext,
  });

  const highlightReport = z.strictObject({
    period: month,
    submitted: z.optional(date),
    /** The lead's overall rating. */
    status: z.enum(reportStatuses),
    /** Why, when amber or red (checked in `project-checks.ts`). */
    reason: z.optional(text),
    progress: z.optional(z.string()),
    next: z.optional(z.string()),
    benefits: z.optional(z.string()),
    risks: z.optional(z.string()),
    interdependencies: z.optional(z.string()),
    disadvantages: z.optional(z.string()),
    recommendations: z.optional(z.string()),
    /** Proposal ids the lead asks the receiving group to decide. */
    decisionsNeeded: list(id),
    ext,
  });

  return z.strictObject({
    id,
    title: text,
    /** The group that runs it. */
    group: reference('group'),
    /** The group that receives its reports. */
    reportsTo: z.optional(reference('group')),
    /** A person id. */
    lead: reference('person'),
    brief: z.optional(z.string()),
    start: date,
    end: date,
    /** Working days after a month's last day by which its report is due; the same range as a group's noticeDays. */
    reportDays: z._default(wholeNumber(0, 60), DEFAULT_REPORT_DAYS),
    milestones: list(milestone),
    reports: list(highlightReport),
    ext,
  });
}

export type { HighlightReportRecord, Milestone, Project } from './document-types.js';
