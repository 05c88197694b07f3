/**
 * The partnership as Popolo (https://www.popoloproject.com), the open
 * standard of organizations, posts, memberships and votes that mySociety's
 * and Open Civic Data's tools read. docs/popolo.md says what maps to what.
 */
import type { PartnershipDocument } from '../contract/schema.js';
import { decisions, events } from './popolo-decisions.js';
import { popoloIds } from './popolo-ids.js';
import { memberships, organizations, persons, posts } from './popolo-roster.js';
import type { PopoloExport, PopoloOptions } from './popolo-types.js';

export type * from './popolo-types.js';

/**
 * The document in Popolo: organizations (the partnership, each partner, each
 * group under the partnership), persons, posts (seats), memberships (every
 * appointment of a holder or proxy, past ones from `previous` too, on behalf
 * of the seat's partner), events (meetings), motions (proposals) and vote
 * events with the core's counts.
 *
 * It publishes what the document holds, so give it the document as your
 * audience may read it: `publishedDocument(doc, null, now)` for the public.
 * Where that document withholds votes (a secret ballot, results after the
 * close) the vote event carries the published count and names no voter.
 * Serve it at the export's own `now`: a copy served while a vote was open,
 * exported with a `now` after its close, holds only the viewer's votes, and
 * its vote event and motion then carry no count and no result. The public's
 * live count (a recorded proposal's `count`, served while it was open) read
 * after its close gives its counts but no result: seats may have voted since.
 *
 * Ids are the document's, prefixed by kind (`group/elg`; a seat by its group
 * too, `seat/elg/elg-primary`) and by `options.base`; they stay the same from
 * one export to the next.
 *
 * @example
 * const served = publishedDocument(doc, null, new Date().toISOString());
 * response.end(JSON.stringify(toPopolo(served, { base: 'https://council.example/popolo/' })));
 */
export function toPopolo(doc: PartnershipDocument, options: PopoloOptions = {}): PopoloExport {
  const ids = popoloIds(doc.partnership.id, options.base);
  return {
    organizations: organizations(doc, ids),
    persons: persons(doc, ids),
    posts: posts(doc, ids),
    memberships: memberships(doc, ids),
    events: events(doc, ids),
    ...decisions({ doc, ids, now: options.now }),
  };
}
