/**
 * Which of a seat's votes is the later, wherever "the latest valid one by
 * `cast`" is picked: by `cast`, then, for two cast at the same instant, by
 * `received` (the host's stamp; a vote without one, stored before hosts
 * stamped, comes first), then by `id`. The order the document lists its
 * votes in (the host's order of receipt, or an export's) never decides.
 */
import type { Vote } from '../contract/schema.js';
import { instantOf } from './calendar.js';

/** A vote's `received` as an instant, or -Infinity without one: a total order needs every vote placed. */
const receivedOf = (vote: Pick<Vote, 'received'>): number =>
  vote.received === undefined ? -Infinity : instantOf(vote.received);

/**
 * Negative when `a` counts as earlier than `b`, positive when later, 0 only
 * for the same `cast`, `received` and `id`: `cast`, then `received`, then
 * `id` (compared by code unit, as in any language).
 *
 * @example
 * votes.toSorted(compareVotes).at(-1); // the latest vote, whatever the votes' order
 */
export function compareVotes(
  a: Pick<Vote, 'cast' | 'received' | 'id'>,
  b: Pick<Vote, 'cast' | 'received' | 'id'>,
): number {
  const cast = instantOf(a.cast) - instantOf(b.cast);
  if (cast !== 0) return cast;
  const [ra, rb] = [receivedOf(a), receivedOf(b)];
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}
