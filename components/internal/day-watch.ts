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
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addCalendarDays } from '../../src/contract/calendar-dates.js';
import { onLondonDate } from '../../src/rules/london-time.js';
import { hostNow, hostToday } from '../../src/data/host-clock.js';

const watching = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** The UK date the watched elements last rendered on. */
let renderedOn: string | undefined;
let listening = false;
/** A moment whose London time of day is midnight: onLondonDate moves it to another date. */
const MIDNIGHT = Date.parse('2000-01-01T00:00:00Z');

/** Each watched element renders again when the UK date is not the one they rendered on; then the next midnight. */
function lookAtTheDate(): void {
  const today = hostToday();
  if (today !== renderedOn) {
    renderedOn = today;
    for (const host of watching) host.requestUpdate();
  }
  clearTimeout(timer);
  timer = undefined;
  if (watching.size === 0) return;
  // A second past midnight, so that the date has changed when the timer fires.
  const untilMidnight = onLondonDate(addCalendarDays(today, 1), MIDNIGHT) - hostNow();
  timer = setTimeout(lookAtTheDate, Math.max(untilMidnight, 0) + 1000);
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

  /** Before each render: its `today` may have come or gone since. Not off the page, where Lit may still render it. */
  hostUpdate(): void {
    if (!this.connected || this.follows() === this.watched) return;
    if (this.watched) this.unwatch();
    else this.watch();
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.watched) this.unwatch();
  }

  private watch(): void {
    this.watched = true;
    watching.add(this.host);
    renderedOn ??= hostToday();
    if (!listening) listen();
    if (timer === undefined) lookAtTheDate();
  }

  private unwatch(): void {
    this.watched = false;
    watching.delete(this.host);
    if (watching.size > 0) return;
    // No element left to render: no timer left behind either (the next to arrive sets one).
    clearTimeout(timer);
    timer = undefined;
    renderedOn = undefined;
  }
}
