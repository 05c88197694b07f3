/**
 * The PostgreSQL store's watch: one connection of its own that LISTENs on the channel each commit notifies,
 * made again when it is lost or stops answering, and the log read whenever it may have grown (a notification,
 * a connection made, a check answered), since a notification is lost while no one listens.
 */
import type { Client } from 'pg';
import { CHANNEL } from './postgres-transaction.js';

/** The first wait before a lost listening connection is made again, doubled after each failure up to the most. */
const FIRST_RETRY_MS = 500;
const MOST_RETRY_MS = 10_000;

/** Why a listening connection is made again when it has stopped answering. */
const silent = (ms: number) =>
  new Error(`the store's listening connection did not answer within ${ms} ms: connecting again`);

/** What the watch is given: how to make its connection, how often to check it, and whom to tell. */
export interface Listening {
  newClient: () => Client;
  checkMs: number;
  listener: () => void;
  onTrouble: (error: unknown) => void;
}

/** One store watch's listening connection, and its state as it is lost and made again. */
class ListeningConnection {
  private client: Client | undefined;
  private listening = false;
  /** A check was sent on the listening connection and has had no answer yet. */
  private unanswered = false;
  private stopped = false;
  private retry = FIRST_RETRY_MS;
  private readonly checking: NodeJS.Timeout;

  constructor(private readonly given: Listening) {
    // A connection a network dropped without a word (a firewall's idle timeout) hears no more notifications and
    // says nothing: only a question it never answers shows it is gone.
    this.checking = setInterval(() => this.check(), given.checkMs);
    this.checking.unref();
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const connecting = (this.client = this.given.newClient());
    connecting.on('notification', () => this.given.listener());
    connecting.on('error', (error) => this.reconnect(connecting, error));
    try {
      await connecting.connect();
      await connecting.query(`LISTEN ${CHANNEL}`);
      this.retry = FIRST_RETRY_MS;
      this.listening = true;
      // Whatever was appended while no one listened is read now.
      this.given.listener();
    } catch (error) {
      this.reconnect(connecting, error);
    }
  }

  /** Drops `failed`, if it is still the connection in use, and makes another after a wait that grows. */
  private reconnect(failed: Client, error: unknown): void {
    if (failed !== this.client) return;
    if (!this.stopped) this.given.onTrouble(error);
    failed.removeAllListeners();
    // Not awaited: a connection the network dropped may never answer its goodbye.
    void failed.end().catch(() => undefined);
    this.client = undefined;
    this.listening = this.unanswered = false;
    if (this.stopped) return;
    setTimeout(() => void this.connect(), this.retry).unref();
    this.retry = Math.min(this.retry * 2, MOST_RETRY_MS);
  }

  /** Asks the connection a question; one still unanswered at the next check means it is gone. */
  private check(): void {
    const checked = this.client;
    if (!checked || !this.listening) return;
    if (this.unanswered) return this.reconnect(checked, silent(this.given.checkMs));
    this.unanswered = true;
    checked.query('SELECT 1').then(
      () => {
        if (checked !== this.client) return;
        this.unanswered = false;
        this.given.listener();
      },
      (error: unknown) => this.reconnect(checked, error),
    );
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.checking);
    void this.client?.end().catch(() => undefined);
  }
}

/** Starts listening for the store's commits as `given` says; returns the function that stops it. */
export function listenForCommits(given: Listening): () => void {
  const connection = new ListeningConnection(given);
  return () => connection.stop();
}
