// The live vote page on a demo clock (DEMO_NOW): the host writes its moment into
// the elements' `now`, and they run on from when the page loaded. A copy of the
// page the service worker kept, reloaded later with no connection, would start
// again from the moment written into it: twenty minutes on, its clock would run
// twenty minutes behind, and a proposal that closed would still look open. So
// the page's clock is the moment written plus the time since the host wrote it,
// read on the host's clock as this device last heard it (the kit's hostNow: the
// device's clock, corrected by the host's last known `Date` where it is behind,
// or more than a minute ahead). A page fresh from the host keeps the moment written.
import { hostNow } from '/dist/partnership-kit.js';

const clock = document.getElementById('demo-clock');
const written = Date.parse(clock?.dataset.written ?? '');
const moment = Date.parse(clock?.dataset.now ?? '');

/** A moment as the date in the UK, YYYY-MM-DD, for the elements' `today`. */
const ukDate = (ms) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));

/** Where this device keeps the moment of the last copy of the page it opened. */
const SEEN = 'partnership-demo-clock-written';

/**
 * Whether this copy of the page was opened before: the host writes every page afresh, with the moment to the
 * millisecond, so a page whose moment this device has seen is a kept copy opened again. A page fresh from the
 * host keeps the moment written: the device's clock may be off by more than the host's offset it knows yet.
 */
function openedBefore(mark) {
  try {
    if (localStorage.getItem(SEEN) === mark) return true;
    localStorage.setItem(SEEN, mark);
  } catch {
    // Storage the page may not use: every copy is taken as fresh, as before.
  }
  return false;
}

if (Number.isFinite(written) && Number.isFinite(moment) && openedBefore(clock.dataset.written)) {
  // Never before the moment written: a device clock put back since would take the page back in time.
  const now = moment + Math.max(0, hostNow() - written);
  for (const element of document.querySelectorAll('[now]')) element.setAttribute('now', new Date(now).toISOString());
  for (const element of document.querySelectorAll('[today]')) element.setAttribute('today', ukDate(now));
}
