/**
 * When a proposal is judged: whether it takes votes at `now`, the date its
 * seats and the group's rules are read on, and the moment its quorum is
 * judged at. The count, the casting vote and the seats of a decision each
 * ask these, so that a roster or rule changed since never rewrites a
 * decision taken before.
 */
import type { PartnershipDocument, Proposal } from '../contract/schema.js';
import { instantOf, meetingDate } from './calendar.js';
import { londonDate } from './london-time.js';
import { decisionMoment, inProgress, meetingOverBy, roomMoment } from './presence.js';
import { byId, votesFor } from './indexes.js';
import { meetingOf, proposalOf } from './records.js';
import { dateTimeArgument, optional } from './moments.js';

/** Whether the proposal takes votes at `now`: open, and `now` not past its `closes`. Without `now`, its status alone. */
export function openAt(proposal: Proposal, now?: string): boolean {
  if (proposal.status !== 'open') return false;
  const checked = optional(dateTimeArgument)(now, 'now');
  return checked === undefined || !proposal.closes || instantOf(checked) <= instantOf(proposal.closes);
}

/**
 * The moment `outcome` judges a proposal's quorum at (undefined: over the
 * meeting): its decision's (`decisionMoment`); or, for a proposal with no
 * closing time, open at `now` while its meeting is in progress, the room
 * now (`roomMoment`). Its standing says how it would go if voting closed
 * now, and the room now is what would decide it, as the quorum indicator
 * says: read over the whole meeting, it stayed quorate after half the room
 * had left.
 */
export function quorumMoment(doc: PartnershipDocument, proposalId: string, now?: string): string | undefined {
  return quorumJudged(doc, proposalId, now).at;
}

/**
 * Which moment quorum is judged by: the proposal's `closes`, while its meeting was on (`decisionMoment`); the room at
 * `now`; or, voting having closed after the meeting was over, the meeting up to its close (`up-to-close`).
 */
export type QuorumMomentKind = 'closes' | 'now' | 'up-to-close';

/**
 * `quorumMoment`, whether it is the room at `now`, and which moment it is (`moment`, with `at`); or, without `at`,
 * up to when the meeting is read (`until`: its `closes`, for one decided after the meeting was over).
 */
export function quorumJudged(
  doc: PartnershipDocument,
  proposalId: string,
  now?: string,
): { at?: string; until?: string; roomNow: boolean; moment?: QuorumMomentKind } {
  const proposal = proposalOf(doc, proposalId);
  if (!proposal.meeting) return { roomNow: false };
  const meeting = meetingOf(doc, proposal.meeting);
  if (proposal.closes) {
    const decided = decisionMoment(proposal, meeting);
    if (decided) return { at: decided, roomNow: false, moment: 'closes' };
    return { until: proposal.closes, roomNow: false, moment: 'up-to-close' };
  }
  if (now === undefined || !openAt(proposal, now) || !inProgress(meeting, now)) return { roomNow: false };
  // Everyone who came has left, before the end written for it: the meeting as it sat, not an empty room.
  const room = roomMoment(meeting, now);
  return meetingOverBy(meeting, room) ? { roomNow: false } : { at: room, roomNow: true, moment: 'now' };
}

/**
 * The moment a vote cast `now` on the proposal is judged at and dated by: `now`, or, while the proposal is open
 * and its meeting in progress, the room's moment (`roomMoment`), the latest arrival or departure the host stamped
 * less than a minute after `now`. The host stamps a clerk's check-in with its own clock, a few seconds ahead of a
 * page's: judged at the page's `now`, a holder the clerk has checked out would still be in the room, and their
 * proxy refused the vote the quorum beside it says is theirs; a vote dated before the stamp would be judged so too.
 *
 * @example
 * // The clerk checked the holder out; the host stamped it 16:30:03, the page's clock says 16:30:00.
 * castMoment(doc, 'p1', '2019-12-10T16:30:00Z'); // '2019-12-10T16:30:03Z'
 */
export function castMoment(doc: PartnershipDocument, proposalId: string, now: string): string {
  const proposal = proposalOf(doc, proposalId);
  if (!proposal.meeting || !openAt(proposal, now)) return now;
  const meeting = meetingOf(doc, proposal.meeting);
  return inProgress(meeting, now) ? roomMoment(meeting, now) : now;
}

/**
 * The date a proposal's seats and declarations are judged on: the date of its `closes` in London (as a vote's
 * `cast` is dated), else its meeting's date. A proposal with neither (a decision by correspondence) that is
 * closed or withdrawn is dated by its last vote, the latest of the votes' `cast` and `received` in London:
 * judged by the current appointments, its record would name a holder appointed a year later as not voting,
 * and a seat added since would join an absolute majority's base. Else, while it is open, has no votes, or is a
 * secret ballot (whose published copies hold no one's votes but the viewer's), the current appointments (null).
 */
export function proposalDate(doc: PartnershipDocument, proposal: Proposal): string | null {
  if (proposal.closes) return londonDate(proposal.closes);
  const meeting = proposal.meeting ? byId(doc.meetings, proposal.meeting) : undefined;
  if (meeting) return meetingDate(meeting);
  if (proposal.status !== 'closed' && proposal.status !== 'withdrawn') return null;
  // A secret ballot's copies hold only the viewer's own votes: dated by them, each viewer's base would differ.
  if (proposal.ballot === 'secret' || proposal.count !== undefined) return null;
  let last: string | undefined;
  for (const vote of votesFor(doc, proposal.id)) {
    for (const moment of [vote.cast, vote.received]) {
      if (moment !== undefined && (last === undefined || instantOf(moment) > instantOf(last))) last = moment;
    }
  }
  return last === undefined ? null : londonDate(last);
}

/**
 * The date a proposal's seats are judged on for its base and its declarations: its own `date` (`proposalDate`), else,
 * while it is open with none (no meeting, no `closes`), the date of `openNow` when given, as
 * `seatsWithoutVote` lists it; else the seats as the document names them. A seat whose first holder is
 * appointed from next month is no seat of it yet, and the holder of the day is who withdrew from it.
 */
export function seatsDate(date: string | null, openNow: string | undefined): string | null {
  return date ?? (openNow ? londonDate(openNow) : null);
}

/**
 * The date a proposal's seats are named on, as its count lists them (`seatsWithoutVote`, the casting seat): while
 * it takes votes at `now`, the date of `now`; else its date (`proposalDate`); null when it has none (the seats as
 * the document names them). A seat since handed to another partner is named after the partner it voted for.
 */
export function seatsNamedOn(doc: PartnershipDocument, proposal: Proposal, now?: string): string | null {
  return openAt(proposal, now) && now !== undefined ? londonDate(now) : proposalDate(doc, proposal);
}
