import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Action, ActionRecordStatus, Meeting, PartnershipDocument, Proposal } from '../../src/contract/index.js';
import type { OutboxStatus, SubmitFunction } from '../../src/data/index.js';
import {
  actionChangeRefusal,
  mayChangeAction,
  type ActionStatus,
  type ActionStatusChange,
} from '../../src/rules/index.js';
import { byId } from '../../src/rules/indexes.js';
import { downloadCsv, toCsv } from '../internal/csv.js';
import { offerDownload } from '../internal/download.js';
import { defineElement } from '../internal/define.js';
import { actionCsv } from './action-csv.js';
import { PartnershipElement } from '../internal/partnership-element.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';
import { baseStyles } from '../internal/styles.js';
import { summaryCards } from '../internal/summary-cards.js';
import { actionRows, completedOf, filterActions, groupActions, type ActionRow, type GroupBy } from './action-rows.js';
import { actionTrackerStyles } from './action-tracker.styles.js';
import { renderChangeNote } from './change-note.js';
import { changeNoteStyles } from '../internal/change-note.js';
import { renderDeadlines } from './deadlines-view.js';
import { linkFor } from './links.js';
import { renderStatusEditor, type StatusChoice } from './status-editor.js';
import { statusChange, statusChanges } from './status-changes.js';
import { OptimisticChangeController } from '../internal/optimistic-change.js';
import { DATE_FIELDS, readDate, type DateProblem, type DateText } from './completed-date.js';
import { renderDateErrors } from './date-errors.js';
import { hiddenColumns, type ActionColumn } from './columns.js';
import { tableBox } from '../internal/table-box.js';
import { KeptView } from '../internal/kept-view.js';
import { keptView, restoredView } from './tracker-view.js';

/** Each status's tag colour, GOV.UK style (the bench's same-DOM baseline draws the same tags). */
export const TONES: Record<ActionStatus, string> = {
  overdue: 'tag--red',
  'due-soon': 'tag--orange',
  'in-progress': 'tag--blue',
  open: 'tag--blue',
  'done-late': 'tag--grey',
  done: 'tag--green',
  dropped: 'tag--grey',
};

/** The detail of `action-recorded`: the status change the host confirmed. */
export interface ActionRecordedDetail {
  change: ActionStatusChange;
}

/** The detail of `action-rejected`: the status change the host refused, and why; it is rolled back. */
export interface ActionRejectedDetail {
  change: ActionStatusChange;
  /** The host's own words (else its HTTP status), or the browser's why it could not be stored. */
  reason: string;
}

/**
 * `today` is the date statuses are judged by.
 *
 * In a column narrower than about 40em (a phone, a sidebar, a GOV.UK two-thirds column under zoom), each
 * action and each meeting's deadlines show as a card with every field labelled: the element follows the
 * width its host gives it, not the window's. Printed, the filters and the editors are left out, and no
 * action is split across pages.
 *
 * The CSV holds the rows shown, in the order shown, each with its reference (the action's id) and group, for
 * an action log or the minutes.
 *
 * @summary Actions by whom and by when: overdue, due soon, done late;
 * filters, grouping and a CSV; the meetings' notice and minutes deadlines;
 * and, when `editable`, status changes sent through the outbox.
 *
 * @example
 * <action-tracker src="/data/sutton.json" group="eog" today="2019-12-10"
 *   href-template="/governance/{type}s/{id}"></action-tracker>
 *
 * @tag action-tracker
 * @fires {CustomEvent<ActionRecordedDetail>} action-recorded - The host confirmed a status change: `detail.change`.
 * @fires {CustomEvent<ActionRejectedDetail>} action-rejected - The host refused one; it is rolled back:
 *   `detail.change`, `detail.reason`.
 * @csspart table - Each actions table.
 * @csspart deadlines - The notice and minutes table.
 * @csspart filters - The filter and grouping controls.
 * @csspart download-button - The "Download CSV" button, and the one that downloads the calendar.
 */
export class ActionTracker extends PartnershipElement {
  static override styles = [baseStyles, summaryCards('tracker', '40em'), changeNoteStyles, actionTrackerStyles];

  /** Id of a group: its actions and its meetings' deadlines. */
  @property({ reflect: true }) group?: string;
  /** Id of a meeting: only the actions from it. */
  @property({ reflect: true }) meeting?: string;
  /** Id of a person: only their actions. */
  @property({ reflect: true }) owner?: string;
  /** Id of a work project: only the actions linked to it. Without it, each linked action names its project. */
  @property({ reflect: true }) project?: string;
  /**
   * Links to meetings and proposals: `{type}` (meeting or proposal) and `{id}` fill in, e.g.
   * `/governance/{type}s/{id}`. Only http, https or relative links are made.
   */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** The owner or clerk can change a status; changes go through the outbox. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** With `editable`: id of the signed-in person making changes. */
  @property({ reflect: true }) editor?: string;
  /** With `editable`: URL the status changes are POSTed to. */
  @property({ reflect: true }) endpoint?: string;
  /** The host's own way to send a change, instead of `endpoint`. */
  @property({ attribute: false }) submit?: SubmitFunction;
  /**
   * Columns of the actions table to leave out where it shows as a table (wide columns), space-separated:
   * `owner`, `due`, `status`, `completed`. The action itself is always shown, and the narrow card layout
   * shows every field whatever this says. Unknown names are ignored.
   */
  @property({ attribute: 'hide-columns', reflect: true }) hideColumns?: string;

  @state() private filters: { owner?: string; status?: ActionStatus } = {};
  @state() private groupBy: GroupBy = 'none';
  /** Whether the reader has filtered yet: from then on, how many actions are shown is announced. */
  @state() private filtered = false;
  /** Each action's status chosen in its editor and not saved yet. */
  @state() private chosen: Partial<Record<string, StatusChoice>> = {};
  /** Each action's completion date that Save could not send, and why. */
  @state() private problems: Partial<Record<string, DateProblem>> = {};

  /** The filters and grouping, kept for the tab: a page reloaded (a phone's discarded tab) opens as the member left it. */
  private readonly kept = new KeptView(this, {
    document: () => (this.source.state.status === 'ready' ? this.source.state.document : undefined),
    current: () => keptView({ filters: this.filters, groupBy: this.groupBy }),
    restore: (stored, document) => {
      const scope = { group: this.group, meeting: this.meeting, owner: this.owner, project: this.project };
      const start = { filters: this.filters, groupBy: this.groupBy };
      ({ filters: this.filters, groupBy: this.groupBy } = restoredView(
        stored,
        start,
        actionRows(document, this.todayDate, scope),
      ));
    },
  });

  private readonly changes = new OptimisticChangeController(
    this,
    { state: () => this.source.state, emit: (name, detail) => this.emit(name, detail) },
    statusChanges({ state: () => this.source.state, editor: () => this.editor, today: () => this.todayDate }),
  );

  /** Reused for other actions or another editor: the statuses chosen and not saved, and their errors, were theirs. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const reused = ['group', 'meeting', 'owner', 'project', 'editor'] as const;
    if (!this.hasUpdated || !reused.some((name) => changed.has(name))) return;
    this.chosen = {};
    this.problems = {};
    this.changes.clearAnnouncement();
  }

  /** No vote or attendance shows in the tracker (meetings do, for their dates and deadlines). */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    return [partsBut(document, 'votes', 'meetings'), document.meetings.map((m) => partsBut(m, 'attendance'))];
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    const t = this.msg.actions;
    if (this.group && !document.groups.some((g) => g.id === this.group))
      return html`<p>
        ${t.unknownGroup(
          this.group,
          document.groups.map((g) => g.id),
        )}
      </p>`;
    if (this.meeting && !document.meetings.some((m) => m.id === this.meeting))
      return html`<p>
        ${t.unknownMeeting(
          this.meeting,
          document.meetings.map((m) => m.id),
        )}
      </p>`;
    if (this.owner && !document.people.some((p) => p.id === this.owner))
      return html`<p>
        ${t.unknownOwner(
          this.owner,
          document.people.map((p) => p.id),
        )}
      </p>`;
    if (this.project && !document.projects.some((p) => p.id === this.project))
      return html`<p>
        ${t.unknownProject(
          this.project,
          document.projects.map((p) => p.id),
        )}
      </p>`;
    const scope = { group: this.group, meeting: this.meeting, owner: this.owner, project: this.project };
    const all = actionRows(document, this.todayDate, scope);
    const shown = filterActions(all, this.filters);
    const meetings = document.meetings
      .filter((m) => (this.meeting ? m.id === this.meeting : !this.group || m.group === this.group))
      .sort((a, b) => a.start.localeCompare(b.start));
    return html`<div class="tracker">
      ${this.renderProblems(document)}${
        all.length === 0
          ? html`<p>${t.empty}</p>`
          : html`<p class="printed">${t.statusesOn(this.msg.format.date(this.todayDate))}</p>
              ${this.renderControls(all)}
              <p class="shown-count visually-hidden" role="status">
                ${this.filtered ? t.shownNow(shown.length, all.length) : ''}
              </p>
              <p class="buttons">
                <button
                  type="button"
                  class="button"
                  part="download-button"
                  @click=${() => this.download(document, shown)}
                >
                  ${t.download}<span class="visually-hidden"> ${t.downloadWhat}</span>
                </button>
                <button
                  type="button"
                  class="button"
                  part="download-button"
                  @click=${() => void this.downloadCalendar(document, shown, meetings)}
                >
                  ${t.downloadCalendar}
                </button>
              </p>
              ${this.editable && !this.canEdit ? html`<p class="notice">${t.noEditor}</p>` : nothing}
              ${shown.length === 0 ? html`<p>${t.emptyFiltered}</p>` : this.renderGroups(document, shown)}
              ${
                this.editable
                  ? html`<p role="status">${this.changes.announcement?.(this.msg, this.namesOf(document)) ?? ''}</p>`
                  : nothing
              }`
      }
      ${
        this.group || this.meeting
          ? renderDeadlines(this.msg, document, meetings, this.todayDate, this.headingLevel)
          : nothing
      }
    </div>`;
  }

  /** GOV.UK's error summary of the completion dates Save refused, above everything, each linked to its field. */
  private renderProblems(document: PartnershipDocument) {
    const entries = document.actions.flatMap((action, index) => {
      const problem = this.problems[action.id];
      return problem ? [{ id: editorId(index), problem }] : [];
    });
    return renderDateErrors(this.msg, entries, this.headingLevel, (id) => this.focusField(id));
  }

  /** A summary link's target: the field at fault, with its legend scrolled into view as GOV.UK does. */
  private focusField(id: string): void {
    const field = this.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    field?.closest('fieldset')?.scrollIntoView({ block: 'start' });
    field?.focus({ preventScroll: true });
  }

  private renderControls(rows: ActionRow[]) {
    const t = this.msg.actions;
    const owners = [...new Map(rows.map((r) => [r.action.owner, r.owner]))].sort((a, b) =>
      a[1].localeCompare(b[1], this.msg.format.locale),
    );
    // The chosen status stays an option when no action has it any more (one just saved as done),
    // so the select never claims "Any" while a filter is still applied.
    const statuses = [
      ...new Set([...rows.map((r) => r.status), ...(this.filters.status ? [this.filters.status] : [])]),
    ];
    const set = (key: 'owner' | 'status') => (e: Event) => {
      const value = (e.target as HTMLSelectElement).value || undefined;
      this.filters =
        key === 'owner' ? { ...this.filters, owner: value } : { ...this.filters, status: value as ActionStatus };
      this.filtered = true;
    };
    return html`<fieldset class="controls" part="filters">
      <legend>${t.filters}</legend>
      <label
        >${t.filterOwner}
        <select @change=${set('owner')}>
          <option value="" .selected=${live(!this.filters.owner)}>${t.any}</option>
          ${owners.map(([id, name]) => html`<option .value=${id} .selected=${live(this.filters.owner === id)}>${name}</option>`)}
        </select>
      </label>
      <label
        >${t.filterStatus}
        <select @change=${set('status')}>
          <option value="" .selected=${live(!this.filters.status)}>${t.any}</option>
          ${statuses.map((s) => html`<option .value=${s} .selected=${live(this.filters.status === s)}>${t.status(s)}</option>`)}
        </select>
      </label>
      <label
        >${t.groupBy}
        <select @change=${(e: Event) => (this.groupBy = (e.target as HTMLSelectElement).value as GroupBy)}>
          ${(Object.keys(t.groupOptions) as GroupBy[]).map(
            (key) =>
              html`<option .value=${key} .selected=${live(this.groupBy === key)}>${t.groupOptions[key]}</option>`,
          )}
        </select>
      </label>
    </fieldset>`;
  }

  /** The rows in the tables the tracker draws, each group's name by it, and how a meeting is named. */
  private groupsOf(document: PartnershipDocument, rows: ActionRow[]) {
    const t = this.msg.actions;
    const meetings = new Map(document.meetings.map((meeting) => [meeting.id, meeting]));
    const meetingName = (id?: string) => {
      const meeting = id ? meetings.get(id) : undefined;
      return meeting ? t.meetingLink(this.msg.format.dateTime(meeting.start)) : t.noMeeting;
    };
    const startOf = (id: string) => Date.parse(meetings.get(id)?.start ?? '') || Infinity;
    return {
      groups: groupActions(rows, this.groupBy, { meeting: meetingName, status: t.status }, startOf),
      meetingName,
    };
  }

  private renderGroups(document: PartnershipDocument, rows: ActionRow[]) {
    const t = this.msg.actions;
    const proposals = new Map(document.proposals.map((proposal) => [proposal.id, proposal]));
    const { groups, meetingName } = this.groupsOf(document, rows);
    const hidden = hiddenColumns(this.hideColumns);
    const header = (column: ActionColumn) => html`<th scope="col" class="col-${column}">${t.columns[column]}</th>`;
    const captionOf = (name: string | undefined, count: number) =>
      name ? t.groupCaption(name, count) : t.caption(count);
    // Only where changes are made: a read-only tracker says nothing of them, as it has no status region.
    const changes = this.editable ? this.changes.latestChanges() : new Map<string, OutboxStatus>();
    return groups.map(
      ({ name, rows: grouped }) =>
        html`<div class="table-box" ${tableBox(captionOf(name, grouped.length))}>
          <table part="table" class="cards ${hidden.map((column) => `hide-${column}`).join(' ')}">
            <caption>
              ${captionOf(name, grouped.length)}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.columns.title}</th>
                ${header('owner')} ${header('due')} ${header('status')} ${header('completed')}
              </tr>
            </thead>
            <tbody>
              ${grouped.map((row) => this.renderRow(document, row, meetingName, proposals, changes.get(row.action.id)))}
            </tbody>
          </table>
        </div>`,
    );
  }

  private renderRow(
    document: PartnershipDocument,
    row: ActionRow,
    meetingName: (id?: string) => string,
    proposals: Map<string, Proposal>,
    change: OutboxStatus | undefined,
  ) {
    const { action, status, owner } = row;
    const completed = completedOf(row);
    const { actions: t, format } = this.msg;
    const base = globalThis.location?.href ?? 'http://localhost/';
    const meetingHref = action.meeting ? linkFor(this.hrefTemplate, 'meeting', action.meeting, base) : undefined;
    const proposal = action.proposal ? proposals.get(action.proposal) : undefined;
    const proposalHref = proposal ? linkFor(this.hrefTemplate, 'proposal', proposal.id, base) : undefined;
    return html`<tr>
      <th scope="row">
        <span class="action-title">${action.title}</span>
        ${this.projectOf(document, action.project)}
        <span class="links">
          ${meetingHref ? html`<a href=${meetingHref}>${meetingName(action.meeting)}</a>` : nothing}
          ${proposalHref && proposal ? html`<a href=${proposalHref}>${t.proposalLink(proposal.title)}</a>` : nothing}
        </span>
      </th>
      <td class="col-owner" data-label=${t.columns.owner}>${owner}</td>
      <td class="col-due" data-label=${t.columns.due}>${format.shortDate(action.due)}</td>
      <td class="col-status" data-label=${t.columns.status}>
        <strong class="tag ${TONES[status]}">${t.status(status)}</strong>
        ${
          // Overdue or due soon says when; that work has started is worth saying too.
          action.status === 'in-progress' && status !== 'in-progress'
            ? html`<span class="secondary">${t.startedToo}</span>`
            : nothing
        }
        ${renderChangeNote(this.msg, change, this.namesOf(document), this.editor)}
        ${
          this.mayEdit(document, action)
            ? renderStatusEditor(
                this.msg,
                action,
                this.editorState(document, action),
                this.editorHandlers,
                this.todayDate,
              )
            : nothing
        }
      </td>
      <td class="col-completed" data-label=${t.columns.completed}>
        ${completed ? format.shortDate(completed) : t.notCompleted}
      </td>
    </tr>`;
  }

  /** Editable, and the host named who edits and where changes go. */
  private get canEdit(): boolean {
    return this.editable && !!this.editor && this.changes.canSend;
  }

  /** Only the controls the host will accept: the editor owns the action, or clerks or chairs its group. */
  private mayEdit(document: PartnershipDocument, action: Action): boolean {
    return this.canEdit && mayChangeAction(document, this.editor ?? '', action.id, this.todayDate);
  }

  private editorState(document: PartnershipDocument, action: Action) {
    const id = editorId(document.actions.indexOf(action));
    return { id, chosen: this.chosen[action.id] ?? {}, problem: this.problems[action.id] };
  }

  private readonly editorHandlers = {
    choose: (action: string, change: StatusChoice) => {
      this.chosen = { ...this.chosen, [action]: { ...this.chosen[action], ...change } };
      // Not done any more: its date, and what was wrong with it, no longer apply.
      if (change.status && change.status !== 'done') this.problems = withoutKey(this.problems, action);
    },
    save: (action: Action, status: ActionRecordStatus, completed?: DateText) =>
      void this.save(action, status, completed),
  };

  /**
   * The completion date as typed, read as a date and checked by the rules core. One it refuses, or no date
   * at all, is marked at its fields and in the error summary, which takes focus; nothing is sent.
   */
  private checkDate(action: Action, typed: DateText): string | undefined {
    const read = readDate(typed);
    const state = this.source.state;
    let problem = 'problem' in read ? read.problem : undefined;
    if (!problem && 'date' in read && state.status === 'ready') {
      const change = {
        id: '',
        action: action.id,
        status: 'done' as const,
        completed: read.date,
        by: this.editor ?? '',
        at: '',
      };
      const refusal = actionChangeRefusal(state.document, change, this.todayDate);
      if (refusal?.reason === 'completed-in-future') problem = { code: 'future', fields: DATE_FIELDS };
    }
    if (!problem) {
      this.problems = withoutKey(this.problems, action.id);
      return 'date' in read ? read.date : undefined;
    }
    this.problems = { ...this.problems, [action.id]: problem };
    // The error summary speaks now: the status region's last news (of another action, perhaps) would mislead.
    this.changes.clearAnnouncement();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
    return undefined;
  }

  /** Sends the chosen status, and keeps focus on the action's Save button wherever the action sorts to. */
  private async save(action: Action, status: ActionRecordStatus, typed?: DateText): Promise<void> {
    const completed = typed ? this.checkDate(action, typed) : undefined;
    if (typed && !completed) return;
    if (!typed) this.problems = withoutKey(this.problems, action.id);
    const { [action.id]: _saved, ...stillChosen } = this.chosen;
    this.chosen = stillChosen;
    if (!this.editor) return;
    await this.changes.change(statusChange(action, status, completed, this.editor, this.todayDate));
    await this.updateComplete;
    // When a filter now hides the action, focus goes to the filters rather than to the page.
    const editor = this.renderRoot.querySelector(`.edit[data-action="${CSS.escape(action.id)}"] button`);
    const next = editor ?? this.renderRoot.querySelector('.controls select');
    if (next instanceof HTMLElement) next.focus();
  }

  /** The rows shown, in the order the tables show them (grouped, each group in turn). */
  private download(document: PartnershipDocument, rows: ActionRow[]): void {
    const inTableOrder = this.groupsOf(document, rows).groups.flatMap((group) => group.rows);
    const { header, body } = actionCsv(this.msg, this.namesOf(document), document, inTableOrder);
    downloadCsv(this.msg.actions.csvFile(document.partnership.name), toCsv(header, body));
  }

  /**
   * The actions shown and the meetings' deadlines, for a calendar app; stamped
   * with the moment of the download. The calendar writer is loaded on demand:
   * few readers ask for it, and every element file would otherwise carry it.
   */
  private async downloadCalendar(document: PartnershipDocument, rows: ActionRow[], meetings: Meeting[]): Promise<void> {
    const { toICalendar } = await import('../../src/exports/icalendar.js');
    const shown = { ...document, actions: rows.map((row) => row.action), meetings };
    const calendar = toICalendar(shown, { now: new Date().toISOString(), messages: this.msg });
    offerDownload(this.msg.actions.calendarFile(document.partnership.name), calendar, 'text/calendar;charset=utf-8');
  }
  /** A linked action names its project, unless the tracker shows one project's actions only. */
  private projectOf(document: PartnershipDocument, projectId: string | undefined) {
    const project = projectId && !this.project ? byId(document.projects, projectId) : undefined;
    return project
      ? html`<span class="secondary project">${this.msg.actions.projectOf(project.title)}</span>`
      : nothing;
  }
}

/** The id of an action's editor, by the action's place in the document: an action's own id may hold any character. */
const editorId = (index: number) => `completed-${index}`;

function withoutKey<T>(record: Partial<Record<string, T>>, key: string): Partial<Record<string, T>> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

defineElement('action-tracker', ActionTracker);

declare global {
  interface HTMLElementTagNameMap {
    'action-tracker': ActionTracker;
  }
  interface GlobalEventHandlersEventMap {
    'action-recorded': CustomEvent<ActionRecordedDetail>;
    'action-rejected': CustomEvent<ActionRejectedDetail>;
  }
}
