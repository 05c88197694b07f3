/**
 * What the host said of a record it stored (201) but not quite as sent: a
 * check-in that waited on the clerk's device keeps the moment it was made,
 * within bounds the host keeps (src/server/check-in-moment.ts); outside them
 * the host times it by its own clock, and its answer's `note` says why. The
 * clerk should hear that their member was recorded as arriving later than
 * they came in, so the outbox carries the note from the answer to the element
 * that sent the record. Kept apart from the outbox, which only passes it on.
 */
import { CHECK_IN_NOTE_REASONS, type CheckInNoteReason } from '../rules/check-in-notes.js';

/** Why the host timed a change that waited by its own clock: a reason `partnership-kit/server` gives. */
export type HostNoteReason = CheckInNoteReason;

/**
 * The host's note on a record it stored: its `reason` and `values` (moments as date-times, `maxWaitMinutes` as a
 * number), and `received`, the host's clock when the record reached it (its answer's `stored.received`), which is
 * when the host timed it.
 */
export interface HostNote {
  reason: HostNoteReason;
  values: Record<string, unknown>;
  received?: string;
}

/**
 * The note in a host's answer to a stored record (`{ stored: { received }, note: { reason, values } }`), or
 * nothing: no note, or one whose reason the kit does not know (a host's own, which it cannot word).
 */
export function hostNoteIn(answer: unknown): { note?: HostNote } {
  if (!isRecord(answer) || !isRecord(answer.note)) return {};
  const { reason, values } = answer.note;
  if (!CHECK_IN_NOTE_REASONS.includes(reason as HostNoteReason)) return {};
  const received = isRecord(answer.stored) ? answer.stored.received : undefined;
  const note: HostNote = { reason: reason as HostNoteReason, values: isRecord(values) ? values : {} };
  if (typeof received === 'string') note.received = received;
  return { note };
}

/** The note in the text of a host's 2xx answer; nothing when it has none, or is not JSON. */
export function hostNoteInText(text: string): { note?: HostNote } {
  try {
    return hostNoteIn(JSON.parse(text));
  } catch {
    return {};
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
