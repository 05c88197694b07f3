/**
 * Reading a record from a request without trusting it: a size cap (413, with
 * the rest read and dropped so the client gets the answer), JSON only (415),
 * and a cap on nesting, so no body can make the host recurse without end.
 */
import type { IncomingMessage } from 'node:http';

/** A request the host refuses before deciding anything: the status and the words. */
export class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Deeper than this, a record is not one a member made. */
const MAX_DEPTH = 16;

function readText(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > limit) reject(new RefusedRequest(413, `The record is larger than ${limit} bytes. Keep "ext" small.`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

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

/** The request's JSON body, within `limit` bytes and `MAX_DEPTH` levels. */
export async function readRecord(request: IncomingMessage, limit: number): Promise<unknown> {
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (type !== 'application/json') {
    request.resume();
    throw new RefusedRequest(415, 'Send the record as JSON, with Content-Type: application/json.');
  }
  const text = await readText(request, limit);
  if (nesting(text) > MAX_DEPTH) throw new RefusedRequest(400, `The record nests deeper than ${MAX_DEPTH} levels.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RefusedRequest(400, 'The request body is not valid JSON.');
  }
}
