/** The words of `<partnership-roster>`. */
import type { Attendance, Seat } from '../../src/contract/index.js';
import { formatDate } from '../internal/format.js';

const roles: Record<Seat['role'], string> = {
  member: 'Member',
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  clerk: 'Clerk',
  adviser: 'Adviser',
  observer: 'Observer',
};

const attendance: Record<Attendance, string> = {
  holder: 'Attended',
  proxy: 'Proxy attended',
  apologies: 'Apologies',
  absent: 'Absent',
};

export const rosterMessages = {
  caption: (group: string) => `Members of the ${group}`,
  columns: {
    partner: 'Seat',
    representative: 'Representative',
    proxy: 'Proxy',
    role: 'Role',
    voting: 'Vote',
    term: 'Term',
    attendance: 'Attendance',
  },
  attendanceAt: (when: string) => `Attendance on ${when}`,
  notRecordedYet: 'Not recorded yet',
  termEnded: 'Ended',
  termEnding: 'Ends soon',
  role: (role: Seat['role']) => roles[role],
  attendance: (value: Attendance) => attendance[value],
  voting: 'Voting',
  nonVoting: 'Non-voting',
  vacant: 'Vacant',
  noProxy: 'None',
  noPartner: '—',
  noTerm: '—',
  term: (from: string, to?: string) => (to ? `${formatDate(from)} to ${formatDate(to)}` : `From ${formatDate(from)}`),
  warningsTitle: (count: number) =>
    count === 1 ? '1 thing for the clerk to check' : `${count} things for the clerk to check`,
  noGroups: 'This partnership has no groups yet. Add a group with its seats to the document.',
  noSeats: (group: string) => `The ${group} has no seats yet. Add its seats to the document.`,
  unknownGroup: (id: string, known: string[]) =>
    `There is no group with the id '${id}'. Set the group attribute to one of: ${known.join(', ') || 'none'}.`,
  unknownMeeting: (id: string) =>
    `There is no meeting of this group with the id '${id}', so attendance is not shown. Check the meeting attribute.`,
  historyCaption: (group: string) => `Who has held the seats of the ${group} that changed hands`,
  historyColumns: { seat: 'Seat', holder: 'Holder', proxy: 'Proxy', from: 'From', to: 'To' },
  /** An appointment with no recorded start: the seat's first, from before the record. */
  historyNoStart: 'Not recorded',
  /** The current appointment with no end date. */
  historyNoEnd: 'No end date',
  partnerLine: (partner: string) => `${partner}:`,
  proxyLine: (name: string) => `proxy ${name}`,
};
