/**
 * A seat's own checks: a voting seat names its partner, its holder, proxy
 * and partner resolve, its term ends after it starts, and its earlier
 * appointments (1.1) and standing (1.2) run forwards without overlap.
 */
import type { Report } from './problems.js';
import { dateOf, datedEntries } from './dated-lists.js';
import { isObject, type Targets } from './targets.js';
import { looseStandingOn, standingHistory } from './standing-checks.js';
import { idOf, resolves } from './record-references.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

export function checkSeat(seat: Loose, at: Path, t: Targets, report: Report): void {
  if (seat.voting === true && seat.partner === undefined) {
    report([...at, 'partner'], 'voting-seat-without-partner', { seat: idOf(seat) });
  }
  resolves(seat.partner, t.partners, 'partner', 'partner', at, report);
  resolves(seat.holder, t.people, 'person', 'holder', at, report);
  resolves(seat.proxy, t.people, 'person', 'proxy', at, report);
  const from = isObject(seat.term) ? dateOf(seat.term.from) : undefined;
  const to = isObject(seat.term) ? dateOf(seat.term.to) : undefined;
  if (from !== undefined && to !== undefined && to < from) {
    report([...at, 'term', 'to'], 'term-ends-before-start', { seat: idOf(seat), from, to });
  }
  checkPrevious(seat, at, t, report);
  checkPreviousStanding(seat, at, t, report);
}

/**
 * 1.2: a seat's earlier standing runs forwards, each entry ending after the one before (which of them stood on
 * a date is read in that order), names a partner that exists, and a seat voting then names its partner then.
 */
function checkPreviousStanding(seat: Loose, at: Path, t: Targets, report: Report): void {
  const history = standingHistory(seat);
  for (const { entry, path, to, misordered } of datedEntries(seat, 'previousStanding', at)) {
    resolves(entry.partner, t.partners, 'partner', 'partner', path, report);
    if (misordered) report([...path, 'to'], 'standing-out-of-order', { seat: idOf(seat), ...misordered });
    if (to === undefined) continue;
    const then = looseStandingOn(history, to);
    if (then.voting === true && then.partner === undefined) {
      report([...path, 'partner'], 'voting-seat-without-partner', { seat: idOf(seat), to });
    }
  }
}

/** 1.1: earlier appointments resolve, run forwards, do not overlap, and end before the current one begins. */
function checkPrevious(seat: Loose, at: Path, t: Targets, report: Report): void {
  let lastTo: string | undefined;
  for (const { entry, path, to, previousTo } of datedEntries(seat, 'previous', at, appointmentEnd)) {
    lastTo = to ?? previousTo;
    resolves(entry.holder, t.people, 'person', 'holder', path, report);
    resolves(entry.proxy, t.people, 'person', 'proxy', path, report);
    const from = dateOf(entry.from);
    if (from === undefined || to === undefined) continue;
    if (to < from) {
      report([...path, 'to'], 'appointment-ends-before-start', { seat: idOf(seat), from, to });
    } else if (previousTo !== undefined && from <= previousTo) {
      report([...path, 'from'], 'appointments-overlap', { seat: idOf(seat), from, previousTo });
    }
  }
  const term = isObject(seat.term) ? dateOf(seat.term.from) : undefined;
  if (lastTo !== undefined && term !== undefined && lastTo >= term) {
    report([...at, 'term', 'from'], 'term-overlaps-appointment', { seat: idOf(seat), from: term, previousTo: lastTo });
  }
}

/** An earlier appointment's `to`, only when its `from` is a date too: one missing a date does not set where the next must start. */
const appointmentEnd = (entry: Loose): string | undefined =>
  dateOf(entry.from) === undefined ? undefined : dateOf(entry.to);
