/**
 * An element's clock: the moment its `now` attribute names, running on from
 * when it was set (a host on its own clock, such as a demo replaying a past
 * meeting), else the device's clock, or the host's where the device's is
 * behind it, or more than a minute ahead of it (src/data/host-clock.ts): a
 * tablet ten minutes fast would count a member in the room before they
 * arrived, and a phone 40 seconds slow offer a vote the host had closed. The host re-renders every half minute,
 * so what depends on the time ("quorum now", a closing time drawing near)
 * moves with no change to the document, and at a moment it names (`wakeAt`:
 * a proposal's close) when that comes sooner.
 *
 * One timer ticks every connected clock of the page, so an element's arrival
 * sets no timer of its own (a timer is a fixed cost of every mount, issue
 * 12). The timer stops itself at the first tick with no clock connected.
 * It also ticks when the page is seen again, resumed, or shown from the
 * back/forward cache: a timer counts only time the device was awake.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isDateTime } from '../../src/contract/index.js';
import { hostNowText } from '../../src/data/host-clock.js';
import { dayBy } from './day-watch.js';

const TICK_MS = 30_000;
/** How long after its moment an alarm rings: a timer may fire a few milliseconds early, before the close. */
const ALARM_LATE_MS = 20;

/** The hosts of the clocks connected now. */
const ticking = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;
/** Whether the page's listeners for its waking are added: once a page, and kept. */
let watchingWakes = false;

function tick(): void {
  if (ticking.size === 0) {
    clearInterval(timer);
    timer = undefined;
  }
  for (const host of ticking) host.requestUpdate();
}

/**
 * Ticks when the page may have slept. A laptop opened after an hour with its lid shut would otherwise show
 * the meeting's time-bound states (a proposal that closed, an action now overdue) as they were, until the
 * next tick, up to half a minute on.
 */
function watchWakes(): void {
  watchingWakes = true;
  globalThis.document?.addEventListener('visibilitychange', () => {
    if (globalThis.document?.visibilityState === 'visible') tick();
  });
  globalThis.document?.addEventListener('resume', tick);
  globalThis.addEventListener?.('pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) tick();
  });
}

/**
 * The moment an element's `now` attribute names, running on from when it was set; without one, the host's clock
 * where the device's is clearly off it. An element that only dates what it sends (the action tracker's changes)
 * needs no more; one that shows what moves with the time is an `ElementClock`.
 */
export class RunningMoment {
  private given?: string;
  private givenAt = Date.now();

  constructor(
    /** The host's `now` attribute, as written. */
    private readonly nowAttribute: () => string | undefined,
    /** The element whose day turns at this clock's midnight (its `DayWatch`), when the clock is its own. */
    host?: ReactiveControllerHost,
  ) {
    if (host) dayBy(host, () => this.now);
  }

  /** `now`, when the host was given a real date-time; else undefined (the device's clock). */
  get set(): string | undefined {
    const value = this.nowAttribute();
    if (value !== this.given) {
      this.given = value;
      this.givenAt = Date.now();
    }
    return value && isDateTime(value) ? value : undefined;
  }

  /** The moment now, as an ISO date-time: without `now`, the host's clock where the device's is clearly off it. */
  get now(): string {
    const set = this.set;
    return set === undefined ? hostNowText() : new Date(Date.parse(set) + Date.now() - this.givenAt).toISOString();
  }
}

export class ElementClock extends RunningMoment implements ReactiveController {
  /** The one moment this clock re-renders its host at, between ticks, and the timer for it. */
  private alarm?: { at: string; timer: ReturnType<typeof setTimeout> };

  constructor(
    private readonly host: ReactiveControllerHost,
    nowAttribute: () => string | undefined,
  ) {
    super(nowAttribute, host);
    host.addController(this);
  }

  /**
   * Re-renders the host once this clock reaches `moment` (a proposal's `closes`), when that is before the next
   * tick: a vote panel showed "Open for votes" up to half a minute past the close, and a member who voted then
   * was told it had closed beside it. Asked at each render, so a moment further off is set nearer it; a new
   * moment replaces the old. `from`: the moment the element judges by now, when it is not this clock's (on a page
   * fixed on another day, that day at this hour: its close on that day was too far off to wake it).
   */
  wakeAt(moment: string | undefined, from = this.now): void {
    if (moment === this.alarm?.at) return;
    this.clearAlarm();
    const wait = moment === undefined ? NaN : Date.parse(moment) - Date.parse(from);
    if (!(wait >= 0 && wait < TICK_MS) || !ticking.has(this.host)) return;
    const timer = setTimeout(() => {
      this.alarm = undefined;
      this.host.requestUpdate();
    }, wait + ALARM_LATE_MS);
    this.alarm = { at: moment!, timer };
  }

  private clearAlarm(): void {
    if (this.alarm) clearTimeout(this.alarm.timer);
    this.alarm = undefined;
  }

  hostConnected(): void {
    ticking.add(this.host);
    timer ??= setInterval(tick, TICK_MS);
    if (!watchingWakes) watchWakes();
  }

  hostDisconnected(): void {
    ticking.delete(this.host);
    this.clearAlarm();
  }
}
