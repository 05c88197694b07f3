/**
 * The decisions a report asks for, each with its outcome from the core in the
 * vote panel's own words, and a link to where the vote panel lives, made from
 * the host's `href-template` (`{proposal}` fills in). Only http, https or
 * relative links are made: anything else gives the title without a link.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { heardOnly } from '../internal/heard-only.js';
import type { PartnershipDocument, Proposal } from '../../src/contract/index.js';
import {
  castingUnpublished,
  liveCountOutlived,
  type Disclosure,
  type Outcome,
  type ReportedDecision,
} from '../../src/rules/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';
import { resultWords } from '../internal/result-words.js';

/**
 * The link to proposal `id` from `template`, or undefined when there is no
 * template or it would make anything but an http, https or relative URL.
 *
 * @example
 * proposalLink('/governance/proposals/{proposal}', 'hnb-plan', location.href); // '/governance/proposals/hnb-plan'
 */
export function proposalLink(template: string | undefined, id: string, base: string): string | undefined {
  if (!template) return undefined;
  const href = template.replaceAll('{proposal}', encodeURIComponent(id));
  try {
    const { protocol } = new URL(href, base);
    return protocol === 'http:' || protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The outcome in the vote panel's words, as its tally's result line says
 * it: the result once decided; while voting is open, what it would be if
 * voting closed now, unless the core's outcome says it is too early to say;
 * and nothing of how it leans while the core hides the count.
 */
export function outcomeLine(msg: Messages, proposal: Proposal, outcome: Outcome, shown: Disclosure): string {
  const t = msg.votePanel;
  if (proposal.status === 'draft') return t.notOpenYet;
  if (proposal.status === 'withdrawn') return t.withdrawn;
  // The public's totals as served while voting was open: seats may have voted since, so they give no result.
  if (liveCountOutlived(proposal, outcome)) return t.liveCountOutlived;
  if (outcome.result !== 'pending') return t.resultLine(resultWords(msg, outcome));
  if (!shown.count) return t.afterClose;
  if (outcome.standing === 'inquorate') {
    return outcome.quorumState === 'not-yet-known' ? t.standingAwaiting : t.standingInquorate;
  }
  if (outcome.tooEarlyToSay) return t.standingTooEarly;
  // A published tie that does not say whether the chair gave a casting vote is not said to be lost (tally-view.ts).
  return t.standingLine(castingUnpublished(proposal, outcome) ? t.tiedUnlessCasting : t.result(outcome.standing));
}

/**
 * The line above the decisions: the one group asked to decide them all (a proposal's own group, which need not be
 * the group the project reports to), else no group, each decision then naming its own.
 */
function decisionsIntro(msg: Messages, names: Names, groups: ReadonlySet<string>): string {
  const t = msg.highlightReport;
  const [only] = groups;
  return groups.size === 1 && only !== undefined ? t.decisionsIntro(names.group(only)) : t.decisionsIntroNoGroup;
}

export function renderDecisions(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  decisions: ReportedDecision[],
  setting: { headingLevel: number; hrefTemplate?: string },
): TemplateResult | typeof nothing {
  if (decisions.length === 0) return nothing;
  const t = msg.highlightReport;
  const base = globalThis.location?.href ?? 'http://localhost/';
  const groups = new Set(decisions.map(({ stood }) => stood.group));
  return html`<section class="decisions" part="decisions" aria-labelledby="decisions-title">
    ${heading(setting.headingLevel, 1, t.decisionsTitle, { id: 'decisions-title' })}
    <p>${decisionsIntro(msg, names, groups)}</p>
    <ul class="record-list">
      ${decisions.map(({ proposal: id, stood: proposal, outcome, shown }) => {
        if (!document.proposals.some((p) => p.id === id)) return nothing;
        const href = proposalLink(setting.hrefTemplate, id, base);
        const { status } = outcome;
        return html`<li data-proposal=${id}>
          <span class="record-title">${href ? html`<a href=${href}>${proposal.title}</a>` : proposal.title}</span
          >${heardOnly('.')}
          <strong class="tag ${status === 'open' ? 'tag--blue' : 'tag--grey'}">${msg.votePanel.status(status)}</strong
          >${heardOnly('.')} <span class="record-detail">${outcomeLine(msg, proposal, outcome, shown)}</span>${
            groups.size > 1
              ? html`${heardOnly('.')}
                  <span class="record-detail">${t.decisionGroup(names.group(proposal.group))}</span>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
