/**
 * A decided proposal's result in words, as the vote panel's result line, its close announcement and the highlight
 * report's decisions all say it.
 */
import type { Outcome } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';

/**
 * The result of a decided proposal: `result(…)`, except that a proposal not decided for want of quorum when voting
 * closed, its meeting still on, says so: "the meeting was not quorate" stood beside a quorum indicator saying
 * "Quorate", since over the whole meeting it was.
 */
export function resultWords(msg: Messages, outcome: Pick<Outcome, 'result' | 'quorumJudgedAt'>): string {
  const t = msg.votePanel;
  const moment = outcome.result === 'inquorate' ? outcome.quorumJudgedAt?.moment : undefined;
  if (moment === 'closes') return t.resultInquorateAt;
  if (moment === 'up-to-close') return t.resultInquorateBeforeClose;
  return t.result(outcome.result);
}
