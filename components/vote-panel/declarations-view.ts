/**
 * The interests declared on a proposal, as a council minutes them: who, the
 * interest, for which seat (the core's `outcome().declarations`), and whether
 * they withdrew for the item.
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import type { Proposal } from '../../src/contract/index.js';
import type { Outcome } from '../../src/rules/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';

export function renderDeclarations(
  msg: Messages,
  names: Names,
  proposal: Proposal,
  declarations: Outcome['declarations'],
  headingLevel: number,
) {
  if (proposal.declarations.length === 0) return nothing;
  const t = msg.votePanel;
  return html`<section class="declarations" part="declarations" aria-labelledby="declarations-title">
    ${heading(headingLevel, 1, t.declarationsTitle, { id: 'declarations-title' })}
    <ul>
      ${proposal.declarations.map((declared) => {
        const person = names.person(declared.person);
        const seat = declarations.find((d) => d.person === declared.person)?.seat;
        return html`<li>
          <strong>${seat ? t.declaredFor(person, names.seat(seat)) : person}</strong>: ${t.interest(declared.interest)}
          <span class="declaration-outcome">${outcomeOf(msg, declared)}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}

/**
 * Whether they withdrew, then when they declared, as one text: the space between two texts at the end of a block
 * line is dropped from what a screen reader reads ("…vote on it.Declared on…").
 */
function outcomeOf(msg: Messages, declared: Proposal['declarations'][number]): string {
  const t = msg.votePanel;
  const outcome = declared.withdrew ? t.withdrewForItem : t.stayedForItem;
  return declared.declared ? `${outcome} ${t.declaredAt(msg.format.dateTime(declared.declared))}` : outcome;
}
