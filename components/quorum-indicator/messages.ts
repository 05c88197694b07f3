/** The words of `<quorum-indicator>`. */
import type { ChangeRefusal } from '../../src/rules/index.js';
import { formatDateTime } from '../internal/format.js';

/** The time of day of a date-time in UK time, GOV.UK style: "4:05pm", "midday". */
export function timeOfDay(dateTime: string): string {
  const full = formatDateTime(dateTime);
  return full.slice(full.indexOf(' at ') + 4);
}

/** Who sits for a seat: the seat, and the person unless the seat's label already names them; a proxy says so. */
function sitting(seat: string, person: string | undefined, as: 'holder' | 'proxy'): string {
  const who = person && !seat.includes(person) ? `${seat}: ${person}` : seat;
  return as === 'proxy' ? `${who} (proxy)` : who;
}

export const quorumMessages = {
  heading: (group: string, when: string) => `Quorum: ${group}, ${when}`,
  quorate: 'Quorate',
  notQuorate: 'Not quorate',
  quorateSummary: 'Every quorum requirement is met, so the meeting can take decisions.',
  notQuorateSummary: (unmet: number) =>
    unmet === 1
      ? 'One quorum requirement is not met, so decisions taken at the meeting do not count.'
      : `${unmet} quorum requirements are not met, so decisions taken at the meeting do not count.`,
  notYet: 'Not yet known',
  notYetSummary: (when: string) =>
    `The meeting is on ${when}. Whether it is quorate is known once attendance is recorded.`,
  needed: (needed: number) => `${needed} needed`,
  proxiesDoNotCount: '(proxies do not count)',
  noRequirements: 'This group has no quorum requirements, so every meeting is quorate.',
  met: 'Met',
  notMet: 'Not met',
  presentOfNeeded: (present: number, needed: number) => `${present} present, ${needed} needed`,
  missingTitle: 'Missing:',
  absentTitle: 'Not here:',
  /** The seat, and its holder when the holder's name says more than the seat's (people named by post often match). */
  missingSeat: (label: string, person?: string) =>
    person === undefined ? `${label} (vacant)` : person === label ? label : `${label} (${person})`,
  /** During the meeting. */
  nowHeading: (time: string) => `Now, at ${time}`,
  quorateNow: 'Quorate now',
  notQuorateNow: 'Not quorate now',
  quorateNowSummary: 'Every quorum requirement is met by who is in the room.',
  notQuorateNowSummary: (unmet: number) =>
    unmet === 1
      ? 'One quorum requirement is not met by who is in the room, so a decision taken now would not count.'
      : `${unmet} quorum requirements are not met by who is in the room, so a decision taken now would not count.`,
  presentNow: (present: number, needed: number) => `${present} in the room, ${needed} needed`,
  notInRoomTitle: 'Not in the room:',
  inRoomTitle: 'In the room',
  nobodyInRoom: 'Nobody is checked in yet.',
  /** "Primary Schools: Jo Bloggs (proxy), since 4:05pm". */
  inRoom: (seat: string, person: string | undefined, as: 'holder' | 'proxy', since: string | undefined) =>
    `${sitting(seat, person, as)}${since ? `, since ${since}` : ''}`,
  wholeMeetingHeading: 'The meeting as a whole',
  movementsHeading: 'Arrivals and departures',
  /** "Primary Schools: Jo Bloggs (proxy) arrived". */
  movement: (seat: string, person: string | undefined, as: 'holder' | 'proxy', kind: 'arrived' | 'left') =>
    `${sitting(seat, person, as)} ${kind === 'arrived' ? 'arrived' : 'left'}`,
  noMeeting: 'No meeting is named. Set the meeting attribute to the id of a meeting in the document.',
  unknownMeeting: (id: string) =>
    `There is no meeting with the id '${id}'. Set the meeting attribute to the id of a meeting in the document.`,
};

/** The words of the clerk's check-in (`editable`). */
export const checkInMessages = {
  caption: 'Record who is here',
  seat: 'Seat',
  person: 'Holder',
  attendance: 'Attendance',
  selectLabel: (seat: string) => `Attendance for ${seat}`,
  options: { holder: 'Holder present', proxy: 'Proxy present', apologies: 'Apologies', absent: 'Absent' },
  save: 'Save',
  saveFor: (seat: string) => `attendance for ${seat}`,
  checkOut: 'Check out',
  checkOutFor: (seat: string) => `${seat}: they have left`,
  /** Why a seat's attendance cannot be changed, from the rules core's refusal. */
  fixed: (reason: ChangeRefusal['reason'] | null) =>
    reason === 'meeting-decided'
      ? 'A proposal decided at this meeting is closed, so its attendance can no longer change.'
      : 'This seat’s attendance cannot be changed.',
  notPermitted: (person: string, group: string) =>
    `${person} is not the clerk or chair of ${group}, so cannot record attendance at its meetings.`,
  unchanged: (seat: string) => `Attendance for ${seat} is already recorded as that: nothing to save.`,
  saving: (seat: string) => `Saving attendance for ${seat}…`,
  saved: (seat: string) => `Attendance for ${seat} saved.`,
  checkingOut: (seat: string) => `Checking out ${seat}…`,
  queued: (seat: string, signedOut: boolean) =>
    signedOut
      ? `Attendance for ${seat} is saved on this device: your session has ended. Sign in again and it will be sent.`
      : `Attendance for ${seat} is saved on this device and will be sent when the connection returns.`,
  rejected: (seat: string, reason: string) =>
    `Attendance for ${seat} was not accepted, so it is back as it was: ${reason}`,
  noClerk:
    'To record attendance, the host must set the clerk attribute to the signed-in clerk’s id and the endpoint attribute.',
};
