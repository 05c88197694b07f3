/**
 * Who has held each seat: the earlier appointments the document records
 * under `previous`, then the current one, as a table after the roster. Only
 * seats that have changed hands (or fallen vacant) appear in it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PartnershipDocument } from '../../src/contract/index.js';
import { personName } from '../../src/rules/index.js';
import { formatDate } from '../internal/format.js';
import { tableScroller } from '../internal/table-scroller.js';
import { rosterMessages as t } from './messages.js';
import type { RosterRow } from './roster-rows.js';

export function renderSeatHistory(
  document: PartnershipDocument,
  groupName: string,
  rows: RosterRow[],
): TemplateResult | typeof nothing {
  const changed = rows.filter((row) => row.history.length > 1);
  if (changed.length === 0) return nothing;
  const c = t.historyColumns;
  const name = (person: string | null, none: string) => (person ? personName(document, person) : none);
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
                <td>${appointment.from ? formatDate(appointment.from) : t.historyNoStart}</td>
                <td>${appointment.to ? formatDate(appointment.to) : t.historyNoEnd}</td>
              </tr>`,
          ),
        )}
      </tbody>
    </table>`,
  );
}
