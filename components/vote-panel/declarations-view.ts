/**
 * The interests declared on a proposal, as a council minutes them: who, the
 * interest, for which seat (the core's `outcome().declarations`), and whether
 * they withdrew for the item.
 */
import { html, nothing } from 'lit';
import type { PartnershipDocument, Proposal } from '../../src/contract/index.js';
import { seatLabel, type Outcome } from '../../src/rules/index.js';
import { formatDateTime } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import { voteMessages as t } from './messages.js';

export function renderDeclarations(
  document: PartnershipDocument,
  proposal: Proposal,
  declarations: Outcome['declarations'],
  headingLevel: number,
) {
  if (proposal.declarations.length === 0) return nothing;
  const group = document.groups.find((g) => g.id === proposal.group);
  return html`<section class="declarations" part="declarations" aria-labelledby="declarations-title">
    ${heading(headingLevel, 1, t.declarationsTitle, { id: 'declarations-title' })}
    <ul>
      ${proposal.declarations.map((declared) => {
        const person = document.people.find((p) => p.id === declared.person)?.name ?? declared.person;
        const seatId = declarations.find((d) => d.person === declared.person)?.seat;
        const seat = seatId ? group?.seats.find((s) => s.id === seatId) : undefined;
        return html`<li>
          <strong>${seat ? t.declaredFor(person, seatLabel(document, seat)) : person}</strong>: ${declared.interest}
          <span class="declaration-outcome">
            ${declared.withdrew ? t.withdrewForItem : t.stayedForItem}
            ${declared.declared ? t.declaredAt(formatDateTime(declared.declared)) : nothing}
          </span>
        </li>`;
      })}
    </ul>
  </section>`;
}
