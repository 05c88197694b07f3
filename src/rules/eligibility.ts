/**
 * Who may vote, for which seat, and why not. Only voting seats vote, and only
 * their holder, or their proxy while the holder is not recorded present at
 * the proposal's meeting; never once the seat's term has ended.
 */
import type { Group, Meeting, PartnershipDocument, Proposal, Seat, Vote } from '../contract/schema.js';
import { dateOf, instantOf, longDate, meetingDate } from './calendar.js';
import { groupOf, personName, proposalOf, seatOf } from './records.js';
import { attendanceAt } from './quorum.js';
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
  | 'term-ended'
  // Beyond CONTRACT.md's list, a choice of the kit's: a seat's term that has not begun gives it no vote yet.
  | 'term-not-started';

export type VoteCheck = { ok: true } | { ok: false; reason: VoteRejection; message: string };
type Refusal = Extract<VoteCheck, { ok: false }>;

/** A seat a person may vote for, and in which capacity. */
export interface EligibleSeat {
  seat: string;
  as: 'holder' | 'proxy';
}

/** One reason a person may not vote: for one seat, or (`no-seat`, no `seat`) for none at all. */
export interface Ineligibility {
  seat?: string;
  reason: VoteRejection | 'no-seat';
  message: string;
}

const refuse = (reason: VoteRejection, message: string): Refusal => ({
  ok: false,
  reason,
  message,
});

/** The proposal with its group and, when it names one, its meeting. */
interface Setting {
  doc: PartnershipDocument;
  proposal: Proposal;
  group: Group;
  meeting: Meeting | undefined;
}

/** When a vote is (or would be) cast: its date for the term, and its instant for `closes` when the time is known. */
interface Moment {
  date: string | null;
  instant: number | null;
}

function settingOf(doc: PartnershipDocument, proposal: Proposal): Setting {
  const meeting = proposal.meeting ? doc.meetings.find((m) => m.id === proposal.meeting) : undefined;
  return { doc, proposal, group: groupOf(doc, proposal.group), meeting };
}

const castMoment = (cast: string): Moment => ({
  date: dateOf(cast),
  instant: instantOf(cast),
});

/**
 * The moment `eligibleSeats` asks about. A date alone has no time, so
 * `closes` is only passed once its date is. Without `at` there is no clock to
 * ask, so the proposal's meeting date stands in for the term, and `closes`
 * is left to `checkVote` at the moment of casting.
 */
function askedMoment({ meeting }: Setting, at: string | undefined): Moment {
  if (at === undefined) return { date: meeting ? meetingDate(meeting) : null, instant: null };
  if (at.length <= 10) return { date: at, instant: null };
  return castMoment(at);
}

const STATUS_WORDS: Record<Proposal['status'], string> = {
  draft: 'still a draft',
  open: 'open',
  closed: 'closed',
  withdrawn: 'withdrawn',
};

function isAfterCloses(moment: Moment, closes: string): boolean {
  if (moment.instant !== null) return moment.instant > instantOf(closes);
  return moment.date !== null && moment.date > dateOf(closes);
}

/** Why the proposal takes no vote at `moment`: a new vote needs it open; a stored vote, open or closed. */
function proposalRefusal({ proposal }: Setting, moment: Moment, mustBeOpen: boolean): Refusal | undefined {
  const takesVotes = proposal.status === 'open' || (!mustBeOpen && proposal.status === 'closed');
  if (!takesVotes) {
    return refuse(
      'proposal-not-open',
      `'${proposal.title}' is ${STATUS_WORDS[proposal.status]}, so it takes no votes.`,
    );
  }
  if (proposal.closes && isAfterCloses(moment, proposal.closes)) {
    const when = `${longDate(dateOf(proposal.closes))} at ${proposal.closes.slice(11, 16)}`;
    return refuse('proposal-not-open', `Voting on '${proposal.title}' closed on ${when}.`);
  }
  return undefined;
}

/** Why `personId` may not vote for `seat` at `moment`, or undefined when they may. */
function seatRefusal(setting: Setting, seat: Seat, personId: string, moment: Moment): Refusal | undefined {
  const { doc, meeting, proposal } = setting;
  const label = seatLabel(doc, seat);
  if (!seat.voting) {
    return refuse('non-voting-seat', `${label} is a non-voting seat: it has no vote on '${proposal.title}'.`);
  }
  if (!seat.holder) return refuse('vacant-seat', `${label} is vacant, so no one can vote for it.`);
  // The term runs to the end of its last day, as the cast's own offset writes the date.
  if (seat.term?.to && moment.date !== null && seat.term.to < moment.date) {
    return refuse(
      'term-ended',
      `The term of ${label} ended on ${longDate(seat.term.to)}, so it has no vote until a new term is recorded.`,
    );
  }
  if (seat.term && moment.date !== null && moment.date < seat.term.from) {
    return refuse(
      'term-not-started',
      `The term of ${label} starts on ${longDate(seat.term.from)}, so it has no vote before then.`,
    );
  }
  if (personId === seat.holder) return undefined;
  if (personId !== seat.proxy) {
    return refuse(
      'not-holder-or-proxy',
      `${personName(doc, personId)} is neither the holder nor the proxy of ${label}.`,
    );
  }
  if (meeting && attendanceAt(meeting, seat.id) === 'holder') {
    return refuse(
      'holder-present',
      `${personName(doc, seat.holder)} attended the meeting for ${label} on ${longDate(meetingDate(meeting))}, ` +
        `so its proxy, ${personName(doc, personId)}, cannot vote for it.`,
    );
  }
  return undefined;
}

/** Why a vote is not valid, or undefined when it is. `mustBeOpen` for a new vote: the proposal must be open now. */
function voteRefusal(doc: PartnershipDocument, vote: Vote, mustBeOpen: boolean): Refusal | undefined {
  const proposal = doc.proposals.find((p) => p.id === vote.proposal);
  if (!proposal) return refuse('unknown-proposal', `There is no proposal with the id '${vote.proposal}'.`);
  const setting = settingOf(doc, proposal);
  const moment = castMoment(vote.cast);
  const timing = proposalRefusal(setting, moment, mustBeOpen);
  if (timing) return timing;
  const seat = seatOf(setting.group, vote.seat);
  if (seat) return seatRefusal(setting, seat, vote.by, moment);
  if (!doc.groups.some((g) => seatOf(g, vote.seat))) {
    return refuse('unknown-seat', `There is no seat with the id '${vote.seat}'.`);
  }
  return refuse(
    'not-in-group',
    `Seat '${vote.seat}' is not a seat of the ${setting.group.name}, so it has no vote on '${proposal.title}'.`,
  );
}

/**
 * Whether a new vote may be accepted now: the check a portal's server runs
 * before storing a vote, and the widget runs before sending one. Besides the
 * rules of a stored vote, the proposal must be open. Never throws.
 *
 * @example
 * const check = checkVote(doc, vote);
 * if (!check.ok) return response.status(422).json({ error: check.message, reason: check.reason });
 */
export function checkVote(doc: PartnershipDocument, vote: Vote): VoteCheck {
  return voteRefusal(doc, vote, true) ?? { ok: true };
}

/**
 * Whether a stored vote is valid, so counts. The votes of a closed proposal
 * stay valid; those of a draft or withdrawn one never are.
 *
 * @example
 * const check = voteValidity(doc, doc.votes[0]);
 * if (!check.ok) show(`Not counted: ${check.message}`);
 */
export function voteValidity(doc: PartnershipDocument, vote: Vote): VoteCheck {
  return voteRefusal(doc, vote, false) ?? { ok: true };
}

/** The seats of the group that `personId` holds or stands proxy for. */
function seatsOfPerson(group: Group, personId: string): Seat[] {
  return group.seats.filter((seat) => seat.holder === personId || seat.proxy === personId);
}

/**
 * The seats `personId` may vote for on an open proposal, as holder or as
 * proxy. `at` is when: a date-time, or a date (the term counted to the end
 * of that day). Without `at` the term is checked on the meeting's date, or
 * not at all when the proposal names no meeting, and `closes` is not checked:
 * `checkVote` applies both when the vote is cast. A person the document does
 * not know simply has no seats.
 *
 * @example
 * eligibleSeats(doc, 'hnb-plan', 'p-cirrus-head', '2019-10-15T16:30:00+01:00');
 * // [{ seat: 'elg-primary', as: 'proxy' }]
 */
export function eligibleSeats(
  doc: PartnershipDocument,
  proposalId: string,
  personId: string,
  at?: string,
): EligibleSeat[] {
  const setting = settingOf(doc, proposalOf(doc, proposalId));
  const moment = askedMoment(setting, at);
  if (proposalRefusal(setting, moment, true)) return [];
  return seatsOfPerson(setting.group, personId)
    .filter((seat) => !seatRefusal(setting, seat, personId, moment))
    .map((seat) => ({
      seat: seat.id,
      as: seat.holder === personId ? 'holder' : 'proxy',
    }));
}

/**
 * Why `personId` may not vote on a proposal, in words, for an element to
 * explain: the proposal's own reason when it takes no votes; else one reason
 * per seat they hold or stand proxy for but may not vote for (a non-voting
 * member gets `non-voting-seat`); else `no-seat` when they have no seat in
 * the group (a guest, or not a member). Empty when they may vote for every
 * seat they are connected to. `at` as for `eligibleSeats`.
 *
 * @example
 * ineligibility(doc, 'hnb-plan', 'p-lbs-dps').map((r) => r.message);
 * // ['Director of Pupil Services is a non-voting seat: it has no vote on …']
 */
export function ineligibility(
  doc: PartnershipDocument,
  proposalId: string,
  personId: string,
  at?: string,
): Ineligibility[] {
  const setting = settingOf(doc, proposalOf(doc, proposalId));
  const moment = askedMoment(setting, at);
  const timing = proposalRefusal(setting, moment, true);
  if (timing) return [{ reason: timing.reason, message: timing.message }];
  const seats = seatsOfPerson(setting.group, personId);
  if (seats.length === 0) {
    const who = personName(doc, personId);
    return [
      {
        reason: 'no-seat',
        message: `${who} holds no seat on the ${setting.group.name}, and is no seat’s proxy.`,
      },
    ];
  }
  return seats.flatMap((seat) => {
    const refusal = seatRefusal(setting, seat, personId, moment);
    return refusal ? [{ seat: seat.id, reason: refusal.reason, message: refusal.message }] : [];
  });
}
