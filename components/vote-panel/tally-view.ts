/**
 * The count explained, from the rules core's `outcome`: the counts, the rule
 * and where it came from, the base, what it still needs, how abstentions and
 * ties count, quorum, and the result (or, while open, the result if voting
 * closed now).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PartnershipDocument, Proposal } from '../../src/contract/index.js';
import { awaitingAttendance, outcome, seatLabel, type Outcome } from '../../src/rules/index.js';
import { formatDateTime } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import { voteMessages as t } from './messages.js';

export type ResultsMode = 'live' | 'after-close' | 'hidden';

export function renderTally(
  document: PartnershipDocument,
  proposal: Proposal,
  mode: ResultsMode,
  headingLevel: number,
  today: string,
): TemplateResult {
  // A draft has not been put to a vote yet, and a withdrawn proposal never was: there is nothing to count.
  if (proposal.status === 'draft' || proposal.status === 'withdrawn') return html``;
  if (mode === 'hidden') return html`<p class="tally" part="tally">${t.hidden}</p>`;
  if (mode === 'after-close' && proposal.status !== 'closed')
    return html`<p class="tally" part="tally">${t.afterClose}</p>`;
  const result = outcome(document, proposal.id);
  const group = document.groups.find((g) => g.id === proposal.group);
  const meeting = proposal.meeting ? document.meetings.find((m) => m.id === proposal.meeting) : undefined;
  const source = result.ruleSource;
  const agreedAt = source.kind === 'agreed' ? document.meetings.find((m) => m.id === source.meeting) : undefined;
  const have = result.for;
  // Before the meeting has anyone checked in, its quorum is not yet known, not "not quorate".
  const awaiting = meeting !== undefined && awaitingAttendance(document, meeting.id, today);
  return html`<section class="tally" part="tally" aria-labelledby="tally-title">
    ${heading(headingLevel, 1, t.tallyTitle, { id: 'tally-title' })}
    <table class="counts">
      <caption class="visually-hidden">
        ${t.tallyCaption}
      </caption>
      <tbody>
        <tr>
          <th scope="row">${t.countsFor}</th>
          <td class="numeric">${result.for}</td>
        </tr>
        <tr>
          <th scope="row">${t.countsAgainst}</th>
          <td class="numeric">${result.against}</td>
        </tr>
        <tr>
          <th scope="row">${t.countsAbstain}</th>
          <td class="numeric">${result.abstain}</td>
        </tr>
      </tbody>
    </table>
    <p class="result">
      <strong>
        ${
          proposal.status !== 'open'
            ? t.resultLine(t.result(result.result))
            : awaiting && result.standing === 'inquorate'
              ? t.standingAwaiting
              : t.standingLine(t.result(result.standing))
        }
      </strong>
    </p>
    <ul>
      <li>${t.ruleLine(result.rule)} ${agreedAt ? t.ruleAgreed(formatDateTime(agreedAt.start)) : t.ruleFromGroup}</li>
      <li>${t.base(result.for + result.against + result.abstain, result.entitled)}</li>
      ${
        proposal.status === 'open'
          ? html`<li>${result.needed === null ? t.cannotCarry : t.needed(result.needed, result.entitled, have)}</li>`
          : nothing
      }
      <li>${t.abstentions(result.rule)}</li>
      ${result.rule === 'simple-majority' ? html`<li>${tieLine(result, group?.tieBreak === 'chair')}</li>` : nothing}
      <li>
        ${
          meeting
            ? awaiting
              ? t.quorumNotYet(formatDateTime(meeting.start))
              : result.quorate
                ? t.quorate(formatDateTime(meeting.start))
                : t.inquorate(formatDateTime(meeting.start))
            : t.noMeeting
        }
      </li>
    </ul>
    ${result.invalid.length > 0 ? renderInvalid(document, proposal, result.invalid, headingLevel) : nothing}
  </section>`;
}

/** How a tie is decided; when the votes are tied and the chair's vote decided it, says so. */
function tieLine(result: Outcome, chairDecides: boolean): string {
  if (!chairDecides) return t.tieNone;
  const decided = result.standing === 'carried' || result.standing === 'not-carried';
  if (result.for > 0 && result.for === result.against && decided) {
    return t.tieDecided(result.for, result.standing === 'carried');
  }
  return t.tieChair;
}

function renderInvalid(
  document: PartnershipDocument,
  proposal: Proposal,
  invalid: Outcome['invalid'],
  headingLevel: number,
) {
  const group = document.groups.find((g) => g.id === proposal.group);
  return html`${heading(headingLevel, 2, t.invalidTitle(invalid.length))}
    <ul>
      ${invalid.map((item) => {
        const vote = document.votes.find((v) => v.id === item.vote);
        const seat = group?.seats.find((s) => s.id === vote?.seat);
        const person = document.people.find((p) => p.id === vote?.by)?.name ?? vote?.by ?? '';
        return html`<li>
          ${t.invalidVote(seat ? seatLabel(document, seat) : (vote?.seat ?? ''), person, item.message)}
        </li>`;
      })}
    </ul>`;
}
