/**
 * Once voting has closed, or while the member cannot vote (a proxy whose
 * holder came back), the member's own vote for each seat as it stands (and,
 * of a proxy's, that the holder's counted instead), and a vote of theirs the
 * host refused (one that reached it after the close): what they cast is not
 * lost from view when the form goes.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import { refusedVoteReplaced } from '../../src/rules/index.js';
import type { OutboxStatus } from '../../src/data/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { refusedBecause } from '../internal/outbox-controller.js';
import type { ProposalReading } from './proposal-reading.js';

/** `statuses`: the outbox's news of the votes sent from the panel. */
export function renderClosedVotes(
  msg: Messages,
  names: Names,
  reading: ProposalReading,
  voter: string,
  statuses: OutboxStatus[],
) {
  const t = msg.votePanel;
  // A proxy's vote the holder's replaced: said while it was open, and still so once closed, where "Your vote"
  // alone reads as counted. Only where the copy holds the holder's vote: a published count names none.
  const recorded = reading.ownVotes(voter).map(
    ({ seat, vote, instead }) =>
      html`<p class="current" data-recorded=${vote.choice}>${t.closedVote(names.seat(seat), vote.choice)}</p>
        ${instead?.as === 'holder' ? html`<p class="current">${t.holderCounts(names.person(instead.by))}</p>` : nothing}`,
  );
  return [...recorded, ...refusedVotes(msg, names, reading, voter, statuses)];
}

/**
 * A vote the host refused stays in view: it is in no document. Not one that a later vote of theirs for the
 * seat, recorded, replaced (the core's `refusedVoteReplaced`, which orders them as the count does).
 */
function refusedVotes(msg: Messages, names: Names, reading: ProposalReading, voter: string, statuses: OutboxStatus[]) {
  const t = msg.votePanel;
  return statuses.flatMap((status) => {
    const { entry } = status;
    if (status.state !== 'rejected' || entry.kind !== 'vote' || entry.record.proposal !== reading.proposal.id)
      return [];
    if (refusedVoteReplaced(reading.document, { ...entry.record, by: voter })) return [];
    const { seat, choice } = entry.record;
    const reason = refusedBecause(msg, status, names);
    return [html`<p class="current" data-refused=${choice}>${t.closedRefused(names.seat(seat), choice, reason)}</p>`];
  });
}
