/**
 * Once voting has closed, or while the member cannot vote (a proxy whose
 * holder came back), the member's own vote for each seat as it stands (and,
 * of a proxy's, that the holder's counted instead), a vote of theirs still
 * on this device that the host has not answered for, and a vote of theirs the
 * host refused (one that reached it after the close): what they cast is not
 * lost from view when the form goes.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import { refusedVoteReplaced } from '../../src/rules/index.js';
import type { Vote } from '../../src/contract/index.js';
import type { OutboxStatus } from '../../src/data/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { refusedBecause } from '../internal/outbox-controller.js';
import { markStatusWords } from '../internal/host-words.js';
import type { ProposalReading } from './proposal-reading.js';

/**
 * `statuses`: the outbox's news of the votes sent from the panel. `shown`: which seats' votes to name; all of them
 * unless said, and while voting is open only those of seats the member has no form for (a form says its own).
 */
export function renderClosedVotes(
  msg: Messages,
  names: Names,
  reading: ProposalReading,
  voter: string,
  statuses: OutboxStatus[],
  shown: (seat: string) => boolean = () => true,
) {
  const t = msg.votePanel;
  const ofSeat = statuses.filter(({ entry }) => entry.kind !== 'vote' || shown(entry.record.seat));
  // A proxy's vote the holder's replaced: said while it was open, and still so once closed, where "Your vote"
  // alone reads as counted. Only where the copy holds the holder's vote: a published count names none.
  // Not a former holder's vote, nor a later holder's over a former proxy's: the later counted, not the holder's.
  const recorded = reading.ownVotes(voter).flatMap(({ seat, vote, instead }) => {
    if (!shown(seat)) return [];
    const ahead = instead && reading.holderVoteAhead(seat, vote.cast);
    return html`<p class="current" data-recorded=${vote.choice}>${t.closedVote(names.seat(seat), vote.choice)}</p>
      ${ahead ? html`<p class="current">${t.holderCounts(names.person(ahead.by))}</p>` : nothing}`;
  });
  return [
    ...recorded,
    ...waitingVotes(msg, names, reading, voter, ofSeat),
    ...refusedVotes(msg, names, reading, voter, ofSeat),
  ];
}

/**
 * A vote still on this device, the host not having answered for it: named until it does (the outbox still sends
 * it), with that it counts only if the host accepts it, which after the close it most likely will not. The seat's
 * last one, as its form showed; not one the document holds already (the live channel brought it before the answer).
 */
function waitingVotes(msg: Messages, names: Names, reading: ProposalReading, voter: string, statuses: OutboxStatus[]) {
  const closed = !reading.result.open;
  return [...lastWaiting(reading.proposal.id, statuses).values()].flatMap((vote) =>
    reading.ownVote(vote.seat, voter)?.vote.id === vote.id
      ? []
      : [
          html`<p class="current" data-waiting=${vote.choice}>
            ${msg.votePanel.stillWaiting(names.seat(vote.seat), vote.choice, closed)}
          </p>`,
        ],
  );
}

/** Each seat's last vote on `proposal` still queued or being sent, by seat. */
function lastWaiting(proposal: string, statuses: OutboxStatus[]): Map<string, Vote> {
  const last = new Map<string, Vote>();
  const bySequence = [...statuses].sort((a, b) => (a.entry.sequence ?? 0) - (b.entry.sequence ?? 0));
  for (const { state, entry } of bySequence) {
    if ((state === 'queued' || state === 'sending') && entry.kind === 'vote' && entry.record.proposal === proposal)
      last.set(entry.record.seat, entry.record);
  }
  return last;
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
    // The host's words in it marked with their language, as the status region marks them.
    const said = markStatusWords(t.closedRefused(names.seat(seat), choice, reason), msg.lang, status);
    return [html`<p class="current" data-refused=${choice}>${said}</p>`];
  });
}
