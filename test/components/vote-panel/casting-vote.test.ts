/**
 * The count's "needs … more" where the chair's casting vote breaks a tie: while voting is open and the chair's
 * seat has not voted, the votes for needed count its vote for among them, and the panel says whose vote it is,
 * in English and Welsh.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { showWith, until } from '../../fixtures/risk-action-helpers.js';
import { shownText } from '../../fixtures/text.js';
import { at, rulesInput, vote, type VoteInput } from '../../fixtures/documents.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';

/** The board (chair: cara; primary, secondary, special), the chair breaking ties, open, with `votes`. */
const boardWith = (votes: VoteInput[]) => rulesInput({ group: { tieBreak: 'chair' }, votes });
const AT = { proposal: 'p', now: at('16:45'), today: '2019-10-15' };

describe('<vote-panel>: votes needed and the chair’s casting vote', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('says the chair’s seat’s vote for would carry it, where "it cannot carry" was said', async () => {
    // 1 for, 2 against, the chair's seat yet to vote: its vote for ties it, and its casting vote carries it.
    const votes = [
      vote('primary', 'ann', 'for'),
      vote('secondary', 'ben', 'against'),
      vote('special', 'sam', 'against'),
    ];
    const panel = await showWith('vote-panel', boardWith(votes), AT);
    const text = shownText(panel);
    expect(text).to.contain(en.votePanel.neededCasting(2, 1, false));
    expect(text).not.to.contain(en.votePanel.cannotCarry);
    expect(en.votePanel.neededCasting(2, 1, false)).to.equal(
      'It needs 2 votes in favour to carry, if the other votes stay as they are. One must be from the chair’s seat: a tie is decided by the chair’s casting vote. It has 1, so it needs the chair’s seat’s vote for.',
    );
  });

  it('says so in Welsh', async () => {
    const votes = [vote('secondary', 'ben', 'against'), vote('special', 'sam', 'against')];
    const panel = await showWith('vote-panel', boardWith(votes), { ...AT, lang: 'cy' });
    const line = cy.votePanel.neededCasting(2, 0, false);
    await until(() => shownText(panel).includes(line), 'the Welsh count');
    expect(cy.votePanel.neededCasting(2, 0, false)).to.equal(
      'Mae angen 2 bleidlais o blaid er mwyn ei dderbyn, os bydd y pleidleisiau eraill yn aros fel y maent, gan gynnwys pleidlais sedd y cadeirydd: os yw’r pleidleisiau’n gyfartal, pleidlais fwrw’r cadeirydd sy’n penderfynu. Mae ganddo 0, felly mae angen 2 yn rhagor, gan gynnwys pleidlais sedd y cadeirydd.',
    );
  });

  it('counts the chair’s vote given for among those it has', () => {
    expect(en.votePanel.neededCasting(2, 1, true)).to.equal(
      'It needs 2 votes in favour to carry, if the other votes stay as they are. One must be from the chair’s seat: a tie is decided by the chair’s casting vote. It has 1, including the chair’s seat’s, so it needs 1 more.',
    );
    expect(en.votePanel.neededCasting(1, 1, true)).to.contain(
      'It has 1, including the chair’s seat’s, enough as the votes stand.',
    );
    // More for than against without the chair: enough, whatever the chair does.
    expect(en.votePanel.neededCasting(1, 2, false)).to.contain('It has 2, enough as the votes stand.');
  });
});
