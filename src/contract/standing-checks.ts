/**
 * The document checks that read a seat's standing on a date (contract 1.2,
 * `previousStanding`) from the raw input: a casting vote needs one chair on
 * every date it was the group's tie-break, and an earlier quorum picks seats
 * as they stood while it was in force. Read loosely, like the other checks: an
 * entry with a problem of its own (no date) is left out here.
 */
import { valueOn } from './dated-values.js';
import { isCalendarDate } from './primitives.js';
import type { Report } from './problems.js';
import { looseRecords } from './targets.js';
import type { SelectedFields } from './seat-selectors.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];
type Dated = { to: string } & Loose;

/** A record's current fields and its dated earlier entries (those with a date), oldest first. */
export interface LooseHistory {
  now: Loose;
  earlier: Dated[];
}

/** The earlier entries under `key` with a real date, with their indices. */
export function datedEntries(record: Loose, key: string): [number, Dated][] {
  return looseRecords(record, key).filter((pair): pair is [number, Dated] => {
    const to = pair[1].to;
    return typeof to === 'string' && isCalendarDate(to);
  });
}

/** A seat's standing history, as written. */
export function standingHistory(seat: Loose): LooseHistory {
  return { now: seat, earlier: datedEntries(seat, 'previousStanding').map(([, entry]) => entry) };
}

/** The seat's fields a selector reads, as they stood on `date` (now for null). */
export function looseStandingOn({ now, earlier }: LooseHistory, date: string | null): SelectedFields {
  // Most seats never change: read as written, with no copy for each seat of each requirement.
  if (date === null || !earlier.some((entry) => entry.to >= date)) return now;
  const on = (field: string): unknown => valueOn<string, unknown>(now, earlier, field, date);
  return { tags: on('tags'), partner: on('partner'), role: on('role'), voting: on('voting') };
}

/** Every date on which one of `histories` changed, oldest first, without repeats. */
export function changeDates(histories: readonly LooseHistory[]): string[] {
  return [...new Set(histories.flatMap((history) => history.earlier.map((entry) => entry.to)))].sort();
}

/**
 * A chair's casting vote needs one chair: with two, the first in the list would decide; with none, no one.
 * Checked today and on the last day of each change to the group's rules or a seat's standing (what stood
 * then stood until that day), reported once at the tie-break then in force: the group's own, or an earlier one.
 */
export function checkChairs(group: Loose, histories: readonly LooseHistory[], at: Path, report: Report): void {
  if (histories.length === 0) return;
  const rules = datedEntries(group, 'previousRules');
  const history = { now: group, earlier: rules.map(([, entry]) => entry) };
  const dates = [...new Set([...changeDates([history]), ...changeDates(histories)])].sort();
  const reported = new Set<string>();
  for (const date of [null, ...dates]) {
    if (valueOn<string, unknown>(group, history.earlier, 'tieBreak', date) !== 'chair') continue;
    const chairs = histories.filter((seat) => looseStandingOn(seat, date).role === 'chair').length;
    const source = date === null ? undefined : rules.find(([, e]) => e.to >= date && e.tieBreak !== undefined);
    const path = source ? [...at, 'previousRules', source[0], 'tieBreak'] : [...at, 'tieBreak'];
    const key = path.join('.');
    if (chairs === 1 || reported.has(key)) continue;
    reported.add(key);
    const id = typeof group.id === 'string' ? group.id : '';
    report(path, 'chair-tie-break-chairs', date === null ? { group: id, chairs } : { group: id, chairs, date });
  }
}
