/**
 * The tracker's status changes, as the optimistic-change controller shows,
 * sends and puts them back: the record of a status saved in an action's
 * editor, how it applies to the document, and what the tracker says of it.
 * An action is named by its title.
 */
import type { Action, ActionRecordStatus } from '../../src/contract/index.js';
import { withActionStatus, type ActionStatusChange } from '../../src/rules/index.js';
import { hostNowText, recordId, type DocumentState } from '../../src/data/index.js';
import { explainRefusal, type Messages, type Names } from '../../src/messages/index.js';
import { actionChangeRefusal } from '../../src/rules/index.js';
import { byId } from '../../src/rules/indexes.js';
import type { Announcement, ChangeItem, ChangeKind } from '../internal/optimistic-change.js';
import { ofDocument, refusedBecause } from '../internal/outbox-controller.js';

type StatusItem = Extract<ChangeItem, { kind: 'action-status' }>;

/** An action's status as its editor shows it: a completion date only when it is done. */
type StatusShown = Pick<Action, 'status' | 'completed'> | undefined;

/** The tracker, as its changes see it. */
export interface Tracker {
  /** The tracker's document as it stands. */
  state(): DocumentState;
  /** The signed-in person making changes. */
  editor(): string | undefined;
  /** The tracker's today, YYYY-MM-DD: what the host would refuse is judged on it. */
  today(): string;
}

/**
 * The record of `status` saved for `action`: one marked done without a date keeps the date recorded, else was
 * completed `today`, unless it was recorded done with none: it stays so, with no date no one gave. It says the
 * status it was made on (`was`), so a host whose action has changed since (someone else's change, stored while
 * this one waited on a phone offline) refuses it rather than laying it over theirs.
 */
export function statusChange(
  action: Action,
  status: ActionRecordStatus,
  completed: string | undefined,
  by: string,
  today: string,
  // The tracker's clock (`now`), else the host's clock where the device's is clearly off it, as a vote's `cast` is.
  at = hostNowText(),
): ActionStatusChange {
  return {
    id: recordId(),
    action: action.id,
    status,
    ...(status === 'done' ? completedOn(action, completed, today) : {}),
    was: action.status,
    by,
    at,
  };
}

/** The completion date of a record of done: none for an action recorded done with none, when none is given. */
function completedOn(action: Action, completed: string | undefined, today: string): { completed?: string } {
  const date = completed ?? action.completed ?? (action.status === 'done' ? undefined : today);
  return date ? { completed: date } : {};
}

/** The document's names, and the action's title for its id: a refusal names the action by its id. */
function namingAction(names: Names, actionId: string, title: string): Names & { action: (id: string) => string } {
  return { ...names, action: (id: string) => (id === actionId ? title : id) };
}

/** The action tracker's kind of change. */
export function statusChanges(tracker: Tracker): ChangeKind<StatusItem, StatusShown> {
  const titleOf = ({ action }: ActionStatusChange) => {
    const state = tracker.state();
    return (state.status === 'ready' && byId(state.document.actions, action)?.title) || action;
  };
  // The title as the change is said: the words themselves follow the element's language at each render. Said
  // before the document is shown (a change an earlier page left, answered while the page loads), the title is
  // the one shown with it, not the action's id.
  const titled =
    (say: (msg: Messages, title: string, names: Names) => string) =>
    (change: ActionStatusChange): Announcement => {
      const title = tracker.state().status === 'ready' ? titleOf(change) : undefined;
      return (msg, names) => say(msg, title ?? titleOf(change), names);
    };
  return {
    kind: 'action-status',
    submitChannel: 'submit:action-tracker',
    target: (change) => change.action,
    apply: withActionStatus,
    read: (document, change) => {
      const action = byId(document.actions, change.action);
      return action && { status: action.status, completed: action.status === 'done' ? action.completed : undefined };
    },
    write: (document, change, shown) => (shown ? withActionStatus(document, { ...change, ...shown }) : document),
    refusal: (document, change) => {
      // The host would refuse it: say why here rather than send it.
      const refusal = actionChangeRefusal(document, change, tracker.today());
      if (!refusal) return undefined;
      const why = (msg: Messages, names: Names, title: string) =>
        explainRefusal(msg, namingAction(names, change.action, title), refusal);
      return titled((msg, title, names) => msg.actions.notSaved(title, why(msg, names, title)))(change);
    },
    // Changes to this tracker's document only: not another document's, nor one given as data by another element,
    // nor one this tracker sent for the partnership it was given before its `data` became another's.
    shows: (entry, sentHere) =>
      entry.documentUrl ? entry.documentUrl === tracker.state().url : sentHere && ofDocument(entry, tracker.state()),
    actingFor: () => tracker.editor(),
    events: { recorded: 'action-recorded', rejected: 'action-rejected' },
    words: {
      saving: titled((msg, title) => msg.actions.saving(title)),
      unchanged: titled((msg, title) => msg.actions.unchanged(title)),
      waiting: titled((msg, title) => msg.actions.waiting(title)),
      queued: (change, problem) => titled((msg, title) => msg.actions.queued(title, problem))(change),
      saved: titled((msg, title) => msg.actions.saved(title)),
      rolledBack: (change, status) => {
        const why = (msg: Messages, names: Names, title: string) =>
          refusedBecause(msg, status, namingAction(names, change.action, title));
        return titled((msg, title, names) => msg.actions.rolledBack(title, why(msg, names, title)))(change);
      },
    },
  };
}
