/**
 * Who may vote, for which seat, and why not. Only voting seats vote, and only
 * their holder, or their proxy while the holder is not recorded present at
 * the proposal's meeting; never once the seat's term has ended.
 */
import type { Group, Meeting, PartnershipDocument, Proposal, Seat, Vote } from '../contract/index.js';
import { dateOf, instantOf, longDate } from './calendar.js';
import { personName, seatOf } from './records.js';
import { seatLabel } from './roster.js';

export type VoteRejection =
  | 'unknown-proposal'
  | 'proposal-not-open'
  | 'unknown-seat'
  | 'not-in-group'
  | 'non-voting-seat'
  | 'vacant-seat'
  | 'not-holder-or-proxy'
  | 'holder-present'
  | 'term-ended';

export type VoteCheck = { ok: true } | { ok: false; reason: VoteRejection; message: string };

const refuse = (reason: VoteRejection, message: string): VoteCheck => ({ ok: false, reason, message });

interface Setting {
  doc: PartnershipDocument;
  proposal: Proposal;
  group: Group;
  meeting?: Meeting;
}

function settingOf(doc: PartnershipDocument, proposalId: string): Setting | undefined {
  const proposal = doc.proposals.find((p) => p.id === proposalId);
  const group = proposal && doc.groups.find((g) => g.id === proposal.group);
  if (!proposal || !group) return undefined;
  const meeting = proposal.meeting ? doc.meetings.find((m) => m.id === proposal.meeting) : undefined;
  return { doc, proposal, group, meeting };
}

/** Whether the proposal takes votes at `cast`: open or closed (a stored vote), and not after `closes`. */
function proposalRefusal({ proposal }: Setting, cast: string, mustBeOpen: boolean): VoteCheck | undefined {
  const open = proposal.status === 'open' || (!mustBeOpen && proposal.status === 'closed');
  if (!open) return refuse('proposal-not-open', `'${proposal.title}' is ${proposal.status}, so it takes no votes.`);
  if (proposal.closes && instantOf(cast) > instantOf(proposal.closes)) {
    return refuse(
      'proposal-not-open',
      `Voting on '${proposal.title}' closed on ${longDate(dateOf(proposal.closes))} at ${proposal.closes.slice(11, 16)}.`,
    );
  }
  return undefined;
}

/** Why `personId` may not vote for `seat` at `cast`, or undefined when they may. */
function seatRefusal(setting: Setting, seat: Seat, personId: string, cast: string): VoteCheck | undefined {
  const { doc, meeting } = setting;
  const label = seatLabel(doc, seat);
  if (!seat.voting) return refuse('non-voting-seat', `${label} is a non-voting seat.`);
  if (!seat.holder) return refuse('vacant-seat', `${label} is vacant, so no one can vote for it.`);
  if (seat.term?.to && seat.term.to < dateOf(cast)) {
    return refuse(
      'term-ended',
      `The term of ${label} ended on ${longDate(seat.term.to)}; it has no vote until a new term is recorded.`,
    );
  }
  if (personId === seat.holder) return undefined;
  if (personId !== seat.proxy) {
    return refuse(
      'not-holder-or-proxy',
      `${personName(doc, personId)} is neither the holder nor the proxy of ${label}.`,
    );
  }
  if (meeting && meeting.attendance[seat.id] === 'holder') {
    return refuse(
      'holder-present',
      `${personName(doc, seat.holder)} attended the meeting for ${label}, so the proxy cannot vote for it.`,
    );
  }
  return undefined;
}

/** Why a vote is not valid, or undefined when it is. `mustBeOpen` for a new vote: the proposal must be open now. */
function voteRefusal(doc: PartnershipDocument, vote: Vote, mustBeOpen: boolean): VoteCheck | undefined {
  const setting = settingOf(doc, vote.proposal);
  if (!setting) return refuse('unknown-proposal', `There is no proposal with the id '${vote.proposal}'.`);
  const timing = proposalRefusal(setting, vote.cast, mustBeOpen);
  if (timing) return timing;
  const seat = seatOf(setting.group, vote.seat);
  if (!seat) {
    const elsewhere = doc.groups.some((g) => seatOf(g, vote.seat));
    return elsewhere
      ? refuse('not-in-group', `Seat '${vote.seat}' is not a seat of the ${setting.group.name}.`)
      : refuse('unknown-seat', `There is no seat with the id '${vote.seat}'.`);
  }
  return seatRefusal(setting, seat, vote.by, vote.cast);
}

/**
 * Whether a new vote may be accepted now: the check a portal's server runs
 * before storing a vote, and the widget runs before sending one.
 *
 * @example
 * const check = checkVote(doc, vote);
 * if (!check.ok) return response.status(422).json({ error: check.message, reason: check.reason });
 */
export function checkVote(doc: PartnershipDocument, vote: Vote): VoteCheck {
  return voteRefusal(doc, vote, true) ?? { ok: true };
}

/** Whether a stored vote is valid: it counts only when it is. A closed proposal's votes stay valid. */
export function storedVoteCheck(doc: PartnershipDocument, vote: Vote): VoteCheck {
  return voteRefusal(doc, vote, false) ?? { ok: true };
}

/**
 * The seats `personId` may vote for on a proposal at `at` (a date-time, or a
 * date taken as its end of day), as holder or as proxy. Without `at`, terms
 * are checked against the proposal's `closes`, else not at all.
 */
export function eligibleSeats(
  doc: PartnershipDocument,
  proposalId: string,
  personId: string,
  at?: string,
): { seat: string; as: 'holder' | 'proxy' }[] {
  const setting = settingOf(doc, proposalId);
  if (!setting) return [];
  const cast = castMoment(setting.proposal, at);
  if (proposalRefusal(setting, cast, true)) return [];
  return setting.group.seats
    .filter(
      (seat) => (seat.holder === personId || seat.proxy === personId) && !seatRefusal(setting, seat, personId, cast),
    )
    .map((seat) => ({ seat: seat.id, as: seat.holder === personId ? 'holder' : 'proxy' }));
}

function castMoment(proposal: Proposal, at: string | undefined): string {
  if (at && at.length > 10) return at;
  if (at) return `${at}T23:59:59Z`;
  return proposal.closes ?? '0000-01-01T00:00:00Z';
}

/**
 * Why `personId` may not vote on a proposal, in words: one reason per seat
 * they hold or stand proxy for, or one reason when they have none. Empty when
 * they may vote for every seat they are connected to.
 */
export function ineligibility(
  doc: PartnershipDocument,
  proposalId: string,
  personId: string,
  at?: string,
): { seat?: string; reason: VoteRejection | 'no-seat'; message: string }[] {
  const setting = settingOf(doc, proposalId);
  if (!setting) return [{ reason: 'unknown-proposal', message: `There is no proposal with the id '${proposalId}'.` }];
  const cast = castMoment(setting.proposal, at);
  const timing = proposalRefusal(setting, cast, true);
  if (timing && !timing.ok) return [{ reason: timing.reason, message: timing.message }];
  const seats = setting.group.seats.filter((seat) => seat.holder === personId || seat.proxy === personId);
  if (seats.length === 0) {
    return [
      {
        reason: 'no-seat',
        message: `${personName(doc, personId)} holds no seat on the ${setting.group.name}, and is no seat’s proxy.`,
      },
    ];
  }
  return seats.flatMap((seat) => {
    const refusal = seatRefusal(setting, seat, personId, cast);
    return refusal && !refusal.ok ? [{ seat: seat.id, reason: refusal.reason, message: refusal.message }] : [];
  });
}
