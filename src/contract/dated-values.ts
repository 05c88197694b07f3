/**
 * Contract 1.2: a record that keeps its earlier values, dated, oldest first, each entry in force up to and
 * including its `to` and giving only what changed at its end. A group's rules (`previousRules`) and a seat's
 * standing (`previousStanding`) are both read this way, so a rule judges an act by the values of its date.
 */

/**
 * The value of `field` on `date` (YYYY-MM-DD, in London), or as it stands now for null: the value of the first
 * earlier entry running to `date` or later that gives the field, else the record's own. An entry says only
 * what changed at its end, so a field it leaves out was as the next entry, or the record, has it.
 *
 * @example
 * valueOn(seat, seat.previousStanding, 'voting', '2019-06-01'); // false: the seat gained its vote later
 */
export function valueOn<K extends string, V>(
  current: { readonly [F in K]: V },
  earlier: readonly ({ readonly to: string } & { readonly [F in K]?: V })[],
  field: K,
  date: string | null,
): V {
  if (date === null) return current[field];
  for (const entry of earlier) {
    const value = entry[field];
    if (entry.to >= date && value !== undefined) return value;
  }
  return current[field];
}
