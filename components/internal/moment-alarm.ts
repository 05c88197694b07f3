/**
 * Renders an element again once, at a moment its view changes by the clock alone, for an element with no clock
 * ticking it every half minute (element-clock.ts): a roster beside a meeting said "Not recorded yet" after the
 * meeting had ended, while the quorum indicator beside it already said it was not quorate, until it rendered for
 * another reason. One timer for the element, set anew at each render it is asked for; none when no moment is asked.
 *
 * A timer counts only time the device was awake, so a page seen again, resumed or shown from the back/forward
 * cache past its moment renders then, as the page's other clocks do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hostNowText } from '../../src/data/host-clock.js';

/** How long after its moment the alarm rings: the core's "over" is strictly after it, and a timer may fire early. */
const LATE_MS = 20;
/** A moment further off is left to the next render: the midnight watch renders the element at the day's turn. */
const FURTHEST_MS = 24 * 60 * 60 * 1000;

/** The alarms set now, looked at when the page wakes. */
const set = new Set<MomentAlarm>();
let listening = false;

function lookAtTheAlarms(): void {
  for (const alarm of set) alarm.ringIfPast();
}

function listen(): void {
  listening = true;
  globalThis.document?.addEventListener('visibilitychange', () => {
    if (globalThis.document?.visibilityState === 'visible') lookAtTheAlarms();
  });
  globalThis.document?.addEventListener('resume', lookAtTheAlarms);
  globalThis.addEventListener?.('pageshow', lookAtTheAlarms);
}

export class MomentAlarm implements ReactiveController {
  private alarm?: { at: number; timer: ReturnType<typeof setTimeout> };
  /** The moment last asked for: set again when the element is put back on the page, as it may be without a render. */
  private asked?: string;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The element's clock, an ISO date-time: the host's where the device's is clearly off it. */
    private readonly now: () => string = hostNowText,
  ) {
    host.addController(this);
  }

  /** Renders the host again once its clock is past `moment` (an ISO date-time); undefined clears the alarm. */
  ringAfter(moment: string | undefined): void {
    this.asked = moment;
    const at = moment === undefined ? NaN : Date.parse(moment);
    if (at === this.alarm?.at) return;
    this.clear();
    const wait = at - Date.parse(this.now());
    if (!this.connected || !(wait >= 0 && wait < FURTHEST_MS)) return;
    this.alarm = { at, timer: setTimeout(() => this.ring(), wait + LATE_MS) };
    set.add(this);
    if (!listening) listen();
  }

  /** Rings now if its moment has passed while the device slept. */
  ringIfPast(): void {
    if (this.alarm && Date.parse(this.now()) > this.alarm.at) this.ring();
  }

  hostConnected(): void {
    this.connected = true;
    this.ringAfter(this.asked);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.clear();
  }

  private ring(): void {
    this.clear();
    this.host.requestUpdate();
  }

  private clear(): void {
    if (this.alarm) clearTimeout(this.alarm.timer);
    this.alarm = undefined;
    set.delete(this);
  }
}
