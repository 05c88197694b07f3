/**
 * What the vote panel shows of the voting (contract 1.1 "Privacy"): the
 * proposal's `results` and `ballot`, a published `count`, and the element's
 * own `results`, which can hide the count but never show more.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/vote-panel/vote-panel.js';
import { boardDraft, boardVote, type LooseDocument, type VoteInput } from '../../fixtures/documents.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { showWith } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/names.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';

const t = en.votePanel;

const VOTES = () => [
  boardVote('s-a', 'p-a', 'for'),
  boardVote('s-b', 'p-b', 'for'),
  boardVote('s-c', 'p-c', 'against'),
];

function withProposal(change: (proposal: LooseDocument) => void, votes: VoteInput[] = VOTES()): LooseDocument {
  const draft = boardDraft();
  draft.votes = votes;
  change(draft.proposals[0]);
  return draft;
}

const OPEN = { proposal: 'p1', today: '2019-10-15' };
const counts = (panel: Element) => panel.shadowRoot!.querySelector('table.counts');
/** The counts table's rows as [label, number]: for, against, abstain. */
const countRows = (panel: Element) =>
  [...counts(panel)!.querySelectorAll('tr')].map((row) => [
    row.querySelector('th')!.textContent!.trim(),
    Number(row.querySelector('td')!.textContent),
  ]);
/** How each seat voted, as the folded table lists it: [seat, by, vote]. */
const choiceRows = (panel: Element) =>
  [...panel.shadowRoot!.querySelectorAll('details tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.trim()),
  );

describe('<vote-panel> and what may be shown', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('on an open after-close proposal shows no count, only when it will be shown, whatever the element asks', async () => {
    const draft = withProposal((p) => (p.results = 'after-close'));
    for (const results of ['live', 'after-close']) {
      const panel = await showWith('vote-panel', draft, { ...OPEN, results, voter: 'p-a', endpoint: '/x' });
      const text = shownText(panel);
      expect(text, results).to.contain(t.afterClose);
      expect(counts(panel), results).to.equal(null);
      expect(panel.shadowRoot!.querySelector('.result'), 'no standing result').to.equal(null);
      await expectNoAxeViolations(panel);
      panel.remove();
    }
  });

  it('shows the after-close count once voting has closed by the element’s clock', async () => {
    const draft = withProposal((p) => {
      p.results = 'after-close';
      p.closes = '2019-10-15T18:00:00+01:00';
    });
    const panel = await showWith('vote-panel', draft, { proposal: 'p1', today: '2019-10-16' });
    const text = shownText(panel);
    expect(text)
      .to.contain(t.votingClosed)
      .and.contain(t.resultLine(t.result('carried')));
    expect(countRows(panel)).to.deep.equal([
      [t.countsFor, 2],
      [t.countsAgainst, 1],
      [t.countsAbstain, 0],
    ]);
  });

  it('on a recorded ballot lists how each seat voted, folded away and opened by keyboard', async () => {
    const panel = await showWith(
      'vote-panel',
      withProposal(() => {}),
      OPEN,
    );
    const details = panel.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal(
      `${t.choicesTitle}${t.onProposal('The plan')}`,
    );
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const rows = choiceRows(panel);
    expect(rows.map(([, by, choice]) => [by, choice]))
      .to.deep.include(['Person a', t.choice('for')])
      .and.deep.include(['Person c', t.choice('against')]);
    await expectNoAxeViolations(panel);
  });

  it('lists the voting seats with no vote counted: not voted yet while open, then no vote counted', async () => {
    // Who has not voted yet is what a chair asks before closing; a minute records who did not.
    const open = await showWith(
      'vote-panel',
      withProposal(() => {}),
      OPEN,
    );
    expect(choiceRows(open).map(([, by, choice]) => [by, choice])).to.deep.include(['Person chair', t.notVotedYet]);
    open.remove();
    const closed = withProposal((p) => (p.status = 'closed'));
    closed.groups[0].seats[0].holder = null;
    const panel = await showWith('vote-panel', closed, OPEN);
    const rows = choiceRows(panel);
    expect(rows.map(([, by, choice]) => [by, choice]).at(-1)).to.deep.equal([t.vacantSeat, t.noVoteCounted]);
    expect(rows, 'the three counted votes, then the vacant seat').to.have.length(4);
    await expectNoAxeViolations(panel);
  });

  it('while open, says a seat no one may vote for cannot vote: vacant, or its holder’s term ended', async () => {
    // "Not voted yet" told a chair a vote was still to come from a seat that could take none.
    const vacant = withProposal(() => {});
    vacant.groups[0].seats[0].holder = null;
    const panel = await showWith('vote-panel', vacant, OPEN);
    expect(choiceRows(panel).at(-1)).to.deep.equal(['Partner E', t.vacantSeat, t.seatCannotVote]);
    panel.remove();
    const ended = withProposal(() => {});
    ended.groups[0].seats[0].term = { from: '2019-01-01', to: '2019-09-30' };
    const endedPanel = await showWith('vote-panel', ended, OPEN);
    expect(choiceRows(endedPanel).at(-1)).to.deep.equal([
      'Partner E',
      t.termEndedHolder('Person chair'),
      t.seatCannotVote,
    ]);
    await expectNoAxeViolations(endedPanel);
  });

  it('on an open secret ballot shows no count, and says why, whatever the element asks', async () => {
    // Each vote moving the count would tell anyone watching how the member who just voted voted.
    const draft = withProposal((p) => (p.ballot = 'secret'));
    for (const results of ['live', 'after-close']) {
      const panel = await showWith('vote-panel', draft, { ...OPEN, results, voter: 'p-a', endpoint: '/x' });
      expect(shownText(panel), results).to.contain(t.secretAfterClose);
      expect(counts(panel), results).to.equal(null);
      expect(panel.shadowRoot!.querySelector('.result'), 'no standing result').to.equal(null);
      panel.remove();
    }
  });

  it('on a closed secret ballot shows the count but not who voted which way', async () => {
    const draft = withProposal((p) => {
      p.ballot = 'secret';
      p.status = 'closed';
    });
    const panel = await showWith('vote-panel', draft, OPEN);
    const text = shownText(panel);
    expect(countRows(panel).map(([, n]) => n)).to.deep.equal([2, 1, 0]);
    expect(text).to.contain(t.secretBallot);
    expect(panel.shadowRoot!.querySelector('details')).to.equal(null);
    for (const name of ['Person a', 'Person b', 'Person c']) expect(text).not.to.contain(name);
    await expectNoAxeViolations(panel);
  });

  it('on a closed secret ballot names only the viewer’s own vote among those not counted', async () => {
    // Votes from people who hold no seat on the board: neither is counted.
    const stray = [boardVote('s-c', 'p-d', 'for'), boardVote('s-b', 'p-a2', 'against')];
    const draft = withProposal((p) => {
      p.ballot = 'secret';
      p.status = 'closed';
    }, stray);
    const panel = await showWith('vote-panel', draft, { ...OPEN, voter: 'p-d', endpoint: '/x' });
    const text = shownText(panel);
    expect(text).to.contain(t.invalidTitle(2));
    const listed = [...panel.shadowRoot!.querySelectorAll('[part=tally] li[data-reason]')];
    expect(listed.length, 'only the viewer’s own').to.equal(1);
    expect(listed[0]!.getAttribute('data-reason')).to.equal('not-holder-or-proxy');
    const names = namesIn(draft as unknown as PartnershipDocument, en);
    const why = en.reasons['not-holder-or-proxy']({ seat: 's-c', person: 'p-d' }, names);
    expect(listed[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      t.invalidVote(names.seat('s-c'), names.person('p-d'), why),
    );
    expect(text).not.to.contain('Person a2');
  });

  it('takes the tally from a published count, and says the votes behind it are not shown', async () => {
    const draft = withProposal(
      // As a host serves the public a live count: the count, and none of the votes behind it.
      (p) => (p.count = { for: 3, against: 1, abstain: 0 }),
      [boardVote('s-a', 'p-a', 'against')],
    );
    const panel = await showWith('vote-panel', draft, { ...OPEN, voter: 'p-a', endpoint: '/x' });
    const text = shownText(panel);
    expect(countRows(panel).map(([, n]) => n)).to.deep.equal([3, 1, 0]);
    expect(text).to.contain(t.base(4, 4));
    expect(text).to.contain(t.publishedCount);
    const own = draft.votes[0] as { cast: string };
    expect(text).to.contain(t.current('against', en.format.dateTime(own.cast)));
    await expectNoAxeViolations(panel);
  });

  it('hides a published count when the element says hidden', async () => {
    const draft = withProposal((p) => (p.count = { for: 3, against: 1, abstain: 0 }), []);
    const panel = await showWith('vote-panel', draft, { ...OPEN, results: 'hidden' });
    expect(shownText(panel)).to.contain(t.hidden);
    expect(counts(panel)).to.equal(null);
  });
});
