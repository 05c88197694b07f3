/**
 * The tracker's two downloads of what it shows: a CSV of the rows, for an
 * action log or the minutes, and a calendar of the actions and the meetings'
 * deadlines. Apart from the tracker: files made for other programs, not part
 * of what the page shows.
 */
import { html } from '../internal/html.js';
import type { Action, Meeting, PartnershipDocument } from '../../src/contract/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { downloadCsv, toCsv } from '../internal/csv.js';
import { offerDownload } from '../internal/download.js';
import { partName } from '../internal/part-name.js';
import { actionCsv } from './action-csv.js';
import type { ActionRow } from './action-rows.js';

/** The two download buttons, for the tracker's paragraph of buttons. */
export function renderDownloadButtons(msg: Messages, download: { csv: () => void; calendar: () => Promise<void> }) {
  const t = msg.actions;
  return html`<button type="button" class="button" part="download-button" @click=${() => download.csv()}>
      ${t.download}<span class="visually-hidden"> ${t.downloadWhat}</span>
    </button>
    <button type="button" class="button" part="download-button" @click=${() => void download.calendar()}>
      ${t.downloadCalendar}<span class="visually-hidden"> ${t.downloadCalendarWhat}</span>
    </button>`;
}

/**
 * The part a download's file name says: the tracker's scope and, after it, the status chosen under "Status"
 * ("… - Education Operational Group – Overdue actions.csv"), so that two downloads of one tracker filtered
 * differently are two files, not one saved over the other or numbered "(1)".
 */
const filePart = (part: string | undefined, status: string | undefined) => partName([part, status]);

/**
 * `rows`: the rows shown, in the order the tables show them (grouped, each group in turn); `part` names what
 * the tracker shows when it is not the whole partnership, as the calendar's file is named (`scopeName`);
 * `status`, the status chosen, in words, when one is.
 */
export function downloadActionsCsv(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  shown: { rows: ActionRow[]; part: string | undefined; status?: string },
) {
  const { header, body } = actionCsv(msg, names, document, shown.rows);
  const file = msg.actions.csvFile(document.partnership.name, filePart(shown.part, shown.status));
  downloadCsv(file, toCsv(header, body));
}

/**
 * A row's action as it stood on the tracker's `today`, as the table and the CSV show it: one recorded done after
 * that day was not done yet, so its event says no "Completed on …" (the rules core judges it open, or overdue).
 */
function asOnToday({ action, status }: ActionRow): Action {
  const doneByToday = status === 'done' || status === 'done-late';
  return action.status === 'done' && !doneByToday ? { ...action, status: 'open', completed: undefined } : action;
}

/**
 * The actions shown and the meetings' deadlines, for a calendar app; stamped
 * with the moment of the download. `part` names what the tracker shows when
 * it is not the whole partnership (`scopeName`): the calendar and its file are
 * named for it. The status chosen (`status`, in words) names the file too, but
 * not the calendar: it narrows the actions only, and the calendar still holds
 * every meeting's notice and minutes deadlines. The calendar writer is loaded
 * on demand: few readers ask for it, and every element file would otherwise
 * carry it.
 */
export async function downloadActionsCalendar(
  msg: Messages,
  document: PartnershipDocument,
  shown: { rows: ActionRow[]; meetings: Meeting[]; part: string | undefined; status?: string },
): Promise<void> {
  const { toICalendar } = await import('../../src/exports/icalendar.js');
  const { rows, meetings, part, status } = shown;
  const held = { ...document, actions: rows.map(asOnToday), meetings };
  const calendar = toICalendar(held, { now: new Date().toISOString(), messages: msg, part });
  const file = msg.actions.calendarFile(document.partnership.name, filePart(part, status));
  offerDownload(file, calendar, 'text/calendar;charset=utf-8');
}
