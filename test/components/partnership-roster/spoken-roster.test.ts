/**
 * The roster as a screen reader says it: a person's name and post are two lines on screen and were one phrase
 * aloud ("Head of Hackbridge Primary Headteacher, Hackbridge Primary School"); a term and its warning tag ran
 * on the same way. A comma and a full stop only a screen reader hears part them, in each language.
 */
import { expect } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { axNodesShown, speech } from '../../fixtures/spoken.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';

afterEach(() => document.querySelectorAll('partnership-roster').forEach((e) => e.remove()));

describe('<partnership-roster> as a screen reader says it', () => {
  for (const [lang, msg] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`pauses between a person's name and post, and before a term's warning (${lang})`, async () => {
      const sutton = await seedDocument('sutton');
      await showWith('partnership-roster', sutton, { group: 'elg', today: '2019-12-10', lang });
      const [region] = await axNodesShown('region', 'Education Leadership Group');
      const said = speech(region!);
      expect(said).to.contain('Head of Hackbridge Primary, Headteacher, Hackbridge Primary School');
      expect(said).to.contain('Early Years Lead, Hackbridge Primary, Early Years Foundation Stage Lead');
      const term = msg.roster.term('2017-09-01', '2019-12-31');
      expect(said).to.contain(`${term}. ${msg.roster.termEnding}`);
    });
  }

  it('says a person’s name once when their post begins with it, as the compact list does', async () => {
    const wokingham = await seedDocument('wokingham');
    await showWith('partnership-roster', wokingham, { group: 'wep' });
    const [region] = await axNodesShown('region', 'Wokingham Education Partnership');
    const said = speech(region!);
    // The seat, then its holder: "Independent Chair" once for each, then the post's own words.
    expect(said).to.contain('Independent Chair Independent Chair, Wokingham Education Partnership');
    expect(said).not.to.contain('Independent Chair, Independent Chair');
    expect(said).to.contain("Director of Children's Services, Wokingham Borough Council");
    expect(said).not.to.contain("Director of Children's Services, Director of Children's Services");
  });
});
