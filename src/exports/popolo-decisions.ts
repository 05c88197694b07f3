/**
 * What the partnership decided, in Popolo: meetings as events, proposals as
 * motions, and the vote on each as a vote event with its counts and, where
 * the document names them, the votes. Every answer is the rules core's own
 * (`outcome`, `meetingDate`, `openAt`); nothing is counted here.
 */
import type { PartnershipDocument, Proposal, VoteChoice } from '../contract/schema.js';
import { seatAsAt } from '../contract/seat-standing.js';
import { meetingDate } from '../rules/calendar.js';
import { byId, votesFor } from '../rules/indexes.js';
import {
  openAt,
  outcome,
  proposalDate,
  publicLiveCount,
  type Outcome,
  type Result,
  type UncountedVote,
} from '../rules/outcome.js';
import { appointmentAt } from '../rules/appointments.js';
import { countOwed, disclosure as disclosureAt } from '../rules/own-votes.js';
import { popoloDateTime, type PopoloIds } from './popolo-ids.js';
import type {
  PopoloEvent,
  PopoloMotion,
  PopoloOption,
  PopoloResult,
  PopoloVote,
  PopoloVoteEvent,
} from './popolo-types.js';

/** Popolo's vote options (its code list) for the kit's choices. */
const OPTIONS: Record<VoteChoice, PopoloOption> = { for: 'yes', against: 'no', abstain: 'abstain' };

/** Every meeting, named by its group and date. */
export function events(doc: PartnershipDocument, ids: PopoloIds): PopoloEvent[] {
  return doc.meetings.map((meeting) => ({
    id: ids.meeting(meeting.id),
    name: `${byId(doc.groups, meeting.group)?.name ?? meeting.group} ${meetingDate(meeting)}`,
    classification: 'meeting',
    organization_id: ids.group(meeting.group),
    start_date: popoloDateTime(meeting.start),
    ...(meeting.end && { end_date: popoloDateTime(meeting.end) }),
    identifiers: ids.issued(meeting.id),
  }));
}

/** What the document lets the export say of one proposal's vote. */
interface Disclosure {
  counts: boolean;
  votes: boolean;
}

/**
 * The contract's "Privacy" read backwards from the document given, which a
 * host has already cut down with `publishedDocument` for its audience: a
 * published `count` stands for votes withheld (those present are only the
 * viewer's own, never to be republished); an `after-close` proposal still
 * open, or a secret ballot still open, shows no count, and its votes present
 * are the viewer's own; a secret ballot names no voter even in a host's full
 * document. A copy served while the proposal was open and exported with a
 * `now` after its close holds no count either (see `servedWithheld`).
 */
function disclosure(proposal: Proposal, now: string | undefined): Disclosure {
  const shown = disclosureAt(proposal, now);
  // A count the document carries is shown only where any count may be (not on an open secret ballot), and stands for
  // votes withheld: those present are only the viewer's own.
  return { counts: shown.count, votes: shown.choices && proposal.count === undefined };
}

/**
 * Whether the document given is a copy served while the proposal was open, whose votes it withholds, though at
 * `now` the proposal has closed (a copy served earlier than the export's `now`): a secret ballot closed with no
 * `count` (`countOwed`), or an `after-close` one still marked open past its `closes` with no `count`, holding the
 * votes of one person at most (the viewer's own; the public's copy holds none). Its counts and result would be
 * that one viewer's votes, so the export gives none. A host's whole record in which one member alone voted reads
 * the same, and gives none too: an export must not state a count it cannot tell from the viewer's vote.
 */
function servedWithheld(doc: PartnershipDocument, proposal: Proposal, now: string | undefined): boolean {
  const votes = votesFor(doc, proposal.id);
  const onlyVoter = votes[0]?.by ?? null;
  if (countOwed(doc, proposal, onlyVoter, now)) return true;
  const closedSinceServed = proposal.status === 'open' && !openAt(proposal, now);
  return (
    closedSinceServed &&
    proposal.results === 'after-close' &&
    proposal.count === undefined &&
    votes.every((vote) => vote.by === onlyVoter)
  );
}

/** Popolo's results (its code list) for the core's, and the kit's own words where they say more; none while pending. */
const RESULTS: Record<Result, PopoloResult | undefined> = {
  carried: 'pass',
  'not-carried': 'fail',
  tied: 'tied',
  inquorate: 'inquorate',
  pending: undefined,
};

/**
 * The result of a proposal: `withdrawn` rather than the core's `not-carried`, which says nothing of why. None for
 * the public's live count read after its close (`publicLiveCount`), tied or not: seats may have voted since the
 * copy was served (the chair's casting vote among them), so its count is not the final one, and the vote panel
 * shows none from it either, fetching the votes the host publishes at the close. `pass` or `tied` from it could
 * contradict the host's record.
 */
function resultOf(proposal: Proposal, result: Outcome): PopoloResult | undefined {
  if (proposal.status === 'withdrawn') return 'withdrawn';
  if (publicLiveCount(proposal, result)) return undefined;
  return RESULTS[result.result];
}

/** Where a proposal was taken, and its id under the partnership's scheme: shared by its motion and its vote event. */
function context(proposal: Proposal, ids: PopoloIds) {
  return {
    organization_id: ids.group(proposal.group),
    ...(proposal.meeting && { legislative_session_id: ids.meeting(proposal.meeting) }),
    identifier: proposal.id,
  };
}

/**
 * Each counted vote, the one per seat that `outcome` counts, with the partner its seat represented on the
 * proposal's date (1.2: a seat moved to another partner since voted for the one of its day); once the
 * proposal is decided, then each voting seat with no vote counted: as its holder's `not voting` (a roll call
 * names who did not vote), under an id of the proposal and the seat, a vacant seat having no voter to name; or,
 * where votes were cast for it that the count does not take, as its last such vote (`seatNotCounted`).
 */
function votesOf(doc: PartnershipDocument, proposal: Proposal, result: Outcome, ids: PopoloIds): PopoloVote[] {
  const date = proposalDate(doc, proposal);
  // The seat of the proposal's group: a seat's id is unique within its group only, and another group's seat
  // of the same id may be another partner's.
  const seats = byId(doc.groups, proposal.group)?.seats ?? [];
  const partnerOf = (seatId: string) => {
    const found = byId(seats, seatId);
    const partner = found && seatAsAt(found, date).partner;
    return partner ? { group_id: ids.partner(partner) } : {};
  };
  const appointmentOf = (seatId: string) => {
    const found = byId(seats, seatId);
    return found ? appointmentAt(found, date) : { holder: null, proxy: null };
  };
  const counted = result.counted.map((vote): PopoloVote => ({
    id: ids.vote(vote.vote),
    voter_id: ids.person(vote.by),
    option: OPTIONS[vote.choice],
    role: vote.as,
    ...partnerOf(vote.seat),
  }));
  if (result.result === 'pending') return counted;
  const notVoting = result.withoutVote.flatMap(({ seat, holder, uncounted }): PopoloVote[] => {
    const last = uncounted?.at(-1);
    if (last) return [{ ...seatNotCounted(last, appointmentOf(seat), ids), ...partnerOf(seat) }];
    if (holder === null) return [];
    // A vote's own id has no "/": this cannot meet one.
    return [
      {
        id: ids.vote(`${proposal.id}/${seat}`),
        voter_id: ids.person(holder),
        option: 'not voting',
        role: 'holder',
        ...partnerOf(seat),
      },
    ];
  });
  return [...counted, ...notVoting];
}

/**
 * A seat that voted, though no vote of it counted (a proxy's with the holder in the room): its last vote not
 * counted, under that vote's id, by who cast it, as `not counted`. Popolo's `not voting` would tell a reader the
 * seat did not vote, and the vote's own option would count it in a tally of the roll call, so the kit keeps its
 * own word, as its results do (`tied`). `role` as the voter stood on the proposal's date; none for one who was
 * neither its holder nor its proxy (`not-holder-or-proxy`).
 */
function seatNotCounted(
  last: UncountedVote,
  appointment: { holder: string | null; proxy: string | null },
  ids: PopoloIds,
): PopoloVote {
  const role = last.by === appointment.holder ? 'holder' : last.by === appointment.proxy ? 'proxy' : undefined;
  return { id: ids.vote(last.vote), voter_id: ids.person(last.by), option: 'not counted', ...(role && { role }) };
}

/** What one export reads from: the document, its id makers, and the clock. */
interface Reading {
  doc: PartnershipDocument;
  ids: PopoloIds;
  now: string | undefined;
}

function motion({ doc, ids, now }: Reading, proposal: Proposal, result: Outcome): PopoloMotion {
  const meeting = proposal.meeting ? byId(doc.meetings, proposal.meeting) : undefined;
  const popoloResult = servedWithheld(doc, proposal, now) ? undefined : resultOf(proposal, result);
  return {
    id: ids.proposal(proposal.id),
    ...context(proposal, ids),
    text: proposal.title,
    ...(meeting && { date: popoloDateTime(meeting.start) }),
    requirement: result.rule,
    ...(popoloResult && { result: popoloResult }),
  };
}

/** The vote: the core's counts and counted votes, as far as the document discloses them. */
function voteEvent({ doc, ids, now }: Reading, proposal: Proposal, result: Outcome): PopoloVoteEvent {
  // A copy served before the close holds no count to give, only the viewer's own votes: no counts, votes or result.
  const withheld = servedWithheld(doc, proposal, now);
  const shown = withheld ? { counts: false, votes: false } : disclosure(proposal, now);
  const popoloResult = withheld ? undefined : resultOf(proposal, result);
  const counts = (['for', 'against', 'abstain'] as const).map((choice) => ({
    option: OPTIONS[choice],
    value: result[choice],
  }));
  return {
    id: ids.voteEvent(proposal.id),
    motion_id: ids.proposal(proposal.id),
    ...context(proposal, ids),
    ...(proposal.closes && { end_date: popoloDateTime(proposal.closes) }),
    ...(popoloResult && { result: popoloResult }),
    ...(shown.counts && { counts }),
    ...(shown.votes && { votes: votesOf(doc, proposal, result, ids) }),
  };
}

/**
 * A motion for every proposal put to its group (a draft is not yet), and a
 * vote event for every open or closed one; the core's `outcome` is asked
 * once a proposal, for both.
 */
export function decisions(reading: Reading): { motions: PopoloMotion[]; vote_events: PopoloVoteEvent[] } {
  const motions: PopoloMotion[] = [];
  const voteEvents: PopoloVoteEvent[] = [];
  for (const proposal of reading.doc.proposals) {
    if (proposal.status === 'draft') continue;
    const result = outcome(reading.doc, proposal.id, { now: reading.now });
    motions.push(motion(reading, proposal, result));
    if (proposal.status !== 'withdrawn') voteEvents.push(voteEvent(reading, proposal, result));
  }
  return { motions, vote_events: voteEvents };
}
