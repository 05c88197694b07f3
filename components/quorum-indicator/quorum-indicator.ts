/**
 * @summary Whether a meeting is quorate, each quorum requirement with present
 * and needed, and who is missing for each one not met.
 *
 * @example
 * <quorum-indicator src="/data/wokingham.json" meeting="wep-2022-01-20"></quorum-indicator>
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Attendance, Group, Meeting, PartnershipDocument } from '../../src/contract/index.js';
import { updateDocument, withAttendance, type OutboxStatus, type SubmitFunction } from '../../src/data/index.js';
import { awaitingAttendance, quorum, seatLabel } from '../../src/rules/index.js';
import { defineElement } from '../internal/define.js';
import { heading } from '../internal/heading.js';
import { formatDateTime } from '../internal/format.js';
import { OutboxController, ofDocument } from '../internal/outbox-controller.js';
import { PartnershipElement } from '../internal/partnership-element.js';
import { renderCheckIn, type CheckInChange } from './check-in.js';
import { baseStyles } from '../internal/styles.js';
import { checkInMessages, quorumMessages as t } from './messages.js';
import { quorumStyles } from './quorum-indicator.styles.js';

type QuorumResult = ReturnType<typeof quorum>;
type RequirementResult = QuorumResult['requirements'][number];

/**
 * @tag quorum-indicator
 * @attr src - URL of the partnership document.
 * @attr meeting - Id of the meeting.
 * @attr editable - The clerk's check-in: each seat's attendance can be changed, and is sent through the outbox.
 * @attr clerk - With `editable`: id of the signed-in clerk, who the changes are by.
 * @attr endpoint - With `editable`: URL the attendance changes are POSTed to.
 * @fires attendance-recorded - The host confirmed an attendance change. `detail.change`.
 * @fires attendance-rejected - The host refused one; it is put back. `detail.change`, `detail.reason`.
 * @fires partnership-error - The document could not be loaded or broke the contract.
 * @csspart verdict - The quorate or not quorate line.
 * @csspart requirement - One quorum requirement.
 * @csspart check-in - The clerk's attendance table.
 * @csspart error-summary - The problem shown when the document cannot be used.
 * @cssprop --pk-text-colour - Text colour.
 * @cssprop --pk-border-colour - Rules between requirements.
 */
export class QuorumIndicator extends PartnershipElement {
  static override styles = [baseStyles, quorumStyles];

  /** Id of the meeting whose quorum is shown. */
  @property({ reflect: true }) meeting?: string;

  /** Lets the clerk change each seat's attendance. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Id of the signed-in clerk. */
  @property({ reflect: true }) clerk?: string;

  /** Where attendance changes are POSTed. */
  @property({ reflect: true }) endpoint?: string;

  /** The host's own way to send an attendance change, instead of `endpoint`. */
  @property({ attribute: false }) submit?: SubmitFunction;

  @state() private announcement = '';

  /** Each seat's attendance chosen in the check-in and not saved yet. */
  @state() private chosen: Partial<Record<string, Attendance>> = {};

  /** Each change sent from this page, with the attendance to put back if it is refused. */
  private readonly pending = new Map<string, CheckInChange & { documentUrl?: string }>();

  private readonly sending = new OutboxController(
    this,
    'submit:quorum-indicator',
    (entry) =>
      entry.kind === 'attendance' && entry.record.meeting === this.meeting && ofDocument(entry, this.source.state.url),
    (status) => this.showStatus(status),
  );

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    if (!this.meeting) return html`<p>${t.noMeeting}</p>`;
    const meeting = document.meetings.find((m) => m.id === this.meeting);
    const group = meeting && document.groups.find((g) => g.id === meeting.group);
    if (!meeting || !group) return html`<p>${t.unknownMeeting(this.meeting)}</p>`;
    const result = quorum(document, meeting.id);
    const notYet = awaitingAttendance(document, meeting.id, this.todayDate);
    return html`<section aria-labelledby="heading">
      ${heading(this.headingLevel, 0, t.heading(group.name, formatDateTime(meeting.start)), { id: 'heading' })}
      ${notYet ? this.renderNotYet(meeting) : this.renderVerdict(result)}
      ${
        result.requirements.length === 0
          ? html`<p>${t.noRequirements}</p>`
          : html`<ul class="requirements">
              ${result.requirements.map((r) => this.renderRequirement(document, group, r, notYet))}
            </ul>`
      }
      ${this.editable ? this.renderEditor(document, group, meeting) : nothing}
    </section>`;
  }

  private renderEditor(document: PartnershipDocument, group: Group, meeting: Meeting) {
    if (!this.clerk || !this.sending.channel) return html`<p>${checkInMessages.noClerk}</p>`;
    const handlers = {
      choose: (seat: string, attendance: Attendance) => (this.chosen = { ...this.chosen, [seat]: attendance }),
      save: (change: CheckInChange) => void this.record(meeting, change),
    };
    return html`${renderCheckIn(document, group, meeting, this.chosen, handlers)}
      <p role="status" class="secondary">${this.announcement}</p>`;
  }

  /** Shows the change at once, then sends it through the outbox. */
  private async record(meeting: Meeting, change: CheckInChange): Promise<void> {
    const { [change.seat]: _saved, ...stillChosen } = this.chosen;
    this.chosen = stillChosen;
    if (change.attendance === change.previous) {
      this.announcement = checkInMessages.unchanged(change.label);
      return;
    }
    const documentUrl = this.source.state.url;
    const record = {
      id: crypto.randomUUID(),
      meeting: meeting.id,
      seat: change.seat,
      attendance: change.attendance,
      by: this.clerk ?? '',
      at: new Date().toISOString(),
    };
    this.pending.set(record.id, { ...change, documentUrl });
    if (documentUrl) updateDocument(documentUrl, (doc) => withAttendance(doc, record));
    this.announcement = checkInMessages.saving(change.label);
    await this.sending.enqueue({ kind: 'attendance', record }, documentUrl);
  }

  private showStatus(status: OutboxStatus): void {
    if (status.entry.kind !== 'attendance') return;
    const change = status.entry.record;
    const label = this.pending.get(change.id)?.label ?? change.seat;
    if (status.state === 'queued' && status.problem)
      this.announcement = checkInMessages.queued(label, status.problem === 'signed-out');
    if (status.state === 'recorded') {
      this.pending.delete(change.id);
      this.announcement = checkInMessages.saved(label);
      this.emit('attendance-recorded', { change });
    }
    if (status.state === 'rejected') {
      // Put back what this page showed before; a change made before a reload is corrected by the next load.
      const pending = this.pending.get(change.id);
      if (pending?.documentUrl) {
        updateDocument(pending.documentUrl, (doc) => withAttendance(doc, { ...change, attendance: pending.previous }));
      }
      this.pending.delete(change.id);
      this.announcement = checkInMessages.rejected(label, status.reason);
      this.emit('attendance-rejected', { change, reason: status.reason });
    }
  }

  private renderVerdict(result: QuorumResult) {
    const unmet = result.requirements.filter((r) => !r.met).length;
    return html`<div class="verdict" part="verdict" role="status">
      <strong class="tag ${result.quorate ? 'tag--green' : 'tag--red'}">
        ${result.quorate ? t.quorate : t.notQuorate}
      </strong>
      <span>${result.quorate ? t.quorateSummary : t.notQuorateSummary(unmet)}</span>
    </div>`;
  }

  /** A meeting still to come, with nobody recorded: what it will need, not a verdict. */
  private renderNotYet(meeting: Meeting) {
    return html`<div class="verdict" part="verdict" role="status">
      <strong class="tag tag--grey">${t.notYet}</strong>
      <span>${t.notYetSummary(formatDateTime(meeting.start))}</span>
    </div>`;
  }

  /** One requirement: what it needs, and before the meeting nothing more; after it, who came and who is missing. */
  private renderRequirement(
    document: PartnershipDocument,
    group: Group,
    requirement: RequirementResult,
    notYet: boolean,
  ) {
    const { label, proxies, present, needed, met, missing } = requirement;
    return html`<li class="requirement" part="requirement">
      <div class="requirement__head">
        <span class="requirement__label"
          >${label}${proxies ? nothing : html` <span class="secondary">${t.proxiesDoNotCount}</span>`}</span
        >
        ${
          notYet
            ? html`<span>${t.needed(needed)}</span>`
            : html`<span>${t.presentOfNeeded(present, needed)}</span>
                <strong class="tag ${met ? 'tag--green' : 'tag--red'}">${met ? t.met : t.notMet}</strong>`
        }
      </div>
      ${notYet || missing.length === 0 ? nothing : this.renderMissing(document, group, requirement)}
    </li>`;
  }

  /** Who is not here for a requirement: "missing" when it is not met, "not here" when it is met without them. */
  private renderMissing(document: PartnershipDocument, group: Group, requirement: RequirementResult) {
    const people = new Map(document.people.map((p) => [p.id, p.name]));
    return html`<div class="missing">
      ${requirement.met ? t.absentTitle : t.missingTitle}
      <ul>
        ${requirement.missing.map((seatId) => {
          const seat = group.seats.find((s) => s.id === seatId);
          if (!seat) return nothing;
          return html`<li>
            ${t.missingSeat(seatLabel(document, seat), seat.holder ? people.get(seat.holder) : undefined)}
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

defineElement('quorum-indicator', QuorumIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'quorum-indicator': QuorumIndicator;
  }
}
