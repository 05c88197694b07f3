/**
 * The document as a host writes it out. `parseDocument` fills every list a
 * document leaves out with an empty one; written back as JSON, each is a field
 * the council never wrote, and a field added to the contract after a release
 * is one that release's elements refuse. An upgraded host serving
 * `"projects": []` left every page still on 0.1.0 (the kit's file in a CMS's
 * asset folder, a copy a browser or service worker kept, a tab open since
 * before the upgrade) saying only "There is a problem", for a partnership with
 * no projects at all; each group's `"previousRules": []` (1.2) would do the
 * same to every page of a release before 1.2. Left out when empty, they read
 * the same to this release and to those.
 */
import type { Group, PartnershipDocument } from './document-types.js';

/** A group as served: without `previousRules` when it has none. */
export type ServedGroup = Omit<Group, 'previousRules'> & Partial<Pick<Group, 'previousRules'>>;

/** A document as served: the parsed one, without the lists added since 0.1.0 when they are empty. */
export type ServedDocument = Omit<PartnershipDocument, 'projects' | 'groups'> &
  Partial<Pick<PartnershipDocument, 'projects'>> & { groups: ServedGroup[] };

/** `document` as a host serves it: without an empty `projects`, or a group's empty `previousRules`. */
export function servedDocument(document: PartnershipDocument): ServedDocument {
  const { projects, ...rest } = document;
  const served: ServedDocument = { ...rest, groups: document.groups.map(servedGroup) };
  return projects.length > 0 ? { ...served, projects } : served;
}

function servedGroup(group: Group): ServedGroup {
  if (group.previousRules.length > 0) return group;
  const { previousRules: _none, ...served } = group;
  return served;
}
