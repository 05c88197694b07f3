/**
 * The document checks of contract 1.2's `previousRules`: earlier rules run
 * oldest first, their quorum picks seats that exist and their casting vote has
 * one chair, and a proposal's own rule is compared with the group's rule on
 * the proposal's date. Each problem names its JSON path.
 */
import { expect } from '@open-wc/testing';
import { parseDocument, type Problem } from '../../../src/contract/index.js';
import { parsed, plainSeats, rulesInput, withoutRecord, type Parts } from '../../fixtures/documents.js';

function problemsOf(parts: Parts): Problem[] {
  const result = parseDocument(rulesInput({ seats: plainSeats(3), ...parts }));
  return result.ok ? [] : (result.problems.map(withoutRecord) as Problem[]);
}
const codesAt = (parts: Parts) => problemsOf(parts).map((p) => [p.path, p.code]);

describe('contract 1.2: a group’s earlier rules', () => {
  it('accepts earlier rules oldest first, each giving only what changed', () => {
    const doc = parsed(
      rulesInput({
        seats: plainSeats(3),
        group: {
          decisionRule: 'two-thirds',
          previousRules: [
            { to: '2018-08-31', quorum: [{ label: 'Two seats', seats: {}, min: 2 }] },
            { to: '2019-08-31', decisionRule: 'simple-majority' },
          ],
        },
      }),
    );
    const [first, second] = doc.groups[0]!.previousRules;
    expect(first?.quorum?.[0]?.proxies).to.equal(true);
    expect(second?.decisionRule).to.equal('simple-majority');
    expect(second?.quorum).to.equal(undefined);
  });

  it('refuses earlier rules out of order, at the later entry’s `to`', () => {
    const previousRules = [
      { to: '2019-08-31', decisionRule: 'simple-majority' as const },
      { to: '2019-08-31', decisionRule: 'unanimous' as const },
    ];
    expect(codesAt({ group: { previousRules } })).to.deep.equal([
      ['groups[0].previousRules[1].to', 'rules-out-of-order'],
    ]);
  });

  it('checks an earlier quorum and casting vote as it checks the group’s own', () => {
    const previousRules = [
      { to: '2019-08-31', tieBreak: 'chair' as const, quorum: [{ label: 'Core', seats: { tag: 'core' }, min: 1 }] },
    ];
    expect(codesAt({ group: { previousRules } })).to.deep.equal([
      ['groups[0].previousRules[0].tieBreak', 'chair-tie-break-chairs'],
      ['groups[0].previousRules[0].quorum[0].seats', 'quorum-selects-no-seat'],
    ]);
  });

  it('needs no agreement for a proposal’s rule that was the group’s own on its date, and does for today’s', () => {
    const group = {
      decisionRule: 'two-thirds' as const,
      previousRules: [{ to: '2019-12-31', decisionRule: 'simple-majority' as const }],
    };
    expect(codesAt({ group, proposal: { decisionRule: 'simple-majority' } })).to.deep.equal([]);
    expect(codesAt({ group, proposal: { decisionRule: 'two-thirds' } })).to.deep.equal([
      ['proposals[0].ruleAgreedUnanimously', 'rule-not-agreed'],
    ]);
  });

  it('refuses an entry with no `to`, or a decision rule it does not know, naming the path', () => {
    const problems = problemsOf({ group: { previousRules: [{ decisionRule: 'most' } as never] } });
    expect(problems.map((p) => p.path)).to.have.members([
      'groups[0].previousRules[0].to',
      'groups[0].previousRules[0].decisionRule',
    ]);
  });
});
