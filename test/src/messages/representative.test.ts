/**
 * One word for the person who holds a seat, in everything a member or clerk
 * reads: "representative" ("cynrychiolydd"), the partnerships' own word in
 * their terms of reference. "Holder" stays the name of the document's field,
 * and is only quoted as `"holder"` where a contract problem names that field.
 */
import { expect } from '@open-wc/testing';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';

/** Every string a messages module holds as it is (not made by a function), with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
}

describe('the word for a seat’s holder', () => {
  it('is "representative" in the check-in, the attendance history and the vote panel', () => {
    expect(en.checkIn.person).to.equal('Representative');
    expect(en.checkIn.options.holder).to.equal('Representative present');
    expect(en.roster.historyColumns.holder).to.equal('Representative');
    expect(en.votePanel.inPlaceOf('Ann')).to.contain("Ann, the seat's representative, declared an interest");
    expect(en.votePanel.holderCounts('Ann')).to.contain("A representative's vote counts before their proxy's");
  });

  it('is "cynrychiolydd" in Welsh', () => {
    expect(cy.checkIn.person).to.equal('Cynrychiolydd');
    expect(cy.checkIn.options.holder).to.equal('Cynrychiolydd yn bresennol');
    expect(cy.roster.historyColumns.holder).to.equal('Cynrychiolydd');
    expect(cy.votePanel.inPlaceOf('Ann')).to.contain('Ann, cynrychiolydd y sedd');
    // A check-in refused because the seat had no one in it: the clerk reads "cynrychiolydd", soft-mutated after "gan".
    const values = { seat: 's1', meeting: 'm1', attendance: 'holder' } as const;
    expect(cy.refusals['attendance-not-allowed'](values)).to.equal(
      'Nid oedd gan y sedd honno gynrychiolydd ar ddyddiad y cyfarfod.',
    );
  });

  it('is never "holder" or "deiliad" in a fixed string of either language', () => {
    const holder = [...strings(en), ...strings(cy)].filter(([, text]) => /\bholder\b|\bdeiliad\b/i.test(text));
    expect(holder.map(([path]) => path)).to.deep.equal([]);
  });
});
