/**
 * The English `message` of a refusal whose record names an id the document lacks, for the portal developer who
 * reads it: in `partnership-kit/server`'s JSON answer beside its `code` and `path`, or from the core's checks in
 * their own route. A member never reads these: the elements word the same codes in the page's language
 * (`reasons`, `refusals`), telling them to reload the page. A developer is told which field it is and where its
 * ids come from, as GOV.UK's error messages say what happened and how to put it right.
 */
import type { Names } from './names.js';

/** Why a page may send an id its host lacks, and what fixes it: the same for every field. */
const WHERE_IDS_COME_FROM =
  'Send ids from the document the host serves: a page holding an older copy can send one the host no longer has, and reloading it gets the latest.';

/** "There is no proposal with the id 'x' in the partnership document. vote.proposal must be …". */
const noSuch = (thing: string, id: string, field: string, list: string): string =>
  `There is no ${thing} with the id '${id}' in the partnership document. ${field} must be the id of one of its ${list}. ${WHERE_IDS_COME_FROM}`;

/**
 * The developer's English for a refusal naming an unknown id, or undefined for any other refusal (its words are
 * the core's own, `enCore`). The codes are the rules' own, unchanged.
 */
export function unknownIdForPortals(refusal: { reason: string; values?: unknown }, names: Names): string | undefined {
  const values = refusal.values as Record<string, string>;
  switch (refusal.reason) {
    case 'unknown-proposal':
      return noSuch('proposal', values.proposal ?? '', 'vote.proposal', 'proposals (proposals[].id)');
    case 'unknown-meeting':
      return noSuch('meeting', values.meeting ?? '', 'attendance.meeting', 'meetings (meetings[].id)');
    case 'unknown-action':
      return noSuch('action', values.action ?? '', 'action.action', 'actions (actions[].id)');
    case 'unknown-seat':
      // A check-in's seat is looked for in its meeting's group (`group` given); a vote's in every group.
      return values.group === undefined
        ? noSuch('seat', values.seat ?? '', 'vote.seat', "seats, in the proposal's group (groups[].seats[].id)")
        : `The ${names.group(values.group)} has no seat with the id '${values.seat ?? ''}' in the partnership document. attendance.seat must be the id of one of the seats of the meeting's group (groups[].seats[].id, in group '${values.group}'). ${WHERE_IDS_COME_FROM}`;
    default:
      return undefined;
  }
}
