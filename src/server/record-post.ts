/**
 * The POST path: a sent record through the gates (record-gates.ts), then judged by the rules (decisions.ts)
 * inside the store's write lock, stored before it is answered, and sent to every open page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Vote } from '../contract/index.js';
import { londonDate, type ActionStatusChange, type AttendanceChange } from '../rules/index.js';
import { decideAction, decideAttendance, decideVote, type Decision } from './decisions.js';
import { unavailable, type SendJson } from './json-answers.js';
import type { Ledger } from './ledger.js';
import { admitRecord, type Gates } from './record-gates.js';
import type { SentKind } from './record-shapes.js';
import type { DecideAndStore } from './decided-together.js';

/** The host's stopping, which `close()` begins and the requests look to. */
export interface Stopping {
  /** Set by `close()`: from then every request is answered 503, and the store closes after the writes below. */
  closing?: Promise<void>;
  /** The decisions under way, which `close()` lets finish: a member's vote being stored is answered, not dropped. */
  readonly writes: Set<Promise<unknown>>;
}

/** What the POST path takes from the host. */
export interface PostingHost {
  ledger: Ledger;
  gates: Gates;
  clock: () => string;
  /** The longest a record may wait on a device, in minutes (`maxVoteWaitMinutes`); undefined: no bound. */
  maxVoteWait: number | undefined;
  /** Decides a record under the store's write lock, with others sent at the same moment; stores and applies it. */
  decideAndStore: DecideAndStore<Decision>;
  sendJson: SendJson;
  stopping: Stopping;
}

/** Takes a sent record: through the gates, then judged by the rules and stored before it is answered. */
export async function postRecord(
  host: PostingHost,
  request: IncomingMessage,
  response: ServerResponse,
  kind: SentKind,
): Promise<void> {
  const admitted = await admitRecord(request, kind, host.gates);
  if ('answer' in admitted) return host.sendJson(request, response, admitted.answer, admitted.headers);
  // Closing began while the body arrived: the store may be gone, and the outbox sends it again.
  if (host.stopping.closing) return host.sendJson(request, response, unavailable('POST'), { 'Retry-After': '5' });
  const outcome = await decidedAndStored(host, kind, admitted.record);
  await host.sendJson(request, response, outcome.answer);
}

/** The decision on `record`, made under the store's write lock and stored with it: a write `close()` waits for. */
function decidedAndStored(host: PostingHost, kind: SentKind, record: unknown): Promise<Decision> {
  const writing = host.decideAndStore(() => {
    const decided = decide(host, kind, record, host.clock());
    return { record: decided.record, answer: decided };
  });
  const { writes } = host.stopping;
  writes.add(writing);
  return writing.finally(() => writes.delete(writing));
}

function decide({ ledger, maxVoteWait }: PostingHost, kind: SentKind, record: unknown, now: string): Decision {
  if (kind === 'vote') return decideVote(ledger, record as Vote, now, maxVoteWait);
  if (kind === 'attendance') return decideAttendance(ledger, record as AttendanceChange, now, maxVoteWait);
  return decideAction(ledger, record as ActionStatusChange, now, londonDate(now));
}
