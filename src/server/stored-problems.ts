/**
 * Whether the document the host would serve keeps the contract once its stored records are applied. The seed
 * is checked by itself first; the records were each judged as they came, against the document as it then
 * stood. A seed edited since can make them a contract error, and every page would refuse the document: the
 * host refuses to start instead, saying what to correct. Serving it would blank every page; leaving the
 * records out would change decisions long taken: the document must say what held when they were made.
 */
import { MAX_PROBLEMS, parseDocument, type Problem } from '../contract/index.js';
import { voteDatedProblems } from '../contract/references.js';
import { enCore } from '../messages/en-core.js';
import { explainProblem, placeOf } from '../messages/explain.js';
import type { Ledger } from './ledger.js';

/**
 * `problems` as the operator reads them: the count, then each with its place, at most `MAX_PROBLEMS`. The seed's
 * own check at start (document-file.ts) lists its problems so too; `placeInFile`, a place in the file the
 * document was read from, where the file's own line and column say it better than a JSON path.
 */
export function listed(
  problems: Problem[],
  total: number,
  placeInFile: (problem: Problem) => string | undefined = () => undefined,
): { count: string; lines: string } {
  const lines = problems
    .slice(0, MAX_PROBLEMS)
    .map((p) => `  ${placeInFile(p) ?? (placeOf(p) || '(the document)')}: ${explainProblem(enCore, p)}`);
  const more = total > MAX_PROBLEMS ? [`  and ${total - MAX_PROBLEMS} more`] : [];
  return { count: total === 1 ? '1 problem' : `${total} problems`, lines: [...lines, ...more].join('\n') };
}

/**
 * The contract problems of the document once the stored check-ins are applied; undefined when it keeps the
 * contract. A check-in was judged against the roster as it stood: a seat's holder set to null since, with no
 * `previous` entry naming them, makes it a contract error. Checked without the votes (their own check is
 * `storedVoteProblems`): a host may hold more than `parseDocument` reads in one array (`MAX_RECORDS`).
 */
function storedAttendanceProblems(ledger: Ledger): string | undefined {
  if (ledger.attendanceApplied === 0) return undefined;
  const checked = parseDocument({ ...ledger.document, votes: [] });
  if (checked.ok) return undefined;
  const { count, lines } = listed(checked.problems, checked.total);
  return `The partnership document breaks the contract (${count}) once the attendance stored for its meetings is applied: it was edited after the attendance was recorded. Correct the document, not the store:\n${lines}`;
}

/**
 * The contract problems the stored votes make; undefined when there are none. A decision by correspondence
 * is dated by its last vote once it is closed (docs/contract.md): a seed that closes it and names a rule the
 * group agreed after that vote (`rule-agreed-later`), or one the group did not have on its date
 * (`rule-not-agreed`), breaks the contract only with the votes in it. Only the checks the votes change are
 * run (`voteDatedProblems`), over every vote, with no array limit: each vote's own (its shape, its id, what
 * it names) was checked as it came, and the ledger applies only a vote whose references resolve.
 */
function storedVoteProblems(ledger: Ledger): string | undefined {
  if (ledger.votesApplied === 0) return undefined;
  const problems = voteDatedProblems(ledger.document);
  if (problems.length === 0) return undefined;
  const { count, lines } = listed(problems, problems.length);
  return `The partnership document breaks the contract (${count}) once the votes stored for it are applied: a decision by correspondence is dated by its last vote once it is closed, and the document was edited after the votes were cast. Correct the document, not the store:\n${lines}`;
}

/** What the stored records make of the document that breaks the contract, as an error for the operator; undefined when nothing. */
export function storedRecordProblems(ledger: Ledger): string | undefined {
  const said = [storedAttendanceProblems(ledger), storedVoteProblems(ledger)].filter((s) => s !== undefined);
  return said.length === 0 ? undefined : said.join('\n');
}
