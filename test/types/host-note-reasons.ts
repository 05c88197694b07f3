/**
 * Type-level test, checked by `tsc --noEmit -p tsconfig.json` (nothing runs it): the reasons the kit can word
 * when a host timed a check-in by its own clock (src/data/host-note.ts) are exactly the reasons
 * `partnership-kit/server` gives (src/server/check-in-moment.ts). The data layer cannot import the server, so the
 * list is written twice; a reason added on one side only fails to compile here, where it would otherwise go unsaid
 * on the clerk's page (an unknown reason is dropped, not worded).
 */
import type { HostNoteReason } from '../../src/data/host-note.js';
import type { CheckInNote } from '../../src/server/check-in-moment.js';

/** True only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const sameReasons: Equal<HostNoteReason, CheckInNote['reason']> = true;
