/**
 * A change a member makes in place (a seat's attendance, an action's status):
 * shown at once, sent through the page's outbox, put back if the host refuses
 * it, and said in the element's status region at each step (the README,
 * "Writing back: the host protocol"). The check-in and the action tracker each
 * describe their kind of change (`ChangeKind`); this controller does the rest,
 * so the two behave alike.
 *
 * Two changes to one thing (one seat, one action) may be on their way
 * together: if the earlier is refused, the later stays shown; if the later is
 * refused too, the thing goes back to how it was before the first. A later
 * change made on top of an earlier one the host refused as changed-since is
 * not sent at all (the outbox drops it, `madeOn`): the refusal is said once.
 *
 * A change still waiting when the element leaves the page is followed until
 * the host answers: other elements may show the same document, and none must
 * keep a change the host refused. What the element says of it waits for the
 * element's return; no event fires from an element that is off the page.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import type { PartnershipDocument } from '../../src/contract/index.js';
import {
  outboxForPage,
  relayDocument,
  updateDocument,
  type DocumentState,
  type HostNote,
  type OutboxEntry,
  type OutboxItem,
  type OutboxStatus,
  type RetryReason,
} from '../../src/data/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { OutboxController, keptBecause, type OutboxHost } from './outbox-controller.js';
import { PartnershipChange } from './partnership-change.js';
import { hostWordsOf, markHostWords, type HostWords } from './host-words.js';

/**
 * What the status region says, made when the element renders: in the words of
 * its language then, and with the names of its document then.
 */
export type Announcement = (msg: Messages, names: Names) => string;

/** The records an element shows before the host has them: a vote is counted only once the host has it. */
export type ChangeItem = Extract<OutboxItem, { kind: 'attendance' | 'action-status' }>;

type Rejected = Extract<OutboxStatus, { state: 'rejected' }>;
type EntryOf<I extends ChangeItem> = Extract<OutboxEntry, { kind: I['kind'] }>;

/** What an element says of its change at each step. */
export interface ChangeWords<R> {
  saving(record: R): Announcement;
  /** Nothing is sent: the document already holds what the change asks for. */
  unchanged(record: R): Announcement;
  /**
   * Saved on this device and waiting its turn: the outbox sends one record at a time, so a change made while
   * another is on its way waits behind it. Without these words nothing more is said until it is sent.
   */
  waiting?(record: R): Announcement;
  /** Its usual words for a record kept on the device; whose sign-in it waits for, and the host's words, are added. */
  queued(record: R, problem: RetryReason): Announcement;
  /**
   * The host has it. `note`: what it said of how it stored it (a check-in it timed by its own clock: what waited on
   * this device is then said to have arrived later than it was made, and the person is told why, once).
   */
  saved(record: R, note?: HostNote): Announcement;
  /** The change is put back: why, from `status.refusal`. */
  rolledBack(record: R, status: Rejected): Announcement;
}

/**
 * One kind of change, as the element that makes it describes it. `Part` is
 * the part of a document one change replaces (an action's status, a seat's
 * entry), kept to put back.
 */
export interface ChangeKind<I extends ChangeItem, Part> {
  kind: I['kind'];
  /** The channel of records sent through the host's `submit` function. */
  submitChannel: string;
  /** What a record changes: two records with the same target change the same thing. */
  target(record: I['record']): string;
  /** `document` with the record applied, as the host applies it. */
  apply(document: PartnershipDocument, record: I['record']): PartnershipDocument;
  /** The part of `document` the record changes, as the element shows it. */
  read(document: PartnershipDocument, record: I['record']): Part;
  /** `document` with that part put back as `part`. */
  write(document: PartnershipDocument, record: I['record'], part: Part): PartnershipDocument;
  /** What to say instead of sending a record the host would refuse; undefined to send it. */
  refusal?(document: PartnershipDocument, record: I['record']): Announcement | undefined;
  /** Whether the element tells of this record; `sentHere`: this page sent it and awaits the answer. */
  shows(entry: EntryOf<I>, sentHere: boolean): boolean;
  /** The person the element acts for: a record kept for someone else's sign-in names its owner. */
  actingFor(): string | undefined;
  /** The names of the element's events for a confirmed record and a refused one. */
  events: { recorded: string; rejected: string };
  words: ChangeWords<I['record']>;
}

/** What the controller needs of its element beyond its properties. */
export interface ChangingElement {
  /** The element's document as it stands. */
  state(): DocumentState;
  /** Fires one of the element's events. */
  emit(name: string, detail: unknown): void;
}

/** A change sent from this page and not yet answered. */
interface Pending<R> {
  record: R;
  target: string;
  documentUrl: string | undefined;
  /** The partnership of the document it was made on: an element given another's `data` may make one to the same target. */
  partnership: string;
  /** Puts the thing back as it was before this change (or before an earlier one refused while this waited). */
  restore: (document: PartnershipDocument) => PartnershipDocument;
  /** When the copy `restore` was read from was fetched: over a copy fetched since, it is out of date. */
  readFrom: string | undefined;
}

export class OptimisticChangeController<I extends ChangeItem, Part> implements ReactiveController {
  /** What the status region says of the latest change; nothing until there is one. */
  announcement: Announcement | undefined;
  /**
   * What the announcement is of (the kind's `target`: one seat at one meeting, one action); undefined when it is of
   * no one thing. An element may show the same words on that thing's row, by the button that made the change.
   */
  announcementTarget: string | undefined;
  /** The host's words the announcement may quote, from the status it tells of: marked with their language. */
  private announcedHostWords: readonly HostWords[] = [];

  /** Each change sent from this page and not answered yet, in the order they were made. */
  private readonly pending = new Map<string, Pending<I['record']>>();
  /** Changes an earlier page left, said to be saving when this page first sent them. */
  private readonly toldSaving = new Set<string>();
  /** Why each record waiting on this device was last said to wait: the same again is not said twice. */
  private readonly toldWhy = new Map<string, string>();
  private readonly sending: OutboxController;
  private connected = false;
  private stopFollowing?: () => void;

  constructor(
    private readonly host: OutboxHost,
    private readonly element: ChangingElement,
    private readonly kind: ChangeKind<I, Part>,
  ) {
    this.sending = new OutboxController(
      host,
      kind.submitChannel,
      (entry) => entry.kind === kind.kind && kind.shows(entry as EntryOf<I>, this.pending.has(entry.id)),
      (status) => this.report(status),
      () => element.state(),
    );
    // What the status region said was of the partnership shown before another's document was given (a kept element's
    // new `data`): its changes are no longer this element's to tell of.
    new PartnershipChange(
      host,
      () => element.state(),
      () => this.clearAnnouncement(),
    );
    host.addController(this);
  }

  /** Whether changes have somewhere to go: an endpoint or a submit function. */
  get canSend(): boolean {
    return this.sending.channel !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    // The outbox controller reports from here on; it takes what settled while away as old news, settled already.
    this.stopFollowingNow();
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.pending.size === 0) return;
    this.stopFollowing = outboxForPage().$status.subscribe((statuses) => this.settleWhileAway(statuses));
    if (this.pending.size === 0) this.stopFollowingNow();
  }

  /**
   * The latest of the element's changes to each thing (by `target`) that this page knows, and where it is:
   * queued, sending, or answered. A row shows the change still on this device, or refused, from this.
   */
  latestChanges(): Map<string, OutboxStatus> {
    const latest = new Map<string, OutboxStatus>();
    for (const status of this.sending.statuses()) {
      const target = this.kind.target(status.entry.record as I['record']);
      const known = latest.get(target);
      if (!known || (known.entry.sequence ?? 0) <= (status.entry.sequence ?? 0)) latest.set(target, status);
    }
    return latest;
  }

  /** Empties the status region: what it said is about an earlier change, and something else now has the reader. */
  clearAnnouncement(): void {
    this.announcement = undefined;
    this.announcementTarget = undefined;
    this.announcedHostWords = [];
    this.host.requestUpdate();
  }

  /**
   * Says something in the status region without sending anything; `target`: the thing it is of, if one;
   * `hostWords`: the host's words it may quote (hostWordsOf), marked with their language where it is drawn.
   */
  say(announcement: Announcement, target?: string, hostWords: readonly HostWords[] = []): void {
    this.announcement = announcement;
    this.announcementTarget = target;
    this.announcedHostWords = hostWords;
    this.host.requestUpdate();
  }

  /**
   * What the status region says now, in the words of `msg` and with `names`, the host's words in it marked with
   * their language (WCAG 3.1.2: a Welsh page quoting an English refusal); '' when it says nothing.
   */
  spoken(msg: Messages, names: Names): string | TemplateResult {
    const said = this.announcement?.(msg, names);
    return said ? markHostWords(said, msg.lang, this.announcedHostWords) : '';
  }

  /**
   * Shows `record` at once ("saving"), then saves it in the outbox to send.
   * Resolves once it is saved on this device. A record that would change
   * nothing, or that the kind says the host would refuse, is not sent: the
   * element says why instead.
   */
  async change(record: I['record']): Promise<void> {
    const state = this.element.state();
    if (state.status !== 'ready') return;
    const { kind } = this;
    const target = kind.target(record);
    const before = kind.read(state.document, record);
    const after = kind.read(kind.apply(state.document, record), record);
    if (JSON.stringify(after) === JSON.stringify(before)) return this.say(kind.words.unchanged(record), target);
    const refusal = kind.refusal?.(state.document, record);
    if (refusal) return this.say(refusal, target);
    const restore = (document: PartnershipDocument) => kind.write(document, record, before);
    const { url: documentUrl, fetchedAt: readFrom } = state;
    const { id: partnership } = state.document.partnership;
    this.pending.set(record.id, { record, target, documentUrl, partnership, restore, readFrom });
    if (state.url) updateDocument(state.url, (document) => kind.apply(document, record));
    this.say(kind.words.saving(record), target);
    await this.sending.enqueue({ kind: kind.kind, record } as I, state);
  }

  private report(status: OutboxStatus): void {
    if (status.entry.kind !== this.kind.kind) return;
    const record = status.entry.record as I['record'];
    const { words, events } = this.kind;
    // Each step is said of the record's thing, which an element may show on its row.
    const say = (announcement: Announcement, hostWords?: readonly HostWords[]) =>
      this.say(announcement, this.kind.target(record), hostWords);
    // A change an earlier page left on the device, sent now: said once, as this page's own are when made.
    if (status.state === 'sending' && !this.pending.has(record.id) && !this.toldSaving.has(record.id)) {
      this.toldSaving.add(record.id);
      say(words.saving(record));
    }
    // Said once: the outbox controller reports each state of a record once, however often its wait is put back. Only
    // behind another: alone, it is sent at once, and "waiting to be sent" between "Saving…" and "saved" was untrue.
    if (status.state === 'queued' && !status.problem && words.waiting && this.sending.behindAnother(status.entry))
      say(words.waiting(record));
    if (status.state === 'queued' && status.problem && this.newReason(status)) {
      const { problem } = status;
      const actingFor = this.kind.actingFor();
      const usual = words.queued(record, problem);
      say((msg, names) => keptBecause(msg, status, actingFor, names.person, usual(msg, names)), hostWordsOf(status));
    }
    if (status.state === 'recorded' || status.state === 'rejected') this.toldWhy.delete(record.id);
    if (status.state === 'recorded') {
      this.pending.delete(record.id);
      say(words.saved(record, status.note));
      this.emit(events.recorded, { change: record, ...(status.note ? { note: status.note } : {}) });
    }
    if (status.state === 'rejected') {
      this.rollBack(record.id, status);
      // Put back at once; said, and its event fired, with the answer to the change it was made on (outbox-tell-once).
      if (status.waitingOn) return;
      // A change made on top of one refused as changed-since was never sent: the refusal of that one, said a moment
      // ago, says what the thing holds now; the row says this one was not sent. Told once, not again for each. Nor
      // is a refusal said that a change made on it said already (`toldWith`).
      if (!status.madeOn && !status.toldWith) say(words.rolledBack(record, status), hostWordsOf(status));
      this.emit(events.rejected, { change: record, reason: status.reason });
    }
  }

  /**
   * Whether why a record waits is news: each retry that fails as the one before would say it again, over
   * newer news (a later change said to be waiting), while the row still shows it.
   */
  private newReason(status: Extract<OutboxStatus, { state: 'queued' }>): boolean {
    const why = JSON.stringify([status.problem, status.owner, status.message]);
    if (this.toldWhy.get(status.entry.id) === why) return false;
    this.toldWhy.set(status.entry.id, why);
    return true;
  }

  /**
   * Puts back what change `id` replaced, with the later changes to the same
   * thing still on their way laid over it again; the next of them now puts
   * back what this one would have. A change refused because someone
   * changed the thing since (`changed-since`) has the document fetched too,
   * once for the page by its outbox (page-outbox.ts): what was there before
   * this change is not what the host holds now. Over a copy
   * fetched since the change was made (a change dropped late, after the
   * refusal of the one it was made on fetched the document), nothing is put
   * back: that copy holds what the host holds, and is shown again at once
   * without the change laid over it (showAsHeld), then fetched again. A
   * change this element did not make here (another tab's, one an earlier page
   * left) is taken off the screen so too: no value that will not be saved
   * stays shown until a fetch lands.
   */
  private rollBack(id: string, status: Rejected): void {
    const refused = this.pending.get(id);
    if (!refused) return this.showAsHeld(status);
    const made = [...this.pending.values()];
    const later = made
      .slice(made.indexOf(refused) + 1)
      .filter(
        (p) =>
          p.target === refused.target && p.documentUrl === refused.documentUrl && p.partnership === refused.partnership,
      );
    this.pending.delete(id);
    if (later[0]) Object.assign(later[0], { restore: refused.restore, readFrom: refused.readFrom });
    if (!refused.documentUrl) return;
    if (this.fetchedSince(refused)) return this.showAsHeld(status);
    updateDocument(refused.documentUrl, (document) =>
      later.reduce((shown, p) => this.kind.apply(shown, p.record), refused.restore(document)),
    );
  }

  /**
   * Shows the document of `status`, a change refused or taken off the device unsent, as the host gave it with the
   * changes still on their way laid over (relayDocument), those still being written to the device too, any element's
   * (Outbox.writing). When someone changed the thing since, the page's outbox fetches it again, once for the page.
   */
  private showAsHeld(status: Rejected): void {
    const url = status.entry.documentUrl;
    if (url) relayDocument(url);
  }

  /** Whether the document shown was fetched again after the copy `change` would put back was read. */
  private fetchedSince(change: Pending<I['record']>): boolean {
    const state = this.element.state();
    return state.status === 'ready' && state.url === change.documentUrl && state.fetchedAt !== change.readFrom;
  }

  private emit(name: string, detail: unknown): void {
    if (this.connected) this.element.emit(name, detail);
  }

  /** Off the page: the answers to this page's changes still settle them, until none waits. */
  private settleWhileAway(statuses: Record<string, OutboxStatus>): void {
    for (const id of [...this.pending.keys()]) {
      const status = statuses[id];
      if (status?.state === 'recorded' || status?.state === 'rejected') this.report(status);
    }
    if (this.pending.size === 0) this.stopFollowingNow();
  }

  private stopFollowingNow(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }
}
