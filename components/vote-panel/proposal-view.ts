/**
 * The proposal as a member reads it before voting: its title; the meta line
 * (its status, the group that proposed it, the meeting that decides it, when
 * voting closes); its summary and its rationale; then, in the same section,
 * the panel's own parts (the declarations, the vote, its news, the count),
 * drawn apart and given here.
 *
 * One template holds the section, the meta line and the status region's
 * paragraph, and the meta line's sentences are text: a template of each, only
 * to set them in place, was one more instance cloned and committed in every
 * render (issue 12).
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { PartnershipDocument, Proposal } from '../../src/contract/index.js';
import type { Outcome } from '../../src/rules/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { closeSentences } from '../../src/messages/sentence.js';
import { heading } from '../internal/heading.js';
import type { StatusLine } from './status-region.js';

/** The panel's parts in the proposal's section, below its text. */
export interface PanelParts {
  declarations: unknown;
  voting: unknown;
  /** The status region's paragraph (status-region.ts), written in the section. */
  status: StatusLine;
  count: unknown;
}

export function renderProposalSection(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  { proposal, result }: { proposal: Proposal; result: Outcome },
  headingLevel: number,
  { declarations, voting, status, count }: PanelParts,
) {
  const t = msg.votePanel;
  // An open proposal past its closing time by the element's clock is closed: the core's `status` says so.
  const shownStatus = result.status;
  // The tag is a box of its own on screen; a full stop only a screen reader hears ends it as a sentence, where it
  // ran into the next ("Open for votes Proposed by the Education Operational Group"). The parts are side by side
  // where they draw blocks (the white space between two blocks is shown nowhere, a text node in every render).
  // prettier-ignore
  return html`<section aria-labelledby="title">
    ${heading(headingLevel, 0, proposal.title, { id: 'title' })}<p class="meta">
      <strong class="tag ${shownStatus === 'open' ? 'tag--blue' : 'tag--grey'}">${t.status(shownStatus)}</strong
      ><span class="visually-hidden">.</span>
      ${metaSentences(msg, names, document, proposal, result)}
    </p>
    ${proposal.summary ? renderPassage(headingLevel, t.summary, proposal.summary) : nothing}${
      proposal.rationale ? renderPassage(headingLevel, t.rationale, proposal.rationale) : nothing
    }${declarations}
    <p class="indicative">${msg.shared.indicative}</p>
    ${voting}<p class=${status.className} role="status" part="status">${status.words}</p>
    ${count}
  </section>`;
}

/** The summary or the rationale, under its heading. */
function renderPassage(headingLevel: number, title: string, text: string) {
  return html`${heading(headingLevel, 1, title)}
    <p>${text}</p>`;
}

/**
 * The meta line's sentences after the status: who proposed it, the meeting that decides it, when voting closes.
 * One text, each sentence ending with its full stop, once, and a space.
 */
function metaSentences(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  proposal: Proposal,
  result: Outcome,
): string {
  const t = msg.votePanel;
  const { format } = msg;
  const from = proposal.from ? document.groups.find((g) => g.id === proposal.from) : undefined;
  const meeting = proposal.meeting ? document.meetings.find((m) => m.id === proposal.meeting) : undefined;
  const sentences = [
    from ? t.proposedBy(names.group(from.id)) : '',
    meeting ? meetingSentence(msg, format.dateTime(meeting.start), proposal, result) : '',
    proposal.closes && result.open ? t.closes(format.dateTime(proposal.closes)) : '',
  ];
  // Each ends with its stop once: a group named "… Ltd." or a time of "4i.n." keeps its own (closeSentences).
  return closeSentences(
    sentences
      .filter(Boolean)
      .map((sentence) => `${sentence}.`)
      .join(' '),
  );
}

/**
 * The meeting as the result has it: "to be decided" at it while the core's result is pending, "decided" at it once
 * the count decided; only "for" it once withdrawn or inquorate, which the result says will not be, or was not,
 * decided ("Decided at…" above "Not decided: the meeting was not quorate" contradicted it).
 */
function meetingSentence(msg: Messages, when: string, proposal: Proposal, result: Outcome): string {
  const t = msg.votePanel;
  if (proposal.status === 'withdrawn' || result.result === 'inquorate') return t.forMeeting(when);
  return t.decidedAt(when, result.result === 'pending');
}
