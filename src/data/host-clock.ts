/**
 * The host's clock, as the page best heard it lately: every response carries a
 * `Date` header, and a vote is dated by it when the device's own clock is
 * off it. A phone ten minutes fast would otherwise date every vote
 * ten minutes ahead, and the host refuses a `cast` more than five minutes
 * after its own clock (`cast-in-future`): the member could not vote at all.
 *
 * The two ways a clock may be off are not alike. A device behind the host's
 * clock keeps a vote open after the host has closed it: a phone 40 s slow
 * offered the form for 40 s more, and the host refused the vote cast then
 * (`proposal-not-open`). So a device behind is dated by the host's clock once
 * it is behind by more than the offset's own error (`Date` has whole seconds,
 * and the host wrote it somewhere in the round trip: half a second and half the
 * round trip either way); within that, the two cannot be told apart, and the
 * device's own clock, running smoothly, is taken: one in step with the host
 * stays on it, and does not move to and fro by a second with each response. A
 * device ahead closes a vote early, never late, and dates its records a little
 * ahead, which the host allows (five minutes for a `cast`, a minute for a
 * check-in's `at`): within the core's `CLOCK_SKEW_MS` (a minute) its own clock
 * is taken as right.
 *
 * The offset kept is the best recent one, not the last: an answer replaces it only when its error is no larger than
 * the kept one's now (its own, grown by the two clocks' drift since it was heard, `DRIFT`), or when the two disagree
 * by more than both errors together (one of the clocks really moved: the new one is taken). A slow answer (a 6 s
 * round trip on mobile data, ±3.5 s) would otherwise undo a quick one's (±0.6 s): a device 3 s behind the host,
 * dated by the host's clock after the quick one, went back to its own, and a vote panel closed at the host's
 * `closes` reopened for those seconds. What the device keeps (`KEPT_OFFSET_KEY`) is the offset kept, not the last.
 *
 * The offset stays true only while the device's clock runs on undisturbed. One put back while the page is open
 * (set right by hand, or by the network once the device is online again) is seen against the page's monotonic
 * clock (`performance.now()`), and the offset follows it. One put forward looks, against that clock, just like a
 * device waking from sleep (the monotonic clock stops while it sleeps on most systems, and the offset still holds
 * then), and no page event tells them apart everywhere: a desktop may sleep with the page in view. So a jump forward
 * is taken for the clock set only when the device's clock then reads the host's (it was set right): to the minute
 * when the page stayed in view, not frozen or resumed, since the clocks last agreed (a person setting it by hand);
 * to the second otherwise (the network setting it), as a sleep that long to the second is a coincidence. Any other
 * jump forward keeps the offset until the next answer from the host: a clock then read ahead of the host's judges a
 * proposal closed early, never open after its close (a vote panel's, by `hostNow`), whereas one read behind after a
 * night's sleep taken for a clock set would let a closed proposal take votes. An offset kept on the device is taken
 * up by a page only within `KEPT_FOR_MS` of when it was heard, and not when the device's clock is now before that
 * moment: it was put back since.
 */
import { CLOCK_SKEW_MS } from '../rules/presence.js';
import { londonDate } from '../rules/london-time.js';

/** Where the device keeps the offset it keeps (the best recent one heard), for a page loaded with no connection. */
export const KEPT_OFFSET_KEY = 'partnership-kit-host-offset';

/**
 * How long after it was heard a page takes up the offset kept on the device: a day of meetings, a device
 * reloaded offline in the evening included. Past that its clock may have been set right since, unseen.
 */
export const KEPT_FOR_MS = 12 * 3_600_000;

/**
 * How far the device's clock may move against the monotonic clock before the offset follows it: the `Date`
 * header's whole second, and a clock slewed by the system meanwhile.
 */
const JUMP_MS = 2_000;

/** How far the host's `Date` may be from its clock when it wrote it: the header has whole seconds, read as the middle. */
const DATE_ERROR_MS = 500;

/**
 * How fast the kept offset loses its accuracy, in ms a ms: the device's clock drifts against the host's by a few
 * tens of parts per million (a quartz clock's), and either may be slewed by a little meanwhile.
 */
const DRIFT = 50 / 1_000_000;

/**
 * The offset (host minus device, in ms), the device's moment it holds from (`deviceAt`), and how far it may be
 * from the true one (`error`): the `Date` header's half second, and half the round trip it was heard in.
 */
interface HostOffset {
  offset: number;
  deviceAt: number;
  error: number;
}

/**
 * How far the host's clock is ahead of this device's: as the best recent response said (see the top of this file),
 * or, until one has in this page, as the one kept on this device said (none when none was, or it is too old to trust). A page
 * reloaded with no connection (a portal's service worker keeps it) hears no host: a tablet ten minutes fast
 * would date a check-in made then ten minutes ahead, and the host, finding it ahead of its clock, would time it
 * when it arrived instead. `monoAt`: `performance.now()` at `deviceAt`, to see the device's clock put back.
 */
let heard: (HostOffset & { monoAt: number }) | undefined = trusted(keptOffset());

/** The offset this device kept, if any: none kept, or storage the page may not use (a sandboxed frame). */
function keptOffset(): HostOffset | undefined {
  try {
    const kept = JSON.parse(globalThis.localStorage?.getItem(KEPT_OFFSET_KEY) ?? 'null') as Partial<HostOffset>;
    const { offset, deviceAt, error } = kept ?? {};
    // An older kit kept the bare number, with no moment: how old it is cannot be known.
    if (!Number.isFinite(offset) || !Number.isFinite(deviceAt)) return undefined;
    // A kit before this one kept no error: two seconds, the error of an answer that took three to come back.
    return { offset: offset!, deviceAt: deviceAt!, error: Number.isFinite(error) ? error! : JUMP_MS };
  } catch {
    return undefined;
  }
}

/** `kept`, from now on against this page's monotonic clock, unless it is too old or the clock was put back since. */
function trusted(kept: HostOffset | undefined): typeof heard {
  if (!kept) return undefined;
  const age = Date.now() - kept.deviceAt;
  if (age < -JUMP_MS || age > KEPT_FOR_MS) return undefined;
  return { ...kept, monoAt: performance.now() - age };
}

function keepOffset({ offset, deviceAt, error }: HostOffset): void {
  try {
    const kept: HostOffset = { offset: Math.round(offset), deviceAt: Math.round(deviceAt), error: Math.ceil(error) };
    globalThis.localStorage?.setItem(KEPT_OFFSET_KEY, JSON.stringify(kept));
  } catch {
    // Storage blocked or full: the page still has the offset in memory, as before.
  }
}

/**
 * Whether the page was out of view, frozen or resumed since its two clocks were last found to agree: the device may
 * have slept meanwhile (on a phone, a sleep always hides the page first). Any such event counts, whichever way it
 * went: a page woken may be told it is in view before it is told it was hidden, or not at all.
 */
let outOfView = false;
const noteOutOfView = () => (outOfView = true);
globalThis.document?.addEventListener('visibilitychange', noteOutOfView);
globalThis.document?.addEventListener('freeze', noteOutOfView);
globalThis.document?.addEventListener('resume', noteOutOfView);
globalThis.addEventListener?.('pagehide', noteOutOfView);

/** The page is out of view now, or was since its clocks last agreed. */
const mayHaveSlept = (): boolean => outOfView || globalThis.document?.visibilityState === 'hidden';

/**
 * Notes the host's `Date` header from a response requested at `sentAt` and
 * received at `receivedAt` (the device's clock, in ms): the host's moment is
 * taken as the middle of the request, and the middle of its whole second.
 */
export function noteHostDate(date: string | null, sentAt: number, receivedAt: number): void {
  const host = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(host)) return;
  const middle = (sentAt + receivedAt) / 2;
  const answer = {
    offset: host + DATE_ERROR_MS - middle,
    deviceAt: middle,
    error: DATE_ERROR_MS + Math.abs(receivedAt - sentAt) / 2,
    monoAt: performance.now() - (Date.now() - middle),
  };
  // The kept offset as it stands now: moved with the device's clock where that was put back or set right since.
  const kept = heardNow();
  outOfView = false;
  if (kept && !replaces(answer, kept)) return;
  heard = answer;
  keepOffset(heard);
}

/** The kept offset's error now: its own, and as far as the two clocks may have drifted apart since it was heard. */
const agedError = ({ error, deviceAt }: HostOffset): number => error + DRIFT * Math.abs(Date.now() - deviceAt);

/**
 * Whether an answer from the host replaces the kept offset: it is at least as close as the kept one now is (a slow
 * answer, a 6 s round trip on mobile data, does not undo a quick one's second), or it disagrees with it by more
 * than both their errors together, so one of the two clocks really moved since (the host's set right, or the
 * device's set unseen while it slept): the new one is then the only true one.
 */
function replaces(answer: HostOffset, kept: HostOffset): boolean {
  const keptError = agedError(kept);
  return answer.error <= keptError || Math.abs(answer.offset - kept.offset) > answer.error + keptError;
}

/**
 * Whether the device's clock, put forward by `jump`, now reads the host's (`offset` was host minus device before):
 * set right, not woken. To the minute when the page stayed in view (set by hand), else to the second; and always
 * within half of what it was off, so that a device already near the host's, a short sleep unseen, is not taken
 * for one set right a few seconds on.
 */
function setRightBy(jump: number, offset: number): boolean {
  const within = Math.min(mayHaveSlept() ? JUMP_MS : CLOCK_SKEW_MS, Math.abs(offset) / 2);
  return Math.abs(offset - jump) <= within;
}

/**
 * `heard` after the device's clock moved `jump` against the monotonic clock: moved with it where it was put back or
 * set right (the host's clock did not move), else the same offset, its clocks from now on agreeing (the device
 * slept, or the jump cannot be told from a sleep: see the top of this file).
 */
function afterJump(last: NonNullable<typeof heard>, jump: number): NonNullable<typeof heard> {
  if (jump < 0 || setRightBy(jump, last.offset)) {
    return { ...last, offset: last.offset - jump, deviceAt: last.deviceAt + jump };
  }
  return { ...last, monoAt: last.monoAt - jump };
}

/**
 * The offset now, as heard (see `HostOffset`): moved with the device's clock where that was put back or set right
 * since (the host's clock was not), and kept so; none when none is known.
 */
function heardNow(): HostOffset | undefined {
  if (!heard) return undefined;
  const jump = Date.now() - heard.deviceAt - (performance.now() - heard.monoAt);
  if (Math.abs(jump) > JUMP_MS) {
    const before = heard.offset;
    heard = afterJump(heard, jump);
    if (heard.offset !== before) keepOffset(heard);
  }
  // The clocks agree from here: a sleep before now is no reason to doubt a jump after it.
  if (globalThis.document?.visibilityState !== 'hidden') outOfView = false;
  return heard;
}

/**
 * Whether the device's own clock is taken for the host's: not behind it by more than the offset's error (a vote
 * would stay open after the host's close), nor ahead by more than a minute (the host would refuse its records).
 */
const deviceInStep = ({ offset, error }: HostOffset): boolean =>
  offset <= Math.min(error, CLOCK_SKEW_MS) && offset >= -CLOCK_SKEW_MS;

/**
 * Now by the host's clock when the device's is behind it by more than the `Date` header can tell (its half second
 * and half the round trip), or ahead of it by more than a minute; else by the device's; in ms. Before a page has
 * heard the host, by the offset this device kept.
 *
 * @example
 * import { hostNow } from 'partnership-kit';
 * // A page's own clock (a demo's: demo/page-clock.js), given to an element that takes one; whether voting is
 * // still open at it is the rules' answer, which the element shows, not the page's sum.
 * panel.setAttribute('now', new Date(hostNow()).toISOString());
 */
export function hostNow(): number {
  const offset = heardNow();
  return offset && !deviceInStep(offset) ? Date.now() + offset.offset : Date.now();
}

/** `hostNow` as a date-time (UTC, ISO 8601): the moment a record made now is dated at. */
export const hostNowText = (): string => new Date(hostNow()).toISOString();

/** Today's date in the UK by the same clock as `hostNow`. */
export const hostToday = (): string => londonDate(hostNowText());

/**
 * The host's clock at `deviceMs` (a moment on this device's clock, in ms) by
 * the offset kept, however small: whether the host had reached a
 * moment yet (a proposal's close) when it served a copy, which a device a few
 * seconds fast, whose own clock `hostNow` takes for right, cannot tell.
 */
export function hostMomentAt(deviceMs: number): number {
  return deviceMs + (heardNow()?.offset ?? 0);
}
