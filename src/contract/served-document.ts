/**
 * The document as a host writes it out. `parseDocument` fills every list a
 * document leaves out with an empty one; written back as JSON, each is a field
 * the council never wrote, and a field added to the contract after a release
 * is one that release's elements refuse. An upgraded host serving
 * `"projects": []` left every page still on 0.1.0 (the kit's file in a CMS's
 * asset folder, a copy a browser or service worker kept, a tab open since
 * before the upgrade) saying only "There is a problem", for a partnership with
 * no projects at all; each group's `"previousRules": []` and each seat's
 * `"previousStanding": []` (1.2) would do the same to every page of a release
 * before 1.2. Left out when empty, they read the same to this release and to
 * those.
 */
import type { Group, PartnershipDocument, Seat } from './document-types.js';

/** A seat as served: without `previousStanding` when it has none. */
export type ServedSeat = Omit<Seat, 'previousStanding'> & Partial<Pick<Seat, 'previousStanding'>>;

/** A group as served: without `previousRules` when it has none, and its seats as served. */
export type ServedGroup = Omit<Group, 'previousRules' | 'seats'> &
  Partial<Pick<Group, 'previousRules'>> & { seats: ServedSeat[] };

/** A document as served: the parsed one, without the lists added since 0.1.0 when they are empty. */
export type ServedDocument = Omit<PartnershipDocument, 'projects' | 'groups'> &
  Partial<Pick<PartnershipDocument, 'projects'>> & { groups: ServedGroup[] };

/**
 * `document` as a host serves it: without an empty `projects`, a group's empty `previousRules` or a seat's
 * empty `previousStanding`.
 */
export function servedDocument(document: PartnershipDocument): ServedDocument {
  const { projects, ...rest } = document;
  const served: ServedDocument = { ...rest, groups: document.groups.map(servedGroup) };
  return projects.length > 0 ? { ...served, projects } : served;
}

function servedGroup(group: Group): ServedGroup {
  const { previousRules, ...rest } = group;
  const served = { ...rest, seats: group.seats.map(servedSeat) };
  return previousRules.length > 0 ? { ...served, previousRules } : served;
}

function servedSeat(seat: Seat): ServedSeat {
  if (seat.previousStanding.length > 0) return seat;
  const { previousStanding: _none, ...served } = seat;
  return served;
}
