/**
 * The tracker's filters (by owner, by status) and its grouping, as selects
 * in one fieldset. The tracker keeps what is chosen (and keeps it for the
 * tab, tracker-view.ts); this draws the choices the rows offer.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import { live } from 'lit/directives/live.js';
import type { ActionStatus } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';
import type { ActionRow, GroupBy } from './action-rows.js';

/** What the reader chose: the two filters and the grouping. */
export interface ChosenView {
  filters: { owner?: string; status?: ActionStatus };
  groupBy: GroupBy;
}

export interface FilterHandlers {
  /** A filter chosen: to apply over the others, as they are when it is chosen. */
  filter: (change: ChosenView['filters']) => void;
  group: (groupBy: GroupBy) => void;
}

export function renderFilters(msg: Messages, rows: ActionRow[], view: ChosenView, handlers: FilterHandlers) {
  const t = msg.actions;
  const { filters, groupBy } = view;
  const owners = [...new Map(rows.map((r) => [r.action.owner, r.owner]))].sort((a, b) =>
    a[1].localeCompare(b[1], msg.format.locale),
  );
  // The chosen status stays an option when no action has it any more (one just saved as done),
  // so the select never claims "Any" while a filter is still applied.
  const statuses = [...new Set([...rows.map((r) => r.status), ...(filters.status ? [filters.status] : [])])];
  const set = (key: 'owner' | 'status') => (e: Event) => {
    const value = (e.target as HTMLSelectElement).value || undefined;
    handlers.filter(key === 'owner' ? { owner: value } : { status: value as ActionStatus });
  };
  // One person's actions (the vote page's "Your actions") have no one else to choose: "By whom" would offer them
  // alone. It stays while a filter chosen earlier is on, so that it can be set back to Any.
  const byWhom =
    owners.length > 1 || filters.owner
      ? html`<label
          >${t.filterOwner}
          <select @change=${set('owner')}>
            <option value="" .selected=${live(!filters.owner)}>${t.any}</option>
            ${owners.map(([id, name]) => html`<option .value=${id} .selected=${live(filters.owner === id)}>${name}</option>`)}
          </select>
        </label>`
      : nothing;
  return html`<fieldset class="controls" part="filters">
    <legend>${t.filters}</legend>
    ${byWhom}
    <label
      >${t.filterStatus}
      <select @change=${set('status')}>
        <option value="" .selected=${live(!filters.status)}>${t.any}</option>
        ${statuses.map((s) => html`<option .value=${s} .selected=${live(filters.status === s)}>${t.status(s)}</option>`)}
      </select>
    </label>
    <label
      >${t.groupBy}
      <select @change=${(e: Event) => handlers.group((e.target as HTMLSelectElement).value as GroupBy)}>
        ${(Object.keys(t.groupOptions) as GroupBy[]).map(
          (key) => html`<option .value=${key} .selected=${live(groupBy === key)}>${t.groupOptions[key]}</option>`,
        )}
      </select>
    </label>
  </fieldset>`;
}
