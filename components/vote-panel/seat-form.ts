/**
 * One seat's voting form: the notes above it (voting in place of a holder
 * who withdrew, the vote recorded, the one on its way and when it must reach
 * the host, a holder's vote that counts over the proxy's, before the proxy
 * votes too), the three choices
 * with GOV.UK's error message when none was chosen, and the button. Apart
 * from the panel, which keeps what was chosen and sends the vote: this reads
 * the seat and draws it.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { Vote, VoteChoice } from '../../src/contract/index.js';
import {
  arrivalDeadline,
  holderVoteAhead,
  inPlaceOfWithdrawn,
  londonDate,
  seatOn,
  type EligibleSeat,
} from '../../src/rules/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import type { ProposalReading } from './proposal-reading.js';
import { renderRadioChoices } from '../internal/radio-choice.js';

const CHOICES: VoteChoice[] = ['for', 'against', 'abstain'];

/** What the panel knows of the member that the document does not: their choices and votes not sent yet. */
export interface SeatFormMember {
  voter: string;
  now: string;
  names: Names;
  chosen: Record<string, VoteChoice>;
  /** The seat whose form was sent with no choice. */
  missingChoice?: string;
  /** The seat's vote waiting to be sent, unless the document already has it. */
  onItsWay: (seat: string, recorded: Vote | undefined) => Vote | undefined;
}

export interface SeatFormHandlers {
  choose: (seat: string, choice: VoteChoice) => void;
  cast: (event: SubmitEvent, seat: string, recorded: Vote | undefined) => void;
}

/** The form of `seat` on the reading's proposal; nothing when the proposal's group has no such seat. */
export function renderSeatForm(
  msg: Messages,
  reading: ProposalReading,
  { seat: seatId, as }: EligibleSeat,
  member: SeatFormMember,
  handlers: SeatFormHandlers,
) {
  const { document, proposal, result } = reading;
  const seat = document.groups.find((g) => g.id === proposal.group)?.seats.find((s) => s.id === seatId);
  if (!seat) return nothing;
  const t = msg.votePanel;
  const { names, now, voter } = member;
  // The seat of the proposal's group, not the first group's of that id: another group may share it.
  const label = names.seat(seat);
  const holder = names.person(seatOn(seat, londonDate(now)).holder);
  const own = reading.ownVote(seat.id, voter);
  const current = own?.vote;
  const waiting = member.onItsWay(seat.id, current);
  const deadline = waiting ? arrivalDeadline(proposal, now) : undefined;
  const inPlace = inPlaceOfWithdrawn(result, { seat: seat.id, as }, voter);
  const ahead = as === 'proxy' ? holderVoteAhead(result, seat, now) : undefined;
  const about = t.onProposal(names.proposal(proposal.id));
  const choices = {
    seat: seat.id,
    legend: as === 'proxy' ? t.legendProxy(label, holder) : t.legendHolder(label),
    about,
    chosen: member.chosen[seat.id] ?? waiting?.choice ?? current?.choice,
    missing: member.missingChoice === seat.id,
  };
  // The notes, the choices and the button side by side in the source: a line break between two parts would stay,
  // a text node shown nowhere, made in every render.
  // prettier-ignore
  return html`<form
    class="seat-form"
    part="form"
    @submit=${(event: SubmitEvent) => handlers.cast(event, seat.id, current)}
  >
    ${inPlace ? html`<p class="current">${t.inPlaceOf(holder)}</p>` : nothing}${
      current ? html`<p class="current" data-recorded=${current.choice}>${t.current(current.choice, msg.format.dateTime(current.cast))}</p>` : nothing
    }${waiting ? html`<p class="current">${t.waiting(waiting.choice)}</p>` : nothing}${
      deadline ? html`<p class="current deadline">${deadlineText(msg, deadline)}</p>` : nothing
    }${ahead ? html`<p class="current">${holderAheadText(msg, names.person(ahead.by), current)}</p>` : nothing}${
      renderChoices(msg, choices, handlers)
    }<button type="submit" class="button--primary">
      ${current || waiting ? t.changeButton : t.castButton}<span class="visually-hidden"
        >${t.forSeat(label)}${about}</span
      >
    </button>
  </form>`;
}

/** The holder's vote counts ahead of the proxy's: theirs recorded is kept but not counted, and so would one cast. */
function holderAheadText(msg: Messages, holder: string, current: Vote | undefined): string {
  return current ? msg.votePanel.holderCounts(holder) : msg.votePanel.holderVotedFirst(holder);
}

interface Choices {
  seat: string;
  legend: string;
  /** Unseen after the legend: which proposal's choices they are, where a page shows more than one panel. */
  about: string;
  chosen?: VoteChoice;
  missing: boolean;
}

/** The seat's For, Against and Abstain, with GOV.UK's error message when the form was sent without one (`missing`). */
function renderChoices(msg: Messages, { seat, legend, about, chosen, missing }: Choices, handlers: SeatFormHandlers) {
  const t = msg.votePanel;
  return renderRadioChoices({
    name: `choice-${seat}`,
    className: 'vote-choices',
    legend: html`${legend}<span class="visually-hidden">${about}</span>`,
    choices: CHOICES.map((choice) => ({ value: choice, label: t.choice(choice) })),
    chosen,
    choose: (choice) => handlers.choose(seat, choice),
    error: missing ? { prefix: msg.shared.errorPrefix, message: t.chooseFirst } : undefined,
  });
}

/** When a vote waiting near the closing time must reach the host, or that it reached it too late. */
export function deadlineText(msg: Messages, deadline: { closes: string; passed: boolean }): string {
  const when = msg.format.dateTime(deadline.closes);
  return deadline.passed ? msg.votePanel.reachedTooLate(when) : msg.votePanel.reachInTime(when);
}
