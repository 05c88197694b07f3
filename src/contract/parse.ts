/**
 * `parseDocument`: the one way into the kit. It never throws: whatever it is
 * given, it returns either a document that keeps every contract rule, or every
 * problem at once, each with its JSON path.
 */
import * as z from 'zod/mini';
import { CONTRACT_VERSION, documentSchema, type PartnershipDocument } from './schema.js';
import { problem, problemsFromIssues, summarise, type Problem } from './problems.js';
import { checkReferences } from './references.js';
import { isObject, LIST_KEYS } from './targets.js';
import { readJsonText, type JsonSyntaxError } from './json-text.js';
import { isId } from './primitives.js';

/**
 * A document that keeps the contract, or its problems: the first
 * `MAX_PROBLEMS` of them, and `total`, how many there are in all.
 */
export type ParseResult =
  { ok: true; document: PartnershipDocument } | { ok: false; problems: Problem[]; total: number };

/** More problems than this are counted in `total` but not listed: nobody reads the thousandth. */
export const MAX_PROBLEMS = 100;
/** Records in one array; far beyond any partnership, and it keeps a hostile document cheap to refuse. */
export const MAX_RECORDS = 100_000;

export { LIST_KEYS };

/**
 * Checks a partnership document against contract v1 and fills in its defaults.
 * `input` is the parsed JSON, or JSON text.
 *
 * @example
 * const result = parseDocument(await (await fetch('/data/sutton.json')).json());
 * if (result.ok) render(result.document);
 * else for (const p of result.problems) console.log(p.path, p.code, p.values);
 */
export function parseDocument(input: unknown): ParseResult {
  try {
    return parseUnsafe(typeof input === 'string' ? parseJsonText(input) : input);
  } catch (error) {
    return fail([problem('', 'not-checked', { reason: reasonOf(error) })]);
  }
}

class NotJson {
  constructor(
    readonly reason: string,
    readonly syntax?: JsonSyntaxError,
  ) {}
}

function parseJsonText(text: string): unknown {
  const read = readJsonText(text);
  return read.ok ? read.value : new NotJson(read.reason, read.syntax);
}

/**
 * `parseDocument` in two steps with `between()` awaited between them: the fields' shapes (zod), then the checks
 * across records (references, unique ids). The same result as `parseDocument`, never a document only half
 * checked; a page awaits a task between them, so that a phone's main thread is not held for both at once.
 */
export async function parseDocumentInSteps(input: unknown, between: () => Promise<void>): Promise<ParseResult> {
  try {
    const shaped = readShapes(typeof input === 'string' ? parseJsonText(input) : input);
    if ('ok' in shaped) return shaped;
    await between();
    return withReferences(shaped);
  } catch (error) {
    return fail([problem('', 'not-checked', { reason: reasonOf(error) })]);
  }
}

function parseUnsafe(input: unknown): ParseResult {
  const shaped = readShapes(input);
  return 'ok' in shaped ? shaped : withReferences(shaped);
}

/** A document whose fields' shapes have been read: what zod made of it (none when they broke), the problems found. */
interface ShapesRead {
  input: unknown;
  document: PartnershipDocument | undefined;
  problems: Problem[];
}

/** The first step: the cheap checks, then every field's shape; a result at once when the cheap checks fail. */
function readShapes(input: unknown): ParseResult | ShapesRead {
  const shapeProblem = checkShape(input);
  if (shapeProblem) return fail([shapeProblem]);
  const schema = documentSchema();
  const parsed = z.safeParse(schema, input, { reportInput: true });
  const problems = parsed.success ? [] : problemsFromIssues(parsed.error.issues, input, schema);
  return { input, document: parsed.success ? parsed.data : undefined, problems };
}

/** The second step: the checks across records, then the result. */
function withReferences({ input, document, problems }: ShapesRead): ParseResult {
  problems.push(...checkReferences(input));
  if (problems.length > 0 || !document) return fail(problems, input);
  return { ok: true, document };
}

/** The cheap checks that must pass before the document is read field by field. */
function checkShape(input: unknown): Problem | undefined {
  if (input instanceof NotJson) {
    const { reason, syntax } = input;
    return problem('', 'not-json', syntax ? { reason, syntax } : { reason });
  }
  if (!isObject(input)) return problem('', 'not-an-object', { value: summarise(input), contract: CONTRACT_VERSION });
  // `element.data = response.json()`, the await forgotten: say so, not that every field is missing.
  if (typeof input.then === 'function') {
    return problem('', 'not-an-object', { value: { type: 'promise' }, contract: CONTRACT_VERSION });
  }
  const version = input.contract;
  if (typeof version === 'string' && isOtherMajor(version)) {
    return problem('contract', 'other-contract', { found: version, expected: CONTRACT_VERSION });
  }
  for (const key of LIST_KEYS) {
    const list = input[key];
    if (Array.isArray(list) && list.length > MAX_RECORDS) {
      return problem(key, 'too-many-records', { count: list.length, maximum: MAX_RECORDS });
    }
  }
  return undefined;
}

/** `partnership-kit/<major>` or `partnership-kit/<major>.<minor>…`: the major version a `contract` value names. */
const VERSION_PATTERN = /^partnership-kit\/(\d+)(?:\.\d+)*$/;

/**
 * Whether `version` names another major version of the contract, which only another kit reads. A minor
 * version of this one (`partnership-kit/1.1`: contract 1 with the 1.1 additions, which this kit reads) is not:
 * the contract's value is the major version alone, and the schema's enum says so.
 */
function isOtherMajor(version: string): boolean {
  const major = VERSION_PATTERN.exec(version)?.[1];
  return major !== undefined && Number(major) !== Number(VERSION_PATTERN.exec(CONTRACT_VERSION)?.[1]);
}

/** An exception as text, which never throws itself. @internal */
export function reasonOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown';
  }
}

/** `problem` with the id of the listed record its path is inside, when it has one that is an id. */
function withRecord(problem: Problem, input: unknown): Problem {
  let value = input;
  let record: string | undefined;
  for (const [, field, index] of problem.path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (!isObject(value) && !Array.isArray(value)) break;
    value =
      index === undefined ? (value as Record<string, unknown>)[field as string] : (value as unknown[])[Number(index)];
    // Only an id: a record's id that is not one (300 characters, a space, JSON pasted in) has its own problem.
    if (index !== undefined && isObject(value) && isId(value.id)) record = value.id;
  }
  return record === undefined ? problem : { ...problem, record };
}

function fail(problems: Problem[], input?: unknown): ParseResult {
  const shown = problems.slice(0, MAX_PROBLEMS);
  return {
    ok: false,
    problems: input === undefined ? shown : shown.map((p) => withRecord(p, input)),
    total: problems.length,
  };
}
