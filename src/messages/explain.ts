/**
 * The rules' codes in words: a problem of a document, why a vote is refused
 * or not counted, a roster warning, why a change is refused. Each reads its
 * message from the language's words, with the values the code carries.
 */
import type { Problem } from '../contract/index.js';
import type { ChangeRefusal, Ineligibility, RosterWarning, VoteCheck } from '../rules/index.js';
import type { enCore } from './en-core.js';
import type { Format } from './format.js';
import type { Names } from './names.js';

/** The words of the core in one language: `enCore`'s shape, which every messages module has. */
export type CoreWords = typeof enCore;

type Say = (values: unknown, names: Names) => string;
type Refused = Extract<VoteCheck, { ok: false }> | Ineligibility | CoreOutcomeInvalid;
type CoreOutcomeInvalid = { reason: Ineligibility['reason']; values: unknown };

/** A problem's path, with the id of the listed record it is inside: `groups[0].seats[10].voting (nsf-kestrel)`. */
export function placeOf({ path, record }: Pick<Problem, 'path' | 'record'>): string {
  return record === undefined ? path : `${path} (${record})`;
}

/** What is wrong with a document, the sentence that follows its path. */
export function explainProblem(words: CoreWords, problem: Problem): string {
  const say = words.problems[problem.code as keyof CoreWords['problems']] as (values: unknown, f: Format) => string;
  return say(problem.values, words.format);
}

/*
 * A code names a seat by its id alone, and a seat id is unique only within its group: `names` reads it in the
 * group the code is about when given `namesForProposal(names, doc, proposalId)` (a vote's reasons) or
 * `namesInGroup(names, groupId)` (a roster's warnings, a meeting's check-in), and in the first group with a
 * seat of that id when given `namesIn(doc, words)` alone.
 */

/**
 * Why a vote is refused or not counted, or why a person may not vote. `names`: the proposal's
 * (`namesForProposal`), so a seat is the one of its group.
 */
export function explainReason(words: CoreWords, names: Names, refusal: Refused): string {
  return (words.reasons[refusal.reason as keyof CoreWords['reasons']] as Say)(refusal.values, names);
}

/** What a clerk should put right in a roster. `names`: the group's (`namesInGroup`), so a seat is the one of its group. */
export function explainWarning(words: CoreWords, names: Names, warning: RosterWarning): string {
  return (words.warnings[warning.code as keyof CoreWords['warnings']] as Say)(warning.values, names);
}

/**
 * Why a change of attendance or of an action is refused. `names`: for attendance, the meeting's group's
 * (`namesInGroup`), so a seat is the one of its group.
 */
export function explainRefusal(words: CoreWords, names: Names, refusal: ChangeRefusal): string {
  return (words.refusals[refusal.reason as keyof CoreWords['refusals']] as Say)(refusal.values, names);
}
