/**
 * Whether how a proposal would go if voting closed now has changed while the member watches: another device's vote,
 * or the room emptying, can turn "too early to say" into "carried" under them. The count's status region says such a
 * change once; the numbers moving alone are not news, and the first showing (of another proposal, or in another
 * language: every word changes then, and the region saying its news again would be heard as news) is not a change.
 */
import type { Messages } from '../../src/messages/index.js';
import type { StandingSaid } from './tally-view.js';

interface Seen {
  proposal: string;
  standing: StandingSaid | undefined;
  msg: Messages;
  moved: boolean;
}

export class StandingNews {
  private seen?: Seen;

  /** Whether `standing` of `proposal` is a change the member saw happen; the same standing again stays news once said. */
  moved(proposal: string, standing: StandingSaid | undefined, msg: Messages): boolean {
    const seen = this.seen;
    const sameShowing = seen?.proposal === proposal && seen.msg === msg;
    if (sameShowing && seen.standing === standing) return seen.moved;
    // Only a standing that follows another while open: the close is said by closing-watch.ts, with the result.
    const moved = sameShowing && seen.standing !== undefined && standing !== undefined;
    this.seen = { proposal, standing, msg, moved };
    return moved;
  }
}
