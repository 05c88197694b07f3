/**
 * Whether an element's `today` fixes its date, or is only the date of the page it is on.
 *
 * `today` set to another day than the real one is a page set on that day: a demo replaying a past meeting, a
 * rehearsal, a report as of a date. The element shows that day whatever the clock says, and a vote panel dates
 * the votes it casts on it. A `today` that was the date when it was given, or the date the page was opened on when
 * written into it as it opened (a portal writing its own date into the page, as the reference host once did), is
 * no such choice: kept past midnight, it
 * dated a vote cast at 00:01 on the day before, counted for a member whose term had ended that day, and a
 * completion on the day before. Such a `today` is the page's date, and the element follows the date on from it
 * by its clock, as it does with no `today`.
 */
import { isCalendarDate } from '../../src/contract/index.js';
import { londonDate } from '../../src/rules/london-time.js';
import { hostNow } from '../../src/data/host-clock.js';

/**
 * How long after the page was opened a `today` equal to its opening date is still taken for one written into the
 * page as it was made. Later, that date is a choice (a "statuses as at" picker set to yesterday after midnight).
 */
const PAGE_OPENING_MS = 60_000;

/**
 * The date in the UK when this page was opened, by the host's clock as this device knows it, while the page is
 * still opening: a page written at 23:59:50, whose kit arrived after midnight, still took the day it was written on
 * for its own. Undefined once the page has been open a minute.
 */
function openingPageDate(): string | undefined {
  const opened = globalThis.performance?.timeOrigin;
  if (!opened || performance.now() > PAGE_OPENING_MS) return undefined;
  return londonDate(new Date(opened + hostNow() - Date.now()).toISOString());
}

/** An element's `today`, judged once each time it is given. */
export class GivenDay {
  private judged?: { today: string; fixed: boolean };

  /**
   * `today` when it fixes the element's date: a real date, and neither the date of the element's clock
   * (`clockDate`) when it was given nor, given while the page opens, the date the page was opened on. Otherwise
   * undefined: the element follows its clock's date.
   */
  fixed(today: string | undefined, clockDate: () => string): string | undefined {
    if (!today || !isCalendarDate(today)) return undefined;
    if (this.judged?.today !== today) {
      const pageDate = today === clockDate() || today === openingPageDate();
      this.judged = { today, fixed: !pageDate };
    }
    return this.judged.fixed ? today : undefined;
  }
}
