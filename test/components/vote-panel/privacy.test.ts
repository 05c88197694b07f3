/**
 * What the vote panel shows of the voting (contract 1.1 "Privacy"): the
 * proposal's `results` and `ballot`, a published `count`, and the element's
 * own `results`, which can hide the count but never show more.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/vote-panel/vote-panel.js';
import { boardDraft, vote, type Draft } from '../../fixtures/board.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { readText, showWith } from '../../fixtures/seed-documents.js';

const VOTES = () => [vote('s-a', 'p-a', 'for'), vote('s-b', 'p-b', 'for'), vote('s-c', 'p-c', 'against')];

function withProposal(change: (proposal: Draft) => void, votes: Draft[] = VOTES()): Draft {
  const draft = boardDraft();
  draft.votes = votes;
  change(draft.proposals[0]);
  return draft;
}

const OPEN = { proposal: 'p1', today: '2019-10-15' };
const counts = (panel: Element) => panel.shadowRoot!.querySelector('table.counts');

describe('<vote-panel> and what may be shown', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('on an open after-close proposal shows no count, only when it will be shown, whatever the element asks', async () => {
    const draft = withProposal((p) => (p.results = 'after-close'));
    for (const results of ['live', 'after-close']) {
      const panel = await showWith('vote-panel', draft, { ...OPEN, results, voter: 'p-a', endpoint: '/x' });
      const text = readText(panel);
      expect(text, results).to.contain('The count is shown when voting closes');
      expect(counts(panel), results).to.equal(null);
      expect(text).not.to.contain('If voting closed now');
      await expectNoAxeViolations(panel);
      panel.remove();
    }
  });

  it('shows the after-close count once voting has closed by the element’s clock', async () => {
    const draft = withProposal((p) => {
      p.results = 'after-close';
      p.closes = '2019-10-15T18:00:00+01:00';
    });
    const text = readText(await showWith('vote-panel', draft, { proposal: 'p1', today: '2019-10-16' }));
    expect(text).to.contain('Voting on this proposal has closed').and.contain('Result: Carried');
    expect(text).to.contain('For 2 Against 1');
  });

  it('on a recorded ballot lists how each seat voted, folded away and opened by keyboard', async () => {
    const panel = await showWith(
      'vote-panel',
      withProposal(() => {}),
      OPEN,
    );
    const details = panel.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('How each seat voted');
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(readText(panel)).to.contain('Person a For').and.contain('Person c Against');
    await expectNoAxeViolations(panel);
  });

  it('on a secret ballot shows the count but not who voted which way', async () => {
    const draft = withProposal((p) => (p.ballot = 'secret'));
    const panel = await showWith('vote-panel', draft, OPEN);
    const text = readText(panel);
    expect(text).to.contain('For 2 Against 1');
    expect(text).to.contain('This is a secret ballot: how each seat voted is not shown.');
    expect(panel.shadowRoot!.querySelector('details')).to.equal(null);
    for (const name of ['Person a', 'Person b', 'Person c']) expect(text).not.to.contain(name);
    await expectNoAxeViolations(panel);
  });

  it('on a secret ballot names only the viewer’s own vote among those not counted', async () => {
    // Votes from people who hold no seat on the board: neither is counted.
    const stray = [vote('s-c', 'p-d', 'for'), vote('s-b', 'p-a2', 'against')];
    const draft = withProposal((p) => (p.ballot = 'secret'), stray);
    const text = readText(await showWith('vote-panel', draft, { ...OPEN, voter: 'p-d', endpoint: '/x' }));
    expect(text).to.contain('2 votes not counted').and.contain('cast by Person d');
    expect(text).not.to.contain('cast by Person a2');
  });

  it('takes the tally from a published count, and says the votes behind it are not shown', async () => {
    const draft = withProposal(
      (p) => {
        p.ballot = 'secret';
        p.count = { for: 3, against: 1, abstain: 0 };
      },
      [vote('s-a', 'p-a', 'against')],
    );
    const panel = await showWith('vote-panel', draft, { ...OPEN, voter: 'p-a', endpoint: '/x' });
    const text = readText(panel);
    expect(text).to.contain('For 3 Against 1 Abstain 0');
    expect(text).to.contain('4 of 4 voting seats have a counted vote');
    expect(text).to.contain('These are the totals the host publishes');
    expect(text).to.contain('Your vote for this seat is recorded: against');
    await expectNoAxeViolations(panel);
  });

  it('hides a published count when the element says hidden', async () => {
    const draft = withProposal((p) => (p.count = { for: 3, against: 1, abstain: 0 }), []);
    const panel = await showWith('vote-panel', draft, { ...OPEN, results: 'hidden' });
    expect(readText(panel)).to.contain('The count is not shown here');
    expect(counts(panel)).to.equal(null);
  });
});
