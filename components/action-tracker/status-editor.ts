/**
 * The owner's or clerk's editor of one action's status: a select, the date
 * it was completed when it is done, and a Save button. Choosing sends
 * nothing: arrow keys on a closed select change its value at every press,
 * and each press must not become a record, nor re-sort the table under the
 * keyboard. Save sends the choice.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Action, ActionRecordStatus } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';

const RECORD_STATUSES: ActionRecordStatus[] = ['open', 'in-progress', 'done', 'dropped'];

/** A status chosen in the editor and not saved yet. */
export interface StatusChoice {
  status?: ActionRecordStatus;
  completed?: string;
}

export interface StatusEditorHandlers {
  choose: (action: string, choice: StatusChoice) => void;
  save: (action: Action, status: ActionRecordStatus, completed?: string) => void;
}

/** `today` bounds the completion date: an action cannot be done on a day still to come. */
export function renderStatusEditor(
  msg: Messages,
  action: Action,
  chosen: StatusChoice,
  handlers: StatusEditorHandlers,
  today: string,
) {
  const t = msg.actions;
  const status = chosen.status ?? action.status;
  const completed = chosen.completed ?? action.completed;
  const choose = (change: StatusChoice) => handlers.choose(action.id, { ...chosen, ...change });
  return html`<div class="edit" data-action=${action.id}>
    <select
      aria-label=${t.editStatus(action.title)}
      @change=${(e: Event) => choose({ status: (e.target as HTMLSelectElement).value as ActionRecordStatus })}
    >
      ${RECORD_STATUSES.map((s) => html`<option .value=${s} .selected=${live(s === status)}>${t.recordStatus(s)}</option>`)}
    </select>
    ${
      status === 'done'
        ? html`<input
            type="date"
            aria-label=${t.completedOn(action.title)}
            max=${today}
            .value=${live(completed ?? '')}
            @change=${(e: Event) => choose({ completed: (e.target as HTMLInputElement).value || undefined })}
          />`
        : nothing
    }
    <button type="button" class="button" @click=${() => handlers.save(action, status, completed)}>
      ${t.save}<span class="visually-hidden"> ${t.saveFor(action.title)}</span>
    </button>
  </div>`;
}
