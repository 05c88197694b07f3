/**
 * Finding a document's records by id. A rule asked about an id the document
 * does not hold throws a RangeError that names it: the caller (an element, a
 * server) checks the id against the document first.
 */
import type { Action, Group, Meeting, PartnershipDocument, Proposal, Risk, Seat } from '../contract/schema.js';
import { byId } from './indexes.js';

/**
 * The document's list of `field`, or a TypeError saying what to pass. A portal
 * that hands a rule `parseDocument`'s result, or undefined, would otherwise
 * meet "Invalid value used as weak map key" or "Cannot read properties of
 * undefined", which say nothing of the mistake.
 */
function listOf<F extends 'groups' | 'meetings' | 'proposals' | 'risks' | 'actions'>(
  doc: PartnershipDocument,
  field: F,
): PartnershipDocument[F] {
  const list: unknown = typeof doc === 'object' && doc !== null ? doc[field] : undefined;
  if (Array.isArray(list)) return list as PartnershipDocument[F];
  throw new TypeError(
    `The document must be a partnership document, as parseDocument gives it in 'document', not ${notADocument(doc, field)}.`,
  );
}

/** What was given instead of a document, in a few words: never the value itself, which may be a whole JSON text. */
function notADocument(given: unknown, field: string): string {
  if (typeof given === 'string') return 'JSON text';
  if (typeof given !== 'object' || given === null) return String(given);
  return 'ok' in given ? "parseDocument's result" : `an object without '${field}'`;
}

function find<T extends { id: string }>(records: readonly T[], id: string, what: string): T {
  const record = byId(records, id);
  if (!record) throw new RangeError(`No ${what} has the id '${id}'.`);
  return record;
}

/** The group `id`; throws a RangeError naming it when there is none. */
export const groupOf = (doc: PartnershipDocument, id: string): Group => find(listOf(doc, 'groups'), id, 'group');
/** The meeting `id`; throws a RangeError naming it when there is none. */
export const meetingOf = (doc: PartnershipDocument, id: string): Meeting =>
  find(listOf(doc, 'meetings'), id, 'meeting');
/** The proposal `id`; throws a RangeError naming it when there is none. */
export const proposalOf = (doc: PartnershipDocument, id: string): Proposal =>
  find(listOf(doc, 'proposals'), id, 'proposal');
/** The risk `id`; throws a RangeError naming it when there is none. */
export const riskOf = (doc: PartnershipDocument, id: string): Risk => find(listOf(doc, 'risks'), id, 'risk');
/** The action `id`; throws a RangeError naming it when there is none. */
export const actionOf = (doc: PartnershipDocument, id: string): Action => find(listOf(doc, 'actions'), id, 'action');

/** The seat `id` of `group`, or undefined. */
export function seatOf(group: Group, id: string): Seat | undefined {
  return byId(group.seats, id);
}

/** The name of a person, or their id when the document does not name them ('' for no one). */
export function personName(doc: PartnershipDocument, id: string | null | undefined): string {
  if (!id) return '';
  return byId(doc.people, id)?.name ?? id;
}
