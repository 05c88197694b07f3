// Small helpers for node:http answers and request bodies.

/**
 * The policy a careful council page sends; the kit must work under it. The kit's one Trusted Types policy is
 * `lit-html`; `partnership-demo-host` is the host's own, for its service worker's URL (demo/offline-pages.js).
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html partnership-demo-host",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  // HTTPS only, for a year, as the README asks of a portal: a browser ignores it over plain HTTP (localhost).
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * Every answer made here is `no-store`, pages too, which keeps them out of the browser's back/forward cache: a
 * page names who is signed in, and after a sign-out Back must not show it to the next person at the keyboard.
 * Back then loads the page afresh (docs/host.md, "Live"). Static files name no one: they are cached and revalidated
 * (host/static-files.js).
 */
export function send(response, status, type, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

/** A 303 See Other to `location`, with the same security headers as every other answer. */
export function redirect(response, location, headers = {}) {
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...headers });
  response.end();
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

/**
 * The request body as text, refusing more than `limit` bytes, or a body still
 * arriving after `deadlineMs` (a client sending a byte a second would hold the
 * connection for minutes; the API gives the same 10 seconds). Past the limit
 * the rest is read and dropped rather than the connection cut, so the client
 * gets the 413 answer instead of a reset.
 */
export function readBody(request, limit = 64 * 1024, deadlineMs = 10_000) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const timer = setTimeout(() => {
      reject(new BodyError(408, 'The request body took too long to arrive. Send it again.'));
      request.destroy();
    }, deadlineMs);
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else reject(new BodyError(413, `The request body is larger than ${limit} bytes.`));
    });
    request.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
