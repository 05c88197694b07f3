// A partnership of `count` members for the load proofs: one group of
// `count` voting seats, each held by its own member, and one open proposal
// with no closing time, so any member may vote at any moment and change
// their vote as often as they like.
import { randomUUID } from 'node:crypto';

/** The open proposal every generated vote is on. */
export const MOTION = 'motion';

/** The document: `count` partners, people and seats, one group, one open proposal, no votes. */
export function membersDocument(count = 50) {
  const each = (make) => Array.from({ length: count }, (_, i) => make(i));
  return {
    contract: 'partnership-kit/1',
    partnership: { id: 'load-ep', name: 'Load Test Partnership' },
    partners: each((i) => ({ id: `org-${i}`, name: `School ${i}`, kind: 'other' })),
    people: each((i) => ({ id: memberId(i), name: `Member ${i}` })),
    groups: [
      {
        id: 'board',
        name: 'Partnership Board',
        kind: 'strategic',
        decisionRule: 'simple-majority',
        tieBreak: 'none',
        quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }],
        seats: each((i) => ({ id: seatId(i), partner: `org-${i}`, role: 'member', voting: true, holder: memberId(i) })),
      },
    ],
    meetings: [],
    proposals: [{ id: MOTION, group: 'board', title: 'Adopt the load test plan', status: 'open' }],
    votes: [],
    risks: [],
    actions: [],
  };
}

export const memberId = (i) => `p-m${i}`;
export const seatId = (i) => `s-${i}`;

const CHOICES = ['for', 'against', 'abstain'];

/**
 * The moment every generated vote is cast: these proofs send a member's votes
 * from many senders at once, across processes, in no order, where a member's
 * one device sends them in order. A vote dated before the member's own stored
 * vote is refused (`later-vote-stored`), rightly; one moment for all keeps
 * that rule out of proofs about votes lost or doubled.
 */
const CAST = new Date().toISOString();

/**
 * `total` votes from `members` members in turn (the `from`th vote first),
 * each a fresh id, cast at `CAST`: each member votes `total / members` times
 * and changes their mind on the way.
 */
export function memberVotes(total, { members = 50, from = 0 } = {}) {
  return Array.from({ length: total }, (_, k) => {
    const n = from + k;
    const i = n % members;
    return {
      id: randomUUID(),
      proposal: MOTION,
      seat: seatId(i),
      by: memberId(i),
      choice: CHOICES[(n + Math.floor(n / members)) % CHOICES.length],
      cast: CAST,
    };
  });
}
