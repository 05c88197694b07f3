/**
 * The parts of the document a vote panel reads, for the document controller
 * to compare by identity (partsBut): the panel renders again only when one
 * changed. Kept apart because they are worked out for every panel at each
 * new document, and their cost at 10,000 seats is a concern of its own.
 */
import type { Meeting, PartnershipDocument } from '../../src/contract/index.js';
import { votesFor } from '../../src/rules/indexes.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';

/** The parts read by the panel of `proposal`: VotePanel's `documentParts` says which and why. */
export function panelParts(document: PartnershipDocument, proposal: string | undefined): DocumentParts {
  const meeting = document.proposals.find((p) => p.id === proposal)?.meeting;
  return [
    partsBut(document, 'votes', 'meetings', 'risks', 'actions'),
    // The core's index of the votes by proposal, which the count builds for a new document anyway: a filter of
    // every vote, here, cost each panel milliseconds a vote at 10,000 seats.
    proposal ? votesFor(document, proposal) : [],
    meetingParts(document.meetings, meeting),
  ];
}

/** The meetings' parts the panel reads, by list and by the proposal's meeting: see `meetingParts`. */
const meetingPartsRead = new WeakMap<readonly Meeting[], Map<string | undefined, DocumentParts>>();

/**
 * The meetings as the panel reads them: the proposal's own `meeting` whole, the others but their attendance.
 * Kept for a list that has not changed, as a vote leaves it, so that the panels compare it by identity: made
 * afresh for each of thousands of meetings, it cost each panel milliseconds a vote at 10,000 seats.
 */
function meetingParts(meetings: readonly Meeting[], meeting: string | undefined): DocumentParts {
  const read = meetingPartsRead.get(meetings) ?? new Map<string | undefined, DocumentParts>();
  meetingPartsRead.set(meetings, read);
  const kept = read.get(meeting);
  // A list grown in place (read as append-only, like the core's indexes) is read again.
  if (kept && kept.length === meetings.length) return kept;
  const parts = meetings.map((m) => (m.id === meeting ? m : partsBut(m, 'attendance')));
  read.set(meeting, parts);
  return parts;
}
