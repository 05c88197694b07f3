/**
 * The clerk's check-in: each seat's attendance as a select, so the quorum
 * above it moves as the meeting fills. A change is shown at once, sent
 * through the outbox, and put back as it was if the host refuses it.
 */
import { html, type TemplateResult } from 'lit';
import type { Attendance, Group, Meeting, PartnershipDocument } from '../../src/contract/index.js';
import { seatLabel } from '../../src/rules/index.js';
import { checkInMessages as t } from './messages.js';

const VALUES: Attendance[] = ['holder', 'proxy', 'apologies', 'absent'];

export interface CheckInChange {
  seat: string;
  label: string;
  attendance: Attendance;
  previous: Attendance;
}

/** The check-in table; `onChange` receives each change the clerk makes. */
export function renderCheckIn(
  document: PartnershipDocument,
  group: Group,
  meeting: Meeting,
  onChange: (change: CheckInChange) => void,
): TemplateResult {
  const people = new Map(document.people.map((p) => [p.id, p.name]));
  return html`<div class="table-wrap">
    <table part="check-in">
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
          const current = meeting.attendance[seat.id] ?? 'absent';
          const allowed = (value: Attendance) =>
            (value !== 'holder' || seat.holder !== null) && (value !== 'proxy' || seat.proxy !== null);
          return html`<tr>
            <th scope="row">${label}</th>
            <td>${seat.holder ? (people.get(seat.holder) ?? seat.holder) : '—'}</td>
            <td>
              <select
                aria-label=${t.selectLabel(label)}
                @change=${(event: Event) =>
                  onChange({
                    seat: seat.id,
                    label,
                    attendance: (event.target as HTMLSelectElement).value as Attendance,
                    previous: current,
                  })}
              >
                ${VALUES.filter(allowed).map(
                  (value) => html`<option .value=${value} ?selected=${value === current}>${t.options[value]}</option>`,
                )}
              </select>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
