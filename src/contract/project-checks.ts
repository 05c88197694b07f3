/**
 * 1.1: the cross-record rules of work projects (docs/contract.md, "projects
 * and highlight reports"): project ids unique; a project's group, reportsTo
 * and lead resolve; it ends on or after its start; milestone ids unique; each
 * milestone's `due` and `done`, and each report's `period`, within the
 * project's dates; one report a month; a red or amber report gives its
 * `reason`; `decisionsNeeded` names proposals; `risks[].project` and
 * `actions[].project` name projects.
 *
 * Like references.ts, the checks read the input loosely: a field of the wrong
 * type is the schema's problem, reported there, and is skipped here.
 */
import { formatPath, type Report } from './problems.js';
import { unknownReference } from './closest-id.js';
import { dateOf } from './dated-lists.js';
import { isMonth } from './project-schema.js';
import { looseRecords, textOf, type Targets } from './targets.js';
import { checkUniqueIds, firstOf } from './unique-ids.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

const monthIn = (value: unknown): string | undefined =>
  typeof value === 'string' && isMonth(value) ? value : undefined;

/** Every problem of `input`'s projects, and of the project links of its risks and actions. */
export function checkProjects(input: unknown, t: Targets, report: Report): void {
  const projects = looseRecords(input, 'projects');
  const known = checkUniqueIds(projects, ['projects'], report);
  for (const [p, project] of projects) checkProject(project, ['projects', p], t, report);
  for (const key of ['risks', 'actions']) {
    for (const [i, record] of looseRecords(input, key)) {
      const id = textOf(record.project);
      if (id !== undefined && !known.has(id)) {
        report([key, i, 'project'], 'unknown-reference', unknownReference(id, 'project', 'project', known));
      }
    }
  }
}

function resolves(
  value: unknown,
  known: ReadonlySet<string>,
  target: 'group' | 'person',
  field: string,
  at: Path,
  report: Report,
) {
  const id = textOf(value);
  if (id !== undefined && !known.has(id))
    report([...at, field], 'unknown-reference', unknownReference(id, target, field, known));
}

/** The most calendar years a project may span, start to end. */
export const PROJECT_YEARS = 20;

/** A project's id and its start and end, when both are dates and in order (else `null`). */
interface ProjectSpan {
  project: string;
  span: { start: string; end: string } | null;
}

function checkProject(project: Loose, at: Path, t: Targets, report: Report): void {
  resolves(project.group, t.groups, 'group', 'group', at, report);
  resolves(project.reportsTo, t.groups, 'group', 'reportsTo', at, report);
  resolves(project.lead, t.people, 'person', 'lead', at, report);
  const span = checkSpan(project, at, report);
  checkMilestones(project, at, span, report);
  checkReports(project, at, span, t, report);
}

/** The project's start and end: in order, and no longer than `PROJECT_YEARS`. */
function checkSpan(project: Loose, at: Path, report: Report): ProjectSpan {
  const id = textOf(project.id) ?? '';
  const start = dateOf(project.start);
  const end = dateOf(project.end);
  if (start === undefined || end === undefined) return { project: id, span: null };
  if (end < start) {
    report([...at, 'end'], 'project-ends-before-start', { project: id, start, end });
    return { project: id, span: null };
  }
  // Longer than any partnership's work project: a year mistyped (1019 for 2019) would be a thousand years of months.
  if (Number(end.slice(0, 4)) - Number(start.slice(0, 4)) > PROJECT_YEARS) {
    report([...at, 'start'], 'project-too-long', { project: id, start, end, years: PROJECT_YEARS });
  }
  return { project: id, span: { start, end } };
}

/**
 * Each milestone's id once, due within the project's span, and done not before it starts. A milestone met after
 * the project's planned `end` is a project that overran: a fact the document must be able to record.
 */
function checkMilestones(project: Loose, at: Path, { project: id, span }: ProjectSpan, report: Report): void {
  const milestones = looseRecords(project, 'milestones');
  checkUniqueIds(milestones, [...at, 'milestones'], report);
  const within = (value: unknown, path: Path, { toEnd = true } = {}) => {
    const date = dateOf(value);
    if (!span || date === undefined || (date >= span.start && (!toEnd || date <= span.end))) return;
    report(path, 'date-outside-project', { project: id, date, ...span });
  };
  for (const [m, milestone] of milestones) {
    within(milestone.due, [...at, 'milestones', m, 'due']);
    within(milestone.done, [...at, 'milestones', m, 'done'], { toEnd: false });
  }
}

/** Each month reported once and within the span, a reason for amber and red, and the decisions it asks for. */
function checkReports(project: Loose, at: Path, { project: id, span }: ProjectSpan, t: Targets, report: Report) {
  const reports = looseRecords(project, 'reports');
  firstOf(reports, 'period', (index, period, first) =>
    report([...at, 'reports', index, 'period'], 'duplicate-report', {
      period,
      first: formatPath([...at, 'reports', first]),
    }),
  );
  for (const [r, entry] of reports) {
    const where = [...at, 'reports', r];
    const period = monthIn(entry.period);
    if (span && period !== undefined && (period < span.start.slice(0, 7) || period > span.end.slice(0, 7))) {
      report([...where, 'period'], 'period-outside-project', { project: id, period, ...span });
    }
    const status = entry.status;
    if ((status === 'amber' || status === 'red') && entry.reason === undefined) {
      report([...where, 'reason'], 'rating-without-reason', { period: period ?? '', status });
    }
    if (Array.isArray(entry.decisionsNeeded)) {
      entry.decisionsNeeded.forEach((proposal, i) => {
        const needed = textOf(proposal);
        if (needed !== undefined && !t.proposals.has(needed)) {
          report(
            [...where, 'decisionsNeeded', i],
            'unknown-reference',
            unknownReference(needed, 'proposal', 'decisionsNeeded', t.proposals),
          );
        }
      });
    }
  }
}
