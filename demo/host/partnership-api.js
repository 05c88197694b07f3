// The portal's API for one partnership: the current document, and the votes
// and attendance changes members and clerks send through the kit's outbox.
// Every record is checked with partnership-kit/core, the same rules the
// widgets show, before it is stored.
//
//   GET  /api/partnership   the seed document with every stored record applied
//   POST /api/votes         a vote (Idempotency-Key = vote id, by = the signed-in person)
//   POST /api/attendance    a seat's attendance at a meeting (the group's clerk or chair)
//   POST /api/actions       an action's status (its owner, or the group's clerk or chair)
import { readFile } from 'node:fs/promises';
import { BodyError, readJson, sendError, sendJson } from './http.js';
import { signedInPerson } from './sessions.js';

const FUTURE_SKEW_MS = 2 * 60_000;

/** What the store's update queue expects: the new stored value (or undefined) and the answer. */
const answer = (status, body, value) => ({ value, result: { status, body } });

/** Same members, same values: the test for "the same id again". */
function sameRecord(a, b) {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

export class PartnershipApi {
  /** @param {{ seedFile: string, store: import('./json-file-store.js').JsonFileStore, core: any }} options */
  constructor({ seedFile, store, core }) {
    this.seedFile = seedFile;
    this.store = store;
    this.core = core;
  }

  static emptyStore() {
    return { votes: [], attendance: [], actionChanges: [] };
  }

  /** The seed with the stored records applied: what GET /api/partnership answers. */
  async currentDocument() {
    return applyStored(this.seedCache, await this.store.read());
  }

  /** Answers a request under /api/, or returns false when it is not one of ours. */
  async handle(request, response, pathname) {
    try {
      if (pathname === '/api/partnership' && request.method === 'GET') {
        return sendJson(response, 200, await this.currentDocument());
      }
      if (pathname === '/api/votes' && request.method === 'POST') return await this.postVote(request, response);
      if (pathname === '/api/actions' && request.method === 'POST')
        return await this.postActionStatus(request, response);
      if (pathname === '/api/attendance' && request.method === 'POST')
        return await this.postAttendance(request, response);
      return false;
    } catch (error) {
      if (error instanceof BodyError) return sendError(response, error.status, error.message);
      throw error;
    }
  }

  /** Checks the record's shape with the contract itself: its problems, with paths inside the record. */
  recordProblems(document, key, record) {
    const index = (document[key] ?? []).length;
    const trial = { ...document, [key]: [...(document[key] ?? []), record] };
    const parsed = this.core.parseDocument(trial);
    if (parsed.ok) return { document: parsed.document, problems: [] };
    const prefix = `${key}[${index}]`;
    const problems = parsed.problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
    return { document: undefined, problems };
  }

  async postVote(request, response) {
    const person = signedInPerson(request);
    if (!person) return sendError(response, 401, 'Sign in to vote.');
    const vote = await readJson(request);
    if (typeof vote !== 'object' || vote === null || Array.isArray(vote)) {
      return sendError(response, 400, 'Send one vote as a JSON object.');
    }
    if (request.headers['idempotency-key'] !== vote.id) {
      return sendError(response, 400, 'The Idempotency-Key header must be the vote’s id.');
    }
    if (vote.by !== person) {
      return sendError(response, 403, `You are signed in as '${person}', so you cannot cast a vote as '${vote.by}'.`);
    }
    return this.store
      .update((stored) => this.storeVote(stored, vote))
      .then(({ status, body }) => sendJson(response, status, body));
  }

  /** Decides on one vote inside the store's queue, so two sends of one id cannot both be stored. */
  storeVote(stored, vote) {
    const existing = [...(this.seedCache.votes ?? []), ...stored.votes].find((v) => v.id === vote.id);
    if (existing) {
      return sameRecord(existing, vote)
        ? answer(200, { id: vote.id, stored: existing, repeated: true })
        : answer(422, { error: `A different vote with the id '${vote.id}' is already stored.`, id: vote.id });
    }
    return this.decideVote(stored, vote);
  }

  decideVote(stored, vote) {
    const current = applyStored(this.seedCache, stored);
    const { document: withVote, problems } = this.recordProblems(current, 'votes', vote);
    if (problems.length > 0) return answer(400, { error: problems.map((p) => p.message).join(' '), problems });
    if (Date.parse(vote.cast) > Date.now() + FUTURE_SKEW_MS) {
      return answer(400, { error: 'The vote’s cast time is in the future. Check the device’s clock.' });
    }
    const checked = this.core.checkVote(withVote ?? current, vote);
    if (!checked.ok) {
      const status = checked.reason === 'not-holder-or-proxy' ? 403 : 422;
      return answer(status, { error: checked.message, reason: checked.reason });
    }
    return answer(201, { id: vote.id, stored: vote }, { ...stored, votes: [...stored.votes, vote] });
  }

  async postAttendance(request, response) {
    return this.postChange(request, response, ATTENDANCE);
  }

  async postActionStatus(request, response) {
    return this.postChange(request, response, ACTION_STATUS);
  }

  /** An attendance or action status change: signed in, the Idempotency-Key, then decided in the store's queue. */
  async postChange(request, response, kind) {
    const person = signedInPerson(request);
    if (!person) return sendError(response, 401, `Sign in to ${kind.doing}.`);
    const change = await readJson(request);
    if (typeof change !== 'object' || change === null || request.headers['idempotency-key'] !== change.id) {
      return sendError(response, 400, `Send one ${kind.name} as JSON, with its id as the Idempotency-Key header.`);
    }
    return this.store
      .update((stored) => this.storeChange(stored, change, person, kind))
      .then(({ status, body }) => sendJson(response, status, body));
  }

  storeChange(stored, change, person, kind) {
    if (!kind.keys.includes(Object.keys(change).sort().join(','))) {
      return answer(400, { error: `An ${kind.name} has exactly ${kind.fields}.` });
    }
    const malformed = kind.malformed(change, this.core);
    if (malformed) return answer(400, { error: malformed });
    if (change.by !== person) {
      return answer(403, { error: `You are signed in as '${person}', so you cannot ${kind.doing} as '${change.by}'.` });
    }
    const list = stored[kind.list] ?? [];
    const existing = list.find((c) => c.id === change.id);
    if (existing) {
      return sameRecord(existing, change)
        ? answer(200, { id: change.id, stored: existing, repeated: true })
        : answer(422, {
            error: `A different ${kind.name} with the id '${change.id}' is already stored.`,
            id: change.id,
          });
    }
    const current = this.core.parseDocument(applyStored(this.seedCache, stored));
    if (!current.ok) return answer(500, { error: 'The stored partnership document is broken.' });
    const refusal = kind.authorise(current.document, change, person);
    if (refusal) return answer(refusal.status, { error: refusal.error });
    const next = { ...stored, [kind.list]: [...list, change] };
    const checked = this.core.parseDocument(applyStored(this.seedCache, next));
    if (!checked.ok) return answer(422, { error: checked.problems.map((p) => p.message).join(' ') });
    return answer(201, { id: change.id, stored: change }, next);
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
    this.seedCache = JSON.parse(text);
    return this;
  }
}

/** What is wrong with a change's `at`, the moment it was made, if anything. */
function whenProblem(change, core) {
  if (typeof change.at !== 'string' || !core.isDateTime(change.at)) {
    return 'at must be the date and time the change was made, with its offset (like "2019-12-10T16:05:00Z").';
  }
  return undefined;
}

/** Whether `person` clerks or chairs `group`. */
const clerks = (group, person) =>
  group.seats.some((s) => (s.role === 'clerk' || s.role === 'chair') && s.holder === person);

/** The clerk or chair of the meeting's group records attendance. */
const ATTENDANCE = {
  name: 'attendance change',
  doing: 'record attendance',
  list: 'attendance',
  keys: ['at,attendance,by,id,meeting,seat'],
  fields: 'id, meeting, seat, attendance, by (you) and at',
  malformed: (change, core) => whenProblem(change, core),
  authorise(document, change, person) {
    const meeting = document.meetings.find((m) => m.id === change.meeting);
    const group = meeting && document.groups.find((g) => g.id === meeting.group);
    if (!meeting || !group) return { status: 422, error: `There is no meeting '${change.meeting}'.` };
    if (!clerks(group, person))
      return { status: 403, error: `Only the clerk or chair of ${group.name} may record attendance.` };
    // Attendance decides which votes count and whether the meeting was quorate: once a proposal of the
    // meeting is closed, changing who was there would change a decision already made.
    const decided = document.proposals.find((p) => p.meeting === meeting.id && p.status === 'closed');
    if (decided) {
      return {
        status: 422,
        error: `'${decided.title}' was decided at this meeting, so its attendance can no longer change.`,
      };
    }
    return undefined;
  },
};

/** The action's owner, or the clerk or chair of its group, changes its status. */
const ACTION_STATUS = {
  name: 'action status change',
  doing: 'change an action',
  list: 'actionChanges',
  keys: ['action,at,by,id,status', 'action,at,by,completed,id,status'],
  fields: 'id, action, status, completed (with done), by (you) and at',
  malformed(change, core) {
    if (change.completed !== undefined && change.status !== 'done') return 'Only a done action has a completed date.';
    if (
      change.completed !== undefined &&
      !(typeof change.completed === 'string' && core.isCalendarDate(change.completed))
    ) {
      return 'completed must be a date written YYYY-MM-DD.';
    }
    if (typeof change.completed === 'string' && change.completed > new Date().toISOString().slice(0, 10)) {
      return 'completed cannot be a date still to come.';
    }
    return whenProblem(change, core);
  },
  authorise(document, change, person) {
    const action = document.actions.find((a) => a.id === change.action);
    if (!action) return { status: 422, error: `There is no action '${change.action}'.` };
    const group = action.group && document.groups.find((g) => g.id === action.group);
    if (action.owner !== person && !(group && clerks(group, person))) {
      return {
        status: 403,
        error: `Only the action's owner, or the clerk or chair of its group, may change '${action.title}'.`,
      };
    }
    return undefined;
  },
};

/** A deep copy of the seed with the stored records applied. */
export function applyStored(seed, stored) {
  const document = structuredClone(seed);
  document.votes = [...(document.votes ?? []), ...stored.votes];
  for (const change of stored.attendance) {
    const meeting = document.meetings?.find((m) => m.id === change.meeting);
    if (meeting) meeting.attendance = { ...meeting.attendance, [change.seat]: change.attendance };
  }
  for (const change of stored.actionChanges ?? []) {
    const action = document.actions?.find((a) => a.id === change.action);
    if (!action) continue;
    action.status = change.status;
    if (change.status === 'done' && change.completed) action.completed = change.completed;
    else delete action.completed;
  }
  return document;
}
