// The host's clock. Every moment the host judges or records by is its own,
// never a client's: whether a vote reached it before `closes`, the `received`
// it stores with a vote or an attendance change, and so the arrival and
// departure times of a check-in. A demo set in the past runs on a demo clock
// (DEMO_NOW) that starts at a chosen moment and runs forward at real speed,
// so the demo keeps its dates without trusting anyone's device.

const UK_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A date-time with its offset (or Z), as the contract writes them. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const pad = (value, length = 2) => String(value).padStart(length, '0');

/**
 * An instant written in UK time with its offset, to the millisecond:
 * `2019-12-10T16:30:00.000+00:00`. UK time, because the partnerships are
 * English and the elements show a time as written (a check-in at 5pm in
 * summer reads 17:00, not 16:00).
 */
export function ukDateTime(ms) {
  const whole = Math.floor(ms / 1000) * 1000;
  const parts = Object.fromEntries(UK_PARTS.formatToParts(new Date(whole)).map((p) => [p.type, p.value]));
  const { year, month, day, hour, minute, second } = parts;
  const local = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const offset = Math.round((local - whole) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}.${pad(ms - whole, 3)}${zone}`;
}

/**
 * The host's clock: a function answering now as a UK date-time. Without
 * `demoNow` (or with "now") it is the real clock, and says so (`real: true`):
 * the live pages then give the elements no date, which they follow past
 * midnight; with a date-time, a demo
 * clock that reads `demoNow` when it is made and runs on from there, and
 * says so (`demo: true`): the demo's pages then give its date and time to the elements.
 * Throws when `demoNow` is not a date-time with its offset, saying how to write one.
 * @param {string | undefined} demoNow
 * @param {() => number} realNow
 * @returns {() => string}
 */
export function hostClock(demoNow, realNow = Date.now) {
  if (demoNow === undefined || demoNow === '' || demoNow === 'now')
    return Object.assign(() => ukDateTime(realNow()), { real: true });
  if (!DATE_TIME.test(demoNow) || Number.isNaN(Date.parse(demoNow))) {
    throw new Error(
      `DEMO_NOW must be a date and time with its offset, like 2019-12-10T16:30:00+00:00, or "now" for the real clock; it is '${demoNow}'.`,
    );
  }
  const shift = Date.parse(demoNow) - realNow();
  return Object.assign(() => ukDateTime(realNow() + shift), { demo: true });
}

/** The date part of a host clock's reading: today in the UK, YYYY-MM-DD. */
export const dateOf = (dateTime) => dateTime.slice(0, 10);

/**
 * The latest moment a host recorded in its store: each record's `received`, its clock's stamp (a vote's, a
 * check-in's arrival or departure, an action's change). Not the seed document's own times: a council's document
 * replayed at a past meeting (SEED_FILE with DEMO_NOW) records its later meetings too, which this host never timed.
 * @param {{ body: { received?: unknown } }[]} records the store's records, `store.since(0)`
 */
export function latestReceived(records) {
  let latest = -Infinity;
  for (const { body } of records) {
    const at = typeof body.received === 'string' ? Date.parse(body.received) : NaN;
    if (at > latest) latest = at;
  }
  return Number.isFinite(latest) ? ukDateTime(latest) : undefined;
}

/**
 * A demo clock that does not start before `latest`, the last moment its store recorded: restarted on a store it
 * filled before, a clock that began again at DEMO_NOW would time a check-out before the arrival it closes, list
 * the day's arrivals out of order and take votes on a proposal already past its close. The real clock is kept.
 * @param {() => string} clock
 * @param {string | undefined} latest
 */
export function notBefore(clock, latest, realNow = Date.now) {
  if (!clock.demo || latest === undefined || Date.parse(latest) <= Date.parse(clock())) return clock;
  return hostClock(latest, realNow);
}

/**
 * How long a demo host may stand stopped, its store silent, and still run on as though it had not stopped: a
 * restart within a meeting (a deploy, a crash). Longer than that (the demo started again the next day), it takes up
 * where its store left off (`notBefore`), so the demo's meeting is still on.
 */
export const RESUME_WITHIN_MS = 60 * 60_000;

/**
 * What a demo host keeps of its clock, beside its store, so that a restart can run on from it: the DEMO_NOW it was
 * asked for, how far its clock runs from the real one (ms), and when it started on it (`started`, its reading then):
 * the moment a restart measures its hour from while the store has recorded nothing since.
 * @param {string} demoNow
 * @param {() => string} clock
 */
export function keptClock(demoNow, clock, realNow = Date.now) {
  const started = clock();
  return { demoNow, shift: Date.parse(started) - realNow(), started };
}

/**
 * The last moment a demo host restarted on its store is known to have run: the store's latest record, or when it
 * last started, whichever is later. Kept clocks from before `started` was kept have DEMO_NOW.
 */
function lastRan(kept, latest) {
  const started = Date.parse(typeof kept?.started === 'string' ? kept.started : String(kept?.demoNow));
  return Math.max(Date.parse(latest ?? '') || -Infinity, started || -Infinity);
}

/**
 * The demo clock of a host restarted on its store. The vote pages left open run their clocks on from the moment
 * the host wrote into them, by real time; a host that began again at its latest record would run behind them by
 * the time it stood down and the quiet spell before (a member's vote cast more than five minutes in its future is
 * refused, a proposal closes on the pages before the host). So it runs on the clock it ran before (`kept`), when
 * that was for the same DEMO_NOW, reads no earlier than the store's latest record and at most RESUME_WITHIN_MS
 * past the last moment the host is known to have run (`lastRan`), whether or not it recorded anything; else as
 * `notBefore` says: at the store's latest record, or DEMO_NOW when there is none.
 * @param {() => string} clock the clock for DEMO_NOW, as `hostClock` made it
 * @param {{ demoNow?: unknown, shift?: unknown } | undefined} kept what `keptClock` gave before the restart
 * @param {string | undefined} demoNow
 * @param {string | undefined} latest the store's latest `received` (`latestReceived`)
 */
export function resumedClock(clock, kept, demoNow, latest, realNow = Date.now) {
  const ranOn = typeof kept?.shift === 'number' ? realNow() + kept.shift : NaN;
  // Not from the latest record alone: with none yet, a restart within the hour began again at DEMO_NOW.
  const since = ranOn - lastRan(kept, latest);
  if (!clock.demo || kept?.demoNow !== demoNow || !(since >= 0 && since <= RESUME_WITHIN_MS))
    return notBefore(clock, latest, realNow);
  return hostClock(ukDateTime(ranOn), realNow);
}

/**
 * The demo clock of a host starting on a store several host processes share (PostgreSQL, DATABASE_URL), with the
 * clock they keep in it (`kept`, as `keptClock` gave it). While any other host serves the store (`serving`), the
 * clock it runs on, whatever this host's DEMO_NOW: every process judges a vote's `received` against `closes` by one
 * clock, or one took a vote another had refused as too late. Else as a host restarted on its own store
 * (`resumedClock`). Answers the clock, and what to keep of it in the store: nothing when it is theirs, kept already.
 * @param {() => string} clock the clock for DEMO_NOW, as `hostClock` made it
 * @param {{ demoNow?: unknown, shift?: unknown } | undefined} kept
 * @param {string | undefined} demoNow
 * @param {string | undefined} latest the store's latest `received` (`latestReceived`)
 * @param {boolean} serving whether another host serves the store now
 */
export function sharedClock(clock, kept, demoNow, latest, serving, realNow = Date.now) {
  if (serving && Number.isFinite(kept?.shift)) return { clock: hostClock(ukDateTime(realNow() + kept.shift), realNow) };
  const resumed = resumedClock(clock, kept, demoNow, latest, realNow);
  return { clock: resumed, keep: keptClock(demoNow, resumed, realNow) };
}
