/**
 * Finding a document's records by id. A rule asked about an id the document
 * does not hold throws a RangeError that names it: the caller (an element, a
 * server) checks the id against the document first.
 */
import type { Action, Group, Meeting, PartnershipDocument, Proposal, Risk, Seat } from '../contract/schema.js';
import { byId } from './indexes.js';

function find<T extends { id: string }>(records: readonly T[], id: string, what: string): T {
  const record = byId(records, id);
  if (!record) throw new RangeError(`No ${what} has the id '${id}'.`);
  return record;
}

/** The group `id`; throws a RangeError naming it when there is none. */
export const groupOf = (doc: PartnershipDocument, id: string): Group => find(doc.groups, id, 'group');
/** The meeting `id`; throws a RangeError naming it when there is none. */
export const meetingOf = (doc: PartnershipDocument, id: string): Meeting => find(doc.meetings, id, 'meeting');
/** The proposal `id`; throws a RangeError naming it when there is none. */
export const proposalOf = (doc: PartnershipDocument, id: string): Proposal => find(doc.proposals, id, 'proposal');
/** The risk `id`; throws a RangeError naming it when there is none. */
export const riskOf = (doc: PartnershipDocument, id: string): Risk => find(doc.risks, id, 'risk');
/** The action `id`; throws a RangeError naming it when there is none. */
export const actionOf = (doc: PartnershipDocument, id: string): Action => find(doc.actions, id, 'action');

/** The seat `id` of `group`, or undefined. */
export function seatOf(group: Group, id: string): Seat | undefined {
  return byId(group.seats, id);
}

/** The name of a person, or their id when the document does not name them ('' for no one). */
export function personName(doc: PartnershipDocument, id: string | null | undefined): string {
  if (!id) return '';
  return byId(doc.people, id)?.name ?? id;
}
