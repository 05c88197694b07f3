/**
 * The partnership document as the host starts on it: read from its file and checked before anything else is
 * opened, so a document that fails leaves nothing behind (no database file created for it), and the operator
 * reads which file, each problem's JSON path and what to correct, in a few lines rather than a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDocument, type PartnershipDocument, type Problem } from '../contract/index.js';
import { listed } from './stored-problems.js';

/** Node's reasons for a file it cannot read, in words: its own ("EISDIR: illegal operation…") may not name the path. */
const UNREAD: Record<string, string> = {
  ENOENT: 'there is no file there',
  EISDIR: 'it is a folder',
  EACCES: 'this user may not read it',
  EPERM: 'this user may not read it',
};

/**
 * The host's refusal to start on its document. The message is the whole of it, for a person: which document
 * (`file`, where the host read one), then each problem at its JSON path with what to correct. The call stack
 * points inside the kit and helps nobody, so it is left out: a start that fails prints the message alone.
 */
export class DocumentRefused extends Error {
  override name = 'DocumentRefused';
  /** The file the document was read from, as given; undefined when the host was given the document itself. */
  readonly file: string | undefined;
  /** The contract's problems, at most `MAX_PROBLEMS` of them; empty when the file could not be read. */
  readonly problems: readonly Problem[];
  /** Why the file could not be read, in words ("there is no file there"); undefined when it was read. */
  readonly unread: string | undefined;

  constructor(message: string, details: { file?: string; problems?: Problem[]; unread?: string }) {
    super(message);
    this.file = details.file;
    this.problems = details.problems ?? [];
    this.unread = details.unread;
    // Not enumerable: Node prints an uncaught error's own fields after it, which would repeat every problem.
    for (const key of ['file', 'problems', 'unread'] as const) {
      Object.defineProperty(this, key, { enumerable: false, value: this[key] });
    }
    this.stack = `${this.name}: ${message}`;
  }
}

/**
 * The refusal of a document that breaks the contract. A JSON syntax error's place is the file's own line and
 * column, `file:2:8`, which editors and terminals open at the mistake. Without a file (the document given to
 * `createPartnershipServer` itself) the refusal says so, so that the operator looks where it was made.
 */
export function brokenDocument(problems: Problem[], total: number, file?: string): DocumentRefused {
  const inFile = (problem: Problem) =>
    file !== undefined && problem.code === 'not-json' && problem.values.syntax
      ? `${file}:${problem.values.syntax.line}:${problem.values.syntax.column}`
      : undefined;
  const { count, lines } = listed(problems, total, inFile);
  const which =
    file === undefined
      ? 'The partnership document given to createPartnershipServer'
      : `The partnership document ${file}`;
  return new DocumentRefused(`${which} breaks the contract (${count}). Correct it:\n${lines}`, { file, problems });
}

/**
 * The refusal of a document file the host cannot read: which file, why in words with Node's code, and where a
 * relative path leads. Node's error is not its `cause`: Node prints an uncaught error's cause whole, stack and all.
 */
function unreadDocument(file: string, error: unknown): DocumentRefused {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const worded = code ? UNREAD[code] : undefined;
  // Node's own words ("EMFILE: too many open files, open '…'") already start with the code.
  const unread = worded ?? (error instanceof Error ? error.message : String(error));
  const why = worded ? ` (${code}): ${worded}` : `: ${unread}`;
  const where = resolve(file) === file ? '' : ` (from ${process.cwd()}, ${resolve(file)})`;
  return new DocumentRefused(
    `The partnership document ${file} could not be read${why}${where}. Give the path of the partnership's JSON file.`,
    { file, unread },
  );
}

/**
 * Reads the partnership's document from its JSON file and checks it against the contract; throws
 * `DocumentRefused`, naming the file, when it cannot be read or breaks the contract. Read it before the store
 * is opened (`document` before `store` in the options), so a document that fails creates no database file.
 *
 * @example
 * const api = await createPartnershipServer({
 *   document: await readPartnershipDocument('data/sutton.json'),
 *   store: await sqliteStore({ file: 'data/sutton.db' }),
 *   authenticate: (request) => portal.personOf(request),
 * });
 */
export async function readPartnershipDocument(file: string): Promise<PartnershipDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw unreadDocument(file, error);
  }
  const parsed = parseDocument(text);
  if (!parsed.ok) throw brokenDocument(parsed.problems, parsed.total, file);
  return parsed.document;
}
