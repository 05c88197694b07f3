/**
 * Contract 1.1 "Privacy": what a host publishes to each viewer. On an open
 * `after-close` or `secret` proposal no member can read another's vote; the
 * public reads no votes at all while a proposal is open, and its count only
 * when the results are live.
 */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/contract/parse.js';
import type { PartnershipDocument } from '../../../src/contract/schema.js';
import { outcome } from '../../../src/rules/outcome.js';
import { countStandsForVotes, publishedDocument, voteReadable } from '../../../src/rules/privacy.js';
import { countOwed } from '../../../src/rules/own-votes.js';
import {
  at,
  MEETING_DAY,
  plainSeats,
  rulesDocument,
  seat,
  vote,
  type ProposalInput,
} from '../../fixtures/documents.js';

const DURING = at('17:00');
const AFTER = at('18:30');
const PEOPLE = ['h1', 'h2', 'h3', 'dan'];

/** Three seats; h1 votes for twice (the later counts), h2 against, and h3 casts an invalid vote for s1. */
function documentWith(proposal: Partial<ProposalInput>): PartnershipDocument {
  return rulesDocument({
    seats: plainSeats(3),
    proposal: { closes: at('18:00'), ...proposal },
    votes: [
      vote('s1', 'h1', 'against', at('16:10')),
      vote('s1', 'h1', 'for', at('16:20')),
      vote('s2', 'h2', 'against', at('16:30')),
      vote('s1', 'h3', 'for', at('16:40')),
    ],
  });
}

const served = (doc: PartnershipDocument, viewer: string | null, now: string) => {
  const published = publishedDocument(doc, viewer, now);
  return { voters: published.votes.map((v) => v.by), count: published.proposals[0]!.count, published };
};

describe('publishedDocument for a member', () => {
  it('serves every vote of a recorded, live proposal, with no count added', () => {
    const { voters, count } = served(documentWith({}), 'h1', DURING);
    expect([voters, count]).to.deep.equal([['h1', 'h1', 'h2', 'h3'], undefined]);
  });

  it('serves only their own votes and no count while an after-close proposal is open', () => {
    const doc = documentWith({ results: 'after-close' });
    expect(served(doc, 'h1', DURING)).to.deep.include({ voters: ['h1', 'h1'], count: undefined });
    expect(served(doc, 'dan', DURING)).to.deep.include({ voters: [], count: undefined });
  });

  it('removes a stored count while it may not be shown', () => {
    const doc = documentWith({ results: 'after-close', count: { for: 2, against: 1, abstain: 0 } });
    expect(served(doc, 'h1', DURING).count).to.equal(undefined);
  });

  it('serves every vote of an after-close proposal once it is past closes, or closed', () => {
    const doc = documentWith({ results: 'after-close' });
    expect(served(doc, 'h1', AFTER).voters).to.deep.equal(['h1', 'h1', 'h2', 'h3']);
    const closed = documentWith({ results: 'after-close', status: 'closed' });
    expect(served(closed, 'h1', DURING).voters).to.deep.equal(['h1', 'h1', 'h2', 'h3']);
  });

  it('serves only their own votes of a secret ballot, and no count until it closes, even with live results', () => {
    // A count moving while the ballot is open would tell anyone watching the room how the member who just voted voted.
    const doc = documentWith({ ballot: 'secret' });
    expect(served(doc, 'h2', DURING)).to.deep.include({ voters: ['h2'], count: undefined });
    expect(served(doc, 'h2', AFTER)).to.deep.include({ voters: ['h2'], count: { for: 1, against: 1, abstain: 0 } });
  });

  it('serves a secret, after-close ballot with no count until it closes, then the count', () => {
    const doc = documentWith({ ballot: 'secret', results: 'after-close' });
    expect(served(doc, 'h2', DURING)).to.deep.include({ voters: ['h2'], count: undefined });
    expect(served(doc, 'h2', AFTER)).to.deep.include({
      voters: ['h2'],
      count: { for: 1, against: 1, abstain: 0 },
    });
  });
});

describe('publishedDocument of a proposal withdrawn while it took votes', () => {
  // It never closed: what was withheld until the close stays withheld, were the motion put again.
  it('serves each member only their own votes, and no count, of an after-close proposal', () => {
    const doc = documentWith({ results: 'after-close', status: 'withdrawn' });
    expect(served(doc, 'h1', AFTER)).to.deep.include({ voters: ['h1', 'h1'], count: undefined });
    expect(served(doc, null, AFTER)).to.deep.include({ voters: [], count: undefined });
  });

  it('serves no count of a secret ballot, even one the host stored', () => {
    expect(served(documentWith({ ballot: 'secret', status: 'withdrawn' }), 'h2', AFTER)).to.deep.include({
      voters: ['h2'],
      count: undefined,
    });
    const stored = documentWith({ ballot: 'secret', status: 'withdrawn', count: { for: 1, against: 1, abstain: 0 } });
    expect(served(stored, null, AFTER).count).to.equal(undefined);
  });

  it('serves every vote of a recorded, live proposal, as it did while open', () => {
    expect(served(documentWith({ status: 'withdrawn' }), 'dan', AFTER).voters).to.deep.equal(['h1', 'h1', 'h2', 'h3']);
  });
});

describe('publishedDocument for the public', () => {
  it('serves no votes of an open proposal, and its count when results are live', () => {
    expect(served(documentWith({}), null, DURING)).to.deep.include({
      voters: [],
      count: { for: 1, against: 1, abstain: 0 },
    });
    expect(served(documentWith({ results: 'after-close' }), null, DURING)).to.deep.include({
      voters: [],
      count: undefined,
    });
  });

  it('serves no count of an open secret ballot, whatever its results', () => {
    expect(served(documentWith({ ballot: 'secret' }), null, DURING)).to.deep.include({ voters: [], count: undefined });
  });

  it('serves no person’s ext, nor any vote’s: a host’s own data about a person (an email, a phone) is not the public’s', () => {
    const doc = documentWith({});
    doc.people = doc.people.map((person) => ({ ...person, ext: { email: `${person.id}@example.org` } }));
    doc.votes = doc.votes.map((v) => ({ ...v, ext: { note: 'my reasons' } }));
    doc.meetings = doc.meetings.map((m) => ({ ...m, ext: { room: 'Council Chamber' } }));
    const { published } = served(doc, null, AFTER);
    expect(published.people.map((p) => p.ext)).to.deep.equal(doc.people.map(() => undefined));
    expect(published.votes.map((v) => v.ext)).to.deep.equal(doc.votes.map(() => undefined));
    expect(published.meetings[0]!.ext, 'the rest of the document is published as it is').to.deep.equal({
      room: 'Council Chamber',
    });
    expect(publishedDocument(doc, 'h1', AFTER).people[0]!.ext, 'a member reads it').to.deep.equal({
      email: 'h1@example.org',
    });
  });

  it('once it has closed, serves it as for a member: every recorded vote, only the count of a secret one', () => {
    expect(served(documentWith({}), null, AFTER).voters).to.deep.equal(['h1', 'h1', 'h2', 'h3']);
    expect(served(documentWith({ ballot: 'secret' }), null, AFTER)).to.deep.include({
      voters: [],
      count: { for: 1, against: 1, abstain: 0 },
    });
  });
});

describe('no vote of another member is readable on an open after-close or secret proposal', () => {
  for (const proposal of [
    { results: 'after-close' },
    { ballot: 'secret' },
    { results: 'after-close', ballot: 'secret' },
  ] as const) {
    it(JSON.stringify(proposal), () => {
      const doc = documentWith(proposal);
      for (const viewer of [...PEOPLE, null]) {
        const others = publishedDocument(doc, viewer, DURING).votes.filter((v) => v.by !== viewer);
        expect(others, `served to ${String(viewer)}`).to.deep.equal([]);
      }
    });
  }
});

describe('a published document', () => {
  const doc = rulesDocument({
    seats: plainSeats(3),
    proposal: { closes: at('18:00'), ballot: 'secret' },
    proposals: [{ id: 'q', group: 'g', title: 'Recorded', status: 'open' }],
    votes: [vote('s1', 'h1', 'for'), vote('s2', 'h2', 'for'), vote('s1', 'h1', 'against', at('16:30'), 'q')],
  });

  it('still keeps the contract', () => {
    for (const viewer of [...PEOPLE, null]) {
      for (const now of [DURING, AFTER]) expect(parseDocument(publishedDocument(doc, viewer, now)).ok).to.equal(true);
    }
  });

  it('still keeps the contract where a seat lost its vote after giving it: the count may pass the voting seats of its close', () => {
    // s1 voted on 15 October and has had no vote since the 16th; the ballot closed on the 20th, all three seats' votes in.
    const lostItsVote = { voting: false, previousStanding: [{ to: MEETING_DAY, voting: true }] };
    const changed = rulesDocument({
      seats: [seat('s1', 'h1', lostItsVote), ...plainSeats(3).slice(1)],
      proposal: { closes: at('18:00', '2019-10-20'), ballot: 'secret', status: 'closed' },
      votes: [vote('s1', 'h1', 'for'), vote('s2', 'h2', 'for'), vote('s3', 'h3', 'against')],
    });
    const published = publishedDocument(changed, 'h2', at('18:30', '2019-10-20'));
    expect(published.proposals[0]!.count).to.deep.equal({ for: 2, against: 1, abstain: 0 });
    expect(parseDocument(published).ok).to.equal(true);
  });

  it('gives the same outcome as the full document, from its count', () => {
    const full = outcome(doc, 'p');
    const seen = outcome(publishedDocument(doc, 'h1', AFTER), 'p');
    expect([seen.for, seen.against, seen.abstain, seen.result]).to.deep.equal([
      full.for,
      full.against,
      full.abstain,
      full.result,
    ]);
    expect(seen.published).to.equal(true);
  });

  it('countOwed: a member’s or the public’s copy of a closed secret ballot is owed its count until it carries one', () => {
    const proposal = (copy: PartnershipDocument) => copy.proposals[0]!;
    // Served before the close and still held after it: the member's own votes, no count.
    const before = publishedDocument(doc, 'h1', DURING);
    expect(countOwed(before, proposal(before), 'h1', AFTER)).to.equal(true);
    const publicBefore = publishedDocument(doc, null, DURING);
    expect(countOwed(publicBefore, proposal(publicBefore), null, AFTER)).to.equal(true);
    // While voting is open no count is owed yet; a draft or withdrawn ballot never closed.
    expect(countOwed(before, proposal(before), 'h1', DURING)).to.equal(false);
    for (const status of ['draft', 'withdrawn'] as const) {
      expect(countOwed(before, { ...proposal(before), status }, 'h1', AFTER), status).to.equal(false);
    }
    // Served after the close: the count is there.
    const after = publishedDocument(doc, 'h1', AFTER);
    expect(countOwed(after, proposal(after), 'h1', AFTER)).to.equal(false);
    // The host's whole record holds others' votes, which are the count; a recorded ballot is never owed one.
    expect(countOwed(doc, proposal(doc), 'h1', AFTER)).to.equal(false);
    expect(countOwed(doc, doc.proposals[1]!, 'h2', AFTER)).to.equal(false);
  });

  it('leaves other proposals, and the document it was given, as they were', () => {
    const before = structuredClone(doc);
    const published = publishedDocument(doc, 'h2', DURING);
    expect(published.votes.map((v) => [v.proposal, v.by])).to.deep.equal([
      ['p', 'h2'],
      ['q', 'h1'],
    ]);
    expect(published.proposals[1]).to.equal(doc.proposals[1]);
    expect(doc).to.deep.equal(before);
  });
});

describe('what a host’s live channel asks of one vote', () => {
  it('voteReadable: a viewer may read a vote exactly when publishedDocument serves it to them', () => {
    for (const proposal of [{}, { results: 'after-close' }, { ballot: 'secret' }] as const) {
      const doc = documentWith(proposal);
      for (const viewer of [...PEOPLE, null]) {
        for (const now of [DURING, AFTER]) {
          const served = publishedDocument(doc, viewer, now).votes;
          const readable = doc.votes.filter((v) => voteReadable(doc, v, viewer, now));
          expect(readable, `${JSON.stringify(proposal)} to ${String(viewer)} at ${now}`).to.deep.equal(served);
        }
      }
    }
  });

  it('voteReadable: a vote for a proposal the document does not have hides nothing', () => {
    const doc = documentWith({ ballot: 'secret' });
    expect(voteReadable(doc, { ...doc.votes[0]!, proposal: 'gone' }, 'h2', DURING)).to.equal(true);
  });

  it('countStandsForVotes: only where the viewer reads a published count rather than the votes', () => {
    expect(countStandsForVotes(documentWith({}), 'p', null, DURING)).to.equal(true);
    expect(countStandsForVotes(documentWith({}), 'p', 'h1', DURING)).to.equal(false);
    // An open secret ballot's count is not shown, so a vote moves nothing the viewer reads: nothing to refetch.
    expect(countStandsForVotes(documentWith({ ballot: 'secret' }), 'p', 'h1', DURING)).to.equal(false);
    expect(countStandsForVotes(documentWith({ ballot: 'secret' }), 'p', 'h1', AFTER)).to.equal(true);
    expect(countStandsForVotes(documentWith({ results: 'after-close' }), 'p', 'h1', DURING)).to.equal(false);
    expect(countStandsForVotes(documentWith({}), 'gone', null, DURING)).to.equal(false);
  });
});

describe('a published count keeps the chair’s casting vote', () => {
  /** The board (chair Cara) breaking ties by the chair, tied (2 each, or 1 each when the chair abstains), the chair's seat voting `chair`. */
  function tied(chair: 'for' | 'against' | 'abstain', proposal: Partial<ProposalInput> = {}): PartnershipDocument {
    const others = {
      for: ['for', 'against', 'against'],
      against: ['against', 'for', 'for'],
      abstain: ['for', 'against', 'abstain'],
    } as const;
    const [ann, ben, sam] = others[chair];
    return rulesDocument({
      group: { tieBreak: 'chair' },
      proposal: { closes: at('18:00'), ...proposal },
      votes: [
        vote('chair', 'cara', chair),
        vote('primary', 'ann', ann),
        vote('secondary', 'ben', ben),
        vote('special', 'sam', sam),
      ],
    });
  }
  const decision = (o: ReturnType<typeof outcome>) => [o.for, o.against, o.standing, o.decidedBy];

  it('reads a secret ballot decided on the casting vote as the host does, for every member and the public', () => {
    for (const chair of ['for', 'against'] as const) {
      const doc = tied(chair, { ballot: 'secret' });
      const full = outcome(doc, 'p', { now: AFTER });
      expect(decision(full), chair).to.deep.equal([2, 2, chair === 'for' ? 'carried' : 'not-carried', 'casting-vote']);
      for (const viewer of ['cara', 'ann', 'dan', null]) {
        const copy = publishedDocument(doc, viewer, AFTER);
        expect(copy.proposals[0]!.count, `${chair}, served to ${String(viewer)}`).to.deep.equal({
          for: 2,
          against: 2,
          abstain: 0,
          casting: chair,
        });
        expect(parseDocument(copy).ok, 'the copy keeps the contract').to.equal(true);
        const seen = outcome(copy, 'p', { now: AFTER });
        expect(decision(seen), `${chair}, served to ${String(viewer)}`).to.deep.equal(decision(full));
        expect(seen.result).to.equal(full.result);
      }
    }
  });

  it('gives the public the casting vote of a live count while the proposal is open: as it stands', () => {
    const doc = tied('for');
    const full = outcome(doc, 'p', { now: DURING });
    const copy = publishedDocument(doc, null, DURING);
    expect(copy.proposals[0]!.count).to.deep.equal({ for: 2, against: 2, abstain: 0, casting: 'for' });
    const seen = outcome(copy, 'p', { now: DURING });
    expect(decision(seen)).to.deep.equal(decision(full));
    expect(decision(seen)).to.deep.equal([2, 2, 'carried', 'casting-vote']);
    expect(seen.result).to.equal('pending');
  });

  it('gives no casting vote where the chair’s seat voted neither way, nor where there is no tie', () => {
    const abstained = tied('abstain', { ballot: 'secret' });
    expect(outcome(abstained, 'p').standing).to.equal('tied');
    const count = publishedDocument(abstained, 'ann', AFTER).proposals[0]!.count;
    expect(count).to.deep.equal({ for: 1, against: 1, abstain: 2 });
    // Not tied: the chair's vote is one of the count, not a casting vote, and stays secret.
    const notTied = rulesDocument({
      group: { tieBreak: 'chair' },
      proposal: { closes: at('18:00'), ballot: 'secret' },
      votes: [vote('chair', 'cara', 'for'), vote('primary', 'ann', 'for'), vote('secondary', 'ben', 'against')],
    });
    expect(publishedDocument(notTied, 'ann', AFTER).proposals[0]!.count).to.deep.equal({
      for: 2,
      against: 1,
      abstain: 0,
    });
  });

  it('reads a published tie with no casting vote as tied', () => {
    const doc = tied('for', { ballot: 'secret' });
    const copy = publishedDocument(doc, 'ann', AFTER);
    const { casting: _casting, ...withoutCasting } = copy.proposals[0]!.count!;
    copy.proposals[0] = { ...copy.proposals[0]!, count: withoutCasting };
    expect(decision(outcome(copy, 'p', { now: AFTER }))).to.deep.equal([2, 2, 'tied', 'count']);
  });
});
