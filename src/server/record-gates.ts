/**
 * What a sent record passes before the rules judge it, in this order: a
 * person signed in, a request from the portal's own site, that person's
 * records a minute, a body of the record's shape, a small `ext`, an
 * Idempotency-Key naming the record, and the record made by the person
 * signed in. Each refusal is an answer ready to send; a record that passes
 * them all goes on to the rules (`decisions.ts`).
 */
import type { IncomingMessage } from 'node:http';
import type { Answer } from './decisions.js';
import { MAX_DEPTH, NotJson, TooLarge, closeAfter, readRecord, type ReadRecord } from './request-body.js';
import type { Problem } from '../contract/index.js';
import { enCore } from '../messages/en-core.js';
import { explainProblem } from '../messages/explain.js';
import type { SendRate } from './send-rate.js';
import { recordProblems, type SentKind } from './record-shapes.js';

/** What the gates read from the host's options. */
export interface Gates {
  authenticate: (request: IncomingMessage) => string | null | Promise<string | null>;
  allowOrigin?: (origin: string, request: IncomingMessage) => boolean;
  /** Whether an origin is one of `allowedOrigins`: its records pass as the host's own site's do. */
  listed?: (origin: string) => boolean;
  /** Told of each record the cross-site gate refuses, for the log (`refused-sites.ts`). */
  refusedSite?: (origin: string, request: IncomingMessage) => void;
  rate: SendRate;
  maxRecordBytes: number;
  bodyTimeoutMs: number;
  maxExtBytes: number;
}

/** A sent record of the shape its kind takes. */
export interface SentRecord {
  id: string;
  by: string;
  ext?: unknown;
}

/** The record, let through; or the answer that refuses it, with its headers. */
export type Admission = { record: SentRecord } | { answer: Answer; headers?: Record<string, string> };

const SIGN_IN: Record<SentKind, string> = {
  vote: 'Sign in to vote.',
  attendance: 'Sign in to record attendance.',
  action: 'Sign in to change an action.',
};

/**
 * The request's own origin, as a browser would write it in `Origin`. Over HTTP/2 (Node's compatibility API) a
 * browser names the site in `:authority` and `:scheme`, and sends no `Host`.
 */
export function ownOrigin(request: IncomingMessage): string {
  const { host, ':authority': authority, ':scheme': scheme } = request.headers;
  const secure = (request.socket as { encrypted?: boolean }).encrypted === true;
  return `${String(scheme ?? (secure ? 'https' : 'http'))}://${String(host ?? authority ?? '')}`;
}

const sameSite = (origin: string, request: IncomingMessage) => origin === ownOrigin(request);

/** Lets a sent record through the gates, or says which refused it. */
export async function admitRecord(request: IncomingMessage, kind: SentKind, gates: Gates): Promise<Admission> {
  const person = await gates.authenticate(request);
  // `reason`: the member's page says it in its own language, and not the English `error` besides.
  if (!person) return { answer: { status: 401, body: { error: SIGN_IN[kind], reason: 'signed-out' } } };
  const origin = request.headers.origin;
  if (origin !== undefined && !gates.listed?.(origin) && !(gates.allowOrigin ?? sameSite)(origin, request)) {
    gates.refusedSite?.(origin, request);
    // `reason` lets the member's page tell this apart from an ended session: signing in again will not mend it.
    const error = 'This request came from another site, so it was refused.';
    return { answer: { status: 403, body: { error, reason: 'other-site' } } };
  }
  if (!gates.rate.take(person)) {
    const wait = gates.rate.waitSeconds(person);
    const error = `You have sent ${gates.rate.perMinute} records in the last minute. Wait ${wait} seconds; it will be sent again.`;
    // No `record`: the kit's outbox keeps it and sends it again after Retry-After. `reason`: the member's page says
    // it waits in its own language, without this English.
    request.resume();
    return { answer: { status: 429, body: { error, reason: 'too-many' } }, headers: { 'Retry-After': String(wait) } };
  }
  let read: ReadRecord;
  try {
    read = await readRecord(request, gates.maxRecordBytes, gates.bodyTimeoutMs);
  } catch (error) {
    if (error instanceof NotJson) return { answer: notJson(request, kind, error) };
    // The rest of the body was not read: the connection closes after the answer.
    if (error instanceof TooLarge) return { answer: tooLarge(request, kind, error), headers: closeAfter(request) };
    throw error;
  }
  return checkRecord(request, kind, read, person, gates.maxExtBytes);
}

/** A problem as the host sends it: with its English `message`, the path first ("vote.by is …"). */
const worded = (problem: Problem) => ({ ...problem, message: `${problem.path} ${explainProblem(enCore, problem)}` });

/** The record named by its Idempotency-Key, when the request has one. */
function namedBy(request: IncomingMessage): { record?: string } {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' ? { record: key } : {};
}

/**
 * A body that is not JSON, as a record's other problems are answered: 400 `malformed`, naming the record by its
 * Idempotency-Key, with the problem at the record's path (`vote`), `not-json`, and where the text breaks.
 */
function notJson(request: IncomingMessage, kind: SentKind, error: NotJson): Answer {
  const problems = [worded({ path: kind, code: 'not-json', values: error.values })];
  return { status: 400, body: { error: error.message, problems, reason: 'malformed', ...namedBy(request) } };
}

/**
 * A body over the size cap: 413 `too-large`, naming the record by its Idempotency-Key (its body was not read),
 * with `limit` and `size` as the reason's values, for the member's page to say, and the problem at the record's
 * path (`vote`): any field may be what made it large.
 */
function tooLarge(request: IncomingMessage, kind: SentKind, { message, limit, size }: TooLarge): Answer {
  return tooLargeAnswer(message, { path: kind, code: 'too-large', values: { limit, size } }, namedBy(request));
}

/** 413 `too-large`: the problem, and its values beside the reason, as a refusal of the rules carries them. */
function tooLargeAnswer(error: string, problem: Problem & { code: 'too-large' }, named: { record?: string }): Answer {
  const { path, values } = problem;
  return { status: 413, body: { error, reason: 'too-large', values, path, problems: [worded(problem)], ...named } };
}

/** The record's own gates: its shape, its `ext`, its Idempotency-Key and its maker. */
function checkRecord(
  request: IncomingMessage,
  kind: SentKind,
  { value: sent, tooDeep }: ReadRecord,
  person: string,
  maxExtBytes: number,
): Admission {
  const key = request.headers['idempotency-key'];
  const named = namedBy(request);
  // A record nested too deeply breaks its shape too (only `ext` nests, EXT_DEPTH levels): the shape says where.
  const problems = recordProblems(kind, sent);
  if (problems.length > 0 || tooDeep) {
    const deep = tooDeep ? [`The record nests deeper than ${MAX_DEPTH} levels.`] : [];
    const error = [...deep, ...problems.map((p) => p.message)].join(' ');
    return { answer: { status: 400, body: { error, problems, reason: 'malformed', ...named } } };
  }
  const record = sent as SentRecord;
  const extBytes = record.ext === undefined ? 0 : Buffer.byteLength(JSON.stringify(record.ext));
  if (extBytes > maxExtBytes) {
    const error = `The record's "ext" is larger than ${maxExtBytes} bytes. Keep your own data there small.`;
    const values = { limit: maxExtBytes, size: extBytes, field: 'ext' as const };
    const problem = { path: `${kind}.ext`, code: 'too-large' as const, values };
    return { answer: tooLargeAnswer(error, problem, { record: record.id }) };
  }
  if (key !== record.id) {
    const error =
      typeof key === 'string'
        ? `The Idempotency-Key header is not the record's id: set it to '${record.id}'.`
        : `The Idempotency-Key header is missing: set it to the record's id, '${record.id}'.`;
    return { answer: { status: 400, body: { error, reason: 'malformed', ...named } } };
  }
  if (record.by !== person) {
    const error = `You are signed in as '${person}', so you cannot send a record made by '${record.by}'.`;
    // No `record`: a refusal of the session, not of the record, which the kit's outbox keeps for its maker.
    const problem = worded({
      path: `${kind}.by`,
      code: 'by-other-person',
      values: { by: record.by, signedIn: person },
    });
    return { answer: { status: 403, body: { error, path: problem.path, problems: [problem] } } };
  }
  return { record };
}
