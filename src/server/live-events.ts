/**
 * The live channel: Server-Sent Events of every stored record, each with its
 * seq as the event id. A client that reconnects sends `Last-Event-ID` and
 * gets what it missed, or `refetch` when that is no longer held. A vote the
 * viewer may not read (a secret ballot, a count shown after close) becomes
 * `changed`, naming only the proposal, so the page refetches what it may see;
 * so does, for the public, an attendance or action change (naming the meeting
 * or the action), whose record says who made it, which the public is not shown.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PartnershipDocument, Vote } from '../contract/index.js';
import { countStandsForVotes, readerOf, voteReadable, withoutExt } from '../rules/index.js';
import type { StoredRecord } from './store.js';

/** Records held for clients that reconnect; one who missed more refetches the document. */
const HELD = 5_000;
/**
 * The most records a reconnecting page is sent; one that missed more fetches the document instead, in one
 * compressed answer. A replay is written at once, before anything else is answered: 5,000 held records were
 * 40-65 ms of the event loop and 0.7 MB of memory a stream, and anyone, not signed in, may ask for them.
 */
const REPLAYED = 200;
/**
 * Pages take a channel that has sent heartbeats and then stays silent for 50 s
 * (`liveSilenceMs`, three beats and a little more) for dead, and reopen it.
 */
const HEARTBEAT_MS = 15_000;
/**
 * What a stream may have waiting unsent before it is cut: a client that
 * stopped reading (or reads slower than a meeting writes) would otherwise
 * hold the host's memory without end. The browser reconnects with its
 * Last-Event-ID and gets what it missed, or `refetch`.
 */
const BACKLOG_BYTES = 1_000_000;
/** What a `changed` event tells the public of a record: only the meeting or action it changed. */
function publicChange(record: StoredRecord): Record<string, unknown> {
  if (record.kind === 'attendance') return { meeting: record.body.meeting };
  if (record.kind === 'action') return { action: record.body.action };
  return {};
}

/** An event without an id, so it moves no client's Last-Event-ID; the same bytes for every stream. */
const HEARTBEAT = 'event: heartbeat\ndata: {}\n\n';

/** How many streams a host process keeps open, how many the public may hold, and how many one signed-in person. */
export interface StreamLimits {
  /** Every open stream: each holds a socket and its memory. */
  total: number;
  /**
   * The public's, who are not signed in: fewer than `total`, so that a client opening streams
   * without end, which needs no sign-in, cannot leave the members voting in a meeting without theirs.
   */
  public: number;
  /** One person's: a page holds one stream per document, so a member with many tabs stays well under it. */
  perPerson: number;
}

/** The limits a host's options give: 5,000 streams, 80 % of them the public's, 10 a person, unless they say otherwise. */
export function streamLimits(given: Partial<StreamLimits> = {}): StreamLimits {
  const total = given.total ?? 5_000;
  return { total, public: given.public ?? Math.floor(total * 0.8), perPerson: given.perPerson ?? 10 };
}

/** Why a new stream is refused, in words for the person whose page asked; undefined when it may open. */
export type StreamRefusal = string | undefined;

interface Listener {
  request: IncomingMessage;
  response: ServerResponse;
  viewer: string | null;
}

export class LiveEvents {
  private readonly listeners = new Set<Listener>();
  private readonly held: StoredRecord[] = [];
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly document: () => PartnershipDocument,
    private readonly now: () => string,
    private readonly lastSeq: () => number,
    /** Who a stream's request is signed in as now: a sign-out must not leave a stream open as that member. */
    private readonly viewerOf: (request: IncomingMessage) => string | null | Promise<string | null>,
    heartbeatMs = HEARTBEAT_MS,
    private readonly limits: StreamLimits = streamLimits(),
    /** Reads what other processes stored since this one last read the store. */
    private readonly readStore: () => Promise<void> = async () => undefined,
  ) {
    this.heartbeat = setInterval(() => this.beat(), heartbeatMs);
    this.heartbeat.unref();
  }

  /**
   * A `heartbeat` event keeps proxies from closing an idle stream, and tells
   * the page its connection is alive: a comment would reach no EventSource
   * listener, so a page could not tell a quiet meeting from a dead
   * connection. A stream whose viewer has changed (signed out, or the
   * session expired) is ended, and the browser reconnects as who it is now.
   */
  private beat(): void {
    this.each((listener) => {
      listener.response.write(HEARTBEAT);
      void Promise.resolve(this.viewerOf(listener.request)).then(
        (viewer) => viewer !== listener.viewer && this.endForViewerChange(listener),
        () => undefined,
      );
    });
  }

  /**
   * Ends a stream whose viewer has changed, telling the page first to fetch the document again. Reconnected
   * alone, it carried what the new viewer may read from then on, and the page went on showing the document it
   * had: the signed-out member's own votes, to whoever came to the computer next.
   */
  private endForViewerChange(listener: Listener): void {
    if (listener.response.writableEnded || listener.response.destroyed) return;
    this.send(listener, this.lastSeq(), 'refetch', {});
    listener.response.end();
  }

  /**
   * Whether `viewer` may open another stream: a client opening them without
   * end (a script, a page stuck reloading) would hold the host's sockets and
   * memory until no one else could connect. The public, unnamed, share their
   * part of the total. A refused page waits and tries again, longer each time.
   */
  refusal(viewer: string | null): StreamRefusal {
    this.each(() => undefined); // drops the streams already closed
    if (this.listeners.size >= this.limits.total) {
      return 'The live updates are full just now. This page will try again shortly.';
    }
    if (viewer === null) {
      let publicStreams = 0;
      for (const listener of this.listeners) if (listener.viewer === null) publicStreams += 1;
      return publicStreams >= this.limits.public
        ? 'The live updates for visitors who are not signed in are full just now. This page will try again shortly.'
        : undefined;
    }
    let theirs = 0;
    for (const listener of this.listeners) if (listener.viewer === viewer) theirs += 1;
    return theirs >= this.limits.perPerson
      ? `You have ${theirs} pages with live updates open. Close some; this page will try again shortly.`
      : undefined;
  }

  /**
   * Opens a stream for `viewer`, replaying what a reconnecting client missed:
   * after its `Last-Event-ID`, or after the `after` the document's Link named
   * (a new EventSource sends no Last-Event-ID).
   */
  connect(request: IncomingMessage, response: ServerResponse, viewer: string | null, after?: string): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // A compressing middleware (compression()) or proxy holds output until it has enough to pack, and an
      // event must go now: `no-transform` leaves the stream as sent, `X-Accel-Buffering` tells nginx not to hold it.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    });
    response.write('retry: 3000\n\n');
    const listener = { request, response, viewer };
    this.listeners.add(listener);
    request.on('close', () => this.listeners.delete(listener));
    this.replay(listener, request.headers['last-event-id'] ?? after);
  }

  private replay(listener: Listener, lastEventId: string | string[] | undefined): void {
    if (typeof lastEventId !== 'string') return;
    const after = Number(lastEventId);
    if (!Number.isSafeInteger(after) || after === this.lastSeq()) return;
    if (after > this.lastSeq()) return this.pastTheStore(listener, after);
    const first = this.held[0]?.seq ?? Infinity;
    if (after + 1 < first || this.lastSeq() - after > REPLAYED)
      return this.send(listener, this.lastSeq(), 'refetch', {});
    for (const record of this.held) {
      if (record.seq <= after) continue;
      // A replay is written at once, before the client can read any of it: 5,000 held records of up to 8 KB
      // each were 40 MB waiting on one stream, which anyone may open, unsigned in, thousands of times. Past
      // the backlog a stream may hold, the page is told to fetch the document, which has the rest.
      if (listener.response.writableLength > BACKLOG_BYTES) return this.send(listener, this.lastSeq(), 'refetch', {});
      this.sendRecord(listener, record);
    }
  }

  /**
   * A page whose last record is past this process's: first this process reads what another stored (the page
   * was served by a process ahead of it), and if the page is still past the store's last record, the store
   * lost records it had (a backup restored with the host stopped), which the page goes on showing. It is
   * sent `refetch`, whose id takes it back to the store's last record.
   */
  private pastTheStore(listener: Listener, after: number): void {
    // A read that fails (the store down) leaves the page judged by what this process has read.
    const read = this.readStore().catch(() => undefined);
    void read.then(() => {
      const { response } = listener;
      if (after > this.lastSeq() && !response.writableEnded && !response.destroyed)
        this.send(listener, this.lastSeq(), 'refetch', {});
    });
  }

  /** Sends newly applied records to every stream. */
  publish(records: StoredRecord[]): void {
    for (const record of records) {
      this.held.push(record);
      this.each((listener) => this.sendRecord(listener, record));
    }
    if (this.held.length > HELD) this.held.splice(0, this.held.length - HELD);
  }

  private sendRecord(listener: Listener, record: StoredRecord): void {
    if (record.kind === 'vote') {
      const vote = record.body as unknown as Vote;
      const [doc, now] = [this.document(), this.now()];
      // A vote the viewer may not read, or one behind a published count (even their own), moves nothing the
      // page can apply: it refetches what it may see.
      if (
        !voteReadable(doc, vote, listener.viewer, now) ||
        countStandsForVotes(doc, vote.proposal, listener.viewer, now)
      ) {
        return this.send(listener, record.seq, 'changed', { proposal: vote.proposal });
      }
    }
    if (readerOf(this.document(), listener.viewer) === null) return this.sendToPublic(listener, record);
    this.send(listener, record.seq, 'record', { kind: record.kind, record: record.body });
  }

  /**
   * A record as the public may read it, never more than `publishedDocument` serves them. A vote they may read
   * is the document's own, without the member's `ext`. An attendance or action change names who made it, when
   * by their device and (an action's) what it was before, none of which the public document shows: the public
   * is told only what changed, and the page fetches the document. A kind not named here is told the same way.
   */
  private sendToPublic(listener: Listener, record: StoredRecord): void {
    if (record.kind === 'vote')
      return this.send(listener, record.seq, 'record', { kind: record.kind, record: withoutExt(record.body) });
    this.send(listener, record.seq, 'changed', publicChange(record));
  }

  private send(listener: Listener, seq: number, event: string, data: unknown): void {
    listener.response.write(`id: ${seq}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  private each(write: (listener: Listener) => void): void {
    for (const listener of this.listeners) {
      const { response } = listener;
      if (response.writableLength > BACKLOG_BYTES) response.destroy();
      if (response.writableEnded || response.destroyed) this.listeners.delete(listener);
      else write(listener);
    }
  }

  /** Ends every stream: the host is closing. */
  close(): void {
    clearInterval(this.heartbeat);
    this.each((listener) => listener.response.end());
    this.listeners.clear();
  }
}
