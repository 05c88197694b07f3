// Small helpers for node:http answers and request bodies.

/** The policy a careful council page sends; the kit must work under it. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

export function send(response, status, type, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

export function sendJson(response, status, value, headers = {}) {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}

/** An error answer a portal's client can show as it is: `{ "error": "…" }`. */
export function sendError(response, status, message, extra = {}) {
  sendJson(response, status, { error: message, ...extra });
}

export class BodyError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The request body as text, refusing more than `limit` bytes. */
export async function readBody(request, limit = 64 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413, `The request body is larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The request body parsed as JSON, with an answer-ready error when it is not. */
export async function readJson(request) {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new BodyError(415, 'Send the record as JSON with Content-Type: application/json.');
  }
  const text = await readBody(request);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.');
  }
}
