/**
 * The id a mistyped reference most likely meant, to say "did you mean …?" to
 * the person editing the file: a known id at most two edits away (a letter
 * wrong, left out, added, or two swapped; one edit for a short id, none for a
 * very short one) or differing only in capitals, and the only one that close. Where two are as close, or
 * none is, it says nothing rather than point at the wrong record.
 */
import type { ProblemValues, ReferenceTarget } from './problems.js';

type Ids = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/**
 * Edits allowed for an id of `length` characters: none under five, where one letter turns one real id into
 * another ('elg' and 'eog' are both Sutton's groups); one up to eight; two beyond.
 */
const allowed = (length: number) => (length < 5 ? -1 : length <= 8 ? 1 : 2);

export function closestId(id: string, known: Ids): string | undefined {
  const sameLetters = sameButCase(id, known);
  if (sameLetters !== undefined) return sameLetters;
  const limit = allowed(id.length);
  if (limit < 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let ties = 0;
  for (const candidate of known.keys()) {
    const distance = editDistance(id, candidate, limit);
    if (distance < bestDistance) [best, bestDistance, ties] = [candidate, distance, 0];
    else if (distance === bestDistance) ties += 1;
  }
  return best !== undefined && ties === 0 ? best : undefined;
}

/**
 * The only known id spelt as `id` but for capitals ('ELG' for 'elg'), at any length: a case slip is no other
 * id's spelling, as a letter wrong in a short id may be. Two such ('Elg' and 'elg') are ambiguous: none.
 */
function sameButCase(id: string, known: Ids): string | undefined {
  const lower = id.toLowerCase();
  const found = [...known.keys()].filter((candidate) => candidate !== id && candidate.toLowerCase() === lower);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The edits (insert, delete, replace, swap two neighbours) from `a` to `b`, or
 * `limit + 1` once it is sure to be more than `limit`: a document's thousands
 * of ids are each given up on in a few steps.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, before[j - 2]! + 1);
      row.push(cell);
      smallest = Math.min(smallest, cell);
    }
    if (smallest > limit) return limit + 1;
    [before, previous] = [previous, row];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** The values of an `unknown-reference` problem for `id`, not among `known`: with the id it most likely meant. */
export function unknownReference(
  id: string,
  target: ReferenceTarget,
  field: string,
  known: Ids,
): ProblemValues['unknown-reference'] {
  const meant = closestId(id, known);
  return meant === undefined ? { id, target, field } : { id, target, field, meant };
}
