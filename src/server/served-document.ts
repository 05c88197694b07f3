/**
 * The document as the host writes it out. `parseDocument` fills every list a
 * document leaves out with an empty one; written back as JSON, each is a field
 * the council never wrote. `projects` came to the contract after
 * partnership-kit 0.1.0, whose elements refuse a field they do not know: an
 * upgraded host serving `"projects": []` left every page still on 0.1.0 (the
 * kit's file in a CMS's asset folder, a copy a browser or service worker kept,
 * a tab open since before the upgrade) saying only "There is a problem", for a
 * partnership with no projects at all. Left out when empty, it reads the same
 * to this release and to that one.
 */
import type { PartnershipDocument } from '../contract/index.js';

/** A document as served: the parsed one, with `projects` left out when there are none. */
export type ServedDocument = Omit<PartnershipDocument, 'projects'> & Partial<Pick<PartnershipDocument, 'projects'>>;

/** `document` as the host serves it: without an empty `projects`. */
export function servedDocument(document: PartnershipDocument): ServedDocument {
  if (document.projects.length > 0) return document;
  const { projects: _none, ...served } = document;
  return served;
}
