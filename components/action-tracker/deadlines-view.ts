/**
 * The meetings' notice and minutes deadlines, in working days, and whether
 * each was met, late, or is still to come on `today`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting, PartnershipDocument } from '../../src/contract/index.js';
import { meetingDeadlines } from '../../src/rules/index.js';
import { formatDateTime, formatShortDate } from '../internal/format.js';
import { actionMessages as t } from './messages.js';
import { tableScroller } from '../internal/table-scroller.js';
import { heading } from '../internal/heading.js';

/** A deadline as the core judged it on today: sent on time or late, overdue, or still to come. */
function sentState(sent: string | undefined, late: boolean | null, overdue: boolean): TemplateResult {
  if (sent && late) return html`<strong class="tag tag--red">${t.sentLate(formatShortDate(sent))}</strong>`;
  if (sent) return html`<strong class="tag tag--green">${t.sentOnTime(formatShortDate(sent))}</strong>`;
  if (overdue) return html`<strong class="tag tag--red">${t.notSentOverdue}</strong>`;
  return html`<strong class="tag tag--grey">${t.toCome}</strong>`;
}

export function renderDeadlines(document: PartnershipDocument, meetings: Meeting[], today: string, headingLevel = 2) {
  if (meetings.length === 0) return nothing;
  // A parsed document's meetings name a group of it, whose days the schema defaults.
  const group = document.groups.find((g) => g.id === meetings[0]!.group)!;
  const caption = t.deadlinesCaption(group.noticeDays, group.minutesDays);
  const c = t.deadlineColumns;
  return html`<section class="deadlines" aria-labelledby="deadlines-title">
    ${heading(headingLevel, 0, t.deadlinesTitle, { id: 'deadlines-title', class: 'deadlines__title' })}
    ${tableScroller(
      caption,
      html`<table part="deadlines">
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
              <th scope="row">${formatDateTime(meeting.start)}</th>
              <td>${formatShortDate(d.noticeDue)}</td>
              <td>${sentState(meeting.noticeSent, d.noticeLate, d.noticeOverdue)}</td>
              <td>${formatShortDate(d.minutesDue)}</td>
              <td>${sentState(meeting.minutesSent, d.minutesLate, d.minutesOverdue)}</td>
            </tr>`;
          })}
        </tbody>
      </table>`,
    )}
  </section>`;
}
