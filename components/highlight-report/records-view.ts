/**
 * "From the records": what the partnership's own records show for the month,
 * whether or not the lead wrote about it: milestones late or met, open linked
 * risks above appetite, rising or past review, and linked actions overdue,
 * done late, or recorded done before they were raised (the core's `highlightReport`). Each exception is said in words,
 * its tag only repeating them.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { heardOnly } from '../internal/heard-only.js';
import type { Milestone, PartnershipDocument } from '../../src/contract/index.js';
import type { HighlightReport as MonthReport, ReportedAction, ReportedRisk } from '../../src/rules/index.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';
import { ownerNames } from '../internal/owner-names.js';

interface Setting {
  headingLevel: number;
  /** Whether the month is over: else the records are as they stand today. */
  ended: boolean;
  today: string;
}

export function renderRecords(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  month: MonthReport,
  setting: Setting,
): TemplateResult {
  const t = msg.highlightReport;
  const level = setting.headingLevel;
  // "By whom" and a risk's owner as the tracker and the register say them: two of one name (a post) told apart.
  const reported = new Set([...month.actions, ...month.risks].map((record) => record.id));
  const owners = ownerNames(
    document,
    [...document.actions, ...document.risks].filter((record) => reported.has(record.id)).map((record) => record.owner),
    msg.actions.namesake,
  );
  return html`<section class="records" part="records" aria-labelledby="records-title">
    ${heading(level, 1, t.recordsTitle, { id: 'records-title' })}
    <p class="records__intro">${t.recordsIntro(t.month(month.period))}</p>
    ${setting.ended ? nothing : html`<p>${t.recordsSoFar(msg.format.date(setting.today))}</p>`}
    <div class="records__group" data-records="milestones">
      ${heading(level, 2, t.milestonesTitle)} ${renderMilestones(msg, month)}
    </div>
    <div class="records__group" data-records="risks">
      ${heading(level, 2, t.risksTitle)}
      ${
        month.risks.length === 0
          ? html`<p>${t.noRisks}</p>`
          : html`<ul class="record-list">
              ${month.risks.map((risk) => renderRisk(msg, owners, document, risk))}
            </ul>`
      }
    </div>
    <div class="records__group" data-records="actions">
      ${heading(level, 2, t.actionsTitle)}
      ${
        month.actions.length === 0
          ? html`<p>${t.noActions}</p>`
          : html`<ul class="record-list">
              ${month.actions.map((action) => renderAction(msg, owners, document, action))}
            </ul>`
      }
    </div>
  </section>`;
}

function renderMilestones(msg: Messages, month: MonthReport) {
  const t = msg.highlightReport;
  const { late, done } = month.milestones;
  if (late.length === 0 && done.length === 0) return html`<p>${t.noMilestones(t.month(month.period))}</p>`;
  const date = msg.format.date;
  const item = (milestone: Milestone, tag: TemplateResult, dates: string) =>
    html`<li data-milestone=${milestone.id}>
      <span class="record-title">${milestone.title}</span>${heardOnly('.')} ${tag}${heardOnly('.')}
      <span class="record-detail">${dates}</span>
    </li>`;
  return html`${
    late.length
      ? html`<p class="list-title">${t.milestonesLate(late.length)}</p>
          <ul class="record-list">
            ${late.map((m) =>
              item(m, html`<strong class="tag tag--red">${t.milestoneLate}</strong>`, t.dueNotDone(date(m.due))),
            )}
          </ul>`
      : nothing
  }
  ${
    done.length
      ? html`<p class="list-title">${t.milestonesDone(done.length, t.month(month.period))}</p>
          <ul class="record-list">
            ${done.map((m) => {
              const metLate = m.done !== undefined && m.done > m.due;
              return item(
                m,
                html`<strong class="tag ${metLate ? 'tag--orange' : 'tag--green'}">
                  ${metLate ? t.milestoneMetLate : t.milestoneMet}
                </strong>`,
                t.doneOn(date(m.done ?? m.due), date(m.due)),
              );
            })}
          </ul>`
      : nothing
  }`;
}

/** `owners`: the name of each reported risk's owner, by their id (`ownerNames`). */
function renderRisk(msg: Messages, owners: Map<string, string>, document: PartnershipDocument, reported: ReportedRisk) {
  const t = msg.highlightReport;
  const words = msg.risk;
  const risk = document.risks.find((r) => r.id === reported.id);
  return html`<li data-risk=${reported.id}>
    <span class="record-title">${reported.id}: ${risk?.title ?? ''}</span>${heardOnly('.')}
    ${reported.aboveAppetite ? html`<strong class="tag tag--red">${words.aboveAppetite}</strong>${heardOnly('.')}` : nothing}
    ${reported.rising ? html`<strong class="tag tag--orange">${words.trend('up')}</strong>${heardOnly('.')}` : nothing}
    ${reported.reviewOverdue ? html`<strong class="tag tag--red">${words.overdue}</strong>${heardOnly('.')}` : nothing}
    ${risk ? html`<span class="record-detail">${t.riskOwner(owners.get(risk.owner) ?? risk.owner)}</span>` : nothing}
  </li>`;
}

/** `owners`: the name of each action's owner, by their id (`ownerNames`). */
function renderAction(
  msg: Messages,
  owners: Map<string, string>,
  document: PartnershipDocument,
  reported: ReportedAction,
) {
  const t = msg.highlightReport;
  const action = document.actions.find((a) => a.id === reported.id);
  if (!action) return nothing;
  const date = msg.format.date;
  const status = reported.overdue ? 'overdue' : reported.doneLate ? 'done-late' : 'done';
  const raised = reported.raisedAfterCompleted;
  const tone = reported.overdue ? 'tag--red' : raised ? 'tag--orange' : 'tag--grey';
  return html`<li data-action=${reported.id}>
    <span class="record-title">${action.title}</span>${heardOnly('.')}
    <strong class="tag ${tone}">${msg.actions.status(status)}</strong>${heardOnly('.')}
    <span class="record-detail">
      ${
        reported.overdue || !action.completed
          ? t.actionOverdue(date(action.due))
          : raised
            ? t.actionMisdated(date(action.completed), date(raised), date(action.due))
            : t.actionDoneLate(date(action.completed), date(action.due))
      }
      ${t.actionOwner(owners.get(action.owner) ?? action.owner)}
    </span>
  </li>`;
}
