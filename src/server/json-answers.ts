/**
 * The API's answers in JSON: how one is sent, the 503 of a host that cannot answer just now, and the answer
 * to a request refused before its record was read.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Answer } from './decisions.js';
import { sendText, type TextAnswer } from './compression.js';
import type { RefusedRequest } from './request-body.js';

/** Sends `answer` as JSON, with `headers` beside the type and `no-store`. */
export type SendJson = (
  request: IncomingMessage,
  response: ServerResponse,
  answer: Answer,
  headers?: Record<string, string>,
) => Promise<void>;

/** `answer` as JSON text, with `headers` beside the type and `no-store`. */
const asJson = ({ status, body }: Answer, headers: Record<string, string> = {}): TextAnswer => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  body: JSON.stringify(body),
});

/** Sends a JSON answer: compressed, where it is worth it, unless `compress` is off. */
export const jsonSender =
  (compress: boolean): SendJson =>
  (request, response, answer, headers) =>
    sendText(request, response, asJson(answer, headers), compress);

/** A 503: a record is kept and sent again by the kit's outbox; a read is simply tried again. */
export const unavailable = (method: string | undefined): Answer => ({
  status: 503,
  body: {
    error:
      method === 'POST'
        ? 'The host could not store this just now. It will be sent again.'
        : 'The host could not answer just now. Try again in a moment.',
  },
});

/**
 * Refusals of how a record was sent, not of the record: a body that took too long to arrive (408) is the
 * network's, and one not sent as JSON in UTF-8 (415: another Content-Type or charset, or compressed) is the
 * sender's set-up (a proxy, a portal's own form), which the kit's outbox never sends of itself. Naming the record,
 * a 415 had the outbox drop the member's vote as "Not accepted"; unnamed, it keeps it, and says it waits.
 */
const HOW_SENT = new Set([408, 415]);

/**
 * A request refused unread names its record by the Idempotency-Key, so the outbox lets that record go, unless
 * it is refused for how it was sent (`HOW_SENT`). (A record over the size cap, or not JSON, is answered by its
 * gate, record-gates.ts, with its problem at the record's path.)
 */
export function refusal(request: IncomingMessage, error: RefusedRequest): Answer {
  const key = request.headers['idempotency-key'];
  const record = typeof key === 'string' && !HOW_SENT.has(error.status) ? { record: key, reason: 'malformed' } : {};
  return { status: error.status, body: { error: error.message, ...record } };
}
