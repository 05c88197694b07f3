/**
 * The log of a process following its store in the background (reading what other processes stored). A lost
 * connection was written at each try (PostgreSQL restarted: a stack trace every few seconds) and its recovery
 * not at all, so an operator reading the log could not tell whether the process had come back or was still
 * serving the meeting without the others' records. The default log now says when it follows the store again,
 * and writes a failure once while it repeats (it is tried every few seconds), in one line (store-failure.ts): pg's error was some thirty.
 */
import { failureKey } from './error-log.js';
import { storeFailureLine } from './store-failure.js';

/** What the host tells of its following: each failure, and each successful read of the store. */
export interface StoreFollowing {
  trouble(error: unknown): void;
  followed(): void;
}

/**
 * `onStoreError`, when the portal passes one, told of each failure as before; else the console, told of a failure
 * once while the same one repeats, and once when the store is read again after failures, with how many there were.
 */
export function storeFollowing(
  onStoreError?: (error: unknown) => void,
  // Looked up at each line: a host may route the console to its own logger after the server starts.
  print: (...parts: unknown[]) => void = (...parts) => console.error(...parts),
): StoreFollowing {
  if (onStoreError) return { trouble: onStoreError, followed: () => undefined };
  let failures = 0;
  let lastWritten: string | undefined;
  return {
    trouble(error) {
      failures += 1;
      // The same failure again is counted, and said with the recovery; a different one is written in full.
      if (failureKey(error) === lastWritten) return;
      lastWritten = failureKey(error);
      const line = storeFailureLine(error);
      const said = 'partnership-kit/server: following the store failed (it is tried again):';
      if (line) print(`${said} ${line}`);
      else print(said, error);
    },
    followed() {
      if (failures === 0) return;
      const times = failures === 1 ? 'once' : `${failures} times`;
      print(
        `partnership-kit/server: following the store again, after it failed ${times}: what other processes stored meanwhile is read.`,
      );
      failures = 0;
      lastWritten = undefined;
    },
  };
}
