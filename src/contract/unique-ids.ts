/**
 * Ids (or another key) that must be unique in their list: the records of the
 * document, a project's milestones, its reports' months. One reading for
 * references.ts and project-checks.ts.
 */
import { formatPath, type Report } from './problems.js';
import { textOf } from './targets.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

/** The first index of each id (or other key) in `records`, and a problem for every later one. */
export function firstOf(
  records: [number, Loose][],
  key: string,
  onRepeat: (index: number, value: string, first: number) => void,
): Map<string, number> {
  const first = new Map<string, number>();
  for (const [index, record] of records) {
    const value = textOf(record[key]);
    if (value === undefined) continue;
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else onRepeat(index, value, earlier);
  }
  return first;
}

/** Reports each record of `records`, the list at `at`, whose id an earlier one has (`duplicate-id`); returns the ids. */
export function checkUniqueIds(records: [number, Loose][], at: Path, report: Report): Map<string, number> {
  return firstOf(records, 'id', (index, id, first) =>
    report([...at, index, 'id'], 'duplicate-id', { id, first: formatPath([...at, first]) }),
  );
}
