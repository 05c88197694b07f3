/**
 * A register small enough to read in the test that builds it: one partner, one board (`g`) and the people and
 * risks the test names, each risk rated 2 × 2 unless it says otherwise. For tests of how the register names
 * its owners and counts its statuses, where the seed's register would hide the one thing being checked.
 */
import type { LooseDocument, RiskInput } from '../../fixtures/documents.js';

/** A person of the small register, of `organisation` where given. */
export const person = (id: string, name: string, organisation?: string) => ({ id, name, organisation });

/** A risk on the board's register, raised on 1 January 2019: owned by p1 and rated 2 × 2 unless `fields` say otherwise. */
export const smallRisk = (id: string, fields: Partial<RiskInput> = {}): RiskInput => ({
  id,
  title: `Risk ${id}`,
  owner: 'p1',
  likelihood: 2,
  impact: 2,
  raised: '2019-01-01',
  group: 'g',
  ...fields,
});

/** The partnership with `people` and a register of `risks`, for a <risk-register group="g">. */
export function smallRegister(people: LooseDocument[], risks: RiskInput[]): LooseDocument {
  return {
    contract: 'partnership-kit/1',
    partnership: { id: 'p', name: 'Test Partnership' },
    partners: [{ id: 'a', name: 'Partner A' }],
    people,
    groups: [{ id: 'g', name: 'Board', decisionRule: 'simple-majority', seats: [] }],
    risks,
  };
}

/** Owners who share a name: two "Head of School"s of two organisations, two clerks of one, and Olive; a risk each. */
export function namesakeOwners(): LooseDocument {
  // The contract lets a post be a name: two "Head of School"s are two people.
  const owned = (id: string, owner: string) => smallRisk(id, { owner });
  return smallRegister(
    [
      person('p1', 'Head of School', 'Org One'),
      person('p2', 'Head of School', 'Org Two'),
      person('p3', 'Clerk', 'Org One'),
      person('p4', 'Clerk', 'Org One'),
      person('p5', 'Olive'),
    ],
    [owned('R1', 'p1'), owned('R2', 'p2'), owned('R3', 'p3'), owned('R4', 'p4'), owned('R5', 'p5')],
  );
}
