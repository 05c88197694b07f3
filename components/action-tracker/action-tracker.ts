import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { property, state } from 'lit/decorators.js';
import { type Meeting, type PartnershipDocument } from '../../src/contract/index.js';
import type { OutboxStatus, SubmitFunction } from '../../src/data/index.js';
import { londonDate, type ActionStatus, type ActionStatusChange } from '../../src/rules/index.js';
import { defineElement } from '../internal/define.js';
import { PartnershipElement, nowNotAMoment, type NotAMoment } from '../internal/partnership-element.js';
import { RunningMoment } from '../internal/element-clock.js';
import { shownCountNews } from '../internal/shown-count.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';
import { baseStyles } from '../internal/styles.js';
import { narrowCardLabels, summaryCards } from '../internal/summary-cards.js';
import { actionRows, filterActions, type ActionRow, type GroupBy } from './action-rows.js';
import { actionTrackerStyles } from './action-tracker.styles.js';
import { actionGroups, renderActionTables } from './actions-table.js';
import { changeNoteStyles } from '../internal/change-note.styles.js';
import { renderDeadlines } from './deadlines-view.js';
import { heading } from '../internal/heading.js';
import { downloadActionsCalendar, downloadActionsCsv, renderDownloadButtons } from './downloads.js';
import { renderFilters } from './filters-view.js';
import { statusChanges } from './status-changes.js';
import { StatusEditing } from './status-editing.js';
import { OptimisticChangeController } from '../internal/optimistic-change.js';
import { PartnershipChange } from '../internal/partnership-change.js';
import { KeptView } from '../internal/kept-view.js';
import { keptView, restoredView } from './tracker-view.js';
import { calendarMeetings, scopeName, unknownInScope, type TrackerScope } from './tracker-scope.js';
import { idText, optionalText } from '../internal/attribute-reading.js';

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
 * `today` is the date statuses are judged by, and a completion recorded here is dated on. Set on another day than
 * the real one (a rehearsal, a report as of a date), an action raised at a meeting after it, and due on or after that
 * meeting, is not listed yet, as the risk register leaves out a risk raised later; on the real day the tracker lists
 * every action the document holds, one linked to a later meeting too (often where it reports back). A `today` that
 * is the page's own date (the date the page was opened on, written into it as it opened) moves on at midnight, as the date does without it: left open past
 * midnight, the tracker dated an action done at 00:08 on the day before.
 *
 * In a column narrower than about 40em (a phone, a sidebar, a GOV.UK two-thirds column under zoom), each
 * action and each meeting's deadlines show as a card with every field labelled: the element follows the
 * width its host gives it, not the window's. Printed, the tracker is set in 10pt (the page's own size if
 * smaller), so on A4 portrait it prints its tables in English and Welsh, their headers on every page; the
 * filters and the editors are left out, and no action is split across pages.
 *
 * The CSV holds the rows shown, in the order shown, each with its reference (the action's id) and group, for
 * an action log or the minutes.
 *
 * Keyboard: Tab reaches the filters (by whom, status, group by; the arrow keys change a closed select, and the
 * table follows at once; a tracker whose actions are all one person's, as with `owner`, has no "By whom"), the CSV and calendar downloads, then, when `editable`, each action the editor may
 * change: its status (radios, one Tab stop: the arrow keys move between them and choose, and nothing is sent),
 * the completion date's day, month and year when the status is done, and Save (Enter or Space). After Save the focus stays on that action's Save wherever the action now sorts; when a filter now hides
 * it, on the first filter. A date it refuses puts the focus on the error summary, whose links go to the field.
 * An action recorded done shows its date in the Completed column, and its date fields fold under "Change the
 * completion date" (a details: Tab, then Enter or Space), open while a date is typed or refused. An action recorded
 * done with no date (`completed` is optional) says "No date recorded" there, and its empty fields fold under "Add a
 * completion date": Save with them empty keeps it done with no date, where no date is invented. A status changed
 * and not saved shows "Not saved yet: press Save" by its Save, read with the radios' description; it goes when saved
 * or put back. Where `today` is before an action's recorded completion (a page at a past meeting's date), its
 * status is that day's ("Open") and its editor, which edits the record, says "Recorded as done on …, after …, the
 * day these statuses are on" above its radios, in their description too. A date in the table is not broken
 * across lines.
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
  static override styles = [
    baseStyles,
    summaryCards('tracker', '40em'),
    changeNoteStyles,
    actionTrackerStyles,
    narrowCardLabels('tracker', '.cards td[data-label]::before'),
  ];

  /** Id of a group: its actions and its meetings' deadlines. */
  @property({ reflect: true, converter: idText }) group?: string;
  /** Id of a meeting: only the actions from it. */
  @property({ reflect: true, converter: idText }) meeting?: string;
  /** Id of a person: only their actions. */
  @property({ reflect: true, converter: idText }) owner?: string;
  /** Id of a work project: only the actions linked to it. Without it, each linked action names its project. */
  @property({ reflect: true, converter: idText }) project?: string;
  /**
   * Links to meetings and proposals: `{type}` (meeting or proposal) and `{id}` fill in, e.g.
   * `/governance/{type}s/{id}`. Only http, https or relative links are made.
   */
  @property({ attribute: 'href-template', converter: optionalText }) hrefTemplate?: string;
  /** The owner or clerk can change a status; changes go through the outbox. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** With `editable`: id of the signed-in person making changes. */
  @property({ reflect: true, converter: idText }) editor?: string;
  /** With `editable`: URL the status changes are POSTed to. */
  @property({ reflect: true, converter: optionalText }) endpoint?: string;
  /** The host's own way to send a change, instead of `endpoint`. */
  @property({ attribute: false }) submit?: SubmitFunction;
  /**
   * Columns of the actions table to leave out where it shows as a table (wide columns), space-separated:
   * `owner`, `due`, `status`, `completed`. The action itself is always shown, and the narrow card layout
   * shows every field whatever this says. Unknown names are ignored.
   */
  @property({ attribute: 'hide-columns', reflect: true, converter: optionalText }) hideColumns?: string;
  /**
   * The moment the element treats as now (an ISO date-time with its offset, like `2019-12-10T16:30:00Z`): it
   * stamps the status changes made here with it (their `at`). It runs on from when it was set; by default it is
   * the device's clock, or the host's (the `Date` of its best recent response) where the device's is behind it by more
   * than that `Date` can tell, or ahead of it by more than a minute, and `today` defaults to its date in the UK. Set it for tests, and for a host on a clock of its own (a
   * demo replaying a past meeting).
   */
  @property({ reflect: true, converter: optionalText }) now?: string;

  @state() private filters: { owner?: string; status?: ActionStatus } = {};
  @state() private groupBy: GroupBy = 'none';
  /** How many times the reader has chosen a filter or grouping: from the first, each is said with the count. */
  @state() private viewChoices = 0;

  /** The filters and grouping, kept for the tab: a page reloaded (a phone's discarded tab) opens as the member left it. */
  private readonly kept = new KeptView(this, {
    document: () => (this.source.state.status === 'ready' ? this.source.state.document : undefined),
    current: () => keptView({ filters: this.filters, groupBy: this.groupBy }),
    restore: (stored, document) => {
      const start = { filters: this.filters, groupBy: this.groupBy };
      ({ filters: this.filters, groupBy: this.groupBy } = restoredView(stored, start, this.rowsOf(document)));
    },
  });

  private readonly changes = new OptimisticChangeController(
    this,
    { state: () => this.source.state, emit: (name, detail) => this.emit(name, detail) },
    statusChanges({ state: () => this.source.state, editor: () => this.editor, today: () => this.todayDate }),
  );

  /**
   * The tracker's clock, which dates its changes and turns its day; it shows nothing that moves within a day, so
   * it has no tick.
   */
  private readonly clock = new RunningMoment(() => this.now, this);

  private readonly editing = new StatusEditing(this, {
    msg: () => this.msg,
    state: () => this.source.state,
    today: () => this.todayDate,
    now: () => this.clock.now,
    changes: this.changes,
  });

  /**
   * Another partnership's document given to the tracker (`data` swapped, `src` changed), with the same action ids: a
   * status chosen and not saved was the last one's, as the check-in's attendance and the vote panel's choice are.
   */
  private readonly partnershipChange = new PartnershipChange(
    this,
    () => this.source.state,
    () => this.editing.forget(),
  );

  /** Reused for other actions or another editor: the statuses chosen and not saved, and their errors, were theirs. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const reused = ['group', 'meeting', 'owner', 'project', 'editor'] as const;
    if (!this.hasUpdated || !reused.some((name) => changed.has(name))) return;
    this.editing.forget();
    this.changes.clearAnnouncement();
  }

  protected override notMoments(): NotAMoment[] {
    return [...super.notMoments(), ...nowNotAMoment(this.now)];
  }

  /** The date in the UK of the clock that dates the changes made here: a completion is dated on it. */
  protected override clockDate(): string {
    return londonDate(this.clock.now);
  }

  /** No vote or attendance shows in the tracker (meetings do, for their dates and deadlines). */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    return [partsBut(document, 'votes', 'meetings'), document.meetings.map((m) => partsBut(m, 'attendance'))];
  }

  private get scope(): TrackerScope {
    return { group: this.group, meeting: this.meeting, owner: this.owner, project: this.project };
  }

  /**
   * Every action in the tracker's scope, on its day: on the real day all the record holds; on a day it is fixed on
   * (`fixedDay`), only those raised by then.
   */
  private rowsOf(document: PartnershipDocument): ActionRow[] {
    const live = this.fixedDay === undefined;
    return actionRows(document, this.todayDate, this.scope, this.msg.actions, { live });
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    const unknown = unknownInScope(this.msg, document, this.scope);
    if (unknown) return html`<p>${unknown}</p>`;
    const all = this.rowsOf(document);
    const meetings = document.meetings
      .filter((m) => (this.meeting ? m.id === this.meeting : !this.group || m.group === this.group))
      .sort((a, b) => a.start.localeCompare(b.start));
    return html`<div class="tracker">
      ${this.editing.renderProblems(document)}${
        all.length === 0 ? html`<p>${this.noActions(document)}</p>` : this.renderActions(document, all, meetings)
      }
      ${
        this.group || this.meeting
          ? renderDeadlines(this.msg, document, meetings, this.todayDate, this.headingLevel)
          : nothing
      }
    </div>`;
  }

  /**
   * What a tracker with no action in its scope says. One person's tracker names them: on their page under
   * "Your actions", "There are no actions yet" read as if the group had none.
   */
  private noActions(document: PartnershipDocument): string {
    const t = this.msg.actions;
    return this.owner ? t.emptyFor(this.namesOf(document).person(this.owner)) : t.empty;
  }

  /** `all`: every action in the tracker's scope, before the reader's filters. */
  private renderActions(document: PartnershipDocument, all: ActionRow[], meetings: Meeting[]) {
    const t = this.msg.actions;
    const shown = filterActions(all, this.filters);
    const filterHandlers = {
      filter: (change: { owner?: string; status?: ActionStatus }) => {
        this.filters = { ...this.filters, ...change };
        this.viewChoices += 1;
      },
      group: (groupBy: GroupBy) => {
        this.groupBy = groupBy;
        this.viewChoices += 1;
      },
    };
    // The tracker's own heading, at its heading level, where there are actions to show: without it a screen-reader
    // user moving by headings passed them by, and met only "Notice and minutes". Heard, not shown: the page's heading
    // above the element names it to the eye.
    return html`${heading(this.headingLevel, 0, t.title, { class: 'visually-hidden' })}
      <p class="printed">${t.statusesOn(this.msg.format.date(this.todayDate))}</p>
      ${renderFilters(this.msg, all, { filters: this.filters, groupBy: this.groupBy }, filterHandlers)}
      <p class="shown-count visually-hidden" role="status">
        ${shownCountNews(this.viewChoices, () => t.shownNow(shown.length, all.length))}
      </p>
      <p class="buttons">
        ${renderDownloadButtons(this.msg, {
          csv: () => this.download(document, shown),
          calendar: () => this.downloadCalendar(document, shown, meetings),
        })}
      </p>
      ${this.editable && !this.editing.canEdit ? html`<p class="notice">${this.notSetUp()}</p>` : nothing}
      ${shown.length === 0 ? html`<p>${t.emptyFiltered}</p>` : this.renderTables(document, shown)}
      ${this.editable ? html`<p role="status">${this.changes.spoken(this.msg, this.namesOf(document))}</p>` : nothing}`;
  }

  /** What the site's web team has left to set for changes, and only that: what is set needs no second look. */
  private notSetUp(): string {
    const t = this.msg.actions;
    if (!this.editor) return this.changes.canSend ? t.noEditorPerson : t.noEditor;
    return t.noEditorEndpoint;
  }

  private renderTables(document: PartnershipDocument, rows: ActionRow[]) {
    return renderActionTables(this.msg, this.namesOf(document), document, rows, {
      groupBy: this.groupBy,
      hideColumns: this.hideColumns,
      hrefTemplate: this.hrefTemplate,
      project: this.project,
      editor: this.editor,
      // Only where changes are made: a read-only tracker says nothing of them, as it has no status region.
      changes: this.editable ? this.changes.latestChanges() : new Map<string, OutboxStatus>(),
      statusEditor: (action) => this.editing.editorFor(document, action),
    });
  }

  /** The scope a download holds: the tracker's, with the person chosen in "By whom". */
  private get held(): TrackerScope {
    return { ...this.scope, owner: this.owner ?? this.filters.owner };
  }

  /** The status chosen under "Status", in words, for the downloads' file names; undefined for any. */
  private get statusChosen(): string | undefined {
    return this.filters.status ? this.msg.actions.status(this.filters.status) : undefined;
  }

  /**
   * The rows shown as a calendar, named for what they are: the tracker's scope, and the person the reader
   * chose to show; the status chosen names the file only (`downloadActionsCalendar`).
   */
  private downloadCalendar(document: PartnershipDocument, rows: ActionRow[], meetings: Meeting[]) {
    const { held } = this;
    return downloadActionsCalendar(this.msg, document, {
      rows,
      meetings: calendarMeetings(
        held,
        meetings,
        rows.map((row) => row.action),
      ),
      part: scopeName(this.msg, this.namesOf(document), document, held),
      status: this.statusChosen,
    });
  }

  /** The rows shown, in the order the tables show them (grouped, each group in turn). */
  private download(document: PartnershipDocument, rows: ActionRow[]): void {
    const inTableOrder = actionGroups(this.msg, document, rows, this.groupBy).groups.flatMap((group) => group.rows);
    const names = this.namesOf(document);
    const part = scopeName(this.msg, names, document, this.held);
    downloadActionsCsv(this.msg, names, document, { rows: inTableOrder, part, status: this.statusChosen });
  }
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
