/**
 * The count's "needs … more" where the chair's casting vote breaks a tie: while voting is open and the chair's
 * seat has not voted, the votes for needed count its vote for among them, and the panel says whose vote it is,
 * in English and Welsh.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { at, rulesDocument, rulesInput, seat, vote, type SeatInput, type VoteInput } from '../../fixtures/documents.js';
import { namesIn } from '../../../src/messages/names.js';
import { enCore } from '../../../src/messages/en-core.js';
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
    expect(text).not.to.contain('cannot carry');
    expect(en.votePanel.neededCasting(2, 1, false)).to.equal(
      'It needs 2 votes in favour to carry, if the other votes stay as they are. One must be from the chair’s seat: a tie is decided by the chair’s casting vote. It has 1, so it needs the chair’s seat’s vote for.',
    );
  });

  it('does not name the chair’s seat where any vote for would carry it: a tie as it stands', async () => {
    // 1 for, 1 against, the chair's seat and the special seat yet to vote: either's vote for carries it 2-1. Before:
    // "One must be from the chair’s seat… it needs the chair’s seat’s vote for", as if the special seat's would not do.
    const votes = [vote('primary', 'ann', 'for'), vote('secondary', 'ben', 'against')];
    const panel = await showWith('vote-panel', boardWith(votes), AT);
    expect(shownText(panel))
      .to.contain(en.votePanel.needed(2, 4, 1))
      .and.not.contain('chair’s seat’s vote for');
    const welsh = await showWith('vote-panel', boardWith(votes), { ...AT, lang: 'cy' });
    await until(() => shownText(welsh).includes(cy.votePanel.needed(2, 4, 1)), 'the Welsh count');
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

describe('<vote-panel>: a tie no one could break, the chair’s seat vacant or its term over', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  /** The board with the chair's seat as `chair`, the chair breaking ties, 1 for and 1 against, `status`. */
  const tiedBoard = (chair: SeatInput, status: 'open' | 'closed') =>
    rulesInput({
      seats: [chair, seat('primary', 'ann'), seat('secondary', 'ben'), seat('special', 'sam')],
      group: { tieBreak: 'chair' },
      proposal: { status, closes: at('18:00') },
      votes: [vote('primary', 'ann', 'for'), vote('secondary', 'ben', 'against')],
    });
  const vacant = seat('chair', null, { role: 'chair' });
  const ended = seat('chair', 'cara', { role: 'chair', term: { from: '2019-01-01', to: '2019-10-14' } });

  it('says a decided tie was not carried as the chair’s seat was vacant, not "when the chair has voted"', async () => {
    const text = shownText(await showWith('vote-panel', tiedBoard(vacant, 'closed'), { ...AT, now: at('19:00') }));
    expect(text).to.contain(
      'The votes for and against are tied, 1 each: not carried, as the chair’s seat, Chair, was vacant when voting closed, so there was no casting vote.',
    );
    expect(text).not.to.contain(en.votePanel.tieChair);
    expect(text).not.to.contain('voted neither for nor against');
  });

  it('says while open that, the chair’s seat’s term having ended, a tie would not be carried as things stand', async () => {
    const text = shownText(await showWith('vote-panel', tiedBoard(ended, 'open'), AT));
    expect(text).to.contain(
      'A tie would be decided by the chair’s casting vote, but the chair’s seat, Chair, has no one in post (its term ended on 14 October 2019): as things stand, a tie would not be carried.',
    );
    expect(text).not.to.contain(en.votePanel.tieChair);
    expect(text).not.to.contain('has no vote');
  });

  it('says so in Welsh', async () => {
    const open = await showWith('vote-panel', tiedBoard(vacant, 'open'), { ...AT, lang: 'cy' });
    const openLine =
      'Byddai pleidlais fwrw’r cadeirydd yn penderfynu os yw’r pleidleisiau’n gyfartal, ond mae sedd y cadeirydd, Chair, yn wag: fel y mae pethau, gwrthodir y cynnig os yw’r pleidleisiau’n gyfartal.';
    await until(() => shownText(open).includes(openLine), 'the Welsh tie line while open');
    expect(shownText(open)).not.to.contain(cy.votePanel.tieChair);
    open.remove();
    const closed = await showWith('vote-panel', tiedBoard(ended, 'closed'), { ...AT, now: at('19:00'), lang: 'cy' });
    const closedLine =
      'Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, 1 yr un: gwrthodwyd. Nid oedd neb yn sedd y cadeirydd, Chair, pan ddaeth y pleidleisio i ben (daeth ei thymor i ben ar 14 Hydref 2019), felly nid oedd pleidlais fwrw.';
    await until(() => shownText(closed).includes(closedLine), 'the Welsh line of the decided tie');
  });
});

describe('the tie lines’ words for each reason no one could give the casting vote', () => {
  const doc = rulesDocument({ group: { tieBreak: 'chair' } });
  const names = namesIn(doc, enCore);

  it('names a term not begun with its first day, and a holder who withdrew, in English', () => {
    const notYet = { reason: 'term-not-started', values: { seat: 'chair', from: '2019-11-01' } } as const;
    expect(en.votePanel.tieChairBarred(notYet, 'Chair', names, false)).to.equal(
      'A tie would be decided by the chair’s casting vote, but the chair’s seat, Chair, has no one in post yet (its term begins on 1 November 2019): as things stand, a tie would not be carried.',
    );
    const withdrew = { reason: 'declared-interest', values: { person: 'cara', proposal: 'p' } } as const;
    expect(en.votePanel.tiedChairBarred(2, withdrew, 'Chair', names)).to.equal(
      'The votes for and against are tied, 2 each: not carried, as the chair’s seat, Chair, had no one who could vote (Cara declared an interest and withdrew), so there was no casting vote.',
    );
    const vacant = { reason: 'vacant-seat', values: { seat: 'chair', date: '2019-10-15' } } as const;
    expect(en.votePanel.tieChairBarred(vacant, 'Chair', names, true)).to.equal(
      'A tie would have been decided by the chair’s casting vote, but the chair’s seat, Chair, was vacant when voting closed: a tie would not have been carried.',
    );
  });

  it('and in Welsh', () => {
    const cyNames = namesIn(doc, cy);
    const withdrew = { reason: 'declared-interest', values: { person: 'cara', proposal: 'p' } } as const;
    expect(cy.votePanel.tieChairBarred(withdrew, 'Chair', cyNames, false)).to.equal(
      'Byddai pleidlais fwrw’r cadeirydd yn penderfynu os yw’r pleidleisiau’n gyfartal, ond ni all neb bleidleisio dros sedd y cadeirydd, Chair (datganodd Cara fuddiant a gadael y cyfarfod): fel y mae pethau, gwrthodir y cynnig os yw’r pleidleisiau’n gyfartal.',
    );
  });
});

describe('<vote-panel>: a published tie of an open proposal, without `casting` (an older host, or served earlier)', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  /** The public's copy of the board's proposal, the chair breaking ties: a count of 2 each, no votes, no `casting`. */
  const publicCopy = (status: 'open' | 'closed') =>
    rulesInput({
      group: { tieBreak: 'chair' },
      proposal: { status, closes: at('18:00'), count: { for: 2, against: 2, abstain: 0 } },
    });

  it('says a tie carries only on the chair’s casting vote for, not that none was given, while open', async () => {
    const text = shownText(await showWith('vote-panel', publicCopy('open'), AT));
    expect(text).to.contain(en.votePanel.tiedCastingUnpublished(2));
    expect(text).to.contain('If voting closed now: Tied: carried only if the chair’s casting vote is for.');
    expect(en.votePanel.tiedCastingUnpublished(2)).to.equal(
      'The votes for and against are tied, 2 each: a tie is decided by the chair’s casting vote, and these published totals do not say whether the chair’s seat has given one.',
    );
    // "when the chair has voted" said the chair had not, which the totals do not say.
    expect(text).not.to.contain(en.votePanel.tieChair);
    expect(text).not.to.contain(en.votePanel.result('tied'));
  });

  it('says nothing of a casting vote not given once past its closing time, the copy still open', async () => {
    // Nor a result: the copy's totals were served while voting was open, and seats may have voted since.
    const text = shownText(await showWith('vote-panel', publicCopy('open'), { ...AT, now: at('18:30') }));
    expect(text).to.contain(en.votePanel.liveCountOutlived);
    expect(text).not.to.contain('Result:');
    expect(text).to.contain(en.votePanel.tiedCastingUnpublished(2));
    expect(text).not.to.contain(en.votePanel.tiedNoCastingVote(2));
    expect(text).not.to.contain(en.votePanel.result('tied'));
  });

  it('says the votes it needs with the chair’s casting vote, not that it cannot carry', async () => {
    // 2 each of 4 seats: 3 for cannot be had, but the tie carries if one of the 2 for is the chair's seat's.
    // Before: "it cannot carry".
    const text = shownText(await showWith('vote-panel', publicCopy('open'), AT));
    expect(text).to.contain(en.votePanel.neededIfChairFor(null, 2, 2));
    expect(text).not.to.contain('cannot carry');
    expect(en.votePanel.neededIfChairFor(null, 2, 2)).to.equal(
      'It needs 2 votes in favour to carry, if the other votes stay as they are. One must be from the chair’s seat: a tie is decided by the chair’s casting vote. These published totals do not say how the chair’s seat has voted. It has 2: enough if one of them is the chair’s seat’s.',
    );
  });

  it('says the chair’s seat must be among the votes for, not among "the other votes", as neededCasting does', () => {
    // Before: "…, if the other votes stay as they are, one of them the chair’s seat’s": "them" read as the other votes.
    const [enRule] = en.votePanel.neededCasting(2, 0, false).split(' It has ');
    const [cyRule] = cy.votePanel.neededCasting(2, 0, false).split(' Mae ganddo ');
    expect(en.votePanel.neededIfChairFor(null, 2, 0).startsWith(`${enRule} `), 'English').to.equal(true);
    expect(cy.votePanel.neededIfChairFor(null, 2, 0).startsWith(`${cyRule} `), 'Welsh').to.equal(true);
  });

  it('says the fewer votes that carry it with the chair’s casting vote, beside those without it, in English and Welsh', async () => {
    // 0 for, 1 against: 2 for carry it, or 1, the chair's seat's. Before: "It needs 2 votes", the chair left out.
    const oneAgainst = rulesInput({
      group: { tieBreak: 'chair' },
      proposal: { status: 'open', closes: at('18:00'), count: { for: 0, against: 1, abstain: 0 } },
    });
    const text = shownText(await showWith('vote-panel', oneAgainst, AT));
    expect(text).to.contain(en.votePanel.neededIfChairFor(2, 1, 0));
    expect(text).not.to.contain(en.votePanel.needed(2, 4, 0));
    expect(en.votePanel.neededIfChairFor(2, 1, 0)).to.equal(
      'It needs 2 votes in favour to carry, or 1 if it is the chair’s seat’s, if the other votes stay as they are: a tie is decided by the chair’s casting vote. These published totals do not say how the chair’s seat has voted. It has 0, so it needs 2 more, or 1 more if the chair’s seat’s vote is among those for.',
    );
    // One vote is spoken of as one: before, "It has 1: enough if one of them is the chair’s seat’s".
    expect(en.votePanel.neededIfChairFor(2, 1, 1)).to.contain(
      'It has 1: enough if it is the chair’s seat’s, or else 1 more.',
    );
    expect(cy.votePanel.neededIfChairFor(2, 1, 1)).to.contain(
      'Mae ganddo 1: digon os pleidlais sedd y cadeirydd yw hi, neu fel arall mae angen 1 yn rhagor.',
    );
    expect(en.votePanel.neededIfChairFor(3, 2, 2)).to.contain('It has 2: enough if one of them is the chair’s seat’s');
    expect(en.votePanel.neededIfChairFor(2, 1, 2)).to.contain('It has 2, enough as the votes stand.');
    const welsh = await showWith('vote-panel', oneAgainst, { ...AT, lang: 'cy' });
    await until(() => shownText(welsh).includes(cy.votePanel.neededIfChairFor(2, 1, 0)), 'the Welsh count');
    expect(cy.votePanel.neededIfChairFor(2, 1, 0)).to.equal(
      'Mae angen 2 bleidlais o blaid er mwyn ei dderbyn, neu 1 os pleidlais sedd y cadeirydd yw hi, os bydd y pleidleisiau eraill yn aros fel y maent: os yw’r pleidleisiau’n gyfartal, pleidlais fwrw’r cadeirydd sy’n penderfynu. Nid yw’r cyfansymiau cyhoeddedig hyn yn dweud sut y pleidleisiodd sedd y cadeirydd. Mae ganddo 0, felly mae angen 2 yn rhagor, neu 1 yn rhagor os yw pleidlais sedd y cadeirydd ymhlith y rhai o blaid.',
    );
  });

  it('still says of a closed proposal’s published tie that no casting vote was given', async () => {
    const text = shownText(await showWith('vote-panel', publicCopy('closed'), { ...AT, now: at('18:30') }));
    expect(text).to.contain(en.votePanel.tiedNoCastingVote(2));
    expect(text).not.to.contain(en.votePanel.tiedCastingUnpublished(2));
  });

  it('says "voting has closed" of it without saying it was lost, as the panel watches the close', async () => {
    const panel = await showWith('vote-panel', publicCopy('open'), { ...AT, now: at('17:59') });
    const status = () => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    panel.setAttribute('now', at('18:30')); // the clock passes the close, the copy still open
    await until(() => status() === en.votePanel.liveCountOutlived, 'the close is said');
    expect(status()).not.to.contain(en.votePanel.result('tied'));
  });

  it('says so in Welsh', async () => {
    const panel = await showWith('vote-panel', publicCopy('open'), { ...AT, now: at('18:30'), lang: 'cy' });
    const tie =
      'Mae’r pleidleisiau o blaid ac yn erbyn yn gyfartal, 2 yr un: pleidlais fwrw’r cadeirydd sy’n penderfynu, ac nid yw’r cyfansymiau cyhoeddedig hyn yn dweud a yw sedd y cadeirydd wedi rhoi pleidlais fwrw.';
    await until(() => shownText(panel).includes(tie), 'the Welsh tie line');
    expect(shownText(panel)).to.contain(cy.votePanel.liveCountOutlived);
    expect(cy.votePanel.liveCountOutlived).to.equal(
      'Mae’r pleidleisio wedi dod i ben. Cyhoeddwyd y cyfansymiau hyn tra oedd y pleidleisio ar agor, ac efallai fod seddi wedi pleidleisio ers hynny, felly ni ellir darllen y canlyniad ohonynt.',
    );
    expect(shownText(panel)).not.to.contain(cy.votePanel.tiedNoCastingVote(2));
  });
});
