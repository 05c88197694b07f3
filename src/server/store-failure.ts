/**
 * A store's failure as one line of the log: what failed, the error's code and message, and what to do. pg's
 * error printed whole is thirty lines of its internals (a stack through pg-pool, `errno`, `syscall`,
 * `severity`, `routine`…), and the line that says what happened was the one an operator had to find in them.
 * A failure with no code of its own (a fault in code, a `TypeError`) is not a store's: it is printed with
 * its stack, which is where it is put right.
 */

/** What to do, by Node's system error code: the network, the disk. */
const SYSTEM_ADVICE: Readonly<Record<string, (at: string) => string>> = {
  ECONNREFUSED: (at) => `nothing answers at ${at}: check that the database is running and listening there`,
  ECONNRESET: (at) => `the connection to ${at} was cut: it is tried again; if it repeats, read the database's log`,
  ETIMEDOUT: (at) => `${at} did not answer in time: check that a firewall lets this machine reach it`,
  EHOSTUNREACH: (at) => `${at} cannot be reached from this machine: check the network between them`,
  ENETUNREACH: (at) => `${at} cannot be reached from this machine: check the network between them`,
  ENOTFOUND: (at) => `the host name ${at} is not found: check the host in the connection string`,
  EAI_AGAIN: (at) => `the host name ${at} could not be looked up just now: check this machine's DNS`,
  ENOSPC: () => 'the disk is full: free space on it',
};

/** What to do, by a PostgreSQL error's SQLSTATE: exact codes first, then their class (the first two characters). */
const POSTGRES_ADVICE: Readonly<Record<string, string>> = {
  '57P01': 'PostgreSQL is shutting down or restarting: it is tried again; if it repeats, check that it is running',
  '57P02': 'PostgreSQL is restarting after a crash: it is tried again; read its log for why',
  '57P03': 'PostgreSQL is starting or recovering: it is tried again',
  '55P03':
    "a decision waited too long for the store's write lock: it is sent again; if it repeats, look in pg_stat_activity for a transaction left open",
  '53300': "PostgreSQL has no connection left: raise its max_connections, or lower the hosts' pool size",
  '53100': "PostgreSQL's disk is full: free space on it",
  '25006': 'the connection string names a read-only server (a standby): point it at the primary',
  '3D000': 'the database does not exist: correct its name in the connection string',
  '42501': "the host's role may not use the store's tables: grant it their privileges",
  '28': 'check the user and password in the connection string, and pg_hba.conf',
  '08': 'the connection to PostgreSQL failed: check the network between this machine and it',
  '53': 'PostgreSQL is out of a resource (memory, disk, connections): read its log',
};

/** What to do, by SQLite's code (better-sqlite3's `code`). */
const SQLITE_ADVICE: Readonly<Record<string, string>> = {
  SQLITE_FULL: "the disk holding the store's file is full: free space on it",
  SQLITE_BUSY: 'another process held the store file locked for too long: find it, and stop it or let it finish',
  SQLITE_READONLY: "this user may not write the store's file, or its folder: correct their permissions",
  SQLITE_CORRUPT: "the store's file is damaged: stop the host and restore the file from its backup",
  SQLITE_IOERR: "reading or writing the store's file failed: check the disk it is on",
  SQLITE_CANTOPEN: "the store's file cannot be opened: check that it and its folder are still there",
};

/** pg's own failures carry no code: only its words tell a lost connection or a full pool. */
const POSTGRES_CLIENT_ADVICE: readonly (readonly [RegExp, string])[] = [
  [/^Connection terminated/, 'the connection to PostgreSQL was lost: it is tried again; if it repeats, read its log'],
  [
    /timeout exceeded when trying to connect/,
    'no connection to PostgreSQL came in time: it is overloaded, or every pooled connection is busy',
  ],
  // This process's own queue for the write lock (decisions-in-turn.ts), which gave up as pg's pool would.
  [
    /^The PostgreSQL store is busy/,
    'decisions came faster than the store took them: if it repeats, look in pg_stat_activity for a slow or open transaction',
  ],
];

type Failure = Error & { code?: unknown; address?: unknown; port?: unknown; hostname?: unknown; errors?: unknown };

/** A password in a URL (`postgres://user:secret@host`) stays out of the log. */
const withoutPassword = (text: string) => text.replace(/(\/\/[^/:@\s]*):[^@\s]*@/g, '$1:***@');

/** The message of `error`: Node's AggregateError (every address tried in turn refused) has none of its own. */
function messageOf(error: Failure): string {
  const first = Array.isArray(error.errors) ? (error.errors[0] as Failure | undefined) : undefined;
  return error.message || first?.message || error.name;
}

/** Where a system error was headed, host and port, as Node names it; the error inside an AggregateError says. */
function placeOf(error: Failure): string {
  const inner = Array.isArray(error.errors) ? (error.errors[0] as Failure | undefined) : undefined;
  const { address, port, hostname } = inner ?? error;
  if (typeof hostname === 'string') return hostname;
  if (typeof address !== 'string') return 'the database';
  return port === undefined ? address : `${address}:${String(port)}`;
}

/** What to do about `error`, or undefined when nothing is known of it. */
function adviceFor(error: Failure, code: string | undefined): string | undefined {
  if (code === undefined) return POSTGRES_CLIENT_ADVICE.find(([said]) => said.test(error.message))?.[1];
  if (SYSTEM_ADVICE[code]) return SYSTEM_ADVICE[code](placeOf(error));
  if (code.startsWith('SQLITE_'))
    return SQLITE_ADVICE[code] ?? SQLITE_ADVICE[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')];
  return POSTGRES_ADVICE[code] ?? POSTGRES_ADVICE[code.slice(0, 2)];
}

/**
 * `error` as one line, `message (code). What to do.`, for a failure from outside the process (a database, the
 * network, the disk); undefined for a fault in code, which is written with its stack.
 */
export function storeFailureLine(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const failure = error as Failure;
  const code = typeof failure.code === 'string' ? failure.code : undefined;
  const advice = adviceFor(failure, code);
  if (code === undefined && advice === undefined) return undefined;
  // A message of the kit's own ends its sentence: the line adds its own full stop.
  const said = withoutPassword(messageOf(failure))
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\.$/, '');
  const what = code === undefined ? said : `${said} (${code})`;
  const todo = advice ?? "read the database's own log at the time for this code";
  return `${what}. ${todo[0]!.toUpperCase()}${todo.slice(1)}.`;
}
