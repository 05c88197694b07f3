/**
 * The server's default `onError`. A store that is down fails every record
 * sent to it, and each member's device sends again every few seconds: fifty
 * members wrote hundreds of identical stack traces a minute, burying
 * everything else in the log. A failure is written when it first happens and
 * at most once a minute while it repeats, with how many times it happened
 * meanwhile; a different failure is always written at once. A store's failure
 * is one line (store-failure.ts); a fault in code is written with its stack.
 */
import type { IncomingMessage } from 'node:http';
import { storeFailureLine } from './store-failure.js';

/** What tells one failure from another: its kind, code and message (not the request). */
export function failureKey(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${code === undefined ? '' : ` ${String(code)}`}: ${error.message}`;
}

/**
 * A request-failure log that folds repeats: `print` gets the failure (one line for a store's, else with its stack) the first time, then
 * nothing for the same failure until `everyMs` has passed, when it gets how many were left out and the
 * failure again.
 */
export function foldingErrorLog(
  // Looked up at each failure: a host may route the console to its own logger after the server starts.
  print: (...parts: unknown[]) => void = (...parts) => console.error(...parts),
  now: () => number = () => Date.now(),
  everyMs = 60_000,
): (error: unknown, request: IncomingMessage) => void {
  let last: { key: string; at: number; leftOut: number } | undefined;
  return (error, request) => {
    const key = failureKey(error);
    const at = now();
    if (last?.key === key && at - last.at < everyMs) {
      last.leftOut += 1;
      return;
    }
    if (last && last.leftOut > 0) {
      const requests = last.leftOut === 1 ? '1 more request' : `${last.leftOut} more requests`;
      print(`partnership-kit/server: ${requests} failed with ${last.key} (not written one by one)`);
    }
    const line = storeFailureLine(error);
    // A store's failure in one line, and what to do; a fault in code with its stack, where it is put right.
    if (line) print(`partnership-kit/server: ${request.method} ${request.url} failed: ${line}`);
    else print(`partnership-kit/server: ${request.method} ${request.url} failed:`, error);
    last = { key, at, leftOut: 0 };
  };
}
