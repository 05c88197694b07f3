/**
 * What a row says of the latest change to its thing (an action's status, a
 * seat's attendance) that is not on the server yet, or that the host refused:
 * saved on this device and waiting its turn, being sent, or not saved and
 * why. The outbox sends one record at a time, so a change can wait behind
 * another; the row says so from the moment it is saved, as the vote panel
 * does of a waiting vote, and keeps a refusal in view until a later change to
 * the same thing. A change made on top of one the host refused as
 * changed-since was not sent: the row says so, with that refusal. The status region announces each step; this note is not a
 * live region, or it would be said twice.
 */
import { nothing } from 'lit';
import { html } from './html.js';
import type { OutboxStatus, RetryReason } from '../../src/data/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { keptBecause, refusedBecause } from './outbox-controller.js';
import { markStatusWords } from './host-words.js';

/** The element's words for its change, each naming what the change asks for. */
export interface ChangeNoteWords {
  /** What the change asks for, in the element's words ("In progress", "Checked out"). */
  asked: string;
  waiting(problem?: RetryReason): string;
  sending(): string;
  refused(reason: string): string;
  /**
   * Not sent: the change followed the person's change to `first` (its words' `asked`), which the host refused as
   * changed-since for `reason`, what the thing holds now.
   */
  notSent(first: string, reason: string): string;
  /**
   * Not saved: the host refused it, and what it holds now is said with the answer to the person's change to
   * `first` (its words' `asked`), which this one was made on and another tab is still sending.
   */
  waitingOn(first: string): string;
}

/**
 * The note for `latest`, the latest change to the row's thing this page knows; nothing once the host has it.
 * `words` gives the element's words for that change; `actingFor` is the person the element acts for, so a
 * change kept for someone else's sign-in names its owner. The host's words in it are marked with their language.
 */
export function renderChangeNote(
  msg: Messages,
  latest: OutboxStatus | undefined,
  names: Names,
  actingFor: string | undefined,
  words: (status: OutboxStatus) => ChangeNoteWords | undefined,
) {
  const text = changeNoteText(msg, latest, names, actingFor, words);
  if (!latest || text === undefined) return nothing;
  return html`<p class="change-note ${latest.state === 'rejected' ? 'refused' : ''}" data-change=${latest.state}>
    ${markStatusWords(text, msg.lang, latest)}
  </p>`;
}

/**
 * The words of the note for `latest` (see `renderChangeNote`), for an element that says them elsewhere than on
 * the thing's row (the check-in, of a change to a meeting it no longer shows); undefined once the host has it.
 * Plain text: the host's words in it are marked where it is drawn (host-words.ts, `markStatusWords`).
 */
export function changeNoteText(
  msg: Messages,
  latest: OutboxStatus | undefined,
  names: Names,
  actingFor: string | undefined,
  words: (status: OutboxStatus) => ChangeNoteWords | undefined,
): string | undefined {
  if (!latest || latest.state === 'recorded') return undefined;
  const said = words(latest);
  if (!said) return undefined;
  if (latest.state === 'sending') return said.sending();
  if (latest.state === 'queued') return keptBecause(msg, latest, actingFor, names.person, said.waiting(latest.problem));
  const waitingOn = latest.waitingOn && words({ ...latest, entry: latest.waitingOn })?.asked;
  if (waitingOn !== undefined) return said.waitingOn(waitingOn);
  const reason = refusedBecause(msg, latest, names);
  const first = latest.madeOn && words({ ...latest, entry: latest.madeOn })?.asked;
  return first === undefined ? said.refused(reason) : said.notSent(first, reason);
}
