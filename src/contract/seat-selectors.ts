/**
 * Which seats a quorum requirement's `seats` selector picks. The contract
 * checks with it that every requirement picks a seat; the rules count
 * presence with it (`seatsSelected`). It reads records as written, before
 * their defaults, so a seat without a `role` is a member here too; both pass
 * it a seat as it stood on the day in question (contract 1.2,
 * `previousStanding`), so a seat is picked by the tags, partner, role and
 * voting of that day.
 */

/** The fields a selector picks by, each as written (checked for shape elsewhere). */
export interface SelectorFields {
  tag?: unknown;
  partner?: unknown;
  role?: unknown;
  voting?: unknown;
}

/** The fields of a seat a selector reads, each as written. */
export interface SelectedFields {
  tags?: unknown;
  partner?: unknown;
  role?: unknown;
  voting?: unknown;
}

/** Whether `selector` picks `seat`: every key given must match, and an empty selector picks every seat. */
export function selects(selector: SelectorFields, seat: SelectedFields): boolean {
  const partners: unknown[] | undefined = selector.partner === undefined ? undefined : [selector.partner].flat();
  return (
    (selector.tag === undefined || (Array.isArray(seat.tags) && seat.tags.includes(selector.tag))) &&
    (partners === undefined || (seat.partner !== undefined && partners.includes(seat.partner))) &&
    (selector.role === undefined || (seat.role ?? 'member') === selector.role) &&
    (selector.voting === undefined || seat.voting === selector.voting)
  );
}
