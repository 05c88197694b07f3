/**
 * The document checks of contract 1.2's `previousRules`: earlier rules run
 * oldest first, their quorum picks seats that exist and their casting vote has
 * one chair, and a proposal's own rule is compared with the group's rule on
 * the proposal's date. Each problem names its JSON path.
 */
import { expect } from '@open-wc/testing';
import { parseDocument, type Problem } from '../../../src/contract/index.js';
import { parsed, plainSeats, rulesInput, vote, withoutRecord, type Parts } from '../../fixtures/documents.js';

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

  // docs/contract.md, "A group's earlier rules (1.2)": a proposal's date is "its `closes` in London, else its
  // meeting's date, else, once decided by correspondence, the London date of its last vote", and its own
  // `decisionRule` "needs `ruleAgreedUnanimously` only when it differs from the group's rule on that date":
  // the rule `outcome` counts it under (rulesOn at proposalDate).
  describe('a proposal’s own rule, compared with the group’s rule on the proposal’s date', () => {
    const group = {
      decisionRule: 'two-thirds' as const,
      previousRules: [{ to: '2019-06-30', decisionRule: 'simple-majority' as const }],
    };
    const codesFor = (proposal: Parts['proposal'], votes: Parts['votes'] = []) => codesAt({ group, proposal, votes });
    const notAgreed = [['proposals[0].ruleAgreedUnanimously', 'rule-not-agreed']];

    it('dates it by its `closes` before its meeting: a vote that closes after the rule changed', () => {
      // Meeting 'm' is on 15 October 2019; the group's rule then was two-thirds. Closing in 2020 changes nothing
      // here, so move the change: simple majority up to 31 December 2019, two-thirds since.
      const later = { ...group, previousRules: [{ to: '2019-12-31', decisionRule: 'simple-majority' as const }] };
      const closes = '2020-01-10T17:00:00Z';
      expect(codesAt({ group: later, proposal: { closes, decisionRule: 'two-thirds' } })).to.deep.equal([]);
      expect(codesAt({ group: later, proposal: { closes, decisionRule: 'simple-majority' } })).to.deep.equal(notAgreed);
    });

    it('dates its `closes` in London: 23:30 UTC on 30 June is 1 July, under the new rule', () => {
      const closes = '2019-06-30T23:30:00Z';
      expect(codesFor({ meeting: undefined, closes, decisionRule: 'two-thirds' })).to.deep.equal([]);
      expect(codesFor({ meeting: undefined, closes, decisionRule: 'simple-majority' })).to.deep.equal(notAgreed);
      // 22:30 UTC is 23:30 on 30 June in London: still the earlier rule.
      const before = '2019-06-30T22:30:00Z';
      expect(codesFor({ meeting: undefined, closes: before, decisionRule: 'simple-majority' })).to.deep.equal([]);
    });

    it('dates one decided by correspondence by its last vote in London; while open, by the group’s own', () => {
      const byPost = { meeting: undefined, status: 'closed' as const, decisionRule: 'simple-majority' as const };
      const votes = [
        vote('s1', 'h1', 'for', '2019-05-02T10:00:00+01:00'),
        vote('s2', 'h2', 'for', '2019-05-03T10:00:00+01:00'),
      ];
      expect(codesFor(byPost, votes), 'decided in May 2019, under simple majority').to.deep.equal([]);
      const lastInJuly = [...votes, vote('s3', 'h3', 'for', '2019-06-30T23:30:00Z')];
      expect(codesFor(byPost, lastInJuly), 'its last vote on 1 July in London').to.deep.equal(notAgreed);
      expect(codesFor({ ...byPost, status: 'open' }, votes), 'still open').to.deep.equal(notAgreed);
      expect(codesFor({ ...byPost, ballot: 'secret' }, votes), 'a secret ballot: no one’s votes date it').to.deep.equal(
        notAgreed,
      );
    });
  });

  it('refuses an entry with no `to`, or a decision rule it does not know, naming the path', () => {
    const problems = problemsOf({ group: { previousRules: [{ decisionRule: 'most' } as never] } });
    expect(problems.map((p) => p.path)).to.have.members([
      'groups[0].previousRules[0].to',
      'groups[0].previousRules[0].decisionRule',
    ]);
  });
});
