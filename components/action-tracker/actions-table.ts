/**
 * The actions tables: one a group of rows (by owner, meeting or status, or
 * one for all), each row an action with its links, owner, due date, status
 * tag, the news of a change sent from here and, where the editor may change
 * it, the status editor. Apart from the tracker, which chooses the rows and
 * keeps the editors' state: this draws them.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { Action, PartnershipDocument, Proposal } from '../../src/contract/index.js';
import type { ActionStatus } from '../../src/rules/index.js';
import { byId } from '../../src/rules/indexes.js';
import type { OutboxStatus } from '../../src/data/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { tableBox } from '../internal/table-box.js';
import { completedOf, groupActions, type ActionRow, type GroupBy } from './action-rows.js';
import { renderChangeNote } from './change-note.js';
import { hiddenColumns, type ActionColumn } from './columns.js';
import { linkFor } from './links.js';

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

/** What the tables show besides the rows: the tracker's attributes, and what was sent or may be edited here. */
export interface TablesOf {
  groupBy: GroupBy;
  hideColumns?: string;
  hrefTemplate?: string;
  /** The project the tracker shows alone, whose actions need not name it. */
  project?: string;
  editor?: string;
  /** Each action's latest change sent from here, by the action's id. */
  changes: Map<string, OutboxStatus>;
  /** The action's status editor, where the editor may change it. */
  statusEditor: (action: Action) => unknown;
}

/** The rows in the tables the tracker draws, each group's name by it, and how a meeting is named. */
export function actionGroups(msg: Messages, document: PartnershipDocument, rows: ActionRow[], groupBy: GroupBy) {
  const t = msg.actions;
  const meetings = new Map(document.meetings.map((meeting) => [meeting.id, meeting]));
  const meetingName = (id?: string) => {
    const meeting = id ? meetings.get(id) : undefined;
    return meeting ? t.meetingLink(msg.format.dateTime(meeting.start)) : t.noMeeting;
  };
  const startOf = (id: string) => Date.parse(meetings.get(id)?.start ?? '') || Infinity;
  return {
    groups: groupActions(rows, groupBy, { meeting: meetingName, status: t.status }, startOf),
    meetingName,
  };
}

export function renderActionTables(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  rows: ActionRow[],
  tables: TablesOf,
) {
  const t = msg.actions;
  const { groups, meetingName } = actionGroups(msg, document, rows, tables.groupBy);
  const hidden = hiddenColumns(tables.hideColumns);
  const header = (column: ActionColumn) => html`<th scope="col" class="col-${column}">${t.columns[column]}</th>`;
  const captionOf = (name: string | undefined, count: number) =>
    name ? t.groupCaption(name, count) : t.caption(count);
  // Not `{ meetingName }`: the manifest's analyzer takes a local named so in an object for a declaration.
  const context: RowContext = {
    msg,
    names,
    document,
    tables,
    meetingName: (id) => meetingName(id),
    proposals: new Map(document.proposals.map((proposal) => [proposal.id, proposal])),
  };
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
            ${grouped.map((row) => renderRow(context, row))}
          </tbody>
        </table>
      </div>`,
  );
}

/** What each row reads, worked out once for all the tables. */
interface RowContext {
  msg: Messages;
  names: Names;
  document: PartnershipDocument;
  meetingName: (id?: string) => string;
  proposals: Map<string, Proposal>;
  tables: TablesOf;
}

function renderRow({ msg, names, document, meetingName, proposals, tables }: RowContext, row: ActionRow) {
  const { action, status, owner } = row;
  const completed = completedOf(row);
  const { actions: t, format } = msg;
  const base = globalThis.location?.href ?? 'http://localhost/';
  const meetingHref = action.meeting ? linkFor(tables.hrefTemplate, 'meeting', action.meeting, base) : undefined;
  const proposal = action.proposal ? proposals.get(action.proposal) : undefined;
  const proposalHref = proposal ? linkFor(tables.hrefTemplate, 'proposal', proposal.id, base) : undefined;
  return html`<tr>
    <th scope="row">
      <span class="action-title">${action.title}</span>
      ${projectOf(msg, document, action.project, tables.project)}
      <span class="links">
        ${meetingHref ? html`<a href=${meetingHref}>${meetingName(action.meeting)}</a>` : nothing}
        ${proposalHref && proposal ? html`<a href=${proposalHref}>${t.proposalLink(proposal.title)}</a>` : nothing}
      </span>
    </th>
    <td class="col-owner" data-label=${t.columns.owner}>${owner}</td>
    <td class="col-due" data-label=${t.columns.due}><span class="date">${format.shortDate(action.due)}</span></td>
    <td class="col-status" data-label=${t.columns.status}>
      <strong class="tag ${TONES[status]}">${t.status(status)}</strong>
      ${
        // Overdue or due soon says when; that work has started is worth saying too.
        action.status === 'in-progress' && status !== 'in-progress'
          ? html`<span class="secondary">${t.startedToo}</span>`
          : nothing
      }
      ${renderChangeNote(msg, tables.changes.get(action.id), names, tables.editor)} ${tables.statusEditor(action)}
    </td>
    <td class="col-completed" data-label=${t.columns.completed}>
      ${completed ? html`<span class="date">${format.shortDate(completed)}</span>` : t.notCompleted}
    </td>
  </tr>`;
}

/** A linked action names its project, unless the tracker shows one project's actions only (`shownAlone`). */
function projectOf(
  msg: Messages,
  document: PartnershipDocument,
  projectId: string | undefined,
  shownAlone: string | undefined,
) {
  const project = projectId && !shownAlone ? byId(document.projects, projectId) : undefined;
  return project ? html`<span class="secondary project">${msg.actions.projectOf(project.title)}</span>` : nothing;
}
