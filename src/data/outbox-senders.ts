/**
 * How an outbox record reaches the host: `POST endpoint` with its id as the
 * `Idempotency-Key`, or the host's own `submit` function. Every answer is
 * sorted into confirmed, rejected (with the server's reason) or retry later.
 */

/** Why a record is still queued. */
/** Why a record waits: `signed-out` is a 401, kept until the member signs in again rather than lost. */
export type RetryReason = 'offline' | 'server-error' | 'timeout' | 'signed-out';

export type SendOutcome =
  | { outcome: 'confirmed' }
  | { outcome: 'rejected'; reason: string }
  | { outcome: 'retry'; problem: RetryReason; retryAfterMs?: number };

export interface OutboxRecord {
  id: string;
}

export type Sender = (record: OutboxRecord) => Promise<SendOutcome>;

/**
 * What a host's `submit` function does: resolve when the record is stored,
 * resolve `{ rejected: reason }` when it is refused for good, throw (or
 * reject) when it should be tried again later.
 */
export type SubmitFunction = (record: unknown) => Promise<void | { rejected: string }>;

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
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, Accept: 'application/json' },
        body: JSON.stringify(record),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return { outcome: 'retry', problem: timedOut ? 'timeout' : offline() ? 'offline' : 'server-error' };
    }
    return sortResponse(response, record);
  };
}

async function sortResponse(response: Response, record: OutboxRecord): Promise<SendOutcome> {
  if (response.ok) return { outcome: 'confirmed' };
  const body = await readBody(response);
  if (response.status === 409 && body.id === record.id) return { outcome: 'confirmed' };
  // A session that ended (a host restart, an expiry) is not a refusal of the record: keep it for after sign-in.
  if (response.status === 401) return { outcome: 'retry', problem: 'signed-out' };
  if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
    return { outcome: 'rejected', reason: body.message ?? `The server refused it (HTTP ${response.status}).` };
  }
  return { outcome: 'retry', problem: 'server-error', retryAfterMs: retryAfter(response.headers.get('Retry-After')) };
}

/** The server's reason, from `{ "error": … }`, `{ "message": … }` or plain text. */
async function readBody(response: Response): Promise<{ id?: string; message?: string }> {
  const text = await response.text().catch(() => '');
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const message = [json.message, json.error, json.reason].find((v) => typeof v === 'string') as string | undefined;
    const id = typeof json.id === 'string' ? json.id : undefined;
    return { id, message };
  } catch {
    return { message: text.trim().slice(0, 300) || undefined };
  }
}

/** `Retry-After` in milliseconds: seconds, or an HTTP date. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Sends records through the host's own function. */
export function submitSender(submit: SubmitFunction): Sender {
  return async (record) => {
    try {
      const answer = await submit(record);
      if (answer && typeof answer === 'object' && typeof answer.rejected === 'string') {
        return { outcome: 'rejected', reason: answer.rejected };
      }
      return { outcome: 'confirmed' };
    } catch {
      return { outcome: 'retry', problem: offline() ? 'offline' : 'server-error' };
    }
  };
}
