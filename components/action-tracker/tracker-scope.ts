/**
 * The tracker's scope: the group, meeting, owner and project its attributes
 * name, whose actions it shows. An id the document does not know, or a
 * meeting not of the group named, is said in place of the tracker, with the
 * ids it may take, rather than an empty table that would read as "no actions".
 */
import type { Meeting, PartnershipDocument } from '../../src/contract/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { meetingDate } from '../../src/rules/index.js';
import { partName } from '../internal/part-name.js';

export interface TrackerScope {
  group?: string;
  meeting?: string;
  owner?: string;
  project?: string;
}

/**
 * What is said of the first id of the scope the document does not know, or of a meeting not of the scope's group;
 * undefined when it knows them all and they agree.
 */
export function unknownInScope(msg: Messages, document: PartnershipDocument, scope: TrackerScope): string | undefined {
  const t = msg.actions;
  const { group, meeting, owner, project } = scope;
  if (group && !document.groups.some((g) => g.id === group))
    return t.unknownGroup(
      group,
      document.groups.map((g) => g.id),
    );
  if (meeting && !document.meetings.some((m) => m.id === meeting))
    return t.unknownMeeting(
      meeting,
      document.meetings.map((m) => m.id),
    );
  // A meeting of another group: its actions are none of the group's, and "no actions yet" read as if it had none.
  if (group && meeting && document.meetings.find((m) => m.id === meeting)!.group !== group)
    return t.meetingNotOfGroup(
      meeting,
      group,
      document.meetings.filter((m) => m.group === group).map((m) => m.id),
    );
  if (owner && !document.people.some((p) => p.id === owner))
    return t.unknownOwner(
      owner,
      document.people.map((p) => p.id),
    );
  if (project && !document.projects.some((p) => p.id === project))
    return t.unknownProject(
      project,
      document.projects.map((p) => p.id),
    );
  return undefined;
}

/**
 * The part of the partnership a tracker of `scope` shows, in words, for its calendar's name and file name: the
 * meeting (or else the group), the project and the person, those the scope names; undefined for the whole
 * partnership (`partName`).
 * Every id is one the document knows (`unknownInScope` said the others in place of the tracker).
 */
export function scopeName(msg: Messages, names: Names, document: PartnershipDocument, scope: TrackerScope) {
  const meeting = scope.meeting ? document.meetings.find((m) => m.id === scope.meeting) : undefined;
  return partName([
    meeting ? msg.actions.calendarMeeting(names.group(meeting.group), meetingDate(meeting)) : undefined,
    !meeting && scope.group ? names.group(scope.group) : undefined,
    scope.project ? document.projects.find((p) => p.id === scope.project)?.title : undefined,
    scope.owner ? names.person(scope.owner) : undefined,
  ]);
}

/**
 * The meetings a tracker's calendar holds beside its actions: those it shows (`meetings`, a group's or one) when
 * its scope names a group or a meeting; for a project or a person, only the meetings its actions come from, so
 * a calendar named for them does not hold every meeting of the partnership; all of them for the whole.
 */
export function calendarMeetings(scope: TrackerScope, meetings: Meeting[], actions: { meeting?: string }[]) {
  if (scope.group || scope.meeting || !(scope.project || scope.owner)) return meetings;
  return meetings.filter((m) => actions.some((action) => action.meeting === m.id));
}
