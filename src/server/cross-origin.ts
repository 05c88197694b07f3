/**
 * The sites other than the host's own that may use the API from a browser (`allowedOrigins`): a council with the
 * elements on www.council.gov.uk and the host on portal.council.gov.uk. Each is named exactly; every answer
 * to one says `Access-Control-Allow-Origin` with its origin and `Access-Control-Allow-Credentials`, its
 * preflights are answered, and its records pass the cross-site gate as the host's own site's do. Any other
 * origin is answered as before: no CORS headers, so the browser keeps the answer from the page, and its
 * records refused (403). Every answer says `Vary: Origin`, so that no cache gives one site's answer to another.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The headers a page of the kit sends that a browser asks the host about first: the record's, and the stream's. */
const ALLOWED_HEADERS = 'Accept, Content-Type, Idempotency-Key, Last-Event-ID';
/**
 * The answer's headers the kit reads, which a browser shows a page of another origin only when named: the live
 * channel (`Link`), when to send again (`Retry-After`), and the host's clock (`Date`).
 */
const EXPOSED_HEADERS = 'Link, Retry-After, Date';
/** How long a browser may keep a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';

export interface CrossOrigin {
  /** Whether `origin` is one of the sites listed. */
  listed(origin: string): boolean;
  /** Sets the CORS headers every answer to `request` carries, before it is answered. */
  mark(request: IncomingMessage, response: ServerResponse): void;
  /** Answers a preflight (`OPTIONS` with `Access-Control-Request-Method`) for a path allowing `methods`. */
  preflight(request: IncomingMessage, response: ServerResponse, methods: string): void;
}

/** Whether `request` is a browser's preflight, asking before it sends the request itself. */
export function isPreflight(request: IncomingMessage): boolean {
  return request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
}

/** The listed sites, checked: each entry an origin as a browser writes it in `Origin`, else it throws. */
export function crossOrigin(allowedOrigins: readonly string[]): CrossOrigin {
  const origins = new Set(allowedOrigins.map(checkedOrigin));
  const listed = (origin: string) => origins.has(origin);
  return {
    listed,
    mark(request, response) {
      addVary(response, 'Origin');
      const origin = request.headers.origin;
      if (origin === undefined || !listed(origin)) return;
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    },
    preflight(request, response, methods) {
      const origin = request.headers.origin;
      if (origin === undefined || !listed(origin)) {
        const error = `This site (${origin ?? 'no Origin'}) is not one of the host's allowedOrigins, so the browser may not send this request.`;
        response.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify({ error }));
        return;
      }
      response.writeHead(204, {
        'Access-Control-Allow-Methods': methods,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
      });
      response.end();
    },
  };
}

/** `entry` (at `allowedOrigins[index]`) as the origin it names, or an error saying how to write it. */
function checkedOrigin(entry: string, index: number): string {
  const where = `allowedOrigins[${index}]`;
  if (entry === '*' || entry === 'null') {
    throw new Error(
      `${where} is '${entry}': list each site the elements are on, like 'https://www.council.gov.uk'. Any site (or a sandboxed page) would otherwise read members' documents and send records as them.`,
    );
  }
  let origin: string | undefined;
  try {
    const url = new URL(entry);
    if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
  } catch {
    origin = undefined;
  }
  if (origin !== entry) {
    const like = origin ? `'${origin}'` : `'https://www.council.gov.uk'`;
    throw new Error(
      `${where} '${entry}' is not an origin as a browser sends it: write the scheme, host and port only (lower case, no path or trailing '/'), like ${like}.`,
    );
  }
  return origin;
}

/** Adds `name` to the answer's `Vary`, after whatever the portal set before the handler. */
function addVary(response: ServerResponse, name: string): void {
  const set = response.getHeader('Vary');
  const before = (Array.isArray(set) ? set.join(', ') : String(set ?? '')).trim();
  if (new RegExp(`(^|,)\\s*(${name}|\\*)\\s*(,|$)`, 'i').test(before)) return;
  response.setHeader('Vary', before ? `${before}, ${name}` : name);
}
