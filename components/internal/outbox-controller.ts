/**
 * Connects an element to the page's outbox: registers how its records are
 * sent (`endpoint` or the host's `submit` function) while it is connected, and
 * reports each new state of the records it cares about, in this tab or
 * another.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  httpSender,
  includeSession,
  outboxForPage,
  resolveDocumentUrl,
  submitSender,
  type OutboxEntry,
  type OutboxItem,
  type DocumentState,
  type OutboxStatus,
  type Refusal,
  type SubmitFunction,
} from '../../src/data/index.js';
import type { Messages, Names, RefusedField } from '../../src/messages/index.js';
import { endsSentence } from '../../src/messages/sentence.js';
import { explainProblem } from '../../src/messages/explain.js';
import type { Problem } from '../../src/contract/index.js';
import { asksForSession } from '../../src/data/host-session.js';
import { laneOf } from '../../src/data/outbox-refusals.js';
import { ofPartnership } from '../../src/data/outbox-records.js';

export interface OutboxHost extends ReactiveControllerHost {
  endpoint?: string;
  submit?: SubmitFunction;
  /** `include`: the host of `endpoint` takes the member's session (host-session.ts). */
  credentials?: string | null;
}

/**
 * Whether a record belongs to the document an element shows (`shown`): two documents on one page, or two given
 * in turn to one element as `data`, may use the same meeting, proposal and person ids. By URL where both have one;
 * else by partnership (the document's `partnership.id`), so a record queued from a document given inline is shown
 * with its own partnership's document only, inline or from `src`. A record an earlier kit queued with neither is
 * any partnership's (ofPartnership).
 */
export function ofDocument(entry: OutboxEntry, shown: DocumentState): boolean {
  if (entry.documentUrl && shown.url) return entry.documentUrl === shown.url;
  return ofPartnership(entry, partnershipShown(shown));
}

/** The partnership of the document an element shows (its `partnership.id`), once one is shown. */
function partnershipShown(shown: DocumentState): string | undefined {
  return shown.status === 'ready' ? shown.document.partnership.id : undefined;
}

/** The channel of records sent through the `submit` of elements of one kind showing partnership `id`. */
export function submitChannelOf(kind: string, id: string): string {
  return `${kind}:${encodeURIComponent(id)}`;
}

export class OutboxController implements ReactiveController {
  private readonly outbox = outboxForPage();
  private stopSending?: () => void;
  private stopWatching?: () => void;
  private registered?: { channel: string; submit?: SubmitFunction; credentials?: string | null };
  private connected = false;
  /** What each record's latest news to this element was (newsOf). */
  private readonly seen = new Map<string, string>();

  /**
   * @param submitChannel the channel name for records sent through `submit`, with the
   *   partnership's id added: queued records wait for an element of the same kind
   *   with a `submit` function, showing the same partnership's document.
   * @param mine which records this element shows.
   * @param onStatus called once per new state of each of them.
   * @param shown the element's document as it stands.
   */
  constructor(
    private readonly host: OutboxHost,
    private readonly submitChannel: string,
    private readonly mine: (entry: OutboxEntry) => boolean,
    private readonly onStatus: (status: OutboxStatus) => void,
    private readonly shown: () => DocumentState,
  ) {
    host.addController(this);
  }

  /**
   * Where records go now; undefined when the host set neither `endpoint` nor `submit`. Through `submit`, a
   * channel of the partnership shown (undefined until its document is loaded): a page, or another page of
   * the same site, may show two partnerships, each with its own `submit`, and a record queued for one must
   * never go through the other's.
   */
  get channel(): string | undefined {
    if (this.host.submit) {
      const state = this.shown();
      const partnership = partnershipShown(state);
      return partnership === undefined ? undefined : submitChannelOf(this.submitChannel, partnership);
    }
    return this.host.endpoint ? resolveDocumentUrl(this.host.endpoint) : undefined;
  }

  hostConnected(): void {
    this.connected = true;
    // Records settled before this element came are not news to it: no second recorded or rejected event.
    for (const status of Object.values(this.outbox.$status.get())) {
      if (status.state === 'recorded' || status.state === 'rejected') this.seen.set(status.entry.id, newsOf(status));
    }
    this.stopWatching = this.outbox.$status.subscribe((statuses) => this.follow(statuses));
    this.register();
  }

  hostUpdate(): void {
    // Lit still renders an element taken off the page with an update pending: a sender registered
    // then would never be taken back (hostDisconnected has run), and would keep the outbox started.
    if (!this.connected) return;
    const channel = this.channel;
    const { submit, credentials } = this.host;
    // `credentials` set since it connected: the endpoint's host is told it takes the session (register).
    if (channel !== this.registered?.channel || submit !== this.registered?.submit) this.register();
    else if (credentials !== this.registered?.credentials) this.includeSession();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopWatching?.();
    this.stopSending?.();
    this.stopWatching = this.stopSending = this.registered = undefined;
  }

  /** The latest state of each of this element's records known to the page, answered ones included. */
  statuses(): OutboxStatus[] {
    return Object.values(this.outbox.$status.get()).filter((status) => this.mine(status.entry));
  }

  /** This element's records saved on this device and not yet answered by the host, oldest first. */
  waiting(): OutboxEntry[] {
    return Object.values(this.outbox.$status.get())
      .filter(({ state, entry }) => (state === 'queued' || state === 'sending') && this.mine(entry))
      .map(({ entry }) => entry)
      .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
  }

  /**
   * Whether `entry` waits its turn behind an earlier record of its lane still on its way (the outbox sends one at a
   * time). A record sent at once is published as queued a moment before it is sent: it waits for nothing.
   */
  behindAnother(entry: OutboxEntry): boolean {
    return Object.values(this.outbox.$status.get()).some(
      ({ state, entry: other }) =>
        (state === 'queued' || state === 'sending') &&
        (other.sequence ?? 0) < (entry.sequence ?? 0) &&
        laneOf(other) === laneOf(entry),
    );
  }

  /**
   * Sends now what waits on this device: for an element's "send it now" after
   * its owner signed in again (a queued status with `problem: 'signed-out'`
   * names that person in `owner`). A page can also fire `partnership-signed-in`
   * on `window`.
   */
  retryNow(): Promise<void> {
    return this.outbox.retryNow();
  }

  /**
   * Saves the record on this device, then sends it. Resolves once it is saved. It belongs to `shown`, the document
   * it was made on: its URL, and its partnership, by which an element given another document knows it is not its own.
   */
  async enqueue(item: OutboxItem, shown: DocumentState): Promise<void> {
    const channel = this.channel;
    if (!channel) throw new Error('no endpoint or submit function is set');
    const partnership = partnershipShown(shown);
    await this.outbox.enqueue({
      ...item,
      id: item.record.id,
      channel,
      documentUrl: shown.url,
      ...(partnership === undefined ? {} : { partnership }),
    });
  }

  private register(): void {
    this.stopSending?.();
    this.stopSending = undefined;
    const channel = this.channel;
    this.registered = channel ? { channel, submit: this.host.submit } : undefined;
    if (!channel) return;
    this.includeSession();
    const sender = this.host.submit ? submitSender(this.host.submit) : httpSender(channel);
    this.stopSending = this.outbox.register(channel, sender);
    const { url } = this.shown();
    // Records a `submit` queued under the kind's bare channel, before channels named their partnership.
    if (this.host.submit && url) void this.outbox.adopt(this.submitChannel, channel, url);
  }

  /**
   * With `credentials="include"`, says the host of `endpoint` takes the member's session: from now on, and for the
   * records it refused for want of it (a 401), which go at once (page-outbox.ts).
   */
  private includeSession(): void {
    if (!this.registered) return;
    const { credentials, submit } = this.host;
    this.registered.credentials = credentials;
    if (!submit && asksForSession(credentials)) includeSession(this.registered.channel);
  }

  private follow(statuses: Record<string, OutboxStatus>): void {
    let changed = false;
    for (const status of Object.values(statuses)) {
      if (!this.mine(status.entry) || this.seen.get(status.entry.id) === newsOf(status)) continue;
      this.seen.set(status.entry.id, newsOf(status));
      this.onStatus(status);
      changed = true;
    }
    // The element draws what waits from `waiting()` and `statuses()`: a record an earlier page left goes straight
    // to 'sending', which no element announces, and was drawn only at the next render, after the host answered.
    if (changed) this.host.requestUpdate();
  }
}

/**
 * What a status is news of: its state, and a refusal waiting to be told apart from the same refusal told (it is
 * reported again when it is: outbox-tell-once.ts).
 */
function newsOf(status: OutboxStatus): string {
  return status.state === 'rejected' && status.waitingOn ? 'rejected, not told yet' : status.state;
}

/**
 * What to say of a record waiting on this device: whose sign-in it waits for,
 * when that is not the person the element acts for, or when the host said
 * someone else is signed in (a shared computer: the element acts for the
 * record's maker, the browser's session is another's); else the element's
 * `usual` words, then what the host said (hostAnswer).
 */
export function keptBecause(
  { shared }: Messages,
  status: Extract<OutboxStatus, { state: 'queued' }>,
  actingFor: string | undefined,
  nameOf: (personId: string) => string,
  usual: string,
): string {
  const anotherSession = status.owner !== actingFor || status.byOtherPerson === true;
  if (status.problem === 'signed-out' && status.owner && anotherSession) {
    return shared.waitingForOwner(nameOf(status.owner));
  }
  const answer = hostAnswer(shared, status);
  return answer ? `${usual} ${answer}` : usual;
}

/**
 * What the host answered of a record it kept waiting: its own words when it gave any; a 413 as too large, in the
 * page's words (a proxy's "Request Entity Too Large" is no reason a member can act on); of a record it turned
 * away with no words, that it gave no reason, with its status: "HTTP 404" is not something the host said.
 */
function hostAnswer(
  shared: Messages['shared'],
  status: Extract<OutboxStatus, { state: 'queued' }>,
): string | undefined {
  if (status.problem === 'refused' && status.status === 413) return shared.hostTookTooLarge;
  if (status.message) return shared.hostSaid(status.message);
  return status.problem === 'refused' ? shared.hostGaveNoReason(status.status) : undefined;
}

/** A refusal by the host, not this device. */
type HostRefusal = Extract<Refusal, { by: 'host' }>;

/**
 * Why a record was refused, in the element's language: a record too large for
 * the host (`too-large`, with its size and the host's limit), or the rules
 * core's code when the host gave one the language knows (with `names`, to name
 * seats and people), else the host's own words, else its HTTP status; then the
 * field the host said it is about (`path`), in the member's words, when the
 * language names it ("This is about your vote’s seat.").
 */
export function refusedBecause(
  msg: Messages,
  status: Extract<OutboxStatus, { state: 'rejected' }>,
  names?: Names,
): string {
  const { refusal } = status;
  if (refusal.by === 'device') return msg.shared.notStored(refusal.error);
  const why = hostsReason(msg, refusal, names);
  const field = fieldNamed(msg, refusal);
  if (field === undefined) return why;
  // The host's own words may end without a stop: the field is a sentence of its own.
  return `${endsSentence(why) ? why : `${why}.`} ${field}`;
}

/** The field of a refused record, in the member's words: its `path`, else the one path all its problems share. */
function fieldNamed(msg: Messages, refusal: HostRefusal): string | undefined {
  const paths = new Set(refusal.problems?.map((problem) => problem.path));
  const path = refusal.path ?? (paths.size === 1 ? [...paths][0] : undefined);
  // Own keys only: a path of "constructor" names no field, whatever objects inherit.
  return path !== undefined && Object.hasOwn(msg.shared.refusedAt, path)
    ? msg.shared.refusedAt[path as RefusedField]
    : undefined;
}

/** Why the host refused a record, in the element's language where it can be, else in the host's words. */
function hostsReason(msg: Messages, refusal: HostRefusal, names?: Names): string {
  const { code, values } = refusal;
  // Not the rules': the host's own limit, which no names are needed to say.
  const tooLarge = code === 'too-large' && values && sayOrNot(() => msg.shared.recordTooLarge(values as never));
  if (tooLarge) return tooLarge;
  const shape = code === 'malformed' ? problemsSaid(msg, refusal.problems) : undefined;
  if (shape) return shape;
  if (names && code && values) {
    // Own keys only: a code of "constructor" names no reason, whatever objects inherit.
    const known = Object.hasOwn(msg.reasons, code)
      ? msg.reasons
      : Object.hasOwn(msg.refusals, code)
        ? msg.refusals
        : undefined;
    const say = known?.[code as keyof typeof known] as ((v: unknown, n: Names) => string) | undefined;
    const said = say && sayOrNot(() => say(values, names));
    if (said !== undefined) return said;
  }
  return refusal.message !== undefined ? msg.shared.hostWords(refusal.message) : msg.shared.hostRefused(refusal.status);
}

/**
 * A record of the wrong shape (`malformed`), each of its problems after its path as a document's problems are said
 * ("vote.choice – rhaid iddo fod …"), the words the host's English `message` was made from; undefined when it
 * gave none, or one of a code the language does not know, whose words are then the host's.
 */
function problemsSaid(msg: Messages, problems: HostRefusal['problems']): string | undefined {
  if (!problems?.length) return undefined;
  const said = problems.map((problem) =>
    // Own keys only: a code of "constructor" names no problem, whatever objects inherit.
    Object.hasOwn(msg.problems, problem.code)
      ? sayOrNot(() => `${problem.path} ${explainProblem(msg, problem as Problem)}`)
      : undefined,
  );
  return said.every((sentence) => sentence !== undefined) ? said.join(' ') : undefined;
}

/**
 * What `say` words from a host's values, or undefined when they are not what the words read: values of the wrong
 * kind said as "[object Object]", "undefined" or "NaN" read as nonsense, or throw, and the host's words follow.
 */
export function sayOrNot(say: () => string): string | undefined {
  try {
    const said = say();
    return /\[object |\bundefined\b|\bNaN\b/.test(said) ? undefined : said;
  } catch {
    return undefined;
  }
}
