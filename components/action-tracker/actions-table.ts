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
import { statusWords } from './status-words.js';
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
    base: globalThis.location?.href ?? 'http://localhost/',
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
  /** What a relative `href-template` is resolved against, to check its scheme: the page's address. */
  base: string;
}

/**
 * The row of one action. A tracker can hold hundreds of actions, so the row holds no white space between or inside
 * its cells, where nothing shows it: Lit would copy each run into every row as a text node for the browser to style
 * and lay out. Prettier would break the cells onto lines of their own, hence the `prettier-ignore`: every line
 * break of the row is inside a tag (`</td\n><td`), where the parser drops it. Where words need a space before them
 * (the project and "started too" after the title and the tag, the proposal's link after the meeting's), their own
 * template writes it. Words alone in an element (the title, the owner, the dates, the tag, the project) are set as
 * its content (`.textContent`), not as a part: a part is a marker (a comment node) cloned, walked and kept beside
 * the words in every row of every render (issue 12). A link keeps its words as a part, where the linter sees its
 * name; links are drawn only with `href-template`.
 */
function renderRow(context: RowContext, row: ActionRow) {
  const { msg, names, document, tables } = context;
  const { action, status, owner } = row;
  const { tag, notes } = statusWords(msg, row);
  const completed = completedOf(row);
  const { actions: t, format } = msg;
  // prettier-ignore
  return html`<tr
    ><th scope="row"
      ><span class="action-title" .textContent=${action.title}></span
      >${projectOf(msg, document, action.project, tables.project)}<span class="links"
        >${meetingLink(context, action)}${proposalLink(context, action)}</span
    ></th
    ><td class="col-owner" data-label=${t.columns.owner} .textContent=${owner}></td
    ><td class="col-due" data-label=${t.columns.due}
      ><span class="date" .textContent=${format.shortDate(action.due)}></span></td
    ><td class="col-status" data-label=${t.columns.status}
      ><strong class=${TAGS[status]} .textContent=${tag}></strong
      >${notes.map((note) => html` <span class="secondary" .textContent=${note}></span>`)}${renderChangeNote(msg, tables.changes.get(action.id), names, tables.editor)}${tables.statusEditor(action)}</td
    ><td class="col-completed" data-label=${t.columns.completed}
      >${completed ? html`<span class="date" .textContent=${format.shortDate(completed)}></span>` : notCompleted(msg, row)}</td
  ></tr>`;
}

/**
 * The Completed cell with no date: "Not completed", unless the action is shown done and its record has no date (the
 * contract's `completed` is optional), where "Not completed" would deny the "Done" beside it.
 */
function notCompleted(msg: Messages, { status }: ActionRow): string {
  return status === 'done' || status === 'done-late' ? msg.actions.noCompletedDate : msg.actions.notCompleted;
}

/** Each status's tag's classes. */
const TAGS = Object.fromEntries(Object.entries(TONES).map(([status, tone]) => [status, `tag ${tone}`])) as Record<
  ActionStatus,
  string
>;

/** The link back to the action's meeting, where `href-template` makes one. */
function meetingLink({ meetingName, tables, base }: RowContext, action: Action) {
  const href = action.meeting ? linkFor(tables.hrefTemplate, 'meeting', action.meeting, base) : undefined;
  return href ? html`<a href=${href}>${meetingName(action.meeting)}</a>` : nothing;
}

/** The link to the action's proposal, where `href-template` makes one: a space parts it from the meeting's. */
function proposalLink({ msg, proposals, tables, base }: RowContext, action: Action) {
  const proposal = action.proposal ? proposals.get(action.proposal) : undefined;
  const href = proposal ? linkFor(tables.hrefTemplate, 'proposal', proposal.id, base) : undefined;
  return href && proposal ? html` <a href=${href}>${msg.actions.proposalLink(proposal.title)}</a>` : nothing;
}

/**
 * A linked action names its project, unless the tracker shows one project's actions only (`shownAlone`). A space
 * parts it from the title in the row header's text, as a reader's copy or a screen reader's may join them.
 */
function projectOf(
  msg: Messages,
  document: PartnershipDocument,
  projectId: string | undefined,
  shownAlone: string | undefined,
) {
  const project = projectId && !shownAlone ? byId(document.projects, projectId) : undefined;
  return project
    ? html` <span class="secondary project" .textContent=${msg.actions.projectOf(project.title)}></span>`
    : nothing;
}
