/**
 * The two things every cross-record check says of a record: whether a
 * reference it holds resolves (with the closest id when it does not), and
 * its id, as a problem names it. Read loosely, as the checks read the input.
 */
import type { ReferenceTarget, Report } from './problems.js';
import { unknownReference } from './closest-id.js';
import { ID_PATTERN } from './primitives.js';
import { textOf } from './targets.js';

type Loose = Record<string, unknown>;
type Path = (string | number)[];

/**
 * Reports `value`, the reference `field`, at the path `at` then `key` (the
 * field's name unless given) when it is an id that `known` does not hold.
 * The path is made only for a problem: most references resolve.
 */
export function resolves(
  value: unknown,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  target: ReferenceTarget,
  field: string,
  at: Path,
  report: Report,
  key: string | number = field,
): void {
  const id = textOf(value);
  // Text that cannot be an id (a space or a look-alike letter pasted in) has its own problem, which says so.
  if (id !== undefined && ID_PATTERN.test(id) && !known.has(id))
    report([...at, key], 'unknown-reference', unknownReference(id, target, field, known));
}

/** A record's id for a problem's values; '' when it has none that is text. */
export const idOf = (record: Loose): string => textOf(record.id) ?? '';
