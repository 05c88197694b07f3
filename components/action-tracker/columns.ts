/**
 * The actions table's columns a host may leave out (`hide-columns`): in a
 * wide column the least needed can go, so the rest keep their room. The
 * action itself, the row's header, always stays.
 */
const ACTION_COLUMNS = ['owner', 'due', 'status', 'completed'] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];

/** The known column names in a space-separated list, once each; unknown names are ignored. */
export function hiddenColumns(list: string | undefined): ActionColumn[] {
  const named = new Set((list ?? '').toLowerCase().split(/\s+/));
  return ACTION_COLUMNS.filter((column) => named.has(column));
}
