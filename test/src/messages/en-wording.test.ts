/**
 * A few English messages word for word, where the words themselves were the fault.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../../src/messages/en.js';

describe('English wording', () => {
  // GOV.UK's "[the question] must include a day" took the legend "Completed on" for the question: "Completed on
  // must include a day" read as broken English, where the Welsh said "Rhaid i'r dyddiad cwblhau …" (the completion
  // date must …).
  it('names the completion date in its errors, as the Welsh does, not by its legend', () => {
    const t = en.actions.dateError;
    expect(t.incomplete(['day'])).to.equal('The completion date must include a day');
    expect(t.incomplete(['month', 'year'])).to.equal('The completion date must include a month and year');
    expect(t.notReal).to.equal('The completion date must be a real date');
    expect(t.future).to.equal('The completion date must be today or in the past');
  });

  // The core says it is too early until more than half the voting seats have voted: at exactly half (1 of 2), "fewer
  // than half the voting seats have voted" stood above "1 of 2 voting seats have a counted vote".
  it('says it is too early while half the voting seats or fewer have voted, as the rule reads', () => {
    expect(en.votePanel.standingTooEarly).to.equal(
      'Too early to say how it will go: half the voting seats or fewer have voted.',
    );
  });

  // A clerk's review: with the meeting still going on, "If voting closed now: Not decided: the meeting was not
  // quorate" said of it what a decision taken says.
  it('says what the count would be if voting closed now of a meeting not quorate, in the conditional', () => {
    expect(en.votePanel.standingInquorate).to.equal(
      'If voting closed now: not decided, as the meeting would not be quorate.',
    );
  });
});
