/**
 * The clerk's check-in: each seat's attendance as a select with its own Save
 * button, so the quorum above it moves as the meeting fills. Choosing in the
 * select sends nothing: arrow keys on a closed select change its value at
 * every press, and each press must not become a record. Save sends the
 * choice through the outbox; the page shows it at once and puts it back if
 * the host refuses it.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Attendance, Group, Meeting, PartnershipDocument, Seat } from '../../src/contract/index.js';
import { attendanceAt, seatLabel } from '../../src/rules/index.js';
import { checkInMessages as t } from './messages.js';
import { tableScroller } from '../internal/table-scroller.js';

const VALUES: Attendance[] = ['holder', 'proxy', 'apologies', 'absent'];

export interface CheckInChange {
  seat: string;
  label: string;
  attendance: Attendance;
  previous: Attendance;
}

export interface CheckInHandlers {
  /** The clerk chose a value in a seat's select; nothing is sent yet. */
  choose: (seat: string, attendance: Attendance) => void;
  /** The clerk pressed a seat's Save. */
  save: (change: CheckInChange) => void;
}

/** The check-in table. `chosen` holds each seat's choice not saved yet. */
export function renderCheckIn(
  document: PartnershipDocument,
  group: Group,
  meeting: Meeting,
  chosen: Partial<Record<string, Attendance>>,
  handlers: CheckInHandlers,
): TemplateResult {
  const people = new Map(document.people.map((p) => [p.id, p.name]));
  return tableScroller(
    t.caption,
    html`<table part="check-in">
      <caption>
        ${t.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.seat}</th>
          <th scope="col">${t.person}</th>
          <th scope="col">${t.attendance}</th>
        </tr>
      </thead>
      <tbody>
        ${group.seats.map((seat) => {
          const label = seatLabel(document, seat);
          const previous = attendanceAt(meeting, seat.id);
          const shown = chosen[seat.id] ?? previous;
          return html`<tr>
            <th scope="row">${label}</th>
            <td>${seat.holder ? (people.get(seat.holder) ?? seat.holder) : '—'}</td>
            <td class="check-in__edit">
              <select
                aria-label=${t.selectLabel(label)}
                @change=${(event: Event) =>
                  handlers.choose(seat.id, (event.target as HTMLSelectElement).value as Attendance)}
              >
                ${allowedValues(seat).map(
                  (value) =>
                    html`<option .value=${value} .selected=${live(value === shown)}>${t.options[value]}</option>`,
                )}
              </select>
              <button
                type="button"
                class="button"
                @click=${() => handlers.save({ seat: seat.id, label, attendance: shown, previous })}
              >
                ${t.save}<span class="visually-hidden"> ${t.saveFor(label)}</span>
              </button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`,
  );
}

/** A vacant seat has no holder to be present, and a seat without a proxy no proxy. */
function allowedValues(seat: Seat): Attendance[] {
  return VALUES.filter(
    (value) => (value !== 'holder' || seat.holder !== null) && (value !== 'proxy' || seat.proxy !== null),
  );
}
