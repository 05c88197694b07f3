/**
 * A proposal with a closing time is judged quorate as the room stood when voting closed (CONTRACT.md, "Time
 * (1.1)"), not over the whole meeting. The panel said "The meeting on 15 October 2019 at 4pm was not quorate"
 * beside a quorum indicator saying "Quorate", as over the whole meeting it was: a clerk needs the moment, and
 * which requirement failed then, with present and needed.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { at, boardDraft, boardVote, type LooseDocument } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';

/**
 * Two from A or B needed; A and C in the room throughout, B until 4:30pm. Voting closed at 4:45pm (with
 * `closes`), 2 for 1 against: over the whole meeting quorate, at the close not.
 */
function leftBeforeTheClose(closes: string | undefined): LooseDocument {
  const draft = boardDraft();
  draft.groups[0].quorum = [{ label: 'Two from A or B', seats: { partner: ['a', 'b'] }, min: 2 }];
  draft.meetings[0].attendance = { 's-a': 'holder', 's-b': { as: 'holder', left: at('16:30') }, 's-c': 'holder' };
  draft.proposals[0].status = 'closed';
  if (closes) draft.proposals[0].closes = closes;
  draft.votes = [
    boardVote('s-a', 'p-a', 'for', 10),
    boardVote('s-b', 'p-b', 'for', 11),
    boardVote('s-c', 'p-c', 'against', 12),
  ];
  return draft;
}

const NEXT_DAY = { proposal: 'p1', now: at('10:00', '2019-10-16') };

describe('<vote-panel> not quorate when voting closed', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('says the time of the close and the requirement that failed then, with present and needed', async () => {
    const text = shownText(await showWith('vote-panel', leftBeforeTheClose(at('16:45')), NEXT_DAY));
    expect(text).to.contain(
      'Not quorate at 4:45pm, when voting closed: Two from A or B had 1 present of 2 needed, so the proposal could not be decided.',
    );
    expect(text).to.contain('Result: Not decided: the meeting was not quorate at the close.');
    expect(text).not.to.contain('The meeting on 15 October 2019 at 4pm was not quorate');
  });

  it('says so in Welsh, the time in Welsh words', async () => {
    const panel = await showWith('vote-panel', leftBeforeTheClose(at('16:45')), { ...NEXT_DAY, lang: 'cy' });
    await until(() => shownText(panel).includes('Canlyniad'), 'the Welsh count');
    const text = shownText(panel);
    expect(text).to.contain(
      'Nid oedd cworwm am 4:45yp, pan gaeodd y pleidleisio: 1 yn bresennol o’r 2 oedd eu hangen ar gyfer Two from A or B, felly ni ellid penderfynu ar y cynnig.',
    );
    expect(text).to.contain('Canlyniad: Heb ei benderfynu: nid oedd cworwm yn y cyfarfod pan gaeodd y pleidleisio.');
  });

  it('of a proposal without a closing time, judged over the whole meeting, keeps the meeting’s words', async () => {
    const draft = leftBeforeTheClose(undefined);
    // Over the whole meeting: B never came, so A alone of the two.
    draft.meetings[0].attendance = { 's-a': 'holder', 's-c': 'holder' };
    const text = shownText(await showWith('vote-panel', draft, NEXT_DAY));
    const t = en.votePanel;
    expect(text).to.contain(t.inquorate(en.format.dateTime(draft.meetings[0].start), true));
    expect(text).to.contain(t.resultLine(t.result('inquorate')));
    expect(text).to.contain(
      'The meeting on 15 October 2019 at 4pm was not quorate, so the proposal could not be decided.',
    );
    expect(text).not.to.contain('Not quorate at');
  });
});
