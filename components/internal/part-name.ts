/**
 * The part of the partnership a view holds, named once for all its downloads (the tracker's calendar and CSV,
 * the risk register's CSV), so that the files of one view are named alike.
 */

/**
 * `parts`, those given, joined by a dash; undefined when none is, for the whole partnership. A dash, not a
 * comma, which iCalendar would escape in a calendar's name.
 *
 * @example
 * partName(['Schools Forum', undefined, 'Open']); // 'Schools Forum – Open'
 */
export function partName(parts: readonly (string | undefined)[]): string | undefined {
  const given = parts.filter((part): part is string => part !== undefined && part !== '');
  return given.length > 0 ? given.join(' – ') : undefined;
}
