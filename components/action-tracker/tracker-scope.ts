/**
 * The tracker's scope: the group, meeting, owner and project its attributes
 * name, whose actions it shows. An id the document does not know is said in
 * place of the tracker, with the ids it does know, rather than an empty
 * table that would read as "no actions".
 */
import type { PartnershipDocument } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';

export interface TrackerScope {
  group?: string;
  meeting?: string;
  owner?: string;
  project?: string;
}

/** What is said of the first id of the scope the document does not know; undefined when it knows them all. */
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
