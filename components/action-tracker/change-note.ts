/**
 * What an action's row says of the latest status change to it not on the
 * server yet, or refused (components/internal/change-note.ts): the note names
 * the status the change asks for.
 */
import type { OutboxStatus } from '../../src/data/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { renderChangeNote as renderNote } from '../internal/change-note.js';

/** The note for `latest`, the action's latest change this page knows; nothing once the host has it. */
export function renderChangeNote(
  msg: Messages,
  latest: OutboxStatus | undefined,
  names: Names,
  editor: string | undefined,
) {
  return renderNote(msg, latest, names, editor, (status) => {
    if (status.entry.kind !== 'action-status') return undefined;
    const t = msg.actions.change;
    const asked = msg.actions.recordStatus(status.entry.record.status);
    return {
      asked,
      waiting: (problem) => t.waiting(asked, problem),
      sending: () => t.sending(asked),
      refused: (reason) => t.refused(asked, reason),
      notSent: (first, reason) => t.notSent(asked, first, reason),
      waitingOn: (first) => t.waitingOn(asked, first),
    };
  });
}
