/**
 * The person is told once of a refusal as changed-since of their change to an action or a seat, however the tabs
 * of the site sent the changes made on it. Two tabs may each send a change, the second made on the first, before
 * either hears the host's answer to the first: the host refuses both, for one reason, and each answer comes to
 * every tab. The second's refusal is then shown as made on the first (`madeOn`, with the first's words), which the
 * elements do not say again; when it comes while the first is still unanswered, it waits for that answer (at most
 * WAIT_FOR_EARLIER_MS): the first refused too, it is told with it; the first taken, it is told on its own.
 *
 * While it waits it is shown at once as what it is, refused, with `waitingOn` (the first): the elements put the
 * change back and say on its row that it was not saved and waits for the answer to the first, and say nothing in
 * their status region, nor fire its event, until it is told. It never shows as being sent when the host has
 * answered it.
 *
 * The first may stay unanswered longer than the wait (queued on a device gone offline, or its host slow to answer
 * every try): the second is then told on its own, its refusal saying what the action or seat holds now. When the
 * first is refused as changed-since after that, in this page, its refusal says the same again: it is shown with
 * `toldWith` (the second), which the elements put back and fire the event of, but do not say. A page opened
 * later knows nothing of what an earlier one said, and tells the first's refusal.
 */
import { LEASE_MS } from './outbox-lock.js';
import { dataOptions } from './data-options.js';
import type { OutboxEntry } from './outbox-records.js';
import type { OutboxStatus } from './outbox-status.js';
import { isChangedSince, madeOnTopOf, refusalOf, type RefusalMemory } from './outbox-refusals.js';

type Rejected = Extract<OutboxStatus, { state: 'rejected' }>;

/**
 * How long a refusal waits for the answer to the change it was made on: no send of that one is held longer. The
 * default of the page's `waitForEarlierMs` (data-options.ts), which a test may shorten.
 */
export const WAIT_FOR_EARLIER_MS = LEASE_MS;

/** How many changes told to wait in vain a page remembers, so that their refusals are not said twice. */
const TOLD_KEPT = 50;

export class TellOnce {
  /** Refusals waiting for the answer to the change each was made on, by that change's id. */
  private readonly waiting = new Map<string, { refusals: Rejected[]; timer: ReturnType<typeof setTimeout> }>();
  /** The changes whose answer a refusal waited for in vain, by id: the refusal told on its own. */
  private readonly toldAlone = new Map<string, OutboxEntry>();

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
      if (earlier) return this.wait(earlier.entry, status);
      const toldWith = this.toldAlone.get(status.entry.id);
      if (toldWith) status = { ...status, toldWith };
    }
    if (status.state === 'recorded' || status.state === 'rejected') this.toldAlone.delete(status.entry.id);
    this.show(status);
    if (status.state === 'recorded' || status.state === 'rejected') this.answered(status);
  }

  /** Tells every refusal still waiting on its own: the outbox stops, and hears no more answers. */
  stop(): void {
    for (const id of [...this.waiting.keys()]) this.tellAlone(id);
  }

  /** `status` waits for the answer to `earlier`, shown meanwhile as refused and waiting on it. */
  private wait(earlier: OutboxEntry, status: Rejected): void {
    const { id } = earlier;
    const waiting = this.waiting.get(id) ?? {
      refusals: [],
      timer: setTimeout(() => this.tellAlone(id), dataOptions.waitForEarlierMs),
    };
    waiting.refusals.push(status);
    this.waiting.set(id, waiting);
    this.show({ ...status, waitingOn: earlier });
  }

  /** The refusals waiting for change `id` are told on their own; its refusal, should it come, is not said again. */
  private tellAlone(id: string): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.toldAlone.set(id, waiting.refusals[0]!.entry);
    for (const oldest of [...this.toldAlone.keys()].slice(0, -TOLD_KEPT)) this.toldAlone.delete(oldest);
    this.release(id, (status) => this.show(status));
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
