/**
 * The meta line under the proposal's title says of the meeting what the result says: "decided" only of a proposal
 * the meeting decided. Before, an inquorate proposal read "Decided at the meeting on…" above "Not decided: the
 * meeting was not quorate", and a withdrawn one "To be decided at the meeting on…" above "it will not be decided".
 * And a decided count that could not carry names only what stopped it.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { agreedRule, at, rulesInput, seat, vote, type Parts } from '../../fixtures/documents.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { createFormat } from '../../../src/messages/format.js';
import { registerMessages } from '../../../src/messages/registry.js';

const t = en.votePanel;
const MEETING = en.format.dateTime(at('16:00'));
const AFTER = { proposal: 'p', now: at('12:00', '2019-10-16'), today: '2019-10-16' };

/** The board's proposal, closed, with `parts` over it. */
const closedBoard = (parts: Parts) => rulesInput({ ...parts, proposal: { status: 'closed', ...parts.proposal } });

/** Half the voting seats make the quorum; only the chair came. */
const inquorate: Parts = {
  group: { quorum: [{ label: 'Half the voting seats', seats: { voting: true }, min: '1/2' }] },
  meeting: { attendance: { chair: 'holder' } },
  votes: [vote('chair', 'cara', 'for')],
};

describe('<vote-panel>: the meeting line says what the result says', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('an inquorate meeting decided nothing: "for the meeting", not "decided at" it', async () => {
    const text = shownText(await showWith('vote-panel', closedBoard(inquorate), AFTER));
    expect(text).to.contain(t.resultLine(t.result('inquorate')));
    expect(text).to.contain(t.forMeeting(MEETING)).and.not.contain(t.decidedAt(MEETING, false));
  });

  it('a withdrawn proposal will not be decided: "for the meeting", not "to be decided at" it', async () => {
    const text = shownText(await showWith('vote-panel', closedBoard({ proposal: { status: 'withdrawn' } }), AFTER));
    expect(text).to.contain(t.withdrawn);
    expect(text).to.contain(t.forMeeting(MEETING)).and.not.contain(t.decidedAt(MEETING, true));
  });

  it('says so in Welsh', async () => {
    const panel = await showWith('vote-panel', closedBoard(inquorate), { ...AFTER, lang: 'cy' });
    const when = cy.format.dateTime(at('16:00'));
    await until(() => shownText(panel).includes(cy.votePanel.forMeeting(when)), 'the Welsh meeting line');
    expect(shownText(panel)).not.to.contain(cy.votePanel.decidedAt(when, false));
  });

  it('a decided proposal was decided at the meeting', async () => {
    const votes = [vote('chair', 'cara', 'for'), vote('primary', 'ann', 'for')];
    const text = shownText(await showWith('vote-panel', closedBoard({ votes }), AFTER));
    expect(text)
      .to.contain(t.resultLine(t.result('carried')))
      .and.contain(t.decidedAt(MEETING, false));
  });
});

describe('<vote-panel>: a count that could not carry names what stopped it', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('under the unanimous rule, an abstention alone: the abstentions, not "the votes against"', async () => {
    const votes = [vote('chair', 'cara', 'for'), vote('primary', 'ann', 'for'), vote('secondary', 'ben', 'abstain')];
    const doc = closedBoard({ votes, proposal: agreedRule('unanimous') });
    const text = shownText(await showWith('vote-panel', doc, AFTER));
    expect(text).to.contain(t.couldNotCarry(0, 1)).and.not.contain('With the votes against');
    expect(t.couldNotCarry(0, 1)).to.equal('With the abstention, it could not carry.');
    expect(t.couldNotCarry(2, 0)).to.equal('With the votes against, it could not carry.');
    expect(t.couldNotCarry(1, 2)).to.equal('With the vote against and the abstentions, it could not carry.');
    expect(cy.votePanel.couldNotCarry(0, 1)).not.to.contain('yn erbyn');
  });
});

describe('<vote-panel>: while voting is open, "it cannot carry" names what stands in its way', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  // Before: "With the votes against and abstentions as they stand", where no vote against had been cast.
  it('under the unanimous rule, one abstention and no vote against: the abstention alone', async () => {
    const votes = [vote('chair', 'cara', 'for'), vote('secondary', 'ben', 'abstain')];
    const doc = rulesInput({ votes, proposal: agreedRule('unanimous') });
    const text = shownText(await showWith('vote-panel', doc, { proposal: 'p', now: at('16:30'), today: '2019-10-15' }));
    expect(text).to.contain(t.cannotCarry(0, 1)).and.not.contain('With the votes against');
    expect(t.cannotCarry(0, 1)).to.equal('With the abstention as it stands, it cannot carry.');
    expect(t.cannotCarry(3, 0)).to.equal('With the votes against as they stand, it cannot carry.');
    expect(t.cannotCarry(1, 1)).to.equal('With the vote against and the abstention as they stand, it cannot carry.');
    expect(cy.votePanel.cannotCarry(0, 1)).not.to.contain('yn erbyn');
    expect(cy.votePanel.cannotCarry(2, 0)).to.contain('fel y maent');
  });

  // Before: "It needs 2 votes in favour to carry" and "too early to say", with one seat left that could vote.
  it('with seats no one can vote for: says so, and does not wait on them', async () => {
    const seats = [seat('s1', 'h1'), seat('s2', 'h2'), seat('s3', null), seat('s4', null), seat('s5', null)];
    const doc = rulesInput({ seats, votes: [vote('s1', 'h1', 'against')] });
    const text = shownText(await showWith('vote-panel', doc, { proposal: 'p', now: at('16:30'), today: '2019-10-15' }));
    expect(text)
      .to.contain(t.cannotCarry(1, 0, 3))
      .and.not.contain(t.standingTooEarly);
    expect(t.cannotCarry(1, 0, 3)).to.equal(
      'With the vote against as it stands, it cannot carry. No one can vote for 3 of the seats.',
    );
    expect(t.couldNotCarry(0, 0, 1)).to.equal('It could not carry. No one could vote for one of the seats.');
    expect(cy.votePanel.cannotCarry(1, 0, 3)).to.contain('Ni all neb bleidleisio ar ran 3 o’r seddi.');
  });

  // Before: "Too early to say how it will go" beside "It has 2, enough as the votes stand", until the close.
  it('says how it would go once every seat someone can still vote for has voted', async () => {
    const seats = [seat('s1', 'h1'), seat('s2', 'h2'), seat('s3', null), seat('s4', null), seat('s5', null)];
    const votes = [vote('s1', 'h1', 'for', at('16:10')), vote('s2', 'h2', 'for', at('16:20'))];
    const text = shownText(
      await showWith(
        'vote-panel',
        rulesInput({ seats, votes, proposal: { meeting: undefined, closes: at('18:00') } }),
        FIFTEENTH,
      ),
    );
    expect(text)
      .to.contain(t.standingLine(t.result('carried')))
      .and.not.contain(t.standingTooEarly);
  });

  // Before: "it cannot carry. No one can vote for one of the seats." on the 15th, though h3 could vote from the 20th.
  it('waits on a seat vacant today whose holder is appointed before voting closes', async () => {
    const text = shownText(await showWith('vote-panel', seatVacantUntil('2019-10-20'), FIFTEENTH));
    expect(text)
      .to.contain(t.needed(3, 5, 1))
      .and.not.contain(t.cannotCarry(2, 0, 1));
    expect(text).to.contain(t.seatCannotVoteUntil('2019-10-20')).and.contain('Cannot vote until 20 October 2019');
    expect(cy.votePanel.seatCannotVoteUntil('2019-10-20')).to.equal('Ni all bleidleisio tan 20 Hydref 2019');
  });

  it('names the seats the core says no one can vote for until the close', async () => {
    const text = shownText(await showWith('vote-panel', seatVacantUntil('2019-10-26'), FIFTEENTH));
    expect(text)
      .to.contain(t.cannotCarry(2, 0, 1))
      .and.contain(t.seatCannotVote);
  });
});

const FIFTEENTH = { proposal: 'p', now: at('16:30'), today: '2019-10-15' };

/** s1 for, s2 and s4 against, closing on 25 October; s3 vacant from 1 October until h3's term begins on `from`. */
function seatVacantUntil(from: string) {
  const vacancy = { holder: null, from: '2019-10-01', to: `2019-10-${Number(from.slice(8)) - 1}` };
  const s3 = seat('s3', 'h3', { term: { from }, previous: [vacancy] });
  const seats = [seat('s1', 'h1'), seat('s2', 'h2'), s3, seat('s4', 'h4'), seat('s5', 'h5')];
  const cast = at('10:00', '2019-10-14');
  const votes = [vote('s1', 'h1', 'for', cast), vote('s2', 'h2', 'against', cast), vote('s4', 'h4', 'against', cast)];
  return rulesInput({ seats, votes, proposal: { meeting: undefined, closes: at('18:00', '2019-10-25') } });
}

describe('<vote-panel>: the meta line closes each sentence once', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  // README's own example: a language whose afternoon is "i.n." reads "4i.n.", not "4i.n..".
  it('a time ending in a full stop, and a group named with one, end their sentence with that stop', async () => {
    const clock = { am: 'r.n.', pm: 'i.n.', midday: 'midday', midnight: 'midnight', at: 'at' };
    registerMessages('x-meta-stop', { format: createFormat('en-GB', clock) });
    const parts = {
      group: { name: 'Schools Forum Ltd.' },
      proposal: { from: 'g', closes: at('17:00') },
    };
    const panel = await showWith('vote-panel', rulesInput(parts), {
      proposal: 'p',
      now: at('12:00'),
      today: '2019-10-15',
      lang: 'x-meta-stop',
    });
    await until(() => shownText(panel).includes('i.n.'), 'the meta line in the test language');
    const text = shownText(panel);
    expect(text).to.contain('Proposed by the Schools Forum Ltd. To be decided');
    expect(text).to.contain('at 4i.n. Voting closes');
    expect(text).to.match(/at 5i\.n\.(\s|$)/);
    expect(text).not.to.contain('..');
  });
});
