/**
 * The quorum indicator judges its meeting once a document, not at every render and for every indicator
 * showing it (issue 12): each answer is the core's, kept while the document and what it was asked with stay as
 * they were, and only the latest of each question is kept, so a meeting in progress does not keep an answer
 * for every tick of the clock.
 */
import { expect } from '@open-wc/testing';
import {
  movementsUntil,
  quorumInTheRoom,
  quorumOnTheDay,
  whoIsInTheRoom,
} from '../../../components/quorum-indicator/meeting-reading.js';
import { inTheRoom, movements, quorum } from '../../../src/rules/index.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { parsed, seedDocument } from '../../fixtures/documents.js';

const MEETING = 'elg-2019-12-10';
let sutton: PartnershipDocument;
let half: string;
let whole: string;
before(async () => {
  sutton = parsed(await seedDocument('sutton'));
  const start = Date.parse(sutton.meetings.find((m) => m.id === MEETING)!.start);
  half = new Date(start + 30 * 60_000).toISOString();
  whole = new Date(start + 90 * 60_000).toISOString();
});

describe('the quorum indicator’s reading of its meeting', () => {
  it('gives the core’s answers', () => {
    expect(quorumOnTheDay(sutton, MEETING, '2019-12-10')).to.deep.equal(
      quorum(sutton, MEETING, { today: '2019-12-10' }),
    );
    expect(quorumInTheRoom(sutton, MEETING, half)).to.deep.equal(quorum(sutton, MEETING, { at: half }));
    expect(whoIsInTheRoom(sutton, MEETING, half)).to.deep.equal(inTheRoom(sutton, MEETING, half));
    expect(movementsUntil(sutton, MEETING)).to.deep.equal(movements(sutton, MEETING));
    expect(movementsUntil(sutton, MEETING, half)).to.deep.equal(movements(sutton, MEETING, half));
  });

  it('is kept for every indicator asking the same of the same document', () => {
    expect(quorumOnTheDay(sutton, MEETING, '2019-12-10')).to.equal(quorumOnTheDay(sutton, MEETING, '2019-12-10'));
    expect(quorumInTheRoom(sutton, MEETING, half)).to.equal(quorumInTheRoom(sutton, MEETING, half));
    expect(whoIsInTheRoom(sutton, MEETING, half)).to.equal(whoIsInTheRoom(sutton, MEETING, half));
    expect(movementsUntil(sutton, MEETING)).to.equal(movementsUntil(sutton, MEETING));
  });

  it('is asked again of a new document, or of another day or moment, and keeps only the latest', () => {
    const first = quorumOnTheDay(sutton, MEETING, '2019-12-10');
    const changed = structuredClone(sutton);
    expect(quorumOnTheDay(changed, MEETING, '2019-12-10')).not.to.equal(first);
    const nextDay = quorumOnTheDay(sutton, MEETING, '2019-12-11');
    expect(nextDay).to.deep.equal(quorum(sutton, MEETING, { today: '2019-12-11' }));
    expect(quorumOnTheDay(sutton, MEETING, '2019-12-10'), 'the day before, asked again').not.to.equal(first);

    const early = quorumInTheRoom(sutton, MEETING, half);
    expect(quorumInTheRoom(sutton, MEETING, whole)).to.deep.equal(quorum(sutton, MEETING, { at: whole }));
    expect(quorumInTheRoom(sutton, MEETING, half), 'an earlier moment, asked again').not.to.equal(early);
    const all = movementsUntil(sutton, MEETING);
    expect(movementsUntil(sutton, MEETING, whole)).to.deep.equal(movements(sutton, MEETING, whole));
    expect(movementsUntil(sutton, MEETING), 'until the end, asked again').not.to.equal(all);
  });
});
