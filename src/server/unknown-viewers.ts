/**
 * Says in the log when `authenticate` names someone the document has no person for. A portal handing on its own
 * user id (an email address, a staff number) instead of the document's person id had every record refused, the
 * member told only that it was malformed or not theirs, with nothing in the log to say why. Each such id is said once, and only
 * the first few, so that no run of sign-ins fills the log.
 */
import type { IncomingMessage } from 'node:http';

/** How many different unknown ids are said before the rest go unsaid. */
const MOST_IDS_SAID = 10;

type Authenticate = (request: IncomingMessage) => string | null | Promise<string | null>;

/** `authenticate`, answering as it does, which tells `warn` of each id it returns that `known` says is no one's. */
export function checkedAuthenticate(
  authenticate: Authenticate,
  known: (person: string) => boolean,
  // Looked up at each warning: a host may route the console to its own logger after the server starts.
  warn: (message: string) => void = (message) => console.warn(message),
): (request: IncomingMessage) => Promise<string | null> {
  const said = new Set<string>();
  return async (request) => {
    const person = await authenticate(request);
    if (person && !known(person) && !said.has(person) && said.size < MOST_IDS_SAID) {
      said.add(person);
      warn(
        `partnership-kit/server: authenticate returned '${person}', which is no person's id in the document, so it is served the document as the public is, and every vote, check-in and action change sent as a member of it is refused. Return the id of the member's entry in the document's people (like 'p-cognus-sd'), or null for the public. Said once an id.`,
      );
    }
    return person;
  };
}
