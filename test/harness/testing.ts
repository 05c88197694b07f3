/**
 * @open-wc/testing as the tests use it, with one change: `waitUntil` waits up
 * to 5 seconds unless a test says otherwise, where the library waits 1. Its
 * waits are for the screen to change (a fetch answered, a page loaded), not
 * speed limits, and a shared CI machine can take more than a second.
 * Every test's import of '@open-wc/testing' is served this module
 * (test/harness/patient-waits-plugin.js).
 */
import { waitUntil as waitOneSecond } from '@open-wc/testing';

export * from '@open-wc/testing';

export function waitUntil(...[predicate, message, options]: Parameters<typeof waitOneSecond>): Promise<void> {
  return waitOneSecond(predicate, message, { timeout: 5_000, ...options });
}
