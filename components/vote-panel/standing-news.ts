/**
 * Whether how a proposal would go if voting closed now has changed while the member watches: another device's vote,
 * or the room emptying, can turn "too early to say" into "carried" under them. The count's status region says such a
 * change once; the numbers moving alone are not news, and the first showing (of another proposal, or in another
 * language: every word changes then, and the region saying its news again would be heard as news) is not a change.
 * Which it was: `count`, when the numbers moved with it; `standing`, when they did not (the room emptied, the meeting
 * ended), and the region must not say the count changed.
 */
import type { Messages } from '../../src/messages/index.js';
import type { StandingSaid } from './tally-view.js';

/** What moved the standing, or false when it did not move while the member watched. */
export type StandingMove = 'count' | 'standing' | false;

interface Seen {
  proposal: string;
  standing: StandingSaid | undefined;
  counted: string;
  msg: Messages;
  moved: StandingMove;
}

export class StandingNews {
  private seen?: Seen;

  /**
   * Whether `standing` of `proposal` is a change the member saw happen, and with the count (`counted`: its numbers)
   * or without; the same standing again stays news once said.
   */
  moved(proposal: string, standing: StandingSaid | undefined, counted: string, msg: Messages): StandingMove {
    const seen = this.seen;
    const sameShowing = seen?.proposal === proposal && seen.msg === msg;
    if (sameShowing && seen.standing === standing) {
      // The numbers moving alone are not news, but are the count the next move is judged against.
      seen.counted = counted;
      return seen.moved;
    }
    // Only a standing that follows another while open: the close is said by closing-watch.ts, with the result.
    const changed = sameShowing && seen.standing !== undefined && standing !== undefined;
    const moved = changed && (seen.counted === counted ? 'standing' : 'count');
    this.seen = { proposal, standing, counted, msg, moved };
    return moved;
  }
}
