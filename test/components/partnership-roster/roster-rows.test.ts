// The roster's rows look a seat's holder, proxy and partner up in indexes kept with the document's lists, not in
// Maps made again for every group shown: a roster of every group read the whole of the people and partners once
// for each of its groups, so that ten times the groups and people took a hundred times the work (issue 12: the
// roster's growth from 10× to 100× a real partnership).
import { expect } from '@open-wc/testing';
import { rosterRows } from '../../../components/partnership-roster/roster-rows.js';
import { en, namesIn } from '../../../src/messages/index.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { parsedSeed } from '../../fixtures/documents.js';

/** `list`, counting each read of one of its records in `reads`. */
function counted<T>(list: readonly T[], reads: { count: number }): readonly T[] {
  return new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1;
      return Reflect.get(target, key, receiver);
    },
  });
}

describe('the roster’s rows', () => {
  it('read each person and partner once for a roster of every group, not once for each group', async () => {
    const sutton = await parsedSeed('sutton');
    const people = { count: 0 };
    const partners = { count: 0 };
    const doc: PartnershipDocument = {
      ...sutton,
      people: counted(sutton.people, people) as PartnershipDocument['people'],
      partners: counted(sutton.partners, partners) as PartnershipDocument['partners'],
    };
    const names = namesIn(doc, en);
    people.count = 0;
    partners.count = 0;
    expect(doc.groups.length, 'a partnership of more than one group').to.be.greaterThan(1);
    const rows = doc.groups.map((group) => rosterRows(doc, group, '2019-12-10', names));
    expect(people.count, 'people read').to.be.at.most(sutton.people.length);
    expect(partners.count, 'partners read').to.be.at.most(2 * sutton.partners.length);
    // What the rows say is unchanged: the ELG's chair is its first row, with its holder and partner.
    const elg = rows[doc.groups.findIndex((group) => group.id === 'elg')]!;
    expect(elg[0]!.seat.role).to.equal('chair');
    expect(rows.flat().filter((row) => row.holder).length, 'holders found').to.be.greaterThan(10);
    expect(rows.flat().filter((row) => row.partner).length, 'partners named').to.be.greaterThan(5);
  });
});
