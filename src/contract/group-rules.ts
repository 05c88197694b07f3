/**
 * Contract 1.2, "A group's earlier rules": the decision rule, tie-break and
 * quorum a group had on a given date. A group that changes its rules keeps
 * the old ones, dated, under `previousRules`, so that a decision taken before
 * the change counts, and a meeting before it was quorate, as it was then. It
 * lives in the contract because the document checks need it (a proposal's own
 * rule is compared with the group's rule on the proposal's date); the rules
 * core publishes it as `rulesInForce`.
 */
import type { DecisionRule, QuorumRequirement, TieBreak } from './document-types.js';
import { valueOn } from './dated-values.js';

/** What a group says of its rules: the current ones, and the earlier ones, oldest first. */
export interface GroupRulesHistory extends GroupRules {
  previousRules: readonly {
    to: string;
    decisionRule?: DecisionRule;
    tieBreak?: TieBreak;
    quorum?: QuorumRequirement[];
  }[];
}

/** A group's rules in force on one date. */
export interface GroupRules {
  decisionRule: DecisionRule;
  tieBreak: TieBreak;
  quorum: QuorumRequirement[];
}

type RuleField = 'decisionRule' | 'tieBreak' | 'quorum';

/**
 * One of a group's rules on `date` (YYYY-MM-DD, in London), or as it stands now for null: the value of the
 * first earlier entry running to `date` or later that gives the field, else the group's own (`valueOn`).
 */
export function ruleOn<K extends RuleField, V>(
  group: { readonly [F in K]: V } & { readonly previousRules: readonly ({ to: string } & { readonly [F in K]?: V })[] },
  field: K,
  date: string | null,
): V {
  return valueOn<K, V>(group, group.previousRules, field, date);
}

/** The group's decision rule, tie-break and quorum on `date`, or as they stand now for null. */
export function rulesOn(group: GroupRulesHistory, date: string | null): GroupRules {
  return {
    decisionRule: ruleOn<'decisionRule', DecisionRule>(group, 'decisionRule', date),
    tieBreak: ruleOn<'tieBreak', TieBreak>(group, 'tieBreak', date),
    quorum: ruleOn<'quorum', QuorumRequirement[]>(group, 'quorum', date),
  };
}
