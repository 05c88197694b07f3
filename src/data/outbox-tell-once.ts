/**
 * The person is told once of a refusal as changed-since of their change to an action or a seat, however the tabs
 * of the site sent the changes made on it. Two tabs may each send a change, the second made on the first, before
 * either hears the host's answer to the first: the host refuses both, for one reason, and each answer comes to
 * every tab. The second's refusal is then shown as made on the first (`madeOn`, with the first's words), which the
 * elements do not say again; when it comes while the first is still unanswered, it waits for that answer (at most
 * WAIT_FOR_EARLIER_MS): the first refused too, it is told with it; the first taken, it is told on its own.
 */
import { LEASE_MS } from './outbox-lock.js';
import type { OutboxStatus } from './outbox.js';
import { isChangedSince, madeOnTopOf, refusalOf, type RefusalMemory } from './outbox-refusals.js';

type Rejected = Extract<OutboxStatus, { state: 'rejected' }>;

/** How long a refusal waits for the answer to the change it was made on: no send of that one is held longer. */
export const WAIT_FOR_EARLIER_MS = LEASE_MS;

export class TellOnce {
  /** Refusals waiting for the answer to the change each was made on, by that change's id. */
  private readonly waiting = new Map<string, { refusals: Rejected[]; timer: ReturnType<typeof setTimeout> }>();

  /**
   * @param memory the refusals this tab knows of.
   * @param shown what the tab shows of every record now.
   * @param show shows a status in this tab.
   */
  constructor(
    private readonly memory: RefusalMemory,
    private readonly shown: () => Record<string, OutboxStatus>,
    private readonly show: (status: OutboxStatus) => void,
  ) {}

  /** Shows `status`, news of this tab's own or of another's, as one the person is told once. */
  hear(status: OutboxStatus): void {
    if (status.state === 'rejected' && isChangedSince(status.refusal) && !status.madeOn) {
      const known = this.memory.madeOnRefused(status.entry, false);
      if (known) return this.hear({ ...status, ...known });
      const earlier = Object.values(this.shown()).find(
        ({ state, entry }) => (state === 'queued' || state === 'sending') && madeOnTopOf(entry, status.entry),
      );
      if (earlier) return this.wait(earlier.entry.id, status);
    }
    this.show(status);
    if (status.state === 'recorded' || status.state === 'rejected') this.answered(status);
  }

  /** Tells every refusal still waiting on its own: the outbox stops, and hears no more answers. */
  stop(): void {
    for (const id of [...this.waiting.keys()]) this.release(id, (status) => this.show(status));
  }

  private wait(id: string, status: Rejected): void {
    const waiting = this.waiting.get(id) ?? {
      refusals: [],
      timer: setTimeout(() => this.release(id, (late) => this.show(late)), WAIT_FOR_EARLIER_MS),
    };
    waiting.refusals.push(status);
    this.waiting.set(id, waiting);
  }

  /** `earlier` is answered: what waited for it is told with its refusal, or on its own when it was taken. */
  private answered(earlier: OutboxStatus): void {
    const asOne = earlier.state === 'rejected' && isChangedSince(earlier.refusal);
    this.release(earlier.entry.id, (status) => this.hear(asOne ? { ...status, ...refusalOf(earlier) } : status));
  }

  private release(id: string, tell: (status: Rejected) => void): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.waiting.delete(id);
    clearTimeout(waiting.timer);
    waiting.refusals.forEach(tell);
  }
}
