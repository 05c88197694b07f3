// The portal's API for one partnership: the current document, and the votes
// and attendance changes members and clerks send through the kit's outbox.
// Every record is checked with partnership-kit/core, the same rules the
// widgets show, by the host's own clock, before it is stored.
//
//   GET  /api/partnership   the document as the signed-in person (or the public) may read it now
//   POST /api/votes         a vote (Idempotency-Key = vote id, by = the signed-in person)
//   POST /api/attendance    a seat's attendance at a meeting (the group's clerk or chair)
//   POST /api/actions       an action's status (its owner, or the group's clerk or chair)
//
// A refusal of the record itself answers `{ error, reason, record: <its id> }`,
// so the outbox drops it and shows why; a refusal of the session (401, or 403
// because `by` is not the signed-in person) names no record, so the outbox
// keeps it for when the right person signs in (DESIGN.md "Writing back", 5).
import { readFile } from 'node:fs/promises';
import { ACTION_STATUS, applyStored, ATTENDANCE } from './change-kinds.js';
import { BodyError, readJson, sendError, sendJson } from './http.js';
import { signedInPerson } from './sessions.js';

/** What the store's update queue expects: the new stored value (or undefined) and the answer. */
const answer = (status, body, value) => ({ value, result: { status, body } });

/** A refusal of the record itself, naming it. */
const refusalOf = (status, record, reason, error, extra = {}) => ({
  status,
  body: { error, reason, record: record.id, ...extra },
});
const refuseRecord = (...refusal) => ({ value: undefined, result: refusalOf(...refusal) });
const send =
  (response) =>
  ({ status, body }) =>
    sendJson(response, status, body);

/** The record as its client sent it: `received` is the host's stamp. */
const asSent = ({ received: _stamp, ...record }) => record;

/** Same members, same values: the test for "the same id again". */
function sameRecord(a, b) {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answer to a `by` that is not the signed-in person: the session is refused, not the record. */
function notYou(response, person, doing, by) {
  const message = `You are signed in as '${person}', so you cannot ${doing} as '${by}'.`;
  return sendError(response, 403, message, { reason: 'signed-in-as-someone-else' });
}

export class PartnershipApi {
  /**
   * @param {{ seedFile: string, store: import('./json-file-store.js').JsonFileStore, core: any,
   *   now: () => string }} options `now` is the host's clock (see clock.js)
   */
  constructor({ seedFile, store, core, now }) {
    this.seedFile = seedFile;
    this.store = store;
    this.core = core;
    this.now = now;
  }

  static emptyStore() {
    return { votes: [], attendance: [], actionChanges: [] };
  }

  /** The seed with every stored record applied, every vote in it: for the host's own use only. */
  async currentDocument() {
    return applyStored(this.seed, await this.store.read(), this.core);
  }

  /** What `viewer` (a person id, or null for the public) may read now: what GET /api/partnership answers. */
  async publishedDocument(viewer) {
    return this.core.publishedDocument(await this.currentDocument(), viewer, this.now());
  }

  /** The seed document as `viewer` may read it now, for the seed's own file. */
  publishedSeed(viewer) {
    return this.core.publishedDocument(this.seed, viewer, this.now());
  }

  /** Answers a request under /api/, or returns false when it is not one of ours. */
  async handle(request, response, pathname) {
    try {
      if (pathname === '/api/partnership' && request.method === 'GET') {
        return sendJson(response, 200, await this.publishedDocument(signedInPerson(request) ?? null));
      }
      if (pathname === '/api/votes' && request.method === 'POST') return await this.postVote(request, response);
      if (pathname === '/api/actions' && request.method === 'POST')
        return await this.postChange(request, response, ACTION_STATUS);
      if (pathname === '/api/attendance' && request.method === 'POST')
        return await this.postChange(request, response, ATTENDANCE);
      return false;
    } catch (error) {
      if (error instanceof BodyError) return sendError(response, error.status, error.message);
      throw error;
    }
  }

  /** Checks the record's shape with the contract itself: its problems, with paths inside the record. */
  recordProblems(document, key, record) {
    const index = document[key].length;
    const parsed = this.core.parseDocument({ ...document, [key]: [...document[key], record] });
    if (parsed.ok) return { document: parsed.document, problems: [] };
    const prefix = `${key}[${index}]`;
    const problems = parsed.problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
    return { document: undefined, problems };
  }

  async postVote(request, response) {
    const person = signedInPerson(request);
    if (!person) return sendError(response, 401, 'Sign in to vote.', { reason: 'signed-out' });
    const vote = await readJson(request);
    // The moment the whole vote has reached the host: judged against `closes`, and stored as `received`.
    const now = this.now();
    if (!isObject(vote)) return sendError(response, 400, 'Send one vote as a JSON object.', { reason: 'malformed' });
    if (request.headers['idempotency-key'] !== vote.id) {
      return sendError(response, 400, 'The Idempotency-Key header must be the vote’s id.', {
        reason: 'idempotency-key',
      });
    }
    if (vote.by !== person) return notYou(response, person, 'cast a vote', vote.by);
    if (Object.hasOwn(vote, 'received')) {
      return send(response)(
        refusalOf(400, vote, 'malformed', 'Leave out received: the host records when a vote reaches it.'),
      );
    }
    return this.store.update((stored) => this.storeVote(stored, vote, now)).then(send(response));
  }

  /** Decides on one vote inside the store's queue, so two sends of one id cannot both be stored. */
  storeVote(stored, vote, now) {
    const current = applyStored(this.seed, stored, this.core);
    const existing = current.votes.find((v) => v.id === vote.id);
    if (existing) {
      return sameRecord(asSent(existing), vote)
        ? answer(200, { id: vote.id, stored: existing, repeated: true })
        : refuseRecord(422, vote, 'id-reused', `A different vote with the id '${vote.id}' is already stored.`, {
            id: vote.id,
          });
    }
    return this.decideVote(current, stored, vote, now);
  }

  decideVote(current, stored, vote, now) {
    const { document, problems } = this.recordProblems(current, 'votes', vote);
    if (!document) {
      return refuseRecord(400, vote, 'malformed', problems.map((p) => p.message).join(' '), { problems });
    }
    // The host's clock, never the vote's `cast`, says whether voting is still open.
    const checked = this.core.checkVote(document, vote, { now });
    if (!checked.ok) {
      const status = checked.reason === 'not-holder-or-proxy' ? 403 : 422;
      return refuseRecord(status, vote, checked.reason, checked.message);
    }
    const received = { ...vote, received: now };
    return answer(201, { id: vote.id, stored: received }, { ...stored, votes: [...stored.votes, received] });
  }

  /** An attendance or action status change: signed in, the Idempotency-Key, its shape, then decided in the store's queue. */
  async postChange(request, response, kind) {
    const person = signedInPerson(request);
    if (!person) return sendError(response, 401, `Sign in to ${kind.doing}.`, { reason: 'signed-out' });
    const change = await readJson(request);
    const now = this.now();
    if (!isObject(change) || request.headers['idempotency-key'] !== change.id) {
      return sendError(response, 400, `Send one ${kind.name} as JSON, with its id as the Idempotency-Key header.`, {
        reason: isObject(change) ? 'idempotency-key' : 'malformed',
      });
    }
    const shape = kind.keys.includes(Object.keys(change).sort().join(','))
      ? kind.malformed(change, this.core)
      : `An ${kind.name} has exactly ${kind.fields}.`;
    if (shape) return send(response)(refusalOf(400, change, 'malformed', shape));
    if (change.by !== person) return notYou(response, person, kind.doing, change.by);
    return this.store.update((stored) => this.storeChange(stored, change, kind, now)).then(send(response));
  }

  storeChange(stored, change, kind, now) {
    const list = stored[kind.list] ?? [];
    const existing = list.find((c) => c.id === change.id);
    if (existing) {
      return sameRecord(asSent(existing), change)
        ? answer(200, { id: change.id, stored: existing, repeated: true })
        : refuseRecord(
            422,
            change,
            'id-reused',
            `A different ${kind.name} with the id '${change.id}' is already stored.`,
            {
              id: change.id,
            },
          );
    }
    const record = kind.stamped ? { ...change, received: now } : change;
    const refusal = kind.refusal(this.core, applyStored(this.seed, stored, this.core), record, now);
    if (refusal) {
      return refuseRecord(refusal.reason === 'not-permitted' ? 403 : 422, change, refusal.reason, refusal.message);
    }
    const next = { ...stored, [kind.list]: [...list, record] };
    const checked = this.core.parseDocument(applyStored(this.seed, next, this.core));
    if (!checked.ok) {
      return refuseRecord(422, change, 'breaks-contract', checked.problems.map((p) => p.message).join(' '));
    }
    return answer(201, { id: change.id, stored: record }, next);
  }

  /**
   * Reads the seed once (the store's queue then works on it synchronously),
   * and refuses to start on one that breaks the contract, saying what to correct.
   */
  async load() {
    const text = await readFile(this.seedFile, 'utf8');
    const parsed = this.core.parseDocument(text);
    if (!parsed.ok) {
      const lines = parsed.problems.map((p) => `  ${p.path || '(the document)'}: ${p.message}`);
      throw new Error(
        `The seed document ${this.seedFile} breaks the contract (${parsed.total} problems). Correct it:\n${lines.join('\n')}`,
      );
    }
    this.seed = parsed.document;
    return this;
  }
}
