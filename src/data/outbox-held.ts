/**
 * A change made on the device on top of one the host refused as changed-since is dropped unsent (madeOnTopOf): its
 * `was` is a value the host never held, and the host would refuse it too. Not when it asks for what the host holds
 * now, which the refusal's `values` say (someone else made that very change meanwhile): a host takes a change that
 * asks for what is there whatever its `was` (docs/host.md, "Writing back: the host protocol"), so it is sent as usual
 * and the person is told it is saved. Dropping it would tell them their change was lost when nothing was.
 */
import type { OutboxEntry } from './outbox-records.js';
import type { Refusal } from './outbox-senders.js';

/** Whether `entry` asks for what `refusal`, the host's changed-since refusal of another change to it, says is held now. */
export function asksWhatIsHeld(entry: OutboxEntry, refusal: Refusal): boolean {
  const held = refusal.by === 'host' ? refusal.values : undefined;
  if (!held) return false;
  if (entry.kind === 'action-status') {
    return held.action === entry.record.action && held.status === entry.record.status;
  }
  if (entry.kind === 'attendance') {
    const { seat, meeting, attendance } = entry.record;
    return held.seat === seat && held.meeting === meeting && held.attendance === attendance;
  }
  return false;
}
