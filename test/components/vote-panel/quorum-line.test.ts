/**
 * The vote panel's quorum line agrees with its result: once voting has closed, the room that decided the
 * proposal is known, so the panel does not say quorum is not yet known beneath a result.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { at, boardDraft, type LooseDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';

const t = en.votePanel;

/** The board's proposal p1, open until 18:00 on the meeting's day, half the voting seats its quorum; nobody checked in. */
function closingAtSix(): LooseDocument {
  const draft = boardDraft();
  draft.groups[0].quorum = [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }];
  draft.proposals[0].closes = at('18:00');
  return draft;
}

describe('<vote-panel> quorum line', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('after voting closed on the meeting’s day with nobody checked in, says the meeting was not quorate when voting closed', async () => {
    const draft = closingAtSix();
    const meetingOn = en.format.dateTime(draft.meetings[0].start);
    const attrs = { proposal: 'p1', now: at('18:30'), today: at('18:30').slice(0, 10) };
    const text = shownText(await showWith('vote-panel', draft, attrs));
    // Judged when voting closed, at 6pm (CONTRACT.md, "Time (1.1)"), so the lines say so: not the meeting's start.
    expect(text).to.contain(t.resultLine(t.resultInquorateAt));
    expect(text).not.to.contain(t.quorumNotYet(meetingOn));
    const half = { label: 'Half of the voting seats', present: 0, needed: 2 };
    expect(text).to.contain(t.inquorateAt(at('18:00'), draft.meetings[0].start, [half]));
  });

  // Voting closed at 5pm in an empty room, the chair having left at 4:40pm; Ben came at 5:30pm. Read over the meeting
  // up to the close, it was not quorate; over the whole meeting, as the quorum indicator says, it was. "The meeting on
  // 15 October at 4pm was not quorate" stood beside the indicator's "Quorate".
  it('after voting closed in an emptied room, says the meeting was not quorate before voting closed', async () => {
    const draft = closingAtSix();
    draft.proposals[0].closes = at('17:00');
    Object.assign(draft.meetings[0], {
      end: at('18:00'),
      attendance: {
        's-chair': { as: 'holder', arrived: at('16:00'), left: at('16:40') },
        's-b': { as: 'holder', arrived: at('17:30') },
      },
    });
    const attrs = { proposal: 'p1', now: at('18:30'), today: at('18:30').slice(0, 10) };
    const text = shownText(await showWith('vote-panel', draft, attrs));
    expect(text).to.contain(t.resultLine(t.resultInquorateBeforeClose));
    const half = { label: 'Half of the voting seats', present: 1, needed: 2 };
    expect(text).to.contain(t.inquorateBeforeClose(at('17:00'), draft.meetings[0].start, [half]));
  });

  it('while voting is still open that day, quorum is not yet known', async () => {
    const draft = closingAtSix();
    const meetingOn = en.format.dateTime(draft.meetings[0].start);
    const attrs = { proposal: 'p1', now: at('15:00'), today: at('15:00').slice(0, 10) };
    const text = shownText(await showWith('vote-panel', draft, attrs));
    expect(text).to.contain(t.quorumNotYet(meetingOn));
    expect(text).to.contain(t.standingAwaiting);
  });
});
