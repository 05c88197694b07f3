import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { DecisionRule } from '../../../src/contract/schema.js';
import { carries, forVotesNeeded, type Count } from '../../../src/rules/decision-rules.js';

const count = (yes: number, no: number, abstain = 0, entitled = 20): Count => ({
  for: yes,
  against: no,
  abstain,
  entitled,
});
const RULES: DecisionRule[] = ['simple-majority', 'absolute-majority', 'two-thirds', 'three-quarters', 'unanimous'];

describe('carries: each decision rule at its boundary', () => {
  it('simple majority: more for than against', () => {
    expect(carries('simple-majority', count(3, 2))).to.equal(true);
    expect(carries('simple-majority', count(2, 2))).to.equal(false);
    expect(carries('simple-majority', count(1, 0, 5))).to.equal(true);
    expect(carries('simple-majority', count(0, 0, 5))).to.equal(false);
  });

  it('absolute majority: more than half of the voting seats, whoever turned out', () => {
    expect(carries('absolute-majority', count(5, 0, 0, 8))).to.equal(true);
    expect(carries('absolute-majority', count(4, 0, 0, 8))).to.equal(false);
    expect(carries('absolute-majority', count(5, 0, 0, 9))).to.equal(true);
    expect(carries('absolute-majority', count(4, 0, 4, 9))).to.equal(false);
  });

  it('two-thirds: 6 for and 3 against carries, 5 and 3 does not, and it needs a vote for', () => {
    expect(carries('two-thirds', count(6, 3))).to.equal(true);
    expect(carries('two-thirds', count(5, 3))).to.equal(false);
    expect(carries('two-thirds', count(2, 1, 10))).to.equal(true);
    expect(carries('two-thirds', count(0, 0, 3))).to.equal(false);
  });

  it('three-quarters: 6 for and 2 against carries, 5 and 2 does not, and it needs a vote for', () => {
    expect(carries('three-quarters', count(6, 2))).to.equal(true);
    expect(carries('three-quarters', count(5, 2))).to.equal(false);
    expect(carries('three-quarters', count(3, 1))).to.equal(true);
    expect(carries('three-quarters', count(0, 0))).to.equal(false);
  });

  it('unanimous: every counted vote for; one abstention or one against fails it', () => {
    expect(carries('unanimous', count(4, 0))).to.equal(true);
    expect(carries('unanimous', count(4, 1))).to.equal(false);
    expect(carries('unanimous', count(4, 0, 1))).to.equal(false);
    expect(carries('unanimous', count(0, 0))).to.equal(false);
  });
});

describe('forVotesNeeded', () => {
  it('simple majority: one more than against, null beyond the seats left', () => {
    expect(forVotesNeeded('simple-majority', count(0, 2, 0, 5))).to.equal(3);
    expect(forVotesNeeded('simple-majority', count(0, 2, 1, 5))).to.equal(null); // 3 needed, 2 seats left
    expect(forVotesNeeded('simple-majority', count(0, 0, 0, 5))).to.equal(1);
  });

  it('absolute majority: floor(entitled / 2) + 1', () => {
    expect(forVotesNeeded('absolute-majority', count(0, 0, 0, 8))).to.equal(5);
    expect(forVotesNeeded('absolute-majority', count(0, 0, 0, 9))).to.equal(5);
    expect(forVotesNeeded('absolute-majority', count(0, 4, 0, 8))).to.equal(null);
  });

  it('two-thirds: twice the votes against, at least one', () => {
    expect(forVotesNeeded('two-thirds', count(0, 0, 0, 9))).to.equal(1);
    expect(forVotesNeeded('two-thirds', count(0, 3, 0, 9))).to.equal(6);
    expect(forVotesNeeded('two-thirds', count(0, 3, 0, 8))).to.equal(null);
  });

  it('three-quarters: three times the votes against, at least one', () => {
    expect(forVotesNeeded('three-quarters', count(0, 0, 0, 4))).to.equal(1);
    expect(forVotesNeeded('three-quarters', count(0, 2, 0, 8))).to.equal(6);
    expect(forVotesNeeded('three-quarters', count(0, 2, 0, 7))).to.equal(null);
  });

  it('unanimous: one, unless anyone voted against or abstained', () => {
    expect(forVotesNeeded('unanimous', count(0, 0, 0, 4))).to.equal(1);
    expect(forVotesNeeded('unanimous', count(0, 1, 0, 4))).to.equal(null);
    expect(forVotesNeeded('unanimous', count(0, 0, 1, 4))).to.equal(null);
  });

  it("leaves out the seats no one can vote for, but not from an absolute majority's base", () => {
    const vacant = (c: Count, seatsCannotVote: number): Count => ({ ...c, seatsCannotVote });
    expect(forVotesNeeded('simple-majority', vacant(count(0, 1, 0, 5), 3))).to.equal(null); // 2 needed, 1 seat left
    expect(forVotesNeeded('simple-majority', vacant(count(0, 1, 0, 5), 2))).to.equal(2);
    expect(forVotesNeeded('absolute-majority', vacant(count(0, 0, 0, 5), 3))).to.equal(null); // 3 needed, 2 left
    expect(forVotesNeeded('absolute-majority', vacant(count(1, 0, 0, 5), 1))).to.equal(3);
  });

  it('is the least total for that carries: one fewer does not (ties aside)', () => {
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.nat(30), fc.nat(30))
      .filter(([entitled, no, abstain]) => no + abstain <= entitled)
      .map(([entitled, no, abstain]) => ({ entitled, against: no, abstain }));
    fc.assert(
      fc.property(fc.constantFrom(...RULES), counts, (rule, others) => {
        const needed = forVotesNeeded(rule, { ...others, for: 0 });
        const seatsLeft = others.entitled - others.against - others.abstain;
        const carriesWith = (yes: number) => carries(rule, { ...others, for: yes });
        if (needed === null) return [...Array(seatsLeft + 1).keys()].every((yes) => !carriesWith(yes));
        return carriesWith(needed) && (needed === 0 || !carriesWith(needed - 1)) && needed <= seatsLeft;
      }),
    );
  });
});
