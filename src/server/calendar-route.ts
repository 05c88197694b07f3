/**
 * `GET {base}/partnership.ics`: the partnership's calendar feed, from the
 * same published document a viewer reads as JSON, so a feed never shows
 * more than its viewer may see.
 */
import type { PartnershipDocument } from '../contract/index.js';
import { toICalendar } from '../exports/icalendar.js';
import type { CoreWords } from '../messages/explain.js';
import { enCore } from '../messages/en-core.js';
import { cy } from '../messages/cy.js';
import type { TextAnswer } from './compression.js';

/** The feed's languages by primary subtag: a subscription URL names one with `?lang=`, since calendar apps send no page language. */
const LANGUAGES = new Map<string, CoreWords>([
  ['en', enCore],
  ['cy', cy],
]);

/** The words for a `lang` query value ("cy", "cy-GB"); English for anything else. */
function calendarWords(lang: string | null): CoreWords {
  return LANGUAGES.get((lang ?? '').toLowerCase().split('-')[0] ?? '') ?? enCore;
}

/**
 * The file name of the feed's download: the partnership's id, whose one character a file system may refuse,
 * the colon (Windows refuses it, macOS shows it as a slash), said as a hyphen: `lbs:ep` is `lbs-ep.ics`.
 * The id matches [A-Za-z0-9._:-], so nothing else needs changing, nor quoting beyond the quotes.
 */
const feedFileName = (id: string): string => `${id.replaceAll(':', '-')}.ics`;

/**
 * The answer for `document` (already published for the viewer) as text/calendar, stamped `now`, named
 * `<partnership id>.ics` for a download.
 */
export function calendarAnswer(document: PartnershipDocument, now: string, lang: string | null): TextAnswer {
  return {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${feedFileName(document.partnership.id)}"`,
      'Cache-Control': 'no-store',
    },
    body: toICalendar(document, { now, messages: calendarWords(lang) }),
  };
}
