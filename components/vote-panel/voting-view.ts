/**
 * The member's part of the panel: a form for each seat they may vote for
 * while voting is open, and otherwise why there is none (withdrawn, not open
 * yet, closed with their own votes as they stand, not signed in, not
 * entitled, nowhere to send a vote). Apart from the panel, which keeps the
 * choices and sends the vote: this says which of these the member sees.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import {
  eligibleSeats,
  ineligibility,
  seatsVotedFor,
  type EligibleSeat,
  type Ineligibility,
} from '../../src/rules/index.js';
import { byId } from '../../src/rules/indexes.js';
import type { OutboxStatus } from '../../src/data/index.js';
import { explainReason, type Messages, type Names } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';
import { renderClosedVotes } from './closed-votes-view.js';
import { renderUncountedVotes } from './uncounted-votes-view.js';
import type { ProposalReading } from './proposal-reading.js';

/** What the member's part reads of the panel. */
export interface VotingPanel {
  voter?: string;
  headingLevel: number;
  /** Whether the host set a way to send a vote (`endpoint` or `submit`). */
  canSend: boolean;
  /** The panel's clock as this render read it, by which the core judges who may vote. */
  now: string;
  /** The outbox's news of the votes sent from the panel. */
  statuses: () => OutboxStatus[];
  seatForm: (seat: EligibleSeat) => unknown;
}

export function renderYourVote(msg: Messages, names: Names, reading: ProposalReading, panel: VotingPanel) {
  const { document, proposal, result } = reading;
  const { voter } = panel;
  const t = msg.votePanel;
  if (proposal.status === 'withdrawn') return html`<p>${t.withdrawn}</p>`;
  if (proposal.status === 'draft') return html`<p>${t.notOpenYet}</p>`;
  // Closed, or open past its closing time by the element's clock: the core says it takes no more votes.
  if (!result.open)
    return html`<p>${t.votingClosed}</p>
      ${voter ? [renderClosedVotes(msg, names, reading, voter, panel.statuses()), renderUncountedVotes(msg, names, reading, voter)] : nothing}`;
  if (!voter) return html`<p>${t.signIn}</p>`;
  const at = panel.now;
  const seats = eligibleSeats(document, proposal.id, voter, at);
  const uncounted = renderUncountedVotes(msg, names, reading, voter);
  if (seats.length === 0 && !byId(document.people, voter))
    return renderUnknownVoter(msg, voter, panel.headingLevel, uncounted);
  if (seats.length === 0) {
    // What they cast before (a proxy's, before the holder came back) stays in view with why they cannot vote now.
    const cast = [renderClosedVotes(msg, names, reading, voter, panel.statuses()), uncounted];
    const reasons = ineligibility(document, proposal.id, voter, at);
    return html`${heading(panel.headingLevel, 1, t.yourVote)}
    ${renderCannotVote(msg, names, t.cannotVote, reasons, cast)}`;
  }
  const others = renderOtherSeats(msg, names, reading, panel, voter, seats);
  if (!panel.canSend)
    return html`${uncounted}
      <p>${t.noSender}</p>
      ${others}`;
  // The heading, the notes and the forms are blocks, side by side: the white space between them is shown nowhere.
  // prettier-ignore
  return html`<div class="voting">
    ${heading(panel.headingLevel, 1, t.yourVote)}${uncounted}${seats.map((seat) => panel.seatForm(seat))}${others}
  </div>`;
}

/**
 * After the forms, each other seat of the member's in the group that they voted for or could vote for but may not
 * now (a proxy whose holder came back, a term that ended): their vote for it as it stands and why, as the panel
 * says it when that seat is their only one. Without this, a second seat open to them hid the first, their vote
 * for it included. A non-voting seat they never voted for has nothing to say beside a form.
 */
function renderOtherSeats(
  msg: Messages,
  names: Names,
  reading: ProposalReading,
  panel: VotingPanel,
  voter: string,
  open: EligibleSeat[],
) {
  const { document, proposal } = reading;
  const isOther = (seat: string) => !open.some((eligible) => eligible.seat === seat);
  const votedFor = new Set(seatsVotedFor(document, proposal.id, voter));
  const reasons = ineligibility(document, proposal.id, voter, panel.now).filter(
    ({ seat, reason }) => seat !== undefined && isOther(seat) && (reason !== 'non-voting-seat' || votedFor.has(seat)),
  );
  const cast = renderClosedVotes(msg, names, reading, voter, panel.statuses(), isOther);
  if (reasons.length === 0 && cast.length === 0) return nothing;
  const seats = msg.format.list([...new Set(reasons.map(({ seat }) => names.seat(seat!)))]);
  return renderCannotVote(msg, names, msg.votePanel.cannotVoteFor(seats), reasons, cast);
}

/**
 * After `cast`, what they cast before, counted or not: `lead`, then each reason the core gives, and that the member
 * withdrew when they declared an interest. Only `cast` when there is no reason to give.
 */
function renderCannotVote(msg: Messages, names: Names, lead: string, reasons: Ineligibility[], cast: unknown) {
  const t = msg.votePanel;
  if (reasons.length === 0) return html`${cast}`;
  return html`${cast}
    <p>${lead}</p>
    <ul>
      ${reasons.map(
        (reason) =>
          html`<li data-reason=${reason.reason}>
            ${reason.reason === 'declared-interest' ? t.youWithdrew : explainReason(msg, names, reason)}
          </li>`,
      )}
    </ul>`;
}

/** A `voter` the document has no person for: said as such, where the core's reasons named the id as a person. */
function renderUnknownVoter(msg: Messages, voter: string, headingLevel: number, uncounted: unknown) {
  const t = msg.votePanel;
  return html`${heading(headingLevel, 1, t.yourVote)} ${uncounted}
    <p>${t.cannotVote}</p>
    <p class="notice" part="attribute-notice">${t.voterUnknown(voter)}</p>`;
}
