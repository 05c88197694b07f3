/**
 * Reading a record from a request without trusting it: a size cap (413 as
 * soon as the declared or received length passes it, and the connection
 * closed, so nothing more is read), a deadline for the whole body (408, which
 * the kit's outbox sends again), JSON in UTF-8 only (415, which names no
 * record: it refuses how the record was sent, not the record), and a cap on
 * nesting, so no body can make the host recurse without end.
 */
import type { IncomingMessage } from 'node:http';
import { EXT_DEPTH } from '../contract/primitives.js';
import { readJsonText, type JsonSyntaxError } from '../contract/json-text.js';

/** A request the host refuses before deciding anything: the status and the words. */
export class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Whether the connection is to be closed after the answer: the body was not read to its end. */
    readonly unread = false,
  ) {
    super(message);
  }
}

/**
 * A body that is not JSON (or is empty): refused 400, and named in the contract's problem shape, `not-json`
 * with the parser's reason and the line, column and mistake, at the record's path (record-gates.ts).
 */
export class NotJson extends RefusedRequest {
  constructor(
    message: string,
    readonly values: { reason: string; syntax?: JsonSyntaxError },
  ) {
    super(400, message);
  }
}

/**
 * Deeper than this, a record is not one a member made: its own object, and its `ext` at the contract's
 * `EXT_DEPTH` levels. (At 16, a vote whose `ext` the contract takes was refused.)
 */
export const MAX_DEPTH = 1 + EXT_DEPTH;

/**
 * A body over the size cap: refused 413 with the connection closed, so nothing more is read, and named in the
 * contract's problem shape, `too-large` at the record's path with `limit` and `size` (record-gates.ts). `size`
 * is the bytes counted when it passed the cap: the declared Content-Length, or what had arrived by then.
 */
export class TooLarge extends RefusedRequest {
  constructor(
    readonly limit: number,
    readonly size: number,
  ) {
    // Any field may be what made it large: "ext" is the usual one, but not the only one, so the words name neither.
    super(
      413,
      `The record is larger than ${limit} bytes, far more than a vote, a check-in or an action's change needs: look for a long text or a large "ext" in it.`,
      true,
    );
  }
}

/** Closes an HTTP/1 connection after the answer; HTTP/2 has no `Connection` header (Node drops it, with a warning). */
export const closeAfter = (request: IncomingMessage): Record<string, string> =>
  request.httpVersionMajor >= 2 ? {} : { Connection: 'close' };

function readBytes(request: IncomingMessage, limit: number, deadlineMs: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return Promise.reject(new TooLarge(limit, declared));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const deadline = setTimeout(
      () => settle(new RefusedRequest(408, 'The record took too long to arrive. Send it again.', true)),
      deadlineMs,
    );
    const settle = (error?: Error) => {
      clearTimeout(deadline);
      request.removeAllListeners('data');
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle(new TooLarge(limit, size));
      else chunks.push(chunk);
    });
    request.on('end', () => settle());
    // A request errs only when its client goes away mid-body (a phone losing its signal): no fault of the host's.
    request.on('error', (error) => settle(new ClientGone(error.message)));
  });
}

/** The client went away before its record arrived: there is no one to answer, and nothing for the operator. */
export class ClientGone extends Error {}

/** The `charset` of a Content-Type, lower case, or undefined when it names none. */
const charsetOf = (contentType: string): string | undefined =>
  /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();

/** How deeply `text` nests arrays and objects, read without parsing it. */
function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth -= 1;
  }
  return deepest;
}

/** The bytes as UTF-8; bytes that are not (Latin-1 sent as UTF-8) are refused, not stored as U+FFFD. */
function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RefusedRequest(415, 'The record is not valid UTF-8. Send it as JSON in UTF-8.');
  }
}

/**
 * The body a portal's body parser read before the handler (Express's `express.json()`, `raw()` or `text()`,
 * Connect, a Next.js API route), from what it left on `req.body`, as bytes for the same gates as a body read
 * here. Read the stream again and the handler would wait out the deadline, every time.
 */
function bodyReadBefore(request: IncomingMessage, limit: number): Buffer {
  const bytes = bytesOf((request as IncomingMessage & { body?: unknown }).body);
  if (bytes === undefined) throw new BodyReadBefore();
  if (bytes.length > limit) throw new TooLarge(limit, bytes.length);
  return bytes;
}

/**
 * A body a portal's parser left on `req.body` that JSON cannot write again: nested past the stack's depth (a
 * parser with a larger limit than ours reads 50,000 levels), a cycle, a BigInt. Writing it threw, and the
 * member's device was answered 503 and sent it again without end. It is taken as it is, as too deep, and its
 * shape (which reads no deeper than EXT_DEPTH) says where; undefined for any other body.
 */
function unwritableBody(request: IncomingMessage): ReadRecord | undefined {
  const { body } = request as IncomingMessage & { body?: unknown };
  if (typeof body !== 'object' || body === null || Buffer.isBuffer(body)) return undefined;
  try {
    JSON.stringify(body);
    return undefined;
  } catch {
    return { value: body, tooDeep: true };
  }
}

/** A parsed body as JSON bytes: a Buffer (`raw()`) or text (`text()`) as sent, an object (`json()`) written again. */
function bytesOf(body: unknown): Buffer | undefined {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body === undefined || body === null) return undefined;
  return Buffer.from(JSON.stringify(body), 'utf8');
}

/**
 * Something read the request's body before the handler and left nothing on `req.body`: the host's set-up, not
 * the record, so it is the operator's to mend (the server answers 503 and the kit keeps the record).
 */
export class BodyReadBefore extends Error {
  constructor() {
    // Koa's and Fastify's parsers leave the body on the framework's own request, which the handler never sees.
    super(
      'partnership-kit/server: the request body was read before the handler saw it, and req.body holds nothing to ' +
        'read. Mount the handler before body parsers such as express.json(), or leave the parsed body on the Node ' +
        'request it is given: in Koa, ctx.req.body = ctx.request.body; in Fastify, request.raw.body = request.body.',
    );
  }
}

/** A body read as JSON, and whether it nests deeper than `MAX_DEPTH`: the record's shape then says where. */
export interface ReadRecord {
  value: unknown;
  tooDeep: boolean;
}

/** The engine's place at the end of its words: Node 20's "at position 11", which later V8 follows with "(line 1 column 12)". */
const ENGINE_PLACE = /(?: at position \d+)?(?: \(line \d+ column \d+\))?$/;

/**
 * The parser's reason placed where the problem is, `syntax`: the engine names where it stopped reading, the scan
 * where the mistake is (a comma after the last item: the comma, not the bracket after it), and one answer named
 * both, column 12 in its `error` and 11 in its problem, for `{"id": "x",}`.
 */
const placedAt = (reason: string, { line, column }: JsonSyntaxError): string =>
  `${reason.replace(ENGINE_PLACE, '')} (line ${line} column ${column})`;

/**
 * The request's JSON body, within `limit` bytes and `deadlineMs`, and whether it nests deeper than `MAX_DEPTH`.
 * JSON.parse reads any depth without recursing; what reads the value after it (the record's shape check) goes
 * no deeper than `EXT_DEPTH` into it, so a body too deep is still read, for its shape to name the field.
 */
export async function readRecord(request: IncomingMessage, limit: number, deadlineMs: number): Promise<ReadRecord> {
  const contentType = String(request.headers['content-type'] ?? '');
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  const charset = charsetOf(contentType);
  if (type !== 'application/json' || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    request.resume();
    throw new RefusedRequest(415, 'Send the record as JSON in UTF-8, with Content-Type: application/json.');
  }
  // Read as it came, a compressed body was refused as "not valid UTF-8", which sent its sender to its encoding.
  const encoding = String(request.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    request.resume();
    throw new RefusedRequest(
      415,
      `The record is compressed (Content-Encoding: ${encoding.slice(0, 40)}), which this server does not read. Send it uncompressed, as JSON in UTF-8.`,
    );
  }
  if (request.readableEnded) {
    const unwritable = unwritableBody(request);
    if (unwritable) return unwritable;
  }
  const bytes = request.readableEnded ? bodyReadBefore(request, limit) : await readBytes(request, limit, deadlineMs);
  // RFC 8259 lets a parser ignore a byte-order mark, which some tools write.
  const text = utf8(bytes).replace(/^\uFEFF/, '');
  const json = readJsonText(text);
  if (json.ok) return { value: json.value, tooDeep: nesting(text) > MAX_DEPTH };
  const { syntax } = json;
  const reason = syntax ? placedAt(json.reason, syntax) : json.reason;
  const values = syntax ? { reason, syntax } : { reason };
  if (text.trim() === '') throw new NotJson('The request body is empty. Send the record as JSON.', values);
  // The parser's own words say where ("… at position 7"): the portal's developer needs the place to fix it.
  throw new NotJson(`The request body could not be read as JSON: ${reason}.`, values);
}
