/**
 * The host's clock, as the page last heard it: every response carries a
 * `Date` header, and a vote is dated by it when the device's own clock is
 * clearly wrong. A phone ten minutes fast would otherwise date every vote
 * ten minutes ahead, and the host refuses a `cast` more than five minutes
 * after its own clock (`cast-in-future`): the member could not vote at all.
 * Within the core's `CLOCK_SKEW_MS` (a minute: `Date` has whole seconds, and
 * clocks drift a little) the device's clock is taken as right.
 */
import { CLOCK_SKEW_MS } from '../rules/presence.js';
import { londonDate } from '../rules/london-time.js';

/** Where the device keeps the offset it last heard, for a page loaded with no connection. */
export const KEPT_OFFSET_KEY = 'partnership-kit-host-offset';

/**
 * How far the host's clock is ahead of this device's, in ms: as the last response said, or, until one has in
 * this page, as the last one heard on this device said (0 when none was). A page reloaded with no connection (a
 * portal's service worker keeps it) hears no host: a tablet ten minutes fast would date a check-in made then ten
 * minutes ahead, and the host, finding it ahead of its clock, would time it when it arrived instead.
 */
let offset = keptOffset();

/** The offset this device last heard, or 0: none kept, or storage the page may not use (a sandboxed frame). */
function keptOffset(): number {
  try {
    const kept = Number(globalThis.localStorage?.getItem(KEPT_OFFSET_KEY) ?? NaN);
    return Number.isFinite(kept) ? kept : 0;
  } catch {
    return 0;
  }
}

function keepOffset(value: number): void {
  try {
    globalThis.localStorage?.setItem(KEPT_OFFSET_KEY, String(Math.round(value)));
  } catch {
    // Storage blocked or full: the page still has the offset in memory, as before.
  }
}

/**
 * Notes the host's `Date` header from a response requested at `sentAt` and
 * received at `receivedAt` (the device's clock, in ms): the host's moment is
 * taken as the middle of the request, and the middle of its whole second.
 */
export function noteHostDate(date: string | null, sentAt: number, receivedAt: number): void {
  const host = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(host)) return;
  offset = host + 500 - (sentAt + receivedAt) / 2;
  keepOffset(offset);
}

/**
 * Now by the host's clock when the device's is more than a minute off it, else by the device's; in ms. Before a
 * page has heard the host, by the offset this device last heard.
 *
 * @example
 * import { hostNow } from 'partnership-kit';
 * // A page's own clock (a demo's: demo/page-clock.js), given to an element that takes one; whether voting is
 * // still open at it is the rules' answer, which the element shows, not the page's sum.
 * panel.setAttribute('now', new Date(hostNow()).toISOString());
 */
export function hostNow(): number {
  return Math.abs(offset) > CLOCK_SKEW_MS ? Date.now() + offset : Date.now();
}

/** `hostNow` as a date-time (UTC, ISO 8601): the moment a record made now is dated at. */
export const hostNowText = (): string => new Date(hostNow()).toISOString();

/** Today's date in the UK by the same clock as `hostNow`. */
export const hostToday = (): string => londonDate(hostNowText());

/**
 * The host's clock at `deviceMs` (a moment on this device's clock, in ms) by
 * the offset last heard, however small: whether the host had reached a
 * moment yet (a proposal's close) when it served a copy, which a device a few
 * seconds fast, whose own clock `hostNow` takes for right, cannot tell.
 */
export function hostMomentAt(deviceMs: number): number {
  return deviceMs + offset;
}
