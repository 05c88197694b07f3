/**
 * A proposal closing at 00:00 in London: the panel says the midnight with the day it ends, never the next day's
 * date, which a member reads as the end of that day, a day late (GOV.UK: midnight is the first minute of a day).
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { en } from '../../../src/messages/en.js';
import { boardDraft } from '../../fixtures/documents.js';
import { shownText } from '../../fixtures/text.js';

describe('<vote-panel> closing at midnight', () => {
  it('says voting closes at midnight at the end of 31 December, not on 1 January', async () => {
    const draft = boardDraft();
    delete draft.proposals[0].meeting;
    // In the future of the real clock, which the panel judges closing by.
    draft.proposals[0].closes = '2099-01-01T00:00:00Z';
    const panel = fixtureSync<VotePanel>(html`<vote-panel proposal="p1" voter="p-c"></vote-panel>`);
    panel.data = draft;
    await waitUntil(() => shownText(panel).includes(en.votePanel.status('open')), 'the panel loaded', {
      timeout: 4000,
    });
    expect(shownText(panel)).to.contain('Voting closes on 31 December 2098 at midnight (end of day).');
    expect(shownText(panel)).not.to.contain('1 January 2099');
  });
});
