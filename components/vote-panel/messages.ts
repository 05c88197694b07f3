/** The words of `<vote-panel>`. */
import type { DecisionRule, ProposalStatus, VoteChoice } from '../../src/contract/index.js';
import type { RetryReason } from '../../src/data/index.js';

const choices: Record<VoteChoice, string> = { for: 'For', against: 'Against', abstain: 'Abstain' };
const statuses: Record<ProposalStatus, string> = {
  draft: 'Draft',
  open: 'Open for votes',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};
const rules: Record<DecisionRule, string> = {
  'simple-majority': 'simple majority: more votes for than against',
  'absolute-majority': 'absolute majority: votes for from more than half of all voting seats',
  'two-thirds': 'two-thirds majority: at least two thirds of the votes for or against are for',
  'three-quarters': 'three-quarters majority: at least three quarters of the votes for or against are for',
  unanimous: 'unanimity: every vote cast is for, with no votes against and no abstentions',
};
const results = {
  carried: 'Carried',
  'not-carried': 'Not carried',
  tied: 'Tied, so not carried',
  inquorate: 'Not decided: the meeting was not quorate',
  pending: 'Pending',
} as const;
const retry: Record<RetryReason, string> = {
  offline: 'Queued: you are offline. It will be sent when the connection returns.',
  'server-error': 'Queued: the server could not take it just now. It will be sent again shortly.',
  timeout: 'Queued: the server took too long to answer. It will be sent again shortly.',
  'signed-out': 'Queued: your session has ended. Sign in again in this browser and it will be sent.',
};

export const voteMessages = {
  choice: (choice: VoteChoice) => choices[choice],
  status: (status: ProposalStatus) => statuses[status],
  rule: (rule: DecisionRule) => rules[rule],
  result: (result: keyof typeof results) => results[result],
  proposedBy: (group: string) => `Proposed by the ${group}`,
  decidedAt: (when: string, open: boolean) => `${open ? 'To be decided' : 'Decided'} at the meeting on ${when}`,
  votingClosed: 'Voting on this proposal has closed.',
  withdrawn: 'This proposal was withdrawn, so it was not put to a vote.',
  notOpenYet: 'This proposal is not open for votes.',
  closes: (when: string) => `Voting closes ${when}`,
  summary: 'Summary',
  rationale: 'Rationale',
  yourVote: 'Your vote',
  legendHolder: (seat: string) => `How do you vote for ${seat}?`,
  legendProxy: (seat: string, holder: string) => `How do you vote for ${seat}, as proxy for ${holder}?`,
  castButton: 'Cast vote',
  forSeat: (seat: string) => `for ${seat}`,
  changeButton: 'Change vote',
  chooseFirst: 'Choose for, against or abstain.',
  errorPrefix: 'Error:',
  unchanged: (choice: string) => `Your vote is already “${choice}”. Choose another to change it.`,
  current: (choice: VoteChoice, when: string) =>
    `Your vote for this seat is recorded: ${choices[choice].toLowerCase()}, cast ${when}. You can change it while the proposal is open.`,
  inPlaceOf: (holder: string) =>
    `${holder}, the seat's holder, declared an interest and withdrew for this item, so you vote for the seat in their place.`,
  holderCounts: (holder: string) =>
    `${holder}, the seat's holder, has also voted. A holder's vote counts before a proxy's, so yours is kept but not counted.`,
  waiting: (choice: VoteChoice) =>
    `Your vote, ${choices[choice].toLowerCase()}, is saved on this device and waiting to be sent. Changing it sends the new one after it.`,
  signIn: 'Sign in to the portal to vote.',
  youWithdrew: 'You declared an interest in this proposal and withdrew for the item, so you cannot vote on it.',
  // A vote still on the device near the closing time: like a postal vote, it counts only if it arrives in time.
  reachInTime: (closes: string) => `It counts only if it reaches the host before voting closes at ${closes}.`,
  reachedTooLate: (closes: string) => `Voting closed at ${closes}. It counts only if it reached the host before then.`,
  // Declarations of interest.
  declarationsTitle: 'Declarations of interest',
  declaredFor: (person: string, seat: string) => `${person}, ${seat}`,
  withdrewForItem: 'Withdrew for this item and does not vote on it.',
  stayedForItem: 'Did not withdraw.',
  declaredAt: (when: string) => `Declared ${when}.`,
  cannotVote: 'You cannot vote on this proposal.',
  // Outbox states, announced in the status region.
  saving: 'Saved on this device, sending…',
  recorded: 'Recorded. Thank you: your vote is with the partnership.',
  queued: (problem?: RetryReason) => (problem ? retry[problem] : 'Saved on this device, sending…'),
  rejected: (reason: string) => `Not accepted: ${reason}`,
  refused: (reason: string) => `Not sent: ${reason}`,
  // The tally.
  tallyTitle: 'The count',
  tallyCaption: 'Votes counted',
  countsFor: 'For',
  countsAgainst: 'Against',
  countsAbstain: 'Abstain',
  ruleLine: (rule: DecisionRule) => `Decision rule: ${rules[rule]}.`,
  ruleFromGroup: 'This is the group’s own rule.',
  ruleAgreed: (when: string) => `The group agreed this rule unanimously at its meeting on ${when}.`,
  base: (voted: number, entitled: number) =>
    `${voted} of ${entitled} voting ${entitled === 1 ? 'seat has' : 'seats have'} a counted vote.`,
  needed: (needed: number, entitled: number, have: number) =>
    have >= needed
      ? `With the other votes as they stand, it carries with ${needed} votes for (of ${entitled} voting seats), and it has ${have}.`
      : `With the other votes as they stand, it needs ${needed} votes for to carry (of ${entitled} voting seats): ${needed - have} more.`,
  cannotCarry: 'With the votes against and abstentions as they stand, it cannot carry.',
  abstentions: (rule: DecisionRule) =>
    rule === 'unanimous'
      ? 'An abstention is recorded and stops a unanimous decision.'
      : 'Abstentions are recorded but count neither for nor against.',
  tieNone: 'A tie is not carried.',
  tieChair: 'A tie is decided by the chair’s vote, when the chair has voted.',
  tieDecided: (votes: number, carried: boolean) =>
    `The votes for and against are tied, ${votes} each, so the chair’s vote decides it: ${carried ? 'carried' : 'not carried'}.`,
  quorate: (when: string) => `The meeting on ${when} is quorate.`,
  inquorate: (when: string) => `The meeting on ${when} is not quorate, so the proposal cannot be decided.`,
  noMeeting: 'No meeting is named, so quorum does not apply.',
  quorumNotYet: (when: string) =>
    `Nobody is recorded at the meeting on ${when} yet, so whether it is quorate is not yet known.`,
  standingAwaiting: 'If voting closed now: not yet known, until the meeting is quorate.',
  resultLine: (result: string) => `Result: ${result}.`,
  standingLine: (result: string) => `If voting closed now: ${result}.`,
  hidden: 'The count is not shown here.',
  afterClose: 'The count is shown when voting closes.',
  publishedCount: 'These are the totals the host publishes: the votes behind them are not shown.',
  secretBallot: 'This is a secret ballot: how each seat voted is not shown.',
  choicesTitle: 'How each seat voted',
  choicesSeat: 'Seat',
  choicesBy: 'Voted by',
  choicesVote: 'Vote',
  asProxy: (person: string) => `${person} (proxy)`,
  invalidTitle: (count: number) => (count === 1 ? '1 vote not counted' : `${count} votes not counted`),
  invalidVote: (seat: string, person: string, reason: string) => `${seat}, cast by ${person}: ${reason}`,
  noProposal: 'No proposal is named. Set the proposal attribute to the id of a proposal in the document.',
  unknownProposal: (id: string) =>
    `There is no proposal with the id '${id}'. Set the proposal attribute to the id of a proposal in the document.`,
  noSender: 'Voting is not set up on this page: the host must set the endpoint attribute or the submit property.',
};
