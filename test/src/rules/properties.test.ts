/**
 * Contract 1.1's promises as properties of generated documents: a seat
 * changing hands never changes a count or a quorum; what a host publishes
 * never lets a member read another's vote on an open after-close or secret
 * proposal, and keeps the contract; a clerk's allowed changes keep it too.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { withAttendance } from '../../../src/rules/changes.js';
import { checkVote, CAST_SKEW_MS } from '../../../src/rules/eligibility.js';
import { openAt, outcome } from '../../../src/rules/outcome.js';
import { allowedAttendance } from '../../../src/rules/permissions.js';
import { publishedDocument } from '../../../src/rules/privacy.js';
import { quorum } from '../../../src/rules/quorum.js';
import { parseDocument } from '../../../src/contract/index.js';
import { validDocument } from '../../fixtures/document-arbitrary.js';
import { parsed } from '../../fixtures/documents.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const RUNS = { numRuns: 150 };
/** After every date the generator writes. */
const HANDOVER = '2031-01-01';

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The document with seat `index` handed to a successor after every act it records, its appointment kept under previous. */
function handedOver(input: Json, index: number): Json {
  const doc = structuredClone(input);
  const seat = doc.groups[0].seats[index];
  const last = seat.previous?.[seat.previous.length - 1];
  const from = seat.term?.from ?? (last ? dayAfter(last.to) : '2000-01-01');
  seat.previous = [...(seat.previous ?? []), { holder: seat.holder, proxy: seat.proxy, from, to: HANDOVER }];
  seat.holder = 'p-successor';
  seat.proxy = 'p-successor-proxy';
  seat.term = { from: dayAfter(HANDOVER) };
  doc.people.push({ id: 'p-successor', name: 'Successor' }, { id: 'p-successor-proxy', name: 'Their proxy' });
  return doc;
}

/** Documents with at least one seat whose term has no end (an ended term is a separate rule from a handover). */
const withOpenSeat = validDocument.filter((doc) => doc.groups[0].seats.some((s: Json) => !s.term?.to));

describe('a seat changing hands', () => {
  it('changes no outcome and no quorum of anything the document records', () => {
    fc.assert(
      fc.property(withOpenSeat, fc.nat(), (input, pick) => {
        const open = input.groups[0].seats.flatMap((s: Json, i: number) => (s.term?.to ? [] : [i]));
        const before = parsed(input);
        const after = parsed(handedOver(input, open[pick % open.length]));
        for (const proposal of before.proposals) {
          const [was, is] = [outcome(before, proposal.id), outcome(after, proposal.id)];
          // With neither closes nor a meeting a proposal has no moment: its declarations, and the holders of
          // its seats with no vote, are today's; and so are the votes it needs and whether it is too early to say,
          // which count the seats no one can vote for among those (outcome's seatsCannotVote).
          if (!proposal.closes && !proposal.meeting) {
            [was.declarations, is.declarations] = [[], []];
            [was.withoutVote, is.withoutVote] = [[], []];
            for (const today of [
              'seatsCannotVote',
              'needed',
              'neededCastingVote',
              'neededIfChairFor',
              'tooEarlyToSay',
            ]) {
              [(was as Json)[today], (is as Json)[today]] = [undefined, undefined];
            }
          }
          // Why the chair's seat could give no casting vote is judged at `now` while a proposal is a draft or open
          // (at its close once decided): asked with no `now` and no meeting, it is the seat's current appointment's,
          // vacant before the handover and held after it.
          const judgedNow = !proposal.closes || proposal.status === 'draft' || proposal.status === 'open';
          if (!proposal.meeting && judgedNow && was.castingSeat && is.castingSeat) {
            [was.castingSeat.barred, is.castingSeat.barred] = [undefined, undefined];
          }
          expect(is, proposal.id).to.deep.equal(was);
        }
        for (const meeting of before.meetings) {
          expect(quorum(after, meeting.id), meeting.id).to.deep.equal(quorum(before, meeting.id));
        }
      }),
      RUNS,
    );
  });
});

const moment = fc
  .tuple(fc.integer({ min: 2018, max: 2031 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 23 }))
  .map(([year, month, hour]) => `${year}-${String(month).padStart(2, '0')}-15T${String(hour).padStart(2, '0')}:00:00Z`);

describe('publishedDocument', () => {
  it('never serves another’s vote on an open after-close or secret proposal, nor any vote of an open one to the public', () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), moment, (input, who, now) => {
        const doc = parsed(input);
        const viewers = [null, ...doc.people.map((p) => p.id)];
        const viewer = viewers[who % viewers.length] ?? null;
        const published = publishedDocument(doc, viewer, now);
        for (const vote of published.votes) {
          const proposal = doc.proposals.find((p) => p.id === vote.proposal)!;
          if (!openAt(proposal, now)) {
            if (proposal.ballot === 'secret') expect(vote.by).to.equal(viewer);
            continue;
          }
          expect(viewer, 'the public reads no vote of an open proposal').to.not.equal(null);
          if (proposal.results === 'after-close' || proposal.ballot === 'secret') expect(vote.by).to.equal(viewer);
        }
        parsed(published);
      }),
      RUNS,
    );
  });

  it('gives the tally of the full document wherever it serves a count', () => {
    fc.assert(
      fc.property(validDocument, moment, (input, now) => {
        const doc = parsed(input);
        const published = publishedDocument(doc, 'p-0', now);
        published.proposals.forEach((proposal, i) => {
          if (!proposal.count) return;
          const full = outcome(doc, proposal.id);
          const seen = outcome(published, proposal.id);
          expect([seen.for, seen.against, seen.abstain]).to.deep.equal([full.for, full.against, full.abstain]);
          expect(doc.proposals[i]!.id).to.equal(proposal.id);
        });
      }),
      RUNS,
    );
  });

  it('gives the full document’s decision of a tie wherever it serves a count: the chair’s casting vote goes with it', () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), moment, (input, who, now) => {
        const doc = parsed(input);
        const viewers = [null, ...doc.people.map((p) => p.id)];
        const published = publishedDocument(doc, viewers[who % viewers.length] ?? null, now);
        for (const proposal of published.proposals) {
          if (!proposal.count) continue;
          const [full, seen] = [outcome(doc, proposal.id), outcome(published, proposal.id)];
          expect(seen.decidedBy, proposal.id).to.equal(full.decidedBy);
          if (full.for === full.against) expect(seen.standing, proposal.id).to.equal(full.standing);
        }
      }),
      RUNS,
    );
  });
});

/**
 * The document with each seat voting the other way up to `to` (1.2, `previousStanding`): a seat with a vote today
 * had none then, and one with none had one, so that votes cast before `to` for a seat without a vote today count.
 * Its counts are left out, so that each count served is the one `publishedDocument` works out from the votes.
 */
function votingChanged(input: Json, to: string): Json {
  const doc = structuredClone(input);
  for (const seat of doc.groups[0].seats) seat.previousStanding = [{ to, voting: !seat.voting }];
  for (const proposal of doc.proposals) delete proposal.count;
  return doc;
}

describe('publishedDocument, seats gaining or losing their vote', () => {
  it('serves counts the contract accepts: no more votes than the seats that ever had a vote', () => {
    fc.assert(
      fc.property(validDocument, moment, fc.nat(), moment, (input, changed, who, now) => {
        const doc = parsed(votingChanged(input, changed.slice(0, 10)));
        const viewers = [null, ...doc.people.map((p) => p.id)];
        const served = publishedDocument(doc, viewers[who % viewers.length] ?? null, now);
        const result = parseDocument(served);
        expect(result.ok, JSON.stringify(result.ok || result.problems)).to.equal(true);
      }),
      RUNS,
    );
  });
});

describe("a clerk's allowed attendance changes", () => {
  const change = fc.record({
    meeting: fc.nat(),
    seat: fc.nat(),
    value: fc.nat(),
    minutes: fc.integer({ min: -600, max: 1800 }),
  });

  it('keep the document within the contract, on the meeting day and outside it', () => {
    fc.assert(
      fc.property(validDocument, fc.array(change, { maxLength: 6 }), (input, changes) => {
        let doc = parsed(input);
        changes.forEach((c, i) => {
          const meeting = doc.meetings[c.meeting % Math.max(doc.meetings.length, 1)];
          const seat = doc.groups[0]!.seats[c.seat % Math.max(doc.groups[0]!.seats.length, 1)];
          if (!meeting || !seat) return;
          const values = [...allowedAttendance(doc, seat.id, meeting.id), 'left' as const];
          const when = new Date(Date.parse(meeting.start) + c.minutes * 60_000).toISOString();
          const record = {
            id: `c${i}`,
            meeting: meeting.id,
            seat: seat.id,
            attendance: values[c.value % values.length]!,
            by: 'p-0',
            at: when,
          };
          doc = withAttendance(doc, record);
        });
        parsed(doc);
      }),
      RUNS,
    );
  });
});

describe("checkVote with the host's clock", () => {
  it('never accepts a vote after closes, or cast more than 5 minutes ahead of now', () => {
    fc.assert(
      fc.property(validDocument, moment, (input, now) => {
        const doc = parsed(input);
        for (const vote of doc.votes) {
          if (!checkVote(doc, vote, { now }).ok) continue;
          const proposal = doc.proposals.find((p) => p.id === vote.proposal)!;
          expect(openAt(proposal, now)).to.equal(true);
          expect(Date.parse(vote.cast)).to.be.at.most(Date.parse(now) + CAST_SKEW_MS);
          if (proposal.closes) expect(Date.parse(vote.cast)).to.be.at.most(Date.parse(proposal.closes));
        }
      }),
      RUNS,
    );
  });
});
