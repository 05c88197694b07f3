/**
 * Finding a document's records by id. A rule asked about an id the document
 * does not hold throws a RangeError that names it: the caller (an element, a
 * server) checks the id against the document first.
 */
import type { Group, Meeting, PartnershipDocument, Proposal, Seat } from '../contract/index.js';

function find<T extends { id: string }>(records: readonly T[], id: string, what: string): T {
  const record = records.find((r) => r.id === id);
  if (!record) throw new RangeError(`No ${what} has the id '${id}'.`);
  return record;
}

export const groupOf = (doc: PartnershipDocument, id: string): Group => find(doc.groups, id, 'group');
export const meetingOf = (doc: PartnershipDocument, id: string): Meeting => find(doc.meetings, id, 'meeting');
export const proposalOf = (doc: PartnershipDocument, id: string): Proposal => find(doc.proposals, id, 'proposal');

/** The seat `id` of `group`, or undefined. */
export function seatOf(group: Group, id: string): Seat | undefined {
  return group.seats.find((seat) => seat.id === id);
}

/** The name of a person, or their id when the document does not name them. */
export function personName(doc: PartnershipDocument, id: string | null | undefined): string {
  if (!id) return '';
  return doc.people.find((person) => person.id === id)?.name ?? id;
}
