/** The tracker as CSV rows: what the table shows, in the table's order, in the element's language. */
import type { PartnershipDocument } from '../../src/contract/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { actionGroup } from '../../src/rules/index.js';
import { completedOf, type ActionRow } from './action-rows.js';
import { statusText } from './status-words.js';

export function actionCsv(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  rows: ActionRow[],
): { header: string[]; body: string[][] } {
  const t = msg.actions;
  const c = t.columns;
  const more = t.csvColumns;
  // The action's id is its reference in an action log and in the minutes; the group says whose it is.
  const header = [
    more.reference,
    c.title,
    c.owner,
    c.due,
    c.status,
    c.completed,
    more.group,
    more.project,
    more.meeting,
    more.proposal,
    more.notes,
  ];
  // Meetings and proposals by the names the table shows; dates stay YYYY-MM-DD so a spreadsheet sorts them. So a
  // Completed cell holds a date or nothing, for an action done with no date recorded as for one not done: words
  // there ("No date recorded") would upset a spreadsheet's sort and filter by date. The Status column says which.
  const meetings = new Map(document.meetings.map((meeting) => [meeting.id, meeting]));
  const proposals = new Map(document.proposals.map((proposal) => [proposal.id, proposal]));
  const meetingName = (id?: string) => {
    const meeting = id ? meetings.get(id) : undefined;
    return meeting ? msg.format.dateTime(meeting.start) : '';
  };
  const proposalTitle = (id?: string) => (id ? (proposals.get(id)?.title ?? '') : '');
  // Every row's project, also in a tracker of one project, whose table leaves it unsaid: a column of a file read
  // apart from the page, or pasted beside another tracker's, says it on each row.
  const projects = new Map(document.projects.map((project) => [project.id, project.title]));
  const projectTitle = (id?: string) => (id ? (projects.get(id) ?? '') : '');
  // An action of no group of its own is its meeting's group's, as the tracker and the permissions take it.
  const groupName = (action: ActionRow['action']) => {
    const id = actionGroup(document, action);
    return id ? names.group(id) : '';
  };
  const body = rows.map((row) => [
    row.action.id,
    row.action.title,
    row.owner,
    row.action.due,
    statusText(msg, row),
    completedOf(row) ?? '',
    groupName(row.action),
    projectTitle(row.action.project),
    meetingName(row.action.meeting),
    proposalTitle(row.action.proposal),
    row.action.notes ?? '',
  ]);
  return { header, body };
}
