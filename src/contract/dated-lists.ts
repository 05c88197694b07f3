/**
 * The dated lists a record keeps of its past (a seat's earlier appointments and standing, a group's earlier
 * rules): each entry ends on its `to`, and the list runs forwards, since which entry held on a date is read
 * in that order.
 */
import { isCalendarDate } from './primitives.js';
import { looseRecords } from './targets.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

/** A real calendar date, else undefined: dates are compared only once they are dates (the shape check says the rest). */
export const dateOf = (value: unknown): string | undefined =>
  typeof value === 'string' && isCalendarDate(value) ? value : undefined;

/** An entry of a dated list that must run forwards, with the dates it is ordered by. */
export interface DatedEntry {
  entry: Loose;
  path: Path;
  /** The day it ended, when that is a calendar date. */
  to: string | undefined;
  /** The latest such day of the entries before it. */
  previousTo: string | undefined;
  /** Its `to` and `previousTo` when it does not end after the entry before: the list is out of order there. */
  misordered: { to: string; previousTo: string } | undefined;
}

/**
 * Each entry of `record`'s dated list `list` (earlier appointments, rules or standing, which run forwards:
 * which one held on a date is read in that order), with its path from `at` and the days it is ordered by.
 * `endOf` reads the day an entry ended; an entry without one is passed over in the order.
 */
export function* datedEntries(
  record: Loose,
  list: string,
  at: Path,
  endOf = (entry: Loose) => dateOf(entry.to),
): Generator<DatedEntry> {
  let previousTo: string | undefined;
  for (const [i, entry] of looseRecords(record, list)) {
    const to = endOf(entry);
    const misordered =
      to !== undefined && previousTo !== undefined && to <= previousTo ? { to, previousTo } : undefined;
    yield { entry, path: [...at, list, i], to, previousTo, misordered };
    previousTo = to ?? previousTo;
  }
}
