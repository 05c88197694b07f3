/**
 * Who has held each seat: the earlier appointments the document records
 * under `previous`, then the current one, as a table after the roster. Only
 * seats that have changed hands (or fallen vacant) appear in it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages, Names } from '../../src/messages/index.js';
import { tableScroller } from '../internal/table-scroller.js';
import type { RosterRow } from './roster-rows.js';

/** The history table, in the words of `msg`, naming people through `names`. */
export function renderSeatHistory(
  msg: Messages,
  names: Names,
  groupName: string,
  rows: RosterRow[],
): TemplateResult | typeof nothing {
  const changed = rows.filter((row) => row.history.length > 1);
  if (changed.length === 0) return nothing;
  const t = msg.roster;
  const c = t.historyColumns;
  const name = (person: string | null, none: string) => (person ? names.person(person) : none);
  return tableScroller(
    t.historyCaption(groupName),
    html`<table part="history" class="history">
      <caption>
        ${t.historyCaption(groupName)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${c.seat}</th>
          <th scope="col">${c.holder}</th>
          <th scope="col">${c.proxy}</th>
          <th scope="col">${c.from}</th>
          <th scope="col">${c.to}</th>
        </tr>
      </thead>
      <tbody>
        ${changed.flatMap((row) =>
          row.history.map(
            (appointment) =>
              html`<tr>
                <th scope="row">${row.label}</th>
                <td>
                  ${
                    appointment.holder
                      ? name(appointment.holder, t.vacant)
                      : html`<strong class="tag tag--grey">${t.vacant}</strong>`
                  }
                </td>
                <td>${name(appointment.proxy, t.noProxy)}</td>
                <td>${appointment.from ? msg.format.date(appointment.from) : t.historyNoStart}</td>
                <td>${appointment.to ? msg.format.date(appointment.to) : t.historyNoEnd}</td>
              </tr>`,
          ),
        )}
      </tbody>
    </table>`,
  );
}
