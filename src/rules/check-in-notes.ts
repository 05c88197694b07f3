/**
 * Why a host timed a check-in or check-out by its own clock and not the
 * clerk's `at`: the codes a host's answer carries as `note.reason` when it
 * stored the change (201) but not at the moment the clerk's device gave it.
 * `partnership-kit/server` decides them (src/server/check-in-moment.ts); the
 * kit's elements read them from the answer (src/data/host-note.ts) and word
 * them in each language. Like the codes of a refusal (`ChangeRefusal`), they
 * are written here, once, because the server and the data layer may both
 * import the rules and neither may import the other.
 */

/** Why the host timed a change that waited by its own clock, with the values a sentence about it needs. */
export type CheckInNote =
  | { reason: 'at-in-future'; values: { at: string; now: string } }
  | { reason: 'waited-too-long'; values: { at: string; now: string; maxWaitMinutes: number } }
  | { reason: 'before-doors-open'; values: { at: string; doorsOpen: string } }
  | { reason: 'before-decision'; values: { at: string; proposal: string; closes: string } }
  | { reason: 'before-seat-times'; values: { at: string; recorded: string } };

export type CheckInNoteReason = CheckInNote['reason'];

// A record, not a list, so that a reason added to CheckInNote does not compile until it is here too: a reason
// missing from the list would be dropped from the host's answer on the clerk's page, unsaid.
const EVERY_REASON: Record<CheckInNoteReason, true> = {
  'at-in-future': true,
  'waited-too-long': true,
  'before-doors-open': true,
  'before-decision': true,
  'before-seat-times': true,
};

/** Every reason a host gives for timing a change by its own clock: those the kit knows how to word. */
export const CHECK_IN_NOTE_REASONS: readonly CheckInNoteReason[] = Object.freeze(
  Object.keys(EVERY_REASON) as CheckInNoteReason[],
);
