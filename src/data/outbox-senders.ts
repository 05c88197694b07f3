/**
 * How an outbox record reaches the host: `POST endpoint` with its id as the
 * `Idempotency-Key`, or the host's own `submit` function. Every answer is
 * sorted into confirmed, rejected (with the server's reason) or retry later.
 */
import { hostNoteIn, hostNoteInText, type HostNote } from './host-note.js';
import { credentialsFor } from './host-session.js';

/**
 * Why a record is still queued. `signed-out`: the host refused the session, not
 * the record (a 401, or a 403 naming no record: nobody, or someone else, is
 * signed in); it waits for the person who made it to sign in again.
 */
/**
 * Why a record waits to be sent again: the device is offline; the host could not be reached though the device
 * is online (`unreachable`: no answer at all, as when the server is down or the network drops the request); the
 * host answered with an error; it took too long; the member's session ended; or the host turned it away
 * without naming it (`refused`: a 4xx such as 404 or 405, or a web page, as from a wrong `endpoint`), which
 * another try soon will not mend; or it refused the page's site (`other-site`: a 403 with `reason: "other-site"`,
 * partnership-kit/server's `allowOrigin` check), which only the site's web team can mend, not the member.
 */
export type RetryReason =
  'offline' | 'unreachable' | 'server-error' | 'timeout' | 'signed-out' | 'refused' | 'other-site';

/**
 * One problem of a refused record as the host named it: the JSON path of the field inside the record
 * (`vote.seat`), its code and values, and the host's English words. What a page reads from any host, so `values`
 * and `message` may be left out; `partnership-kit/server`'s answer gives each (its `RefusalAnswerProblem`).
 */
export interface RefusalProblem {
  path: string;
  code: string;
  values?: Record<string, unknown>;
  message?: string;
}

/**
 * Why a record was refused for good. `host`: the host's own words (`message`), and, when it gave them, the
 * rules core's code (`code`, like `holder-present`) and its values, so an element says it in the page's
 * language, and where in the record (`path`, like `vote.seat`, and its `problems`), so it can name the field.
 * An older host sends no `path` or `problems`. `device`: this device could not store it (`error`, the
 * browser's words).
 */
export type Refusal =
  | {
      by: 'host';
      status?: number;
      code?: string;
      values?: Record<string, unknown>;
      message?: string;
      /** The language of `message`, from the answer's Content-Language; English when it named none. */
      lang?: string;
      path?: string;
      problems?: RefusalProblem[];
    }
  | { by: 'device'; error: string };

export type SendOutcome =
  /** `note`: what the host said of how it stored the record (a check-in timed by its clock: host-note.ts). */
  | { outcome: 'confirmed'; note?: HostNote }
  /** `reason`: the host's words, else its HTTP status; `refusal`, what an element needs to explain it. */
  | { outcome: 'rejected'; reason: string; refusal: Refusal }
  /**
   * `message`: the host's words, when it answered with any; `status`: its HTTP status, when it turned the record
   * away (`refused`), so an element can say what a status alone means (413: too large) and not call it the host's words.
   * `byOtherPerson`, with `signed-out`: the host refused the session as someone else's (a 403 naming no record).
   */
  | {
      outcome: 'retry';
      problem: RetryReason;
      retryAfterMs?: number;
      message?: string;
      lang?: string;
      status?: number;
      byOtherPerson?: true;
    };

export interface OutboxRecord {
  id: string;
}

export type Sender = (record: OutboxRecord) => Promise<SendOutcome>;

/**
 * What a host's `submit` function does: resolve when the record is stored,
 * resolve `{ rejected: reason }` when it is refused for good (with the rules
 * core's `code` and `values` when it has them, so the element can say why in
 * the page's language, and the `path` of the field it is about, like
 * `vote.seat`, with its `problems`, so the element can name it), throw (or
 * reject) when it should be tried again later. Resolving with the host's
 * answer to a stored record (`{ stored, note }`, as `partnership-kit/server`
 * gives it) passes on its `note`.
 */
export type SubmitFunction = (record: unknown) => Promise<
  | void
  | {
      rejected: string;
      code?: string;
      values?: Record<string, unknown>;
      path?: string;
      problems?: RefusalProblem[];
    }
  | { stored?: unknown; note?: unknown }
>;

/** How long one request may take before it is treated as a timeout and retried. */
export const SEND_TIMEOUT_MS = 15_000;

function offline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Sends records to `endpoint` by POST. */
export function httpSender(endpoint: string, fetcher: typeof fetch = (...args) => fetch(...args)): Sender {
  return async (record) => {
    let response: Response;
    try {
      response = await fetcher(endpoint, {
        method: 'POST',
        // Read at each send: an element saying the host takes the member's session may come after the sender.
        credentials: credentialsFor(endpoint),
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, Accept: 'application/json' },
        body: JSON.stringify(record),
        // A member who follows a link a moment after "Cast vote" ends the page, and with it a request that is not
        // `keepalive`: their vote would wait on the device until they next opened a page with the kit. Kept alive,
        // it reaches the host; unanswered here, it stays queued and goes again on the next load, by its id.
        keepalive: true,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return { outcome: 'retry', problem: timedOut ? 'timeout' : offline() ? 'offline' : 'unreachable' };
    }
    return sortResponse(response, record);
  };
}

/**
 * Sorts the host's answer. Only a 4xx that names the record (`record` in its
 * JSON body) refuses it for good; a refusal of the session (401, or 403 with no
 * `record`) keeps it for its owner, and any other answer keeps it to send again:
 * nothing a member was told is saved leaves the device unless the host said
 * which record it refused.
 */
async function sortResponse(response: Response, record: OutboxRecord): Promise<SendOutcome> {
  if (response.ok) return sortStored(response);
  const { status } = response;
  const body = await readBody(response);
  if (status === 409 && body.id === record.id) return { outcome: 'confirmed' };
  const clientError = status >= 400 && status < 500 && status !== 408 && status !== 429;
  if (clientError && body.record === record.id) {
    const { message, lang, code, values, path, problems } = body;
    const refusal = { by: 'host' as const, status, ...defined({ message, lang, code, values, path, problems }) };
    return { outcome: 'rejected', reason: message ?? `HTTP ${status}`, refusal };
  }
  if (status === 403 && body.record === undefined && body.code === 'other-site') {
    // The member is signed in: the host refused this page's site, so signing in again would not send it.
    return { outcome: 'retry', problem: 'other-site', ...unworded(body) };
  }
  if (status === 403 && body.record === undefined) {
    // Someone else is signed in (DESIGN.md, the outbox, item 5): the page says whom to sign in as, not that the
    // session ended, which is untrue on a shared computer and sends the member to a sign-in they already have.
    return { outcome: 'retry', problem: 'signed-out', byOtherPerson: true, ...unworded(body) };
  }
  if (status === 401) {
    // The host's words may say why, which the kit cannot know.
    return { outcome: 'retry', problem: 'signed-out', ...unworded(body) };
  }
  const wait = retryAfter(response.headers.get('Retry-After'));
  return {
    outcome: 'retry',
    problem: clientError ? 'refused' : 'server-error',
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
    // A bare status is not the host's words: it is kept as the status, which the element words in the page's language.
    ...(clientError ? { status, ...said(body) } : unworded(body)),
  };
}

/**
 * Sorts a 2xx: the host's confirmation, with its note, unless it is a web page. No API answers a POSTed record
 * with a web page. Reached through a redirect, it is a portal's sign-in page (the session ended); else a page at a
 * wrong address. Either way the record was not stored: keep it. A captive portal or a proxy may send its page
 * as text/plain or with no type at all, so the markup is a web page whatever the header says.
 */
async function sortStored(response: Response): Promise<SendOutcome> {
  const text = isWebPage(response) ? '' : await response.text().catch(() => '');
  if (isWebPage(response) || WEB_PAGE_START.test(text)) {
    return { outcome: 'retry', problem: response.redirected ? 'signed-out' : 'refused' };
  }
  return { outcome: 'confirmed', ...hostNoteInText(text) };
}

/** How a web page's text starts: its doctype, or its html element. */
const WEB_PAGE_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i;

const isWebPage = (response: Response) =>
  /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(response.headers.get('Content-Type') ?? '');

/** The host's words, with their language when the answer named one. */
const said = ({ message, lang }: Pick<HostAnswer, 'message' | 'lang'>) =>
  message === undefined ? {} : { message, ...defined({ lang }) };

/**
 * Why a record waits, in the host's words, unless its code is one the kit says itself in the page's language
 * (`too-many`: partnership-kit/server's 429, which the kit says as the server not taking it just now).
 */
const unworded = (answer: HostAnswer) =>
  answer.code === 'signed-out' || answer.code === 'other-site' || answer.code === 'too-many' ? {} : said(answer);

/** `fields` without those that are undefined. */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

interface HostAnswer {
  id?: string;
  record?: string;
  message?: string;
  /** The language of `message`: the answer's Content-Language, its first tag. */
  lang?: string;
  /** The rules core's code (`reason` in the kit's own host's answers) and its values. */
  code?: string;
  values?: Record<string, unknown>;
  /** Where in the record the refusal lies (`vote.seat`), and its problems there. */
  path?: string;
  problems?: RefusalProblem[];
}

/** The server's reason, from `{ "error": … }`, `{ "message": … }` or plain text, and the record it names. */
async function readBody(response: Response): Promise<HostAnswer> {
  const words = await readWords(response);
  const lang = response.headers.get('Content-Language')?.split(',')[0]?.trim();
  return lang && words.message !== undefined ? { ...words, lang } : words;
}

/** The server's reason and the record it names, from its body. */
async function readWords(response: Response): Promise<HostAnswer> {
  const text = await response.text().catch(() => '');
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const message = [json.message, json.error, json.reason].find((v) => typeof v === 'string') as string | undefined;
    const id = typeof json.id === 'string' ? json.id : undefined;
    const record = typeof json.record === 'string' ? json.record : undefined;
    const code = typeof json.reason === 'string' ? json.reason : undefined;
    const values = isRecord(json.values) ? json.values : undefined;
    return { id, record, message, code, values, ...whereRefused(json) };
  } catch {
    // A web page's markup is no message for a member ("<h1>Page not found</h1>"); plain text may be.
    if (isWebPage(response)) return {};
    return { message: text.trim().slice(0, 300) || undefined };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The most problems a refusal keeps: it is kept on the device and told to every tab. */
const PROBLEMS_KEPT = 20;

/**
 * Where a host's answer says the record was refused: its `path` and its `problems`, those of them that name a
 * path and a code (an older host, or one of its own, sends neither; what is not a string is left out).
 */
function whereRefused(answer: Record<string, unknown>): { path?: string; problems?: RefusalProblem[] } {
  const path = typeof answer.path === 'string' ? answer.path : undefined;
  const problems = Array.isArray(answer.problems)
    ? answer.problems.filter(isProblem).slice(0, PROBLEMS_KEPT).map(problemOf)
    : undefined;
  return defined({ path, problems: problems?.length ? problems : undefined });
}

const isProblem = (value: unknown): value is Record<string, unknown> & { path: string; code: string } =>
  isRecord(value) && typeof value.path === 'string' && typeof value.code === 'string';

/** Only the fields a problem has, of their kinds: a host's other keys are not kept. */
const problemOf = ({ path, code, values, message }: Record<string, unknown> & { path: string; code: string }) => ({
  path,
  code,
  ...defined({
    values: isRecord(values) ? values : undefined,
    message: typeof message === 'string' ? message : undefined,
  }),
});

/** `Retry-After` in milliseconds: seconds, or an HTTP date. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What a host's `submit` that has not answered in time is taken to have said: nothing it could say itself. */
const LATE = Symbol('late');

/**
 * Sends records through the host's own function. An answer that names a
 * refusal in any form (`rejected` not a string) is a refusal, never taken for
 * "stored"; one that has not come within `SEND_TIMEOUT_MS` is tried again, as
 * a request to `endpoint` is.
 */
export function submitSender(submit: SubmitFunction): Sender {
  return async (record) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(() => resolve(LATE), SEND_TIMEOUT_MS)));
    try {
      const answer: unknown = await Promise.race([submit(record), late]);
      if (answer === LATE) return { outcome: 'retry', problem: 'timeout' };
      if (!isRecord(answer) || answer.rejected === undefined || answer.rejected === null || answer.rejected === false) {
        return { outcome: 'confirmed', ...hostNoteIn(answer) };
      }
      const message = typeof answer.rejected === 'string' && answer.rejected !== '' ? answer.rejected : undefined;
      const code = typeof answer.code === 'string' ? answer.code : undefined;
      const values = isRecord(answer.values) ? answer.values : undefined;
      const refusal: Refusal = { by: 'host', ...defined({ message, code, values }), ...whereRefused(answer) };
      return { outcome: 'rejected', reason: message ?? 'refused', refusal };
    } catch {
      return { outcome: 'retry', problem: offline() ? 'offline' : 'server-error' };
    } finally {
      clearTimeout(timer);
    }
  };
}
