/**
 * A group's checks: it reports to another group, not itself; its seats (each
 * by seat-checks.ts) have unique ids and one chair where the chair breaks
 * ties; and each quorum requirement, its own and its earlier rules' (1.2),
 * picks seats that existed while it was in force, no fewer than its minimum.
 */
import { quotable, type Report } from './problems.js';
import { datedEntries } from './dated-lists.js';
import { isObject, looseRecords, textOf, type Targets } from './targets.js';
import { checkUniqueIds } from './unique-ids.js';
import { selects } from './seat-selectors.js';
import { changeDates, checkChairs, looseStandingOn, standingHistory, type LooseHistory } from './standing-checks.js';
import { idOf, resolves } from './record-references.js';
import { checkSeat } from './seat-checks.js';
import { isId } from './primitives.js';
import { seatRoles } from './vocabulary.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

export function checkGroup(group: Loose, at: Path, t: Targets, report: Report): void {
  resolves(group.reportsTo, t.groups, 'group', 'reportsTo', at, report);
  if (group.reportsTo !== undefined && group.reportsTo === group.id) {
    report([...at, 'reportsTo'], 'reports-to-itself', { group: String(group.id) });
  }
  const seats = looseRecords(group, 'seats');
  checkUniqueIds(seats, [...at, 'seats'], report);
  for (const [s, seat] of seats) checkSeat(seat, [...at, 'seats', s], t, report);
  const histories = seats.map(([, seat]) => standingHistory(seat));
  checkChairs(group, histories, at, report);
  checkQuorum(group, histories, [null], at, t, report);
  checkPreviousRules(group, histories, at, t, report);
}

/**
 * The requirements of `rules` (the group, or one of its earlier rules) at `at`: each picks seats that exist,
 * as they stood on one of `dates` (null: today), the days the rules were in force on which a seat changed.
 */
function checkQuorum(
  rules: Loose,
  seats: LooseHistory[],
  dates: (string | null)[],
  at: Path,
  t: Targets,
  report: Report,
): void {
  for (const [r, requirement] of looseRecords(rules, 'quorum')) {
    const selector = requirement.seats ?? {};
    if (!isObject(selector)) continue;
    const where = [...at, 'quorum', r, 'seats'];
    checkSelected(requirement, selector, seats, dates, where, t, report);
    if (!Array.isArray(selector.partner)) resolves(selector.partner, t.partners, 'partner', 'partner', where, report);
    else {
      const list = [...where, 'partner'];
      selector.partner.forEach((partner, i) => resolves(partner, t.partners, 'partner', 'partner', list, report, i));
    }
  }
}

/** A requirement at `where` (its `seats`) picks at least one seat, and no fewer than its `min`, on one of `dates`. */
function checkSelected(
  requirement: Loose,
  selector: Loose,
  seats: LooseHistory[],
  dates: (string | null)[],
  where: Path,
  t: Targets,
  report: Report,
): void {
  // A field mistyped, or a partner unknown, is told at that field; counted as written, the requirement would pick
  // no seat and the one mistake be told twice.
  if (!selectorReadable(selector, t)) return;
  const label = quotable(textOf(requirement.label) ?? '');
  // A group with no seats yet (one being set up) has nothing to pick from; its quorum is for later.
  const picked = (date: string | null) => seats.filter((seat) => selects(selector, looseStandingOn(seat, date)));
  // The most it picked on any of those days: a spread of thousands of dates would overflow the stack.
  const selected = dates.reduce((most, date) => Math.max(most, picked(date).length), 0);
  if (seats.length > 0 && selected === 0) report(where, 'quorum-selects-no-seat', { requirement: label });
  if (selected > 0 && typeof requirement.min === 'number' && requirement.min > selected) {
    // No meeting could ever be quorate: a typo (20 for 2), or seats still to be added to the document.
    const min = [...where.slice(0, -1), 'min'];
    report(min, 'quorum-more-than-seats', { requirement: label, min: requirement.min, seats: selected });
  }
}

/** Whether each field of a selector is as the schema takes it, and each partner it names exists. */
function selectorReadable(selector: Loose, t: Targets): boolean {
  const { tag, partner, role, voting } = selector;
  const partners = partner === undefined ? [] : [partner].flat();
  return (
    (tag === undefined || (typeof tag === 'string' && tag.trim() !== '')) &&
    (role === undefined || (seatRoles as readonly unknown[]).includes(role)) &&
    (voting === undefined || typeof voting === 'boolean') &&
    partners.every((id) => isId(id) && t.partners.has(id))
  );
}

/**
 * 1.2: a group's earlier rules run forwards, each ending after the one before (which of them was in force on
 * a date is read in that order), and say what the group's own rules would have to: a quorum of seats that
 * existed while it was in force (`checkChairs` asks for one chair for a casting vote).
 */
function checkPreviousRules(group: Loose, seats: LooseHistory[], at: Path, t: Targets, report: Report): void {
  const changes = changeDates(seats);
  for (const { entry, path, to, previousTo, misordered } of datedEntries(group, 'previousRules', at)) {
    const inForce = changes.filter(
      (date) => to !== undefined && date < to && (previousTo === undefined || date > previousTo),
    );
    checkQuorum(entry, seats, [to ?? null, ...inForce], path, t, report);
    if (misordered) report([...path, 'to'], 'rules-out-of-order', { group: idOf(group), ...misordered });
  }
}
