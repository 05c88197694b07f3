/**
 * What an action's row says of the latest change to it that is not on the
 * server yet, or that the host refused: saved on this device and waiting its
 * turn, being sent, or not saved and why. The outbox sends one record at a
 * time, so a change can wait behind another; the row says so from the moment
 * it is saved, as the vote panel does of a waiting vote, and keeps a refusal
 * in view until a later change to the action. The status region announces
 * each step; this note is not a live region, or it would be said twice.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { OutboxStatus } from '../../src/data/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { keptBecause, refusedBecause } from '../internal/outbox-controller.js';

/** The note for `latest`, the action's latest change this page knows; nothing once the host has it. */
export function renderChangeNote(
  msg: Messages,
  latest: OutboxStatus | undefined,
  names: Names,
  editor: string | undefined,
) {
  if (latest?.entry.kind !== 'action-status' || latest.state === 'recorded') return nothing;
  const t = msg.actions.change;
  const asked = msg.actions.recordStatus(latest.entry.record.status);
  const text =
    latest.state === 'sending'
      ? t.sending(asked)
      : latest.state === 'queued'
        ? keptBecause(msg, latest, editor, names.person, t.waiting(asked, latest.problem))
        : t.refused(asked, refusedBecause(msg, latest, names));
  return html`<p class="change-note ${latest.state === 'rejected' ? 'refused' : ''}" data-change=${latest.state}>
    ${text}
  </p>`;
}
