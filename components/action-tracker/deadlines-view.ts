/**
 * The meetings' notice and minutes deadlines, in working days, and whether
 * each was met, late, or is still to come on `today`.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import type { Meeting, PartnershipDocument } from '../../src/contract/index.js';
import { meetingDeadlines } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';

/**
 * A deadline as the core judged it on today: sent on time or late, overdue, or still to come.
 * `late` is null while not sent by today, so a date recorded after today is not shown as sent.
 */
function sentState(
  msg: Messages,
  which: 'notice' | 'minutes',
  sent: string | undefined,
  late: boolean | null,
  overdue: boolean,
  beforeMeeting = false,
): TemplateResult {
  const t = msg.actions;
  // Not on time: minutes cannot go out before the meeting they record, so the date is the thing to check.
  if (sent && beforeMeeting) {
    return html`<strong class="tag tag--orange">${t.sentBeforeMeeting(msg.format.shortDate(sent))}</strong>`;
  }
  if (sent && late) return html`<strong class="tag tag--red">${t.sentLate(msg.format.shortDate(sent))}</strong>`;
  if (sent && late === false)
    return html`<strong class="tag tag--green">${t.sentOnTime(msg.format.shortDate(sent))}</strong>`;
  if (overdue) return html`<strong class="tag tag--red">${t.notSentOverdue(which)}</strong>`;
  return html`<strong class="tag tag--grey">${t.toCome}</strong>`;
}

export function renderDeadlines(
  msg: Messages,
  document: PartnershipDocument,
  meetings: Meeting[],
  today: string,
  headingLevel = 2,
) {
  if (meetings.length === 0) return nothing;
  const t = msg.actions;
  // A parsed document's meetings name a group of it, whose days the schema defaults.
  const group = document.groups.find((g) => g.id === meetings[0]!.group)!;
  const caption = t.deadlinesCaption(group.noticeDays, group.minutesDays);
  const c = t.deadlineColumns;
  return html`<section class="deadlines" aria-labelledby="deadlines-title">
    ${heading(headingLevel, 0, t.deadlinesTitle, { id: 'deadlines-title', class: 'deadlines__title' })}
    <table part="deadlines" class="cards">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${c.meeting}</th>
          <th scope="col">${c.noticeDue}</th>
          <th scope="col">${c.notice}</th>
          <th scope="col">${c.minutesDue}</th>
          <th scope="col">${c.minutes}</th>
        </tr>
      </thead>
      <tbody>
        ${meetings.map((meeting) => {
          const d = meetingDeadlines(document, meeting.id, { today });
          return html`<tr>
            <th scope="row">${msg.format.dateTime(meeting.start)}</th>
            <td data-label=${c.noticeDue}>${msg.format.shortDate(d.noticeDue)}</td>
            <td data-label=${c.notice}>
              ${sentState(msg, 'notice', meeting.noticeSent, d.noticeLate, d.noticeOverdue)}
            </td>
            <td data-label=${c.minutesDue}>${msg.format.shortDate(d.minutesDue)}</td>
            <td data-label=${c.minutes}>
              ${sentState(msg, 'minutes', meeting.minutesSent, d.minutesLate, d.minutesOverdue, d.minutesBeforeMeeting)}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}
