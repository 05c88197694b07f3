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

/** Renders its host again when the date in the UK changes. */
export class DayWatch implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    watching.add(this.host);
    renderedOn ??= hostToday();
    if (!listening) listen();
    if (timer === undefined) lookAtTheDate();
  }

  hostDisconnected(): void {
    watching.delete(this.host);
    if (watching.size > 0) return;
    // No element left to render: no timer left behind either (the next to arrive sets one).
    clearTimeout(timer);
    timer = undefined;
    renderedOn = undefined;
  }
}
