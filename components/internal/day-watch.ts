/**
 * Renders the elements again when the date in the UK changes. Their rules judge by today (an action due today
 * is overdue tomorrow, a term ending today has ended), and an element with no clock of its own rendered only
 * when its document or attributes changed: a tracker left open overnight on a clerk's screen, or printed the next
 * morning, still showed yesterday's statuses under "Statuses on" yesterday's date.
 *
 * One timer for the page, set for the next midnight in London (from src/rules/london-time.ts, so the clocks
 * changing moves it), as the element clock keeps one for its half-minute ticks. A timer counts only time the
 * device was awake, so the date is looked at again when the page is seen, resumed or shown from the
 * back/forward cache, and before it is printed.
 *
 * An element is watched only while the date can change what it shows: one given `today` shows that day
 * whatever the device's date, and setting the page's timer for it (a timer and two readings of the clock at
 * every mount) was a fixed cost of every element given a date (issue 12). It is asked again before each
 * render, so one whose `today` is removed, or set to what is not a date, is watched from then on.
 *
 * Each element's date is its own clock's (`dayBy`): one given `now` runs on from that moment, and its day turns
 * at that clock's midnight in London, not the device's. A tracker set to 23:59:50 said "Due soon" a minute on.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addCalendarDays } from '../../src/contract/calendar-dates.js';
import { londonDate, onLondonDate } from '../../src/rules/london-time.js';
import { hostNowText } from '../../src/data/host-clock.js';

const watching = new Set<DayWatch>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** When the timer fires, by `performance.now()`: a test's or a user's change of the device's date does not move it. */
let firesAt = 0;
let listening = false;
/** A moment whose London time of day is midnight: onLondonDate moves it to another date. */
const MIDNIGHT = Date.parse('2000-01-01T00:00:00Z');
/** A clock set anew by more than this has moved its midnight: the page's timer is set again. */
const CLOCK_SET_MS = 1000;
/** The elements' own clocks, where they keep one; the others read the host's (`hostNowText`). */
const clocks = new WeakMap<ReactiveControllerHost, () => string>();

/** `host`'s day turns at the midnight of `now`, its own clock (an ISO date-time), rather than the host's. */
export function dayBy(host: ReactiveControllerHost, now: () => string): void {
  clocks.set(host, now);
}

/** Each watched element renders again when its UK date has changed; then the timer for the first next midnight. */
function lookAtTheDate(): void {
  clearTimeout(timer);
  timer = undefined;
  if (watching.size === 0) return;
  wakeIn(Math.min(...[...watching].map((watch) => watch.lookAtTheDate())));
}

/** Sets the page's timer for a midnight `untilMidnight` ms on, unless it fires sooner already. */
function wakeIn(untilMidnight: number): void {
  // A second past midnight, so that the date has changed when the timer fires.
  const wait = Math.max(untilMidnight, 0) + 1000;
  if (timer !== undefined && firesAt <= performance.now() + wait) return;
  clearTimeout(timer);
  firesAt = performance.now() + wait;
  timer = setTimeout(lookAtTheDate, wait);
}

function listen(): void {
  listening = true;
  globalThis.document?.addEventListener('visibilitychange', () => {
    if (globalThis.document?.visibilityState === 'visible') lookAtTheDate();
  });
  globalThis.document?.addEventListener('resume', lookAtTheDate);
  globalThis.addEventListener?.('pageshow', lookAtTheDate);
  globalThis.addEventListener?.('beforeprint', lookAtTheDate);
}

/** Renders its host again when the date in the UK changes, while `follows()` says the date changes what it shows. */
export class DayWatch implements ReactiveController {
  private connected = false;
  private watched = false;
  /** The UK date, by its clock, the host last rendered on. */
  private renderedOn?: string;
  /** How far its clock was from the device's when last read: set anew, it moves the host's midnight. */
  private ahead = 0;

  /** @param follows whether the host shows anything by the UK date now (no `today` given): read before each render. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly follows: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.follows()) this.watch();
  }

  /**
   * Before each render: its `today` may have come or gone since, or its clock been set anew. Not off the page,
   * where Lit may still render it.
   */
  hostUpdate(): void {
    if (!this.connected) return;
    if (this.follows() !== this.watched) {
      if (this.watched) this.unwatch();
      else this.watch();
    } else if (this.watched && Math.abs(this.now() - Date.now() - this.ahead) > CLOCK_SET_MS) {
      // It renders now, on its clock's date: only its next midnight is to look at.
      this.renderedOn = undefined;
      wakeIn(this.lookAtTheDate());
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.watched) this.unwatch();
  }

  /** Renders the host again when its UK date is not the one it rendered on; the milliseconds to its next midnight. */
  lookAtTheDate(): number {
    const now = this.now();
    this.ahead = now - Date.now();
    const today = londonDate(new Date(now).toISOString());
    if (today !== this.renderedOn) {
      // Not on its first look, when it is about to render anyway.
      if (this.renderedOn !== undefined) this.host.requestUpdate();
      this.renderedOn = today;
    }
    return onLondonDate(addCalendarDays(today, 1), MIDNIGHT) - now;
  }

  /** Its own clock, else the host's, in milliseconds. */
  private now(): number {
    return Date.parse((clocks.get(this.host) ?? hostNowText)());
  }

  private watch(): void {
    this.watched = true;
    watching.add(this);
    if (!listening) listen();
    wakeIn(this.lookAtTheDate());
  }

  private unwatch(): void {
    this.watched = false;
    this.renderedOn = undefined;
    watching.delete(this);
    if (watching.size > 0) return;
    // No element left to render: no timer left behind either (the next to arrive sets one).
    clearTimeout(timer);
    timer = undefined;
  }
}
