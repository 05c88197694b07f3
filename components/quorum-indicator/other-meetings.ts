/**
 * The check-in's list of its changes to meetings it no longer shows: the host
 * moved the indicator to another meeting while a change was still on its way.
 * Each says, naming its meeting and seat, what its row would (saved on this
 * device and waiting, being sent, or refused and why), as the vote panel
 * lists votes on proposals no panel shows; gone once the host has it. Like a
 * row's note it is not a live region: the status region says each step.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { PartnershipDocument } from '../../src/contract/index.js';
import type { OutboxStatus } from '../../src/data/index.js';
import { namesInGroup, type Messages, type Names } from '../../src/messages/index.js';
import { meetingDate } from '../../src/rules/index.js';
import { byId } from '../../src/rules/indexes.js';
import { changeNoteText } from '../internal/change-note.js';
import { markStatusWords } from '../internal/host-words.js';
import { seatNoteWords } from './check-in.js';

/** The list for the latest change to each seat (`changes`, by seat and meeting) at a meeting other than `shown`. */
export function renderOtherMeetings(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  shown: string,
  { changes, clerk }: { changes: Map<string, OutboxStatus>; clerk: string },
) {
  const items = [...changes.values()].flatMap((status) => {
    if (status.entry.kind !== 'attendance' || status.entry.record.meeting === shown) return [];
    const { meeting, seat } = status.entry.record;
    const held = byId(document.meetings, meeting);
    const start = held?.start;
    if (!held || !start) return [];
    // The seat of that meeting's group, in the note's refusal too: another group may have a seat of the same id.
    // Named as it stood on that meeting's day, as that meeting's roster names it.
    const inGroup = namesInGroup(names, held.group, meetingDate(held));
    const note = changeNoteText(msg, status, inGroup, clerk, seatNoteWords(msg));
    if (note === undefined) return [];
    const text = msg.checkIn.elsewhere(msg.format.dateTime(start), inGroup.seat(seat), note);
    const refused = status.state === 'rejected' ? 'refused' : '';
    // The host's words in it marked with their language, as on the seat's row.
    const marked = markStatusWords(text, msg.lang, status);
    return [html`<li class="change-note ${refused}" data-change=${status.state}>${marked}</li>`];
  });
  return items.length
    ? html`<ul class="other-meetings">
        ${items}
      </ul>`
    : nothing;
}
