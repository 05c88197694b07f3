/**
 * Whether how a proposal would go if voting closed now has changed while the member watches: another device's vote,
 * or the room emptying, can turn "too early to say" into "carried" under them. The count's status region says such a
 * change once; the numbers moving alone are not news, and the first showing (or another proposal) is not a change.
 */
import type { StandingSaid } from './tally-view.js';

export class StandingNews {
  private seen?: { proposal: string; standing: StandingSaid | undefined; moved: boolean };

  /** Whether `standing` of `proposal` is a change the member saw happen; the same standing again stays news once said. */
  moved(proposal: string, standing: StandingSaid | undefined): boolean {
    const seen = this.seen;
    if (seen?.proposal === proposal && seen.standing === standing) return seen.moved;
    // Only a standing that follows another while open: the close is said by closing-watch.ts, with the result.
    const moved = seen?.proposal === proposal && seen.standing !== undefined && standing !== undefined;
    this.seen = { proposal, standing, moved };
    return moved;
  }
}
