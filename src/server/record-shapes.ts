/**
 * The shapes of the records a member or clerk sends, checked on their own:
 * the host never re-checks the whole document to accept one record.
 */
import * as z from 'zod/mini';
import { date, dateTime, id } from '../contract/primitives.js';
import { problem, problemFromIssue } from '../contract/problems.js';
import type { Problem } from '../english.js';
import { enCore } from '../messages/en-core.js';
import { explainProblem } from '../messages/explain.js';
import { actionRecordStatuses, attendanceValues, voteSchema } from '../contract/schema.js';

const attendanceChange = z.strictObject({
  id,
  meeting: id,
  seat: id,
  attendance: z.enum([...attendanceValues, 'left']),
  by: id,
  at: dateTime,
});

const actionChange = z.strictObject({
  id,
  action: id,
  status: z.enum(actionRecordStatuses),
  completed: z.optional(date),
  by: id,
  at: dateTime,
});

const SHAPES = { vote: voteSchema, attendance: attendanceChange, action: actionChange } as const;

export type SentKind = keyof typeof SHAPES;

/** The problems of a sent record, each with its path inside the record (like `vote.choice`). */
export function recordProblems(kind: SentKind, record: unknown): Problem[] {
  const parsed = z.safeParse(SHAPES[kind], record, { reportInput: true });
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => problemFromIssue(issue, record));
  // The host stamps `received` with its own clock: a client never sets it.
  if (typeof record === 'object' && record !== null && 'received' in record) {
    problems.push(problem('received', 'set-by-host', { field: 'received' }));
  }
  const within = (path: string) => (path === '' ? kind : path.startsWith('[') ? `${kind}${path}` : `${kind}.${path}`);
  return problems.map((p) => {
    const path = within(p.path);
    return { ...p, path, message: `${path} ${explainProblem(enCore, p)}` };
  });
}
