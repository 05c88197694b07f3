/**
 * Changing an action's status from the tracker: who may (the owner, or the
 * clerk or chair of its group), the status chosen in each editor and not
 * saved, the completion dates Save refused (marked at their fields and in
 * GOV.UK's error summary), and Save, which sends the change through the
 * outbox and keeps focus on the action. Apart from the tracker, which shows
 * the actions: editing is one concern, with state of its own.
 */
import { nothing } from 'lit';
import type { Action, ActionRecordStatus, PartnershipDocument } from '../../src/contract/index.js';
import { mayChangeAction } from '../../src/rules/index.js';
import type { DocumentState } from '../../src/data/index.js';
import type { Messages } from '../../src/messages/index.js';
import type { DateProblem, DateText } from './completed-date.js';
import { checkedCompletion } from './completion-check.js';
import { renderDateErrors } from './date-errors.js';
import { renderStatusEditor, type StatusChoice } from './status-editor.js';
import { statusChange } from './status-changes.js';

/** The tracker, as its editing reads it. */
export interface EditedTracker {
  readonly editable: boolean;
  readonly editor?: string;
  readonly headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/** What editing reads of the tracker that is not public, and its way to send a change. */
export interface EditingParts {
  msg: () => Messages;
  state: () => DocumentState;
  today: () => string;
  /** The tracker's clock: the moment a change is made (`at`). */
  now: () => string;
  changes: {
    readonly canSend: boolean;
    clearAnnouncement(): void;
    change(record: ReturnType<typeof statusChange>): Promise<void>;
  };
}

export class StatusEditing {
  /** Each action's status chosen in its editor and not saved yet. */
  private chosen: Partial<Record<string, StatusChoice>> = {};
  /** Each action's completion date that Save could not send, and why. */
  private problems: Partial<Record<string, DateProblem>> = {};

  constructor(
    private readonly tracker: EditedTracker,
    private readonly parts: EditingParts,
  ) {}

  /** Editable, and the host named who edits and where changes go. */
  get canEdit(): boolean {
    return this.tracker.editable && !!this.tracker.editor && this.parts.changes.canSend;
  }

  /** The statuses chosen and not saved, and their errors: they were another scope's or another editor's. */
  forget(): void {
    this.set({}, {});
  }

  /** GOV.UK's error summary of the completion dates Save refused, above everything, each linked to its field. */
  renderProblems(document: PartnershipDocument) {
    const entries = document.actions.flatMap((action, index) => {
      const problem = this.problems[action.id];
      return problem ? [{ id: editorId(index), problem, title: action.title }] : [];
    });
    return renderDateErrors(this.parts.msg(), entries, this.tracker.headingLevel, (id) => this.focusField(id));
  }

  /** The action's status editor: only the controls the host will accept, for its owner, or its group's clerk or chair. */
  editorFor(document: PartnershipDocument, action: Action) {
    const today = this.parts.today();
    if (!this.canEdit || !mayChangeAction(document, this.tracker.editor ?? '', action.id, today)) return nothing;
    const state = {
      id: editorId(document.actions.indexOf(action)),
      chosen: this.chosen[action.id] ?? {},
      problem: this.problems[action.id],
    };
    return renderStatusEditor(this.parts.msg(), action, state, this.handlers, today);
  }

  private readonly handlers = {
    choose: (action: string, change: StatusChoice) => {
      const chosen = { ...this.chosen, [action]: { ...this.chosen[action], ...change } };
      // Not done any more: its date, and what was wrong with it, no longer apply.
      const done = !change.status || change.status === 'done';
      this.set(chosen, done ? this.problems : withoutKey(this.problems, action));
    },
    save: (action: Action, status: ActionRecordStatus, completed?: DateText) =>
      void this.save(action, status, completed),
  };

  /** A summary link's target: the field at fault, with its legend scrolled into view as GOV.UK does. */
  private focusField(id: string): void {
    const field = this.tracker.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    // A done action's fields fold under a details the reader may have closed since: a folded field takes no focus.
    const folded = field?.closest('details');
    if (folded) folded.open = true;
    field?.closest('fieldset')?.scrollIntoView({ block: 'start' });
    field?.focus({ preventScroll: true });
  }

  /**
   * The completion date as typed, read as a date and checked by the rules core. One it refuses, or no date
   * at all, is marked at its fields and in the error summary, which takes focus; nothing is sent.
   */
  private checkDate(action: Action, typed: DateText): string | undefined {
    const state = this.parts.state();
    const { date, problem } = checkedCompletion(typed, action, {
      document: state.status === 'ready' ? state.document : undefined,
      editor: this.tracker.editor ?? '',
      today: this.parts.today(),
    });
    if (!problem) {
      this.set(this.chosen, withoutKey(this.problems, action.id));
      return date;
    }
    this.set(this.chosen, { ...this.problems, [action.id]: problem });
    // The error summary speaks now: the status region's last news (of another action, perhaps) would mislead.
    this.parts.changes.clearAnnouncement();
    const { renderRoot } = this.tracker;
    void this.tracker.updateComplete.then(() => renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
    return undefined;
  }

  /** Sends the chosen status, and keeps focus on the action's Save button wherever the action sorts to. */
  private async save(action: Action, status: ActionRecordStatus, typed?: DateText): Promise<void> {
    const completed = typed ? this.checkDate(action, typed) : undefined;
    if (typed && !completed) return;
    const { [action.id]: _saved, ...stillChosen } = this.chosen;
    this.set(stillChosen, typed ? this.problems : withoutKey(this.problems, action.id));
    const { editor, renderRoot } = this.tracker;
    if (!editor) return;
    const today = this.parts.today();
    await this.parts.changes.change(statusChange(action, status, completed, editor, today, this.parts.now()));
    await this.tracker.updateComplete;
    // When a filter now hides the action, focus goes to the filters rather than to the page.
    const next =
      renderRoot.querySelector(`.edit[data-action="${CSS.escape(action.id)}"] button`) ??
      renderRoot.querySelector('.controls select');
    if (next instanceof HTMLElement) next.focus();
  }

  /** As reactive properties would: each change renders the tracker again. */
  private set(chosen: StatusEditing['chosen'], problems: StatusEditing['problems']): void {
    this.chosen = chosen;
    this.problems = problems;
    this.tracker.requestUpdate();
  }
}

/** The id of an action's editor, by the action's place in the document: an action's own id may hold any character. */
const editorId = (index: number) => `editor-${index}`;

function withoutKey<T>(record: Partial<Record<string, T>>, key: string): Partial<Record<string, T>> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}
