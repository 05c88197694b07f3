/**
 * The member's votes on proposals that no panel of theirs on the page shows,
 * listed by their first panel (vote-panel.ts): still waiting on this device,
 * or refused by the host. Nothing a member cast is out of sight.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { OutboxStatus } from '../../src/data/index.js';
import type { PartnershipDocument } from '../../src/contract/index.js';
import { namesForProposal, type Messages, type Names } from '../../src/messages/index.js';
import { refusedBecause } from '../internal/outbox-controller.js';
import { markStatusWords } from '../internal/host-words.js';

/**
 * The list of `statuses` of votes on proposals other than `shown`; nothing when there are none. A refusal names
 * its seat in its own proposal's group: another group may share the seat's id.
 */
export function renderOtherVotes(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  statuses: OutboxStatus[],
  shown: string | undefined,
) {
  const t = msg.votePanel;
  const items = statuses.flatMap((status) => {
    if (status.entry.kind !== 'vote' || status.entry.record.proposal === shown) return [];
    const title = names.proposal(status.entry.record.proposal);
    if (status.state === 'queued' || status.state === 'sending') return [html`<li>${t.otherQueued(title)}</li>`];
    if (status.state !== 'rejected') return [];
    const reason = refusedBecause(msg, status, namesForProposal(names, document, status.entry.record.proposal));
    // The host's words in it marked with their language, as the status region marks them.
    return [html`<li>${markStatusWords(t.otherRejected(title, reason), msg.lang, status)}</li>`];
  });
  return items.length
    ? html`<ul class="other-votes">
        ${items}
      </ul>`
    : nothing;
}
