/**
 * What a live channel's `record` event carries, read the way the page trusts it: a vote or an action's
 * change that the contract accepts is applied to the shown document in place; anything else is a reason to
 * fetch the document whole. Apart from the channel itself so that the contract's checks stay one idea.
 */
import { isDateTime, parseActionChange, type Vote } from '../contract/index.js';
import { parseStoredVote } from '../contract/sent-records.js';
import type { ActionStatusChange } from '../rules/changes.js';

/** A record from the channel that is applied in place; attendance is refetched (the host's times differ). */
export type LiveRecord = { kind: 'vote'; record: Vote } | { kind: 'action'; record: ActionStatusChange };

/** A channel message as JSON: an object, or undefined for anything else. */
export type ChannelMessage = { kind?: unknown; record?: unknown };

/**
 * A vote or action change as the contract stores it, stamped `received`:
 * anything else (another kind, or a record the contract refuses, such as a
 * vote "maybe" cast at "garbage") is fetched whole instead, so the host's
 * document, which it checked, is what the page shows.
 */
export function isLiveRecord(message: ChannelMessage | undefined): message is LiveRecord {
  const record = message?.record;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return false;
  if (message?.kind === 'vote') return parseStoredVote(record).ok;
  if (message?.kind !== 'action') return false;
  const { received, ...sent } = record as Record<string, unknown>;
  return (
    (received === undefined || (typeof received === 'string' && isDateTime(received))) && parseActionChange(sent).ok
  );
}

/** The message a `record` event's data holds; undefined where it is not a JSON object. */
export function parseMessage(data: string): ChannelMessage | undefined {
  try {
    const message: unknown = JSON.parse(data);
    return typeof message === 'object' && message !== null ? message : undefined;
  } catch {
    return undefined;
  }
}
