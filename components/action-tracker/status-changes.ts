/**
 * The tracker's status changes: each is shown at once, sent through the
 * page's outbox, and rolled back if the host refuses it. A later change to
 * the same action, still on its way, stays shown; if it is refused too, the
 * action goes back to how it was before the first.
 */
import type { ActionRecordStatus } from '../../src/contract/index.js';
import {
  updateDocument,
  withActionStatus,
  type ActionStatusChange,
  type DocumentState,
  type OutboxStatus,
} from '../../src/data/index.js';
import { explainRefusal, type Messages, type Names } from '../../src/messages/index.js';
import { actionChangeRefusal } from '../../src/rules/index.js';
import { OutboxController, keptBecause, refusedBecause, type OutboxHost } from '../internal/outbox-controller.js';

/**
 * What the status region says, made when the element renders: in the words of its language
 * then, and with the names of its document then.
 */
export type Announcement = (msg: Messages, names: Names) => string;

/** The document's names, and the action's title for its id: a refusal names the action by its id. */
function namingAction(names: Names, actionId: string, title: string): Names & { action: (id: string) => string } {
  return { ...names, action: (id: string) => (id === actionId ? title : id) };
}

/** The tracker, as its changes see it: where they go, who makes them, and what the element knows. */
export interface StatusChangesHost extends OutboxHost {
  editor?: string;
}

export interface ElementFacts {
  /** The element's document as it stands. */
  state(): DocumentState;
  /** The element's today, YYYY-MM-DD: the completion date of an action marked done. */
  today(): string;
  /** Fires one of the element's events. */
  emit(name: string, detail: unknown): void;
}

interface Pending {
  title: string;
  before: ActionStatusChange;
  documentUrl?: string;
}

export class StatusChanges {
  /** What the status region says of the latest change; nothing until there is one. */
  announcement: Announcement | undefined;

  /** Each change sent from this page, with the action as it was, to roll back if it is refused. */
  private readonly pending = new Map<string, Pending>();

  private readonly sending: OutboxController;

  constructor(
    private readonly host: StatusChangesHost,
    private readonly element: ElementFacts,
  ) {
    this.sending = new OutboxController(
      host,
      'submit:action-tracker',
      // Changes to this element's document only: not another document's, nor one given as data by another element.
      (entry) =>
        entry.kind === 'action-status' &&
        (entry.documentUrl ? entry.documentUrl === element.state().url : this.pending.has(entry.id)),
      (status) => this.show(status),
    );
  }

  /** Whether changes have somewhere to go: an endpoint or a submit function. */
  get canSend(): boolean {
    return this.sending.channel !== undefined;
  }

  /** Says something in the status region without sending anything. */
  say(announcement: Announcement): void {
    this.announcement = announcement;
    this.host.requestUpdate();
  }

  /** Shows the change at once ("saving"), then sends it through the outbox. */
  async change(actionId: string, title: string, status: ActionRecordStatus, completed?: string): Promise<void> {
    const state = this.element.state();
    if (state.status !== 'ready' || !this.host.editor) return;
    const action = state.document.actions.find((a) => a.id === actionId);
    if (!action) return;
    const record = this.record(actionId, status, completed ?? action.completed);
    // The host would refuse it: say why here rather than send it.
    const refusal = actionChangeRefusal(state.document, record, this.element.today());
    if (refusal) {
      const why = (msg: Messages, names: Names) => explainRefusal(msg, namingAction(names, actionId, title), refusal);
      return this.say((msg, names) => msg.actions.notSaved(title, why(msg, names)));
    }
    const before: ActionStatusChange = { ...record, status: action.status, completed: action.completed };
    this.pending.set(record.id, { title, before, documentUrl: state.url });
    if (state.url) updateDocument(state.url, (doc) => withActionStatus(doc, record));
    this.say((msg) => msg.actions.saving(title));
    await this.sending.enqueue({ kind: 'action-status', record }, state.url);
  }

  private record(action: string, status: ActionRecordStatus, completed?: string): ActionStatusChange {
    return {
      id: crypto.randomUUID(),
      action,
      status,
      ...(status === 'done' ? { completed: completed ?? this.element.today() } : {}),
      by: this.host.editor ?? '',
      at: new Date().toISOString(),
    };
  }

  private show(status: OutboxStatus): void {
    if (status.entry.kind !== 'action-status') return;
    const change = status.entry.record;
    const pending = this.pending.get(change.id);
    const title = pending?.title ?? change.action;
    if (status.state === 'queued' && status.problem) {
      const { problem } = status;
      const editor = this.host.editor;
      this.say((msg, names) => keptBecause(msg, status, editor, names.person, msg.actions.queued(title, problem)));
    }
    if (status.state === 'recorded') {
      this.pending.delete(change.id);
      this.say((msg) => msg.actions.saved(title));
      this.element.emit('action-recorded', { change });
    }
    if (status.state === 'rejected') {
      this.rollBack(change, pending);
      const why = (msg: Messages, names: Names) =>
        refusedBecause(msg, status, namingAction(names, change.action, title));
      this.say((msg, names) => msg.actions.rolledBack(title, why(msg, names)));
      this.element.emit('action-rejected', { change, reason: status.reason });
    }
  }

  private rollBack(change: ActionStatusChange, pending?: Pending): void {
    const later = this.laterChange(change.id, change.action);
    if (later && pending) later.before = pending.before;
    else if (pending?.documentUrl) updateDocument(pending.documentUrl, (doc) => withActionStatus(doc, pending.before));
    this.pending.delete(change.id);
  }

  /** The next change to `action` made on this page after change `id`, still waiting for the host. */
  private laterChange(id: string, action: string): Pending | undefined {
    let after = false;
    for (const [key, entry] of this.pending) {
      if (key === id) after = true;
      else if (after && entry.before.action === action) return entry;
    }
    return undefined;
  }
}
