/**
 * The member's own vote that the count does not take, with the rules' reason (the core's `outcome().invalid`). A
 * vote the host accepted can be judged invalid later: a proxy votes at 4:10pm, and the holder's check-in, made at
 * 4:05pm with no signal in the room, reaches the host at 4:40pm and is timed when it was made; the holder was then
 * in the room at the vote's moment, so the proxy could not vote for them (the rules judge each act at its moment).
 * "Your vote" said only that they cannot vote now, or once closed nothing at all, while the tally (hidden until the
 * close, or naming no one on a secret ballot) was the only place that said so.
 */
import { html } from '../internal/html.js';
import { ownUncountedVotes } from '../../src/rules/index.js';
import { explainReason, type Messages, type Names } from '../../src/messages/index.js';
import type { ProposalReading } from './proposal-reading.js';

/**
 * `voter`'s latest vote for each seat, where the count does not take it, and why (the core's `ownUncountedVotes`);
 * nothing when every one counts. A later vote of theirs for the seat says where they stand: the seat's form, or
 * their closed vote, shows it.
 */
export function renderUncountedVotes(msg: Messages, names: Names, reading: ProposalReading, voter: string) {
  return ownUncountedVotes(reading.document, reading.proposal.id, voter, reading.result).map(({ vote, uncounted }) => {
    const said = msg.votePanel.notCounted(
      names.seat(vote.seat),
      vote.choice,
      msg.format.dateTime(vote.cast),
      explainReason(msg, names, uncounted),
    );
    return html`<p class="current" data-not-counted=${uncounted.reason}>${said}</p>`;
  });
}
