/**
 * Says in the log when `authenticate` names someone the document has no person for. A portal handing on its own
 * user id (an email address, a staff number) instead of the document's person id had every record refused, the
 * member told only that it was malformed or not theirs, with nothing in the log to say why. Each such id is said once, and only
 * the first few, so that no run of sign-ins fills the log.
 *
 * A portal handing on its user itself (`{ id, name, email }`) rather than its id was said as '[object Object]', on
 * each of ten requests, and the member's refusal carried the whole user back. What is not a string is served as
 * the public, and said once by its type and keys alone: its contents may be a person's data.
 */
import type { IncomingMessage } from 'node:http';

/** How many different unknown ids are said before the rest go unsaid. */
const MOST_IDS_SAID = 10;

/** How many of the keys of an object authenticate returned are named. */
const MOST_KEYS_SAID = 6;

type Authenticate = (request: IncomingMessage) => string | null | Promise<string | null>;

/** What `returned` is, by its type, its class and its keys, never by its contents. */
function kindOf(returned: unknown): string {
  if (Array.isArray(returned)) return 'an array';
  if (typeof returned !== 'object' || returned === null) return `a ${typeof returned}`;
  const keys = Object.keys(returned);
  const made = (returned.constructor as { name?: string } | undefined)?.name;
  const named = keys.slice(0, MOST_KEYS_SAID).join(', ') + (keys.length > MOST_KEYS_SAID ? ', …' : '');
  const parts = [made && made !== 'Object' ? `a ${made}` : '', keys.length > 0 ? `with keys ${named}` : ''];
  const said = parts.filter(Boolean).join(', ');
  return said ? `an object (${said})` : 'an object';
}

/** The warning, for the portal's developer, that `authenticate` returned `returned`, which is no id. */
const notAnId = (returned: unknown) =>
  `partnership-kit/server: authenticate returned ${kindOf(returned)}, not a person's id, so every request is served as the public's, and every vote, check-in and action change sent is refused as not signed in. Return the id of the signed-in member's entry in the document's people, a string (like 'p-cognus-sd', as in authenticate: (request) => portal.userOf(request)?.id ?? null), or null for the public. Said once.`;

/** `authenticate`, answering as it does, which tells `warn` of each id it returns that `known` says is no one's. */
export function checkedAuthenticate(
  authenticate: Authenticate,
  known: (person: string) => boolean,
  // Looked up at each warning: a host may route the console to its own logger after the server starts.
  warn: (message: string) => void = (message) => console.warn(message),
): (request: IncomingMessage) => Promise<string | null> {
  const said = new Set<string>();
  let saidNotAnId = false;
  return async (request) => {
    const person: unknown = await authenticate(request);
    if (person === null || person === undefined) return null;
    if (typeof person !== 'string') {
      if (!saidNotAnId) warn(notAnId(person));
      saidNotAnId = true;
      return null;
    }
    if (person && !known(person) && !said.has(person) && said.size < MOST_IDS_SAID) {
      said.add(person);
      warn(
        `partnership-kit/server: authenticate returned '${person}', which is no person's id in the document, so it is served the document as the public is, and every vote, check-in and action change sent as a member of it is refused. Return the id of the member's entry in the document's people (like 'p-cognus-sd'), or null for the public. Said once an id.`,
      );
    }
    return person;
  };
}
