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
  // A clerk's review: Ealing's chair read "Recorded: your vote “For” (Chair (primary))", the seat's own brackets
  // inside the message's. The seat is said as the form says it, "on behalf of".
  it('names the seat of a recorded vote without brackets of its own around the seat’s name', () => {
    const t = en.votePanel;
    expect(t.recorded('for', 'Chair (primary)')).to.equal(
      'Recorded: your vote “For” on behalf of Chair (primary). Thank you: it is with the partnership.',
    );
    expect(t.closedVote('Chair (primary)', 'for')).to.equal('Your vote on behalf of Chair (primary): “For”.');
    expect(t.recordedNotCounted('for', 'Chair (primary)', 'Xx')).to.match(/^Recorded: your vote “For” on behalf of /);
    expect(t.closedRefused('Chair (primary)', 'for', 'Voting has closed.')).to.equal(
      'Your vote “For” on behalf of Chair (primary) was not accepted: Voting has closed.',
    );
  });

  it('says what the count would be if voting closed now of a meeting not quorate, in the conditional', () => {
    expect(en.votePanel.standingInquorate).to.equal(
      'If voting closed now: not decided, as the meeting would not be quorate.',
    );
  });
});
