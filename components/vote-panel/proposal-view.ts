/**
 * The proposal as a member reads it before voting: its title; the meta line
 * (its status, the group that proposed it, the meeting that decides it, when
 * voting closes); its summary and its rationale. Text of the document only:
 * the panel's own parts (the vote, its news, the count) are drawn apart.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { PartnershipDocument, Proposal } from '../../src/contract/index.js';
import type { Outcome } from '../../src/rules/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';

export function renderProposalText(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  { proposal, result }: { proposal: Proposal; result: Outcome },
  headingLevel: number,
) {
  const t = msg.votePanel;
  return html`${heading(headingLevel, 0, proposal.title, { id: 'title' })}
  ${renderMeta(msg, names, document, proposal, result)}
  ${
    proposal.summary
      ? html`${heading(headingLevel, 1, t.summary)}
          <p>${proposal.summary}</p>`
      : nothing
  }
  ${
    proposal.rationale
      ? html`${heading(headingLevel, 1, t.rationale)}
          <p>${proposal.rationale}</p>`
      : nothing
  }`;
}

function renderMeta(msg: Messages, names: Names, document: PartnershipDocument, proposal: Proposal, result: Outcome) {
  const t = msg.votePanel;
  const { format } = msg;
  const from = proposal.from ? document.groups.find((g) => g.id === proposal.from) : undefined;
  const meeting = proposal.meeting ? document.meetings.find((m) => m.id === proposal.meeting) : undefined;
  // An open proposal past its closing time by the element's clock is closed: the core's `status` says so.
  const { status } = result;
  // The tag is a box of its own on screen; a full stop only a screen reader hears ends it as a sentence, where it
  // ran into the next ("Open for votes Proposed by the Education Operational Group").
  return html`<p class="meta">
    <strong class="tag ${status === 'open' ? 'tag--blue' : 'tag--grey'}">${t.status(status)}</strong
    ><span class="visually-hidden">.</span>
    ${from ? html`${t.proposedBy(names.group(from.id))}. ` : nothing}
    ${meeting ? html`${t.decidedAt(format.dateTime(meeting.start), toBeDecided(proposal, result))}. ` : nothing}
    ${proposal.closes && result.open ? html`${t.closes(format.dateTime(proposal.closes))}.` : nothing}
  </p>`;
}

/** Whether the meeting line says "to be decided" or "decided": the core's result is pending, or the proposal was withdrawn. */
function toBeDecided(proposal: Proposal, result: Outcome): boolean {
  return result.result === 'pending' || proposal.status === 'withdrawn';
}
