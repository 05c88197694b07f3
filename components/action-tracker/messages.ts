/** The words of `<action-tracker>`. */
import type { ActionRecordStatus } from '../../src/contract/index.js';
import type { ActionStatus } from '../../src/rules/index.js';
import type { RetryReason } from '../../src/data/index.js';

const statuses: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  done: 'Done',
  'done-late': 'Done late',
  dropped: 'Dropped',
};
const recordStatuses: Record<ActionRecordStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const workingDays = (days: number) => `${days} working ${days === 1 ? 'day' : 'days'}`;

export const actionMessages = {
  status: (status: ActionStatus) => statuses[status],
  recordStatus: (status: ActionRecordStatus) => recordStatuses[status],
  caption: (count: number) => `Actions (${count})`,
  startedToo: '(in progress)',
  shownNow: (shown: number, total: number) =>
    shown === total ? `All ${total} actions shown.` : `${shown} of ${total} actions shown.`,
  groupCaption: (name: string, count: number) => `${name} (${count})`,
  columns: {
    title: 'Action',
    owner: 'By whom',
    due: 'By when',
    status: 'Status',
    completed: 'Completed',
    from: 'From',
  },
  filters: 'Show actions',
  filterOwner: 'By whom',
  filterStatus: 'Status',
  groupBy: 'Group by',
  groupOptions: { none: 'Nothing', owner: 'Who', meeting: 'Meeting', status: 'Status' },
  any: 'Any',
  noMeeting: 'Not from a meeting',
  meetingLink: (when: string) => `Meeting on ${when}`,
  proposalLink: (title: string) => `Proposal: ${title}`,
  download: 'Download CSV',
  csvFile: (partnership: string) => `${partnership} actions.csv`,
  empty: 'There are no actions yet.',
  emptyFiltered: 'No actions match these filters.',
  unknownGroup: (id: string) => `There is no group with the id '${id}'. Check the group attribute.`,
  unknownMeeting: (id: string) => `There is no meeting with the id '${id}'. Check the meeting attribute.`,
  unknownOwner: (id: string) => `There is no person with the id '${id}'. Check the owner attribute.`,
  // Deadlines
  deadlinesTitle: 'Notice and minutes',
  deadlinesCaption: (notice: number, minutes: number) =>
    `Meetings: notice is due ${workingDays(notice)} before, minutes ${workingDays(minutes)} after`,
  deadlineColumns: {
    meeting: 'Meeting',
    noticeDue: 'Notice due',
    notice: 'Notice',
    minutesDue: 'Minutes due',
    minutes: 'Minutes',
  },
  sentOnTime: (when: string) => `Sent ${when}, on time`,
  sentLate: (when: string) => `Sent ${when}, late`,
  notSentOverdue: 'Not sent, overdue',
  toCome: 'To come',
  // Editing
  editStatus: (title: string) => `Status of “${title}”`,
  completedOn: (title: string) => `Completed on (for “${title}”)`,
  save: 'Save',
  saveFor: (title: string) => `the status of “${title}”`,
  unchanged: (title: string) => `“${title}” already has that status: nothing to save.`,
  saving: (title: string) => `Saving “${title}”…`,
  saved: (title: string) => `“${title}” saved.`,
  queued: (title: string, problem: RetryReason) =>
    problem === 'offline'
      ? `“${title}” is saved on this device and will be sent when the connection returns.`
      : problem === 'signed-out'
        ? `“${title}” is saved on this device: your session has ended. Sign in again and it will be sent.`
        : `“${title}” is saved on this device but could not be sent yet. It will be tried again shortly.`,
  notSaved: (title: string, reason: string) => `“${title}” was not saved: ${reason}`,
  rolledBack: (title: string, reason: string) => `“${title}” was not saved, so it is back as it was: ${reason}`,
  noEditor:
    'To change actions, the host must set the editor attribute to the signed-in person’s id and the endpoint attribute.',
};
