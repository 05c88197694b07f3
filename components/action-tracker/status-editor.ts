/**
 * The owner's or clerk's editor of one action's status: GOV.UK radios, the
 * date it was completed when it is done, and a Save button. Radios, not a
 * select: a radio's label wraps, where a closed select cuts off a status
 * wider than itself ("Wedi’i ganslo" at 200 % text on a phone). Choosing
 * sends nothing: the arrow keys choose the next radio at every press, and
 * each press must not become a record, nor re-sort the table under the
 * keyboard. Save sends the choice; until then, a status other than the one
 * recorded is said by the button, so an editor who moves on does not lose it
 * unawares.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { keyed } from 'lit/directives/keyed.js';
import { renderRadioChoices } from '../internal/radio-choice.js';
import type { Action, ActionRecordStatus } from '../../src/contract/index.js';
import { completedAfter } from '../../src/rules/index.js';
import type { Messages } from '../../src/messages/index.js';
import {
  dateText,
  isBlank,
  NO_DATE,
  renderDateInput,
  typedIn,
  type DateProblem,
  type DateText,
} from './completed-date.js';

const RECORD_STATUSES: ActionRecordStatus[] = ['open', 'in-progress', 'done', 'dropped'];

/** A status chosen in the editor and not saved yet, and the completion date as typed. */
export interface StatusChoice {
  status?: ActionRecordStatus;
  completed?: DateText;
}

export interface StatusEditorHandlers {
  /** What changed in the editor, to add to what was chosen before. */
  choose: (action: string, change: StatusChoice) => void;
  /**
   * `completed` is the date as typed, when the status is done: the tracker reads and checks it. Left out for an
   * action recorded done with no date whose fields are left empty: it stays done with no date.
   */
  save: (action: Action, status: ActionRecordStatus, completed?: DateText) => void;
}

export interface StatusEditorState {
  /** Unique in the element: the ids of the date's fields start with it. */
  id: string;
  chosen: StatusChoice;
  /** What was wrong with the completion date at the last Save. */
  problem?: DateProblem;
}

/**
 * The fields start from the date recorded. An action not done starts from
 * `today` when Done is chosen: what Save would record is on screen, not
 * implied by empty fields. An action recorded done with no date (the
 * contract's `completed` is optional) starts empty, folded under "Add a
 * completion date", its hint saying none is recorded: a clerk's Save must not
 * record a date no one gave (today's would make it done late). Save with the
 * fields still empty keeps it done with no date, as it was (the tracker says
 * there was nothing to save); a date typed in full is recorded, and a part of
 * one is refused, as anywhere.
 */
export function renderStatusEditor(
  msg: Messages,
  action: Action,
  { id, chosen, problem }: StatusEditorState,
  handlers: StatusEditorHandlers,
  today: string,
) {
  const t = msg.actions;
  const status = chosen.status ?? action.status;
  const completed = chosen.completed ?? startingDate(action, today);
  const choose = (change: StatusChoice) => handlers.choose(action.id, change);
  // Read as part of the radios' description, not a live region, which would speak at every arrow key.
  const unsavedId = status !== action.status ? `${id}-unsaved` : undefined;
  const doneLater = completedAfter(action, today);
  const doneLaterId = doneLater ? `${id}-done-later` : undefined;
  const describedBy = [doneLaterId, unsavedId].filter(Boolean).join(' ') || undefined;
  return html`<div class="edit" data-action=${action.id}>
    ${
      doneLater
        ? html`<p
            class="hint"
            id=${doneLaterId}
            .textContent=${t.doneAfterToday(msg.format.date(doneLater), msg.format.date(today))}
          ></p>`
        : nothing
    }
    ${
      // A row shows another action after a re-sort: new radios for it, never the last action's renamed one by one.
      // Renamed, a radio still checked under its new name unchecks the one just checked there: none would show.
      keyed(
        id,
        renderStatusRadios(msg, action, { name: `${id}-status`, status, describedBy }, (chosen) =>
          choose({ status: chosen }),
        ),
      )
    }
    ${
      status === 'done'
        ? renderCompletion(msg, action, {
            open: chosen.completed !== undefined || !!problem,
            fields: renderDateInput(msg, {
              id,
              title: action.title,
              text: completed,
              hint: undated(action) ? t.addCompletedHint : undefined,
              problem,
              input: (text) => choose({ completed: text }),
            }),
          })
        : nothing
    }
    <button
      type="button"
      class="button"
      @click=${(e: Event) => {
        // The fields as they are now, not as last rendered: Save may come straight after typing.
        const typed = typedIn((e.target as Element).closest('.edit')) ?? completed;
        const keptUndated = undated(action) && isBlank(typed);
        handlers.save(action, status, status === 'done' && !keptUndated ? typed : undefined);
      }}
    >
      ${t.save}<span class="visually-hidden"> ${t.saveFor(action.title)}</span>
    </button>
    ${unsavedId ? html`<span class="unsaved" id=${unsavedId}>${msg.shared.notSaved}</span>` : nothing}
  </div>`;
}

/** Recorded done with no completion date. */
const undated = (action: Action) => action.status === 'done' && !action.completed;

/** The fields as the editor opens: the date recorded, else none for an action done with none, else `today`. */
function startingDate(action: Action, today: string): DateText {
  if (action.completed) return dateText(action.completed);
  return undated(action) ? NO_DATE : dateText(today);
}

/**
 * The completion date's fields. An action recorded done shows its date in its Completed cell: there the fields fold
 * under GOV.UK's details, "Change the completion date", so a list of done actions is not a wall of date fields. A
 * summary is a control of its own, reached by Tab and opened by Enter or Space, with no script. One recorded done
 * with no date folds its empty fields the same way, under "Add a completion date". They are open where the date is
 * being changed (typed, or refused at the last Save: its error links to a field), and wherever the action is not
 * recorded done, where Save records the date the fields hold.
 */
function renderCompletion(msg: Messages, action: Action, { open, fields }: { open: boolean; fields: TemplateResult }) {
  if (action.status !== 'done') return fields;
  const t = msg.actions;
  const summary = action.completed ? t.changeCompleted : t.addCompleted;
  // Bound only as the editor's state changes: a details the reader opened stays open as they type.
  return html`<details class="completion folded" ?open=${open}>
    <summary>${summary}<span class="visually-hidden"> ${t.completedFor(action.title)}</span></summary>
    ${fields}
  </details>`;
}

/**
 * One radio a status, in a fieldset named after the action. Its legend is
 * unseen: the row (or card) shows the action's title, and the column (or the
 * card's label) says Status; a screen reader hears both from the legend.
 * `name` groups the radios: one Tab stop, the arrow keys move and choose.
 */
function renderStatusRadios(
  msg: Messages,
  action: Action,
  { name, status, describedBy }: { name: string; status: ActionRecordStatus; describedBy?: string },
  choose: (status: ActionRecordStatus) => void,
) {
  const t = msg.actions;
  return renderRadioChoices({
    name,
    className: 'status-choices',
    legend: t.editStatus(action.title),
    legendHidden: true,
    choices: RECORD_STATUSES.map((s) => ({ value: s, label: t.recordStatus(s) })),
    chosen: status,
    choose,
    describedBy,
  });
}
