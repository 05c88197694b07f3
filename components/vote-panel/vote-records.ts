/**
 * What the vote panel needs to know of the votes already stored: a member's
 * latest, whether a holder's outweighs their proxy's, and when a new one must
 * be dated so that it is the one that counts.
 */
import type { PartnershipDocument, Vote } from '../../src/contract/index.js';
import { outcome } from '../../src/rules/index.js';

/**
 * A new vote is dated now, but after every vote for the seat already stored
 * or waiting to be sent: the latest vote counts, and a device's clock that
 * runs behind (or a demo's `today` in the past, at this time of day) must not
 * leave a changed vote dated before the one it changes.
 */
export function castAfter(now: string, votes: Vote[], proposal: string, seat: string): string {
  const latest = Math.max(
    ...votes.filter((v) => v.proposal === proposal && v.seat === seat).map((v) => Date.parse(v.cast)),
  );
  return Date.parse(now) > latest ? now : new Date(latest + 1000).toISOString();
}

/** Whether the seat's holder has a counted vote, which outweighs this proxy's `current` one. */
export function holderVoted(document: PartnershipDocument, proposal: string, seat: string, current: Vote): boolean {
  const counted = outcome(document, proposal).counted.find((c) => c.seat === seat);
  return counted !== undefined && counted.vote !== current.id && counted.as === 'holder';
}

/** This voter's latest stored vote for the seat, if any. */
export function latestVote(
  document: PartnershipDocument,
  proposal: string,
  seat: string,
  voter?: string,
): Vote | undefined {
  return document.votes
    .filter((v) => v.proposal === proposal && v.seat === seat && v.by === voter)
    .sort((a, b) => Date.parse(a.cast) - Date.parse(b.cast))
    .at(-1);
}
