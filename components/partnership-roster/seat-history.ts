/**
 * Who has held each seat: the earlier appointments the document records
 * under `previous`, then the current one, as a table after the roster. Only
 * seats that have changed hands (or fallen vacant) appear in it.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import type { Messages, Names } from '../../src/messages/index.js';
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
  // Summary cards in a narrow column, as the roster's own table (see the roster's styles). The headers are written in
  // the table's template, not a template each: every template is one more instance for Lit to clone and insert.
  return html`<table part="history" class="history cards" role="table">
    <caption>
      ${t.historyCaption(groupName)}
    </caption>
    <thead>
      <tr role="row">
        <th scope="col" role="columnheader">${c.seat}</th>
        <th scope="col" role="columnheader">${c.holder}</th>
        <th scope="col" role="columnheader">${c.proxy}</th>
        <th scope="col" role="columnheader">${c.from}</th>
        <th scope="col" role="columnheader">${c.to}</th>
      </tr>
    </thead>
    <tbody>
      ${changed.flatMap((row) =>
        row.history.map(
          (appointment) =>
            html`<tr role="row">
              <th scope="row" role="rowheader">${row.label}</th>
              <td role="cell" data-label=${c.holder}>
                ${
                  appointment.holder
                    ? name(appointment.holder, t.vacant)
                    : html`<strong class="tag tag--grey">${t.vacant}</strong>`
                }
              </td>
              <td role="cell" data-label=${c.proxy}>${name(appointment.proxy, t.noProxy)}</td>
              <td role="cell" data-label=${c.from}>
                ${appointment.from ? msg.format.date(appointment.from) : t.historyNoStart}
              </td>
              <td role="cell" data-label=${c.to}>
                ${appointment.to ? msg.format.date(appointment.to) : t.historyNoEnd}
              </td>
            </tr>`,
        ),
      )}
    </tbody>
  </table>`;
}
