/**
 * The core in English, for a host that wants words on the server: the rules
 * and the contract return codes and values, and these wrappers add the
 * `message` each result had before codes, from the English messages module.
 * They are what `partnership-kit/core` exports under the rules' own names.
 * An element says the same codes in the page's language instead.
 */
import { parseDocument as parseCodes, type ParseResult as CodedParseResult } from './contract/parse.js';
import {
  parseActionChange as parseActionCodes,
  parseAttendanceChange as parseAttendanceCodes,
  parseVote as parseVoteCodes,
} from './contract/sent-records.js';
import type { PartnershipDocument, Problem as CodedProblem, Seat, Vote } from './contract/index.js';
import {
  actionChangeRefusal as actionRefusalCode,
  attendanceChangeRefusal as attendanceRefusalCode,
  checkVote as checkVoteCode,
  ineligibility as ineligibilityCodes,
  outcome as outcomeCodes,
  rosterWarnings as rosterWarningCodes,
  voteValidity as voteValidityCode,
  type ActionStatusChange,
  type AskedAt,
  type AttendanceChange,
  type ChangeRefusal as CodedChangeRefusal,
  type Ineligibility as CodedIneligibility,
  type Outcome as CodedOutcome,
  type OutcomeQuestion,
  type RosterWarning as CodedRosterWarning,
  type VoteCheck as CodedVoteCheck,
  type VoteQuestion,
} from './rules/index.js';
import { enCore } from './messages/en-core.js';
import { explainProblem, explainReason, explainRefusal, explainWarning, placeOf } from './messages/explain.js';
import { namesIn, namesInGroup, seatName, type Names } from './messages/names.js';
import { unknownIdForPortals } from './messages/unknown-ids-for-portals.js';
import { byId } from './rules/indexes.js';

type Said<T> = T & { message: string };

export type Problem = Said<CodedProblem>;
export type ParseResult =
  { ok: true; document: PartnershipDocument } | { ok: false; problems: Problem[]; total: number };
export type VoteCheck = { ok: true } | Said<Extract<CodedVoteCheck, { ok: false }>>;
export type VoteParseResult = { ok: true; vote: Vote } | { ok: false; problems: Problem[]; total: number };
export type AttendanceChangeParseResult =
  { ok: true; change: AttendanceChange } | { ok: false; problems: Problem[]; total: number };
export type ActionChangeParseResult =
  { ok: true; change: ActionStatusChange } | { ok: false; problems: Problem[]; total: number };
export type Ineligibility = Said<CodedIneligibility>;
export type RosterWarning = Said<CodedRosterWarning>;
export type ChangeRefusal = Said<CodedChangeRefusal>;
type CodedUncounted = CodedOutcome['invalid'][number];
type SeatWithoutVote = Omit<CodedOutcome['withoutVote'][number], 'uncounted'> & { uncounted?: Said<CodedUncounted>[] };
export type Outcome = Omit<CodedOutcome, 'invalid' | 'withoutVote'> & {
  invalid: Said<CodedUncounted>[];
  withoutVote: SeatWithoutVote[];
};

const names = (doc: PartnershipDocument) => namesIn(doc, enCore);

/**
 * A sent record's refusal in English, for whoever sent it: an id the document lacks is told with the field and where
 * its ids come from (a portal's developer reads it); any other reason in the core's words.
 */
const refusedInEnglish = (said: Names, refusal: Extract<CodedVoteCheck, { ok: false }>): string =>
  unknownIdForPortals(refusal, said) ?? explainReason(enCore, said, refusal);
const changeRefusedInEnglish = (said: Names, refusal: CodedChangeRefusal): string =>
  unknownIdForPortals(refusal, said) ?? explainRefusal(enCore, said, refusal);

/** The names of `doc`, a seat named by id read in the group `groupId`: a seat id is unique only within its group. */
const namesOfGroup = (doc: PartnershipDocument, groupId: string | undefined) =>
  groupId === undefined ? names(doc) : namesInGroup(names(doc), groupId);

/** The group of the proposal `proposalId`; undefined for anything else, as a vote sent malformed may name. */
const proposalGroup = (doc: PartnershipDocument, proposalId: unknown) =>
  typeof proposalId === 'string' ? byId(doc.proposals, proposalId)?.group : undefined;

/** The proposal a vote names, read with care: `checkVote` is asked of whatever a member's device sent. */
const votedOn = (vote: unknown): unknown =>
  typeof vote === 'object' && vote !== null ? (vote as { proposal?: unknown }).proposal : undefined;

/** A problem in one English sentence: its path, then what is wrong and how to fix it. */
function problemInEnglish(problem: CodedProblem): Problem {
  return { ...problem, message: `${placeOf(problem) || 'The document'} ${explainProblem(enCore, problem)}` };
}

/** `parseDocument`, each problem with its English `message`. See the contract's own for the rest. */
export function parseDocument(input: unknown): ParseResult {
  const result: CodedParseResult = parseCodes(input);
  return result.ok ? result : { ...result, problems: result.problems.map(problemInEnglish) };
}

/** `parseVote`, each problem with its English `message` ("vote.choice must be one of …"). */
export function parseVote(input: unknown): VoteParseResult {
  const result = parseVoteCodes(input);
  return result.ok ? result : { ...result, problems: result.problems.map(problemInEnglish) };
}

/** `parseAttendanceChange`, each problem with its English `message`. */
export function parseAttendanceChange(input: unknown): AttendanceChangeParseResult {
  const result = parseAttendanceCodes(input);
  return result.ok ? result : { ...result, problems: result.problems.map(problemInEnglish) };
}

/** `parseActionChange`, each problem with its English `message`. */
export function parseActionChange(input: unknown): ActionChangeParseResult {
  const result = parseActionCodes(input);
  return result.ok ? result : { ...result, problems: result.problems.map(problemInEnglish) };
}

/** `checkVote`, a refusal with its English `message`: for `malformed`, each problem of the vote's shape. */
export function checkVote(doc: PartnershipDocument, vote: Vote, options?: VoteQuestion): VoteCheck {
  const check = checkVoteCode(doc, vote, options);
  const said = () => namesOfGroup(doc, proposalGroup(doc, votedOn(vote)));
  return check.ok ? check : { ...check, message: refusedInEnglish(said(), check) };
}

/** `voteValidity`, a refusal with its English `message`. */
export function voteValidity(doc: PartnershipDocument, vote: Vote): VoteCheck {
  const check = voteValidityCode(doc, vote);
  const said = () => namesOfGroup(doc, proposalGroup(doc, votedOn(vote)));
  return check.ok ? check : { ...check, message: refusedInEnglish(said(), check) };
}

/** `ineligibility`, each reason with its English `message`. */
export function ineligibility(doc: PartnershipDocument, proposalId: string, personId: string, at?: AskedAt) {
  const said = namesOfGroup(doc, proposalGroup(doc, proposalId));
  return ineligibilityCodes(doc, proposalId, personId, at).map((reason): Ineligibility => ({
    ...reason,
    message: explainReason(enCore, said, reason),
  }));
}

/** `outcome`, each invalid vote with its English `message`, in `invalid` and in its seat's `withoutVote[].uncounted`. */
export function outcome(doc: PartnershipDocument, proposalId: string, options?: OutcomeQuestion): Outcome {
  const result = outcomeCodes(doc, proposalId, options);
  const said = namesOfGroup(doc, proposalGroup(doc, proposalId));
  const inEnglish = (item: CodedUncounted) => ({ ...item, message: explainReason(enCore, said, item) });
  return {
    ...result,
    invalid: result.invalid.map(inEnglish),
    withoutVote: result.withoutVote.map(({ uncounted, ...seat }) =>
      uncounted ? { ...seat, uncounted: uncounted.map(inEnglish) } : seat,
    ),
  };
}

/** `rosterWarnings`, each with its English `message`. */
export function rosterWarnings(doc: PartnershipDocument, groupId: string, today: string): RosterWarning[] {
  const said = namesOfGroup(doc, groupId);
  return rosterWarningCodes(doc, groupId, today).map((w) => ({ ...w, message: explainWarning(enCore, said, w) }));
}

/** `attendanceChangeRefusal`, with its English `message`. */
export function attendanceChangeRefusal(doc: PartnershipDocument, change: AttendanceChange): ChangeRefusal | undefined {
  const refusal = attendanceRefusalCode(doc, change);
  if (!refusal) return undefined;
  const group = byId(doc.meetings, change.meeting)?.group;
  return { ...refusal, message: changeRefusedInEnglish(namesOfGroup(doc, group), refusal) };
}

/** `actionChangeRefusal`, with its English `message`. */
export function actionChangeRefusal(
  doc: PartnershipDocument,
  change: ActionStatusChange,
  today: string,
): ChangeRefusal | undefined {
  const refusal = actionRefusalCode(doc, change, today);
  return refusal && { ...refusal, message: changeRefusedInEnglish(names(doc), refusal) };
}

/**
 * What a seat is called in English: its label, else its partner's name, else its role. A copy of a seat (not
 * the document's own record) is numbered among the seats of `groupId` when given: see `seatName`.
 *
 * @example
 * seatLabel(doc, { id: 'elg-chair', role: 'chair', voting: true, holder: 'p-1', proxy: null }); // 'Chair'
 */
export function seatLabel(doc: PartnershipDocument, seat: Seat, groupId?: string): string {
  return seatName(doc, seat, enCore.roles, groupId);
}
