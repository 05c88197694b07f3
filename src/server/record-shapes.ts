/**
 * The shapes of the records a member or clerk sends, checked on their own
 * by the core's `parseVote`, `parseAttendanceChange` and `parseActionChange`:
 * the host never re-checks the whole document to accept one record.
 */
import type { SentKind } from '../contract/sent-records.js';
import { parseActionChange, parseAttendanceChange, parseVote, type Problem } from '../english.js';

export type { SentKind };

const PARSERS = { vote: parseVote, attendance: parseAttendanceChange, action: parseActionChange } as const;

/**
 * The problems of a sent record, each with its path inside the record (like
 * `vote.choice`), its code and values, and its English `message`. Empty
 * when the record has the shape of its kind.
 */
export function recordProblems(kind: SentKind, record: unknown): Problem[] {
  const parsed = PARSERS[kind](record);
  return parsed.ok ? [] : parsed.problems;
}
