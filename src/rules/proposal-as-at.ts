/**
 * A proposal as it stood at a moment, for a page that reads a decision as at an earlier day than the document's
 * (a month's highlight report): the document keeps every vote and the clerk's `closed`, and counted as it stands
 * it would give a result the month had not seen. Only what the document dates can be undone: a withdrawal or a
 * draft records no date, so it stands as it is.
 */
import type { PartnershipDocument, Proposal, Vote } from '../contract/schema.js';
import { instantOf } from './calendar.js';
import { byId, votesFor } from './indexes.js';
import { proposalOf } from './records.js';

/** The document as it stood at `at` for proposal `proposalId`, and the proposal then. */
export interface ProposalAsAt {
  doc: PartnershipDocument;
  proposal: Proposal;
}

/**
 * `doc` with proposal `proposalId` as it stood at `at`: without the votes cast or received after it, nor the
 * declarations made after it; open while voting ran past it (a `closes` after it, a vote after it, or its
 * meeting still to begin), without a count published since; and with no attendance at its meeting while that
 * was still to begin. The same document when nothing of it came after `at`.
 *
 * @example
 * proposalAsAt(doc, 'hnb-plan', '2019-09-30T22:59:59.999Z').proposal.status; // 'open': voted on 15 October
 */
export function proposalAsAt(doc: PartnershipDocument, proposalId: string, at: string): ProposalAsAt {
  const proposal = proposalOf(doc, proposalId);
  const moment = instantOf(at);
  const by = (dated: string | undefined) => dated === undefined || instantOf(dated) <= moment;
  const madeBy = (vote: Vote) => by(vote.cast) && by(vote.received);
  const votes = votesFor(doc, proposalId);
  const meeting = proposal.meeting ? byId(doc.meetings, proposal.meeting) : undefined;
  const meetingToCome = meeting !== undefined && !by(meeting.start);
  const laterVote = votes.some((vote) => !madeBy(vote));
  const stillOpen = proposal.status === 'closed' && (laterVote || !by(proposal.closes) || meetingToCome);
  const declarations = proposal.declarations.filter((declaration) => by(declaration.declared));
  const attended = meetingToCome && Object.keys(meeting.attendance).length > 0;
  if (!laterVote && !stillOpen && !attended && declarations.length === proposal.declarations.length) {
    return { doc, proposal };
  }
  const then: Proposal = { ...proposal, declarations, ...(stillOpen ? { status: 'open' } : {}) };
  // A count published at the close is the count then, not at `at`.
  if (stillOpen) delete then.count;
  return {
    proposal: then,
    doc: {
      ...doc,
      proposals: doc.proposals.map((p) => (p === proposal ? then : p)),
      votes: laterVote ? doc.votes.filter((vote) => vote.proposal !== proposalId || madeBy(vote)) : doc.votes,
      meetings: attended ? doc.meetings.map((m) => (m === meeting ? { ...m, attendance: {} } : m)) : doc.meetings,
    },
  };
}
