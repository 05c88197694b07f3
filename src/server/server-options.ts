/**
 * The options `createPartnershipServer` reads before the store: each that is wrong throws at start, holding
 * nothing open, and says which option, what it was given and what it must be. Several were taken and failed
 * later, or were refused in another's words: `allowedOrigins` as one string threw "allowedOrigins.map is not a
 * function"; a clock returning a Date started, and answered every request 503 "try again", so that every device
 * tried again for ever; `heartbeatMs: 0` sent each live stream hundreds of heartbeats a second; a file's path
 * given as the document was told to "Put the text starting data in double quotes".
 */
import { isDateTime, parseDocument } from '../contract/index.js';
import { crossOrigin } from './cross-origin.js';
import { brokenDocument } from './document-file.js';
import type { PartnershipServerOptions } from './partnership-server.js';

/** The longest wait Node's timers keep: a longer one runs at once, every millisecond. */
const LONGEST_TIMER_MS = 2_147_483_647;

/** The options that are numbers: the least and most each may be, in what unit, and its default. */
const NUMBERS = {
  heartbeatMs: { unit: 'milliseconds', least: 100, most: LONGEST_TIMER_MS, fallback: 15_000 },
  bodyTimeoutMs: { unit: 'milliseconds', least: 1, most: LONGEST_TIMER_MS, fallback: 10_000 },
  maxRecordBytes: { unit: 'bytes', least: 1, most: Infinity, fallback: 8192 },
  maxExtBytes: { unit: 'bytes', least: 0, most: Infinity, fallback: 2048 },
  maxRecordsPerMinute: { unit: 'records', least: 1, most: Infinity, fallback: 60 },
  maxVoteWaitMinutes: { unit: 'minutes', least: 0, most: Infinity, fallback: 1440 },
} as const;

interface Rule {
  unit: string;
  least: number;
  most: number;
  fallback?: number;
}

/** How many streams each of `maxLiveStreams` counts. */
const STREAMS: Rule = { unit: 'streams', least: 0, most: Infinity };

/**
 * The clock's reading that is no ISO date-time. Answered 500, not a 503 to try again: no device sending again
 * mends it. Told to `onError` as one line, which says what to correct: the stack points inside the kit.
 */
export class WrongClock extends Error {
  override name = 'WrongClock';
  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

/** `value` as an operator wrote it, for a message: a string quoted, an object by its kind. */
function given(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 80 ? `${value.slice(0, 80)}…` : value}'`;
  if (value instanceof Date) return `a Date (${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
}

/** `basePath` as the routes compare it: from the root, without a trailing `/`; a path that is not one throws. */
function basePathOf(basePath = '/api'): string {
  if (!/^\/[^?#\s]*$/.test(basePath)) {
    throw new Error(
      `basePath '${basePath}' is not a path from the site's root: write it with a leading '/' and no query, like '/council/api'.`,
    );
  }
  return basePath.replace(/\/+$/, '');
}

/** Throws when `value`, the option `name`, is given and is not a number from `least` to `most`. */
function checkNumber(name: string, value: unknown, rule: Rule): void {
  if (value === undefined || (typeof value === 'number' && value >= rule.least && value <= rule.most)) return;
  const range = rule.most === Infinity ? `at least ${rule.least}` : `from ${rule.least} to ${rule.most}`;
  const fallback = rule.fallback === undefined ? '' : ` (default ${rule.fallback})`;
  throw new Error(`options.${name} is ${given(value)}: give a number of ${rule.unit} ${range}${fallback}.`);
}

/** Refuses a limit that is not a number in its range: a string ('8kb') was no limit at all, 0 a busy loop. */
function checkNumbers(options: PartnershipServerOptions): void {
  for (const [name, rule] of Object.entries(NUMBERS)) {
    const value = options[name as keyof typeof NUMBERS];
    // `maxVoteWaitMinutes: null` is no bound at all (docs/contract.md's postal vote).
    if (!(name === 'maxVoteWaitMinutes' && value === null)) checkNumber(name, value, rule);
  }
  const streams: Record<string, unknown> = options.maxLiveStreams ?? {};
  for (const part of ['total', 'public', 'perPerson']) checkNumber(`maxLiveStreams.${part}`, streams[part], STREAMS);
}

/** Whether `text`, given as the document's JSON, is rather a file's path: one line, no JSON's brackets. */
const looksLikePath = (text: string) => /^[^{}[\]"\n]*(\/|\\|\.json\s*$)/i.test(text);

/**
 * The document, parsed; one the contract refuses throws `DocumentRefused`. A promise, or a string that cannot be
 * the document's JSON (a file's path), is refused saying how to read the file.
 */
function documentOf(document: unknown) {
  if (typeof (document as { then?: unknown } | null)?.then === 'function') {
    throw new Error(
      "options.document is a promise: await it, as in document: await readPartnershipDocument('data/partnership.json').",
    );
  }
  if (typeof document === 'string' && looksLikePath(document)) {
    throw new Error(
      `options.document is ${given(document)}, which is not the document: to read it from that file, give document: await readPartnershipDocument(${given(document)}).`,
    );
  }
  const parsed = parseDocument(document);
  if (!parsed.ok) throw brokenDocument(parsed.problems, parsed.total);
  return parsed.document;
}

/** `allowedOrigins` as the sites it lists; anything but a list of origins throws. */
function sitesOf(allowedOrigins: unknown) {
  if (allowedOrigins === undefined) return undefined;
  if (!Array.isArray(allowedOrigins)) {
    const like = typeof allowedOrigins === 'string' ? allowedOrigins : 'https://www.council.gov.uk';
    throw new Error(
      `options.allowedOrigins is ${given(allowedOrigins)}, not a list: give each site in one, like allowedOrigins: ['${like}'].`,
    );
  }
  // Checked before the store is read: an entry that is not an origin throws at start, holding nothing open.
  return allowedOrigins.length > 0 ? crossOrigin(allowedOrigins as string[]) : undefined;
}

/**
 * What is wrong with a reading of the clock, or undefined when it is an ISO date-time. `said` is how the reading
 * is named: after the start, by its type alone, as a failure repeated is written once a minute only when its
 * message stays the same, and a wrong reading changes with the time.
 */
function wrongReading(reading: unknown, said: (reading: unknown) => string): string | undefined {
  if (typeof reading === 'string' && isDateTime(reading)) return undefined;
  const fix =
    reading instanceof Date
      ? 'return its .toISOString(), as in clock: () => new Date().toISOString()'
      : 'return one like new Date().toISOString() does';
  return `options.clock() returned ${said(reading)}, not an ISO date-time with its offset, like '2019-12-10T16:30:00Z': ${fix}.`;
}

/** A reading by its type alone. */
function typeOf(reading: unknown): string {
  if (reading instanceof Date) return 'a Date';
  return typeof reading === 'string' || typeof reading === 'number' ? `a ${typeof reading}` : given(reading);
}

/**
 * The host's clock, its first reading checked now: one that is wrong throws at start. A later reading that is
 * wrong throws `WrongClock`, which the request is answered 500 for.
 */
function clockOf(clock: unknown): () => string {
  if (clock === undefined) return () => new Date().toISOString();
  if (typeof clock !== 'function') {
    throw new Error(
      `options.clock is ${given(clock)}, not a function: give one that returns the host's time as an ISO date-time, like () => new Date().toISOString().`,
    );
  }
  const read = clock as () => unknown;
  const first = wrongReading(read(), given);
  if (first) throw new Error(first);
  return () => {
    const reading = read();
    const wrong = wrongReading(reading, typeOf);
    if (wrong) throw new WrongClock(wrong);
    return reading as string;
  };
}

/** The options read before the store is: each that is wrong throws at start, holding nothing open. */
export function settingsOf(options: PartnershipServerOptions) {
  const document = documentOf(options.document);
  checkNumbers(options);
  const clock = clockOf(options.clock);
  const base = basePathOf(options.basePath);
  const sites = sitesOf(options.allowedOrigins);
  const maxVoteWait = options.maxVoteWaitMinutes === null ? undefined : (options.maxVoteWaitMinutes ?? 1440);
  return { document, clock, base, sites, maxVoteWait };
}
