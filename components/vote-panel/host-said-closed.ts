/**
 * A proposal's close that the host has said its clock passed: it refused a vote from here as `proposal-not-open`,
 * naming the `closes` the panel shows. The panel shows the proposal closed from then, whatever this device's clock
 * says. The host's clock is the one that counts, and a device a moment behind it (within what its `Date` header
 * can tell: src/data/host-clock.ts) still offered the form beside "Not accepted", voting having closed.
 *
 * A refusal naming another close than the one shown (the proposal reopened since, or a host's mistake) changes
 * nothing: the document decides.
 */
import { isDateTime, type Proposal } from '../../src/contract/index.js';
import { instantOf } from '../../src/rules/index.js';
import type { OutboxStatus } from '../../src/data/index.js';

export class HostSaidClosed {
  /** The last close the host said it passed, of which proposal. */
  private said?: { proposal: string; closes: number };

  /** Notes `status` when it is the host's refusal of a vote as past a close it names; says whether it was. */
  note(status: OutboxStatus): boolean {
    if (status.state !== 'rejected' || status.entry.kind !== 'vote') return false;
    const { refusal } = status;
    if (refusal.by !== 'host' || refusal.code !== 'proposal-not-open') return false;
    const closes = refusal.values?.closes;
    if (typeof closes !== 'string' || !isDateTime(closes)) return false;
    this.said = { proposal: status.entry.record.proposal, closes: instantOf(closes) };
    return true;
  }

  /** `now`, or a moment past the close of `proposal` when the host has said it passed that close and `now` is not. */
  momentFor(proposal: Proposal, now: string): string {
    const { said } = this;
    if (said?.proposal !== proposal.id || !proposal.closes || instantOf(proposal.closes) !== said.closes) return now;
    return instantOf(now) > said.closes ? now : new Date(said.closes + 1).toISOString();
  }
}
