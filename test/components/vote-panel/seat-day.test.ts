// A decided proposal's seats are named as they stood on its date, the date its count judges them on: a seat since
// handed to another partner is named, in "How each seat voted", after the partner it voted for.
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { at, rulesInput, seat, vote } from '../../fixtures/documents.js';
import { seenText, shownText } from '../../fixtures/text.js';
import { showWith } from '../../fixtures/show-element.js';

/** s-x represented A, with a vote, until 30 November 2019; C since. Proposal 'p' was decided at 15 October's meeting. */
function movedSeatDocument(xenaVotes: boolean) {
  return rulesInput({
    seats: [
      seat('s-a', 'ann', { partner: 'a' }),
      seat('s-b', 'ben', { partner: 'b' }),
      seat('s-x', 'xena', { partner: 'c', previousStanding: [{ to: '2019-11-30', partner: 'a', voting: true }] }),
    ],
    partners: [
      { id: 'a', name: 'Partner A' },
      { id: 'b', name: 'Partner B' },
      { id: 'c', name: 'Partner C' },
    ],
    meeting: {
      start: at('16:00'),
      end: at('18:00'),
      attendance: { 's-a': 'holder', 's-b': 'holder', 's-x': 'holder' },
    },
    proposal: { status: 'closed' },
    votes: [
      vote('s-a', 'ann', 'for'),
      vote('s-b', 'ben', 'for'),
      ...(xenaVotes ? [vote('s-x', 'xena', 'against')] : []),
    ],
  });
}

const choices = (panel: Element) => seenText(panel.shadowRoot!.querySelector('details.choices'));

describe('<vote-panel> of a decided proposal: each seat named as it stood on the proposal’s date', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('a seat that voted, since handed to another partner, is named after the partner it voted for', async () => {
    const panel = await showWith('vote-panel', movedSeatDocument(true), {
      proposal: 'p',
      results: 'after-close',
      today: '2019-12-10',
    });
    expect(choices(panel)).to.contain('Partner A 2');
    expect(shownText(panel)).not.to.contain('Partner C');
  });

  it('a seat with no vote, since handed to another partner, is named after the partner it stood for', async () => {
    const panel = await showWith('vote-panel', movedSeatDocument(false), {
      proposal: 'p',
      results: 'after-close',
      today: '2019-12-10',
    });
    expect(choices(panel)).to.contain('Partner A 2');
    expect(shownText(panel)).not.to.contain('Partner C');
  });
});
