/**
 * The vote panel when votes meet each other: a member changing their vote, a
 * proxy outvoted by the holder, a tie the chair decides, and proposals that
 * never reach a vote.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { board, boardDraft, boardVote, type LooseDocument, type VoteInput } from '../../fixtures/documents.js';
import { publishedDocument } from '../../../src/rules/index.js';
import { documentUrl, requestCount, uniqueKey } from '../../fixtures/probe-element.js';
import { showWith } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { en } from '../../../src/messages/en.js';

const t = en.votePanel;
/** The choice of the member's vote the panel says is recorded, if it says one is. */
const recordedAs = (panel: Element) =>
  panel.shadowRoot!.querySelector('p.current[data-recorded]')?.getAttribute('data-recorded') ?? undefined;
/** The panel's note of the member's recorded vote, in words. */
const recordedNote = (panel: Element) =>
  panel.shadowRoot!.querySelector('p.current[data-recorded]')?.textContent!.replace(/\s+/g, ' ').trim();

const draftWith = (votes: VoteInput[], change: (draft: LooseDocument) => void = () => {}): LooseDocument => {
  const draft = boardDraft();
  draft.votes = votes;
  change(draft);
  return draft;
};

const respond201 = () => `/__respond?status=201&type=application/json&key=${uniqueKey('vote')}&body=%7B%7D`;

describe('<vote-panel> when votes meet', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('a changed vote counts even when the device clock puts it before the vote it changes', async () => {
    // The stored vote is cast at the last second of the day the panel takes as today,
    // so "now" on that day is always earlier: a demo set in the past, or a slow clock.
    const late = { ...boardVote('s-b', 'p-b', 'for'), cast: '2019-10-15T23:59:59Z' };
    const panel = document.createElement('vote-panel') as VotePanel;
    const attrs = { proposal: 'p1', today: '2019-10-15', voter: 'p-b', endpoint: respond201() };
    for (const [name, value] of Object.entries({ ...attrs, src: documentUrl(draftWith([late])) })) {
      panel.setAttribute(name, value);
    }
    document.body.append(panel);
    await waitUntil(() => recordedAs(panel) === 'for', 'the stored vote shows');
    expect(recordedNote(panel)).to.equal(t.current('for', en.format.dateTime(late.cast)));
    const recorded = new Promise<CustomEvent>((resolve) =>
      panel.addEventListener('vote-recorded', (e) => resolve(e as CustomEvent), { once: true }),
    );
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const { vote: sent } = (await recorded).detail as { vote: { cast: string } };
    expect(Date.parse(sent.cast)).to.be.greaterThan(Date.parse(late.cast));
    await waitUntil(() => recordedAs(panel) === 'against', 'the changed vote is the one shown');
    expect(recordedNote(panel)).to.equal(t.current('against', en.format.dateTime(sent.cast)));
    const counts = [...panel.shadowRoot!.querySelectorAll('table.counts td')].map((td) => Number(td.textContent));
    expect(counts).to.deep.equal([0, 1, 0]);
  });

  it('does not send a vote that is already the member’s recorded one', async () => {
    const key = uniqueKey('unchanged');
    const panel = await showWith('vote-panel', draftWith([boardVote('s-b', 'p-b', 'for')]), {
      proposal: 'p1',
      today: '2019-10-15',
      voter: 'p-b',
      endpoint: `/__respond?status=201&key=${key}`,
    });
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => shownText(panel).includes(t.unchanged(t.choice('for'))));
    expect(await requestCount(key)).to.equal(0);
  });

  it('a second press while the vote is being saved does not cast it twice', async () => {
    const key = uniqueKey('twice');
    const panel = document.createElement('vote-panel') as VotePanel;
    const attrs = { proposal: 'p1', today: '2019-10-15', voter: 'p-c', endpoint: `/__respond?status=201&key=${key}` };
    for (const [name, value] of Object.entries({ ...attrs, src: documentUrl(draftWith([])) })) {
      panel.setAttribute(name, value);
    }
    document.body.append(panel);
    await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel loaded');
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    const button = panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.click();
    button.click();
    await waitUntil(() => recordedAs(panel) === 'for', 'recorded');
    expect(await requestCount(key)).to.equal(1);
  });

  it('stops saying "recorded" of a vote the member has since changed on another device', async () => {
    // The status said "Recorded: your vote 'For'" beneath "your vote is recorded: against", from the other device.
    const panel = await showWith<VotePanel>('vote-panel', draftWith([]), {
      proposal: 'p1',
      today: '2019-10-15',
      voter: 'p-c',
    });
    panel.submit = async () => undefined;
    await panel.updateComplete;
    const recorded = new Promise<CustomEvent>((resolve) =>
      panel.addEventListener('vote-recorded', (e) => resolve(e as CustomEvent), { once: true }),
    );
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const { vote: sent } = (await recorded).detail as { vote: VoteInput };
    const status = () => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    await waitUntil(() => status() === t.recorded('for', 'Partner C'), `recorded; it says "${status()}"`);

    // The host's document: this vote, then the one they cast on their phone a minute later.
    const later = {
      ...boardVote('s-c', 'p-c', 'against'),
      cast: new Date(Date.parse(sent.cast) + 60_000).toISOString(),
    };
    panel.data = draftWith([sent, later]);
    await waitUntil(() => recordedAs(panel) === 'against', 'the later vote is the one shown');
    expect(status()).to.equal('');
  });

  it('stops saying the vote is "already" one the member has since changed on another device', async () => {
    // "Your vote is already 'For'" stayed beneath "your vote is recorded: against", from the other device.
    const stored = boardVote('s-c', 'p-c', 'for');
    const panel = await showWith<VotePanel>('vote-panel', draftWith([stored]), {
      proposal: 'p1',
      today: '2019-10-15',
      voter: 'p-c',
    });
    panel.submit = async () => undefined;
    await panel.updateComplete;
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const status = () => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    await waitUntil(() => status() === t.unchanged(t.choice('for')), `unchanged; it says "${status()}"`);

    // The host's document: that vote, then the one they cast on their phone a minute later.
    const later = {
      ...boardVote('s-c', 'p-c', 'against'),
      cast: new Date(Date.parse(stored.cast) + 60_000).toISOString(),
    };
    panel.data = draftWith([stored, later]);
    await waitUntil(() => recordedAs(panel) === 'against', 'the later vote is the one shown');
    expect(status()).to.equal('');
  });

  it('stops saying "Not sent" of a vote refused on this device once the member’s vote from another device arrives', async () => {
    // The proxy's vote, from a device whose clock ran ahead: the holder's vote here is dated after it, so the panel
    // refuses it as dated in the future and sends nothing ("Not sent: …").
    const proxys = { ...boardVote('s-b', 'p-b2', 'against'), cast: '2019-10-15T18:00:00+01:00' };
    const panel = await showWith<VotePanel>('vote-panel', draftWith([proxys]), {
      proposal: 'p1',
      today: '2019-10-15',
      voter: 'p-b',
      now: '2019-10-15T16:30:00+01:00',
    });
    panel.submit = async () => undefined;
    await panel.updateComplete;
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const status = () => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    const notSent = t.refused('');
    await waitUntil(() => status().startsWith(notSent), `refused here; it says "${status()}"`);

    // Another member's vote arrives: the refusal still stands.
    const others = boardVote('s-c', 'p-c', 'for', 31);
    panel.data = draftWith([proxys, others]);
    const counts = () => [...panel.shadowRoot!.querySelectorAll('table.counts td')].map((td) => Number(td.textContent));
    await waitUntil(() => counts()[0] === 1, 'the other member’s vote is counted');
    expect(status(), 'another member’s vote changes nothing of it').to.match(new RegExp(`^${notSent}`));

    // The vote the member cast on their phone: the host has it, and the panel says so; "Not sent" is not news.
    panel.data = draftWith([proxys, others, boardVote('s-b', 'p-b', 'for', 32)]);
    await waitUntil(() => recordedAs(panel) === 'for', 'their vote from the phone is the one shown');
    expect(status()).to.equal('');
  });

  it('stops saying "Not accepted" of a vote the host refused once the member’s vote from another device arrives', async () => {
    // The member had voted against; the host refuses their change to "for" sent from here ("Not accepted: …").
    const against = boardVote('s-b', 'p-b', 'against', 30);
    const panel = await showWith<VotePanel>('vote-panel', draftWith([against]), {
      proposal: 'p1',
      today: '2019-10-15',
      voter: 'p-b',
      now: '2019-10-15T16:30:00+01:00',
    });
    panel.submit = async () => ({ rejected: 'The register is being audited.' });
    await panel.updateComplete;
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const status = () => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    const notAccepted = t.rejected(en.shared.hostWords('The register is being audited.'));
    await waitUntil(() => status() === notAccepted, `refused by the host; it says "${status()}"`);

    // The document fetched again, with another member's vote: the refusal still stands, as does their vote against.
    const others = boardVote('s-c', 'p-c', 'for', 31);
    panel.data = draftWith([against, others]);
    const counts = () => [...panel.shadowRoot!.querySelectorAll('table.counts td')].map((td) => Number(td.textContent));
    await waitUntil(() => counts()[0] === 1, 'the other member’s vote is counted');
    expect(status(), 'another member’s vote changes nothing of it').to.equal(notAccepted);

    // The vote the member cast on their phone: the host has it, and the panel says so; "Not accepted" is not news.
    panel.data = draftWith([against, others, boardVote('s-b', 'p-b', 'for', 32)]);
    await waitUntil(() => recordedAs(panel) === 'for', 'their vote from the phone is the one shown');
    expect(status()).to.equal('');
  });

  it('tells a proxy when the holder has also voted, and that the holder’s vote counts', async () => {
    const votes = [boardVote('s-b', 'p-b2', 'against', 30), boardVote('s-b', 'p-b', 'for', 40)];
    const panel = await showWith('vote-panel', draftWith(votes), {
      proposal: 'p1',
      today: '2019-10-15',
      voter: 'p-b2',
      endpoint: '/x',
    });
    expect(recordedAs(panel)).to.equal('against');
    expect(shownText(panel)).to.contain(t.holderCounts('Person b'));
  });

  it('tells a proxy before they vote that the holder has voted, and says so when their vote is recorded', async () => {
    // The proxy read plain "Cast vote", then heard only "Recorded … Thank you: it is with the partnership".
    const panel = await showWith<VotePanel>('vote-panel', draftWith([boardVote('s-b', 'p-b', 'for', 40)]), {
      proposal: 'p1',
      today: '2019-10-15',
      voter: 'p-b2',
      endpoint: '/x',
    });
    expect(shownText(panel)).to.contain(t.holderVotedFirst('Person b'));
    expect(shownText(panel)).not.to.contain(t.holderCounts('Person b'));
    panel.submit = async () => undefined;
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const status = () => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    const notCounted = t.recordedNotCounted('against', 'Partner B', 'Person b');
    await waitUntil(() => status() === notCounted, `recorded, not counted; it says "${status()}"`);
    // The holder, voting, hears the plain "Recorded", and reads no such note before.
    const holders = await showWith<VotePanel>('vote-panel', draftWith([]), {
      proposal: 'p1',
      today: '2019-10-15',
      voter: 'p-b',
      endpoint: '/x',
    });
    expect(shownText(holders)).not.to.contain(t.holderVotedFirst('Person b'));
    holders.submit = async () => undefined;
    holders.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    holders.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const said = () => holders.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    await waitUntil(() => said() === t.recorded('for', 'Partner B'), `recorded; it says "${said()}"`);
  });

  it('once voting has closed, still tells a proxy that the holder’s vote counted, not theirs', async () => {
    // Before, "Your vote (Partner B): against" was all a proxy read once it closed, as if it had counted.
    const votes = [boardVote('s-b', 'p-b2', 'against', 30), boardVote('s-b', 'p-b', 'for', 40)];
    const closed = draftWith(votes, (draft) => (draft.proposals[0].status = 'closed'));
    const panel = await showWith('vote-panel', closed, { proposal: 'p1', today: '2019-10-15', voter: 'p-b2' });
    const own = panel.shadowRoot!.querySelector('p.current[data-recorded]')!;
    expect(own.getAttribute('data-recorded')).to.equal('against');
    expect(shownText(panel)).to.contain(t.holderCounts('Person b'));
    // The holder reads no such line of their own vote, nor does a proxy whose vote counted.
    const holders = await showWith('vote-panel', closed, { proposal: 'p1', today: '2019-10-15', voter: 'p-b' });
    expect(shownText(holders)).not.to.contain(t.holderCounts('Person b'));
  });

  it('does not tell the proxy of a new holder that the former holder is the seat’s representative', async () => {
    // Person b held the seat to 20 October; Person n from 21 October, with Person n2 as proxy. A proposal by
    // correspondence: Person b voted while they held it, Person n2 votes after, and theirs is the later one.
    const handedOver = (votes: VoteInput[], status: 'open' | 'closed' = 'open') =>
      draftWith(votes, (draft) => {
        draft.people!.push({ id: 'p-n', name: 'Person n' }, { id: 'p-n2', name: 'Person n2' });
        Object.assign(draft.groups![0]!.seats![2]!, {
          holder: 'p-n',
          proxy: 'p-n2',
          term: { from: '2019-10-21' },
          previous: [{ holder: 'p-b', proxy: 'p-b2', from: '2019-01-01', to: '2019-10-20' }],
        });
        delete draft.proposals![0]!.meeting;
        Object.assign(draft.proposals![0]!, { closes: '2019-10-30T17:00:00Z', status });
      });
    const formerHolders = boardVote('s-b', 'p-b', 'for', 10);
    const theirs = { ...boardVote('s-b', 'p-n2', 'against'), cast: '2019-10-25T10:00:00Z' };
    const attrs = { proposal: 'p1', now: '2019-10-25T11:00:00Z', voter: 'p-n2', endpoint: '/x' };
    const former = [t.holderCounts('Person b'), t.holderVotedFirst('Person b')];

    const before = await showWith<VotePanel>('vote-panel', handedOver([formerHolders]), attrs);
    for (const words of former) expect(shownText(before), 'before they vote').not.to.contain(words);

    const voted = await showWith<VotePanel>('vote-panel', handedOver([formerHolders, theirs]), attrs);
    expect(recordedAs(voted)).to.equal('against');
    for (const words of former) expect(shownText(voted), 'their vote recorded').not.to.contain(words);
    const counts = [...voted.shadowRoot!.querySelectorAll('table.counts td')].map((td) => Number(td.textContent));
    expect(counts, 'theirs is the one counted').to.deep.equal([0, 1, 0]);

    const closed = handedOver([formerHolders, theirs], 'closed');
    const after = await showWith<VotePanel>('vote-panel', closed, { ...attrs, now: '2019-11-01T11:00:00Z' });
    for (const words of former) expect(shownText(after), 'once closed').not.to.contain(words);
  });

  it('says when the chair’s vote decided a tie', async () => {
    const votes = [
      boardVote('s-chair', 'p-chair', 'for'),
      boardVote('s-c', 'p-c', 'for'),
      boardVote('s-a', 'p-a', 'against'),
      boardVote('s-b', 'p-b', 'against'),
    ];
    const tied = draftWith(votes, (draft) => (draft.groups[0].tieBreak = 'chair'));
    const text = shownText(await showWith('vote-panel', tied, { proposal: 'p1' }));
    expect(text).to.contain(t.tieDecided(2, true));
    expect(text).to.contain(t.standingLine(t.result('carried')));
  });

  it('says why no casting vote broke a tie when the chair’s seat has no vote, and never promises one', async () => {
    // An independent chair without a vote, in a group whose ties the chair breaks.
    const independentChair = (draft: LooseDocument) => {
      draft.groups[0].tieBreak = 'chair';
      draft.groups[0].seats[0].voting = false;
    };
    const tied = draftWith([boardVote('s-a', 'p-a', 'for'), boardVote('s-b', 'p-b', 'against')], (draft) => {
      independentChair(draft);
      draft.proposals[0].status = 'closed';
    });
    const text = shownText(await showWith('vote-panel', tied, { proposal: 'p1' }));
    expect(text).to.contain(t.resultLine(t.result('tied')));
    expect(text).to.contain(
      'The votes for and against are tied, 1 each: not carried, as the chair’s seat, Partner E, had no vote, so there was no casting vote.',
    );
    expect(text).not.to.contain(t.tieChair);
    // Open, and no tie yet: the rule as it applies, not a casting vote the chair cannot give.
    const open = draftWith([boardVote('s-a', 'p-a', 'for')], independentChair);
    const openText = shownText(await showWith('vote-panel', open, { proposal: 'p1' }));
    expect(openText).to.contain(
      'A tie would be decided by the chair’s casting vote, but the chair’s seat, Partner E, has no vote: a tie is not carried.',
    );
    expect(openText).not.to.contain(t.tieChair);
  });

  it('says of a decided tie that the chair’s seat gave no casting vote when it abstained', async () => {
    const votes = [
      boardVote('s-chair', 'p-chair', 'abstain'),
      boardVote('s-a', 'p-a', 'for'),
      boardVote('s-b', 'p-b', 'against'),
    ];
    const tied = draftWith(votes, (draft) => {
      draft.groups[0].tieBreak = 'chair';
      draft.proposals[0].status = 'closed';
    });
    const text = shownText(await showWith('vote-panel', tied, { proposal: 'p1' }));
    expect(text).to.contain(t.resultLine(t.result('tied')));
    expect(text).to.contain(
      'The votes for and against are tied, 1 each: not carried, as the chair’s seat, Partner E, voted neither for nor against, so there was no casting vote.',
    );
    expect(text).not.to.contain(t.tieChair);
  });

  describe('a published count of a tie the chair breaks', () => {
    const DURING = '2019-10-15T17:00:00+01:00';
    const AFTER = '2019-10-15T18:30:00+01:00';
    /** The board's tie, the chair's seat voting `chair`, as a host serves it to `viewer` at `now`. */
    const served = (chair: 'for' | 'abstain', viewer: string | null, now: string, ballot: 'secret' | 'recorded') => {
      const votes = [
        boardVote('s-chair', 'p-chair', chair),
        boardVote('s-a', 'p-a', 'for'),
        boardVote('s-b', 'p-b', 'against'),
        boardVote('s-c', 'p-c', chair === 'for' ? 'against' : 'abstain'),
      ];
      const whole = board(votes, (draft) => {
        draft.groups[0].tieBreak = 'chair';
        Object.assign(draft.proposals[0], { closes: '2019-10-15T18:00:00+01:00', ballot });
      });
      return publishedDocument(whole, viewer, now);
    };
    const panelText = async (data: unknown, now: string) =>
      shownText(await showWith('vote-panel', data, { proposal: 'p1', today: '2019-10-15', now }));

    it('a closed secret ballot: carried on the chair’s casting vote, as the host’s record says', async () => {
      const text = await panelText(served('for', 'p-a', AFTER, 'secret'), AFTER);
      expect(text).to.contain(t.resultLine(t.result('carried')));
      expect(text).to.contain(t.tieDecided(2, true));
      expect(text).to.contain(t.publishedCount);
      expect(text).not.to.contain(t.tieChair);
    });

    it('a closed secret ballot with no casting vote given: not carried, and why', async () => {
      const text = await panelText(served('abstain', 'p-a', AFTER, 'secret'), AFTER);
      expect(text).to.contain(t.resultLine(t.result('tied')));
      expect(text).to.contain(t.tiedNoCastingVote(1));
      expect(text).to.contain(
        'The votes for and against are tied, 1 each: not carried, as no casting vote was given by the chair.',
      );
      expect(text).not.to.contain(t.tieChair);
    });

    it('the public’s live count while open: as it stands, with the casting vote or the rule', async () => {
      const cast = await panelText(served('for', null, DURING, 'recorded'), DURING);
      expect(cast).to.contain(t.standingLine(t.result('carried')));
      expect(cast).to.contain(t.tieDecided(2, true));
      const notCast = await panelText(served('abstain', null, DURING, 'recorded'), DURING);
      // The chair may yet vote, and a host from before `casting` never says it did: the rule, not a tie already
      // lost, and not "when the chair has voted" either (castingUnpublished).
      expect(notCast).to.contain(t.standingLine(t.tiedUnlessCasting));
      expect(notCast).to.contain(t.tiedCastingUnpublished(1));
      expect(notCast).not.to.contain(t.tiedNoCastingVote(1));
    });
  });

  it('says what it would be if voting closed now only once more than half the voting seats have voted', async () => {
    const one = shownText(
      await showWith('vote-panel', draftWith([boardVote('s-a', 'p-a', 'for')]), { proposal: 'p1' }),
    );
    expect(one).to.contain(t.standingTooEarly);
    expect(one, 'one vote for is no result').not.to.contain(t.standingLine(t.result('carried')));
  });

  it('before its meeting has anyone checked in, says quorum is not yet known rather than not quorate', async () => {
    const quorate = (draft: LooseDocument) =>
      (draft.groups[0].quorum = [{ label: 'Two voting seats', seats: { voting: true }, min: 2 }]);
    const early = shownText(
      await showWith('vote-panel', draftWith([], quorate), { proposal: 'p1', today: '2019-10-01' }),
    );
    const meetingOn = en.format.dateTime(draftWith([]).meetings[0].start);
    expect(early).to.contain(t.quorumNotYet(meetingOn));
    expect(early).to.contain(t.standingAwaiting);
    expect(early).not.to.contain(t.inquorate(meetingOn));
    expect(early).not.to.contain(t.standingInquorate);
    const after = shownText(
      await showWith('vote-panel', draftWith([], quorate), { proposal: 'p1', today: '2019-10-16' }),
    );
    // The meeting's day is over: it was not quorate.
    expect(after).to.contain(t.inquorate(meetingOn, true));
    expect(t.inquorate(meetingOn, true)).to.contain('was not quorate');
  });

  it('with `now` and no `today`, takes today from its own clock: the meeting’s morning is not yet known', async () => {
    // A demo replaying the meeting's day sets `now` alone; the device's date, years on, made the meeting long over.
    const quorate = (draft: LooseDocument) =>
      (draft.groups[0].quorum = [{ label: 'Two voting seats', seats: { voting: true }, min: 2 }]);
    const meetingOn = en.format.dateTime(draftWith([]).meetings[0].start);
    const morning = shownText(
      await showWith('vote-panel', draftWith([], quorate), { proposal: 'p1', now: '2019-10-15T10:00:00+01:00' }),
    );
    expect(morning).to.contain(t.quorumNotYet(meetingOn));
    expect(morning).not.to.contain(t.inquorate(meetingOn, true));
    // 00:30 BST the next day, written in UTC: the meeting's day is over in London.
    const after = shownText(
      await showWith('vote-panel', draftWith([], quorate), { proposal: 'p1', now: '2019-10-15T23:30:00Z' }),
    );
    expect(after).to.contain(t.inquorate(meetingOn, true));
  });

  it('shows no count for a withdrawn proposal, or a draft', async () => {
    const withdrawn = draftWith([], (draft) => (draft.proposals[0].status = 'withdrawn'));
    const gonePanel = await showWith('vote-panel', withdrawn, { proposal: 'p1', voter: 'p-b', endpoint: '/x' });
    const gone = shownText(gonePanel);
    const none = (panel: Element) => panel.shadowRoot!.querySelector('[part=tally]');
    expect(gone).to.contain(t.withdrawn);
    expect(none(gonePanel), 'no tally').to.equal(null);
    expect(gone).not.to.contain(t.tallyTitle);
    const draft = draftWith([], (d) => (d.proposals[0].status = 'draft'));
    const earlyPanel = await showWith('vote-panel', draft, { proposal: 'p1' });
    expect(shownText(earlyPanel)).to.contain(t.notOpenYet);
    expect(none(earlyPanel), 'no tally').to.equal(null);
  });
});
