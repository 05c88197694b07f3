import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { property, state } from 'lit/decorators.js';
import {
  type Attendance,
  type AttendanceEntry,
  type Group,
  type Meeting,
  type PartnershipDocument,
} from '../../src/contract/index.js';
import type { HostNote, SubmitFunction } from '../../src/data/index.js';
import { namesInGroup } from '../../src/messages/index.js';
import {
  attendanceAt,
  attendanceNow,
  attendanceMinuted,
  inProgress,
  londonDate,
  mayRecordAttendance,
  meetingDate,
  roomMoment,
  seatOn,
  type AttendanceChange,
} from '../../src/rules/index.js';
import { termEndedBy } from '../../src/rules/permissions.js';
import { defineElement } from '../internal/define.js';
import { heading } from '../internal/heading.js';
import { OptimisticChangeController, type ChangeItem } from '../internal/optimistic-change.js';
import { PartnershipChange } from '../internal/partnership-change.js';
import { PartnershipElement, nowNotAMoment, type NotAMoment } from '../internal/partnership-element.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';
import { attendanceChange, checkInChanges, renderCheckIn, saidOnARow, type CheckInChange } from './check-in.js';
import { ElementClock } from '../internal/element-clock.js';
import { baseStyles } from '../internal/styles.js';
import { changeNoteStyles } from '../internal/change-note.styles.js';
import { renderOtherMeetings } from './other-meetings.js';
import { narrowCardLabels, summaryCards } from '../internal/summary-cards.js';
import { quorumStyles } from './quorum-indicator.styles.js';
import { itemsOfWords } from '../internal/words-alone.js';
import { movementsUntil, quorumInTheRoom, quorumOnTheDay, viewChangesAt, whoIsInTheRoom } from './meeting-reading.js';
import { idText, optionalText } from '../internal/attribute-reading.js';

type QuorumResult = ReturnType<typeof quorumOnTheDay>;
type CheckInChanges = OptimisticChangeController<
  Extract<ChangeItem, { kind: 'attendance' }>,
  AttendanceEntry | undefined
>;
type RequirementResult = QuorumResult['requirements'][number];

/** The detail of `attendance-recorded`: the attendance change the host confirmed. */
export interface AttendanceRecordedDetail {
  change: AttendanceChange;
  /**
   * The host's note when it timed a change that waited on this device by its own clock, not when it was made
   * (`partnership-kit/server`'s 201 `note`, with `received`): the check-in says when, and why.
   */
  note?: HostNote;
}

/** The detail of `attendance-rejected`: the attendance change the host refused, and why; it is put back. */
export interface AttendanceRejectedDetail {
  change: AttendanceChange;
  /** The host's own words (else its HTTP status), or the browser's why it could not be stored. */
  reason: string;
}

/**
 * Until the meeting is over (by `now`, past midnight too; by `today` alone when that is not the clock's date), with
 * nobody recorded present and some seat not yet recorded, quorum is not yet known. While the meeting is in progress
 * (by `now`) it shows quorum at that moment, who is in the room, and the arrivals and departures. With `editable`,
 * the clerk's check-in records attendance through the outbox.
 *
 * Keyboard: read-only, it has no controls. When `editable`, Tab reaches each seat's attendance, a group of radios
 * that is one Tab stop (the arrow keys move between them and choose; choosing sends nothing), its Save and, for a
 * seat in the room, Check out (Enter or Space). Checked out, the button goes and the focus moves to that seat's
 * button, which on the meeting's day reads Check back in while the radios keep the attendance they left with. A
 * choice changed and not saved shows "Not saved yet: press Save" by the button, read with the radios' description
 * (not a live region); it goes when saved or put back.
 *
 * @summary Whether a meeting is quorate, each quorum requirement with present
 * and needed, and who is missing for each one not met.
 *
 * @example
 * <quorum-indicator src="/data/wokingham.json" meeting="wep-2022-01-20"></quorum-indicator>
 *
 * @tag quorum-indicator
 * @fires {CustomEvent<AttendanceRecordedDetail>} attendance-recorded - The host confirmed an attendance change:
 *   `detail.change`; `detail.note` when the host timed a change that waited by its own clock, and why.
 * @fires {CustomEvent<AttendanceRejectedDetail>} attendance-rejected - The host refused one; it is put back:
 *   `detail.change`, `detail.reason`.
 * @csspart verdict - The quorate or not quorate line for the meeting as a whole.
 * @csspart requirement - One quorum requirement.
 * @csspart now - While the meeting is in progress: quorum now and who is in the room.
 * @csspart now-verdict - The quorate or not quorate line for now.
 * @csspart in-room - The list of who is in the room now.
 * @csspart movements - The arrivals and departures, with their times.
 * @csspart check-in - The clerk's attendance table.
 * @csspart check-in-button - Each seat's Save and Check out buttons in the check-in.
 */
export class QuorumIndicator extends PartnershipElement {
  static override styles = [
    baseStyles,
    summaryCards('check-in', '34em'),
    changeNoteStyles,
    quorumStyles,
    narrowCardLabels('check-in', '.cards td[data-label]::before'),
  ];

  /** Id of the meeting whose quorum is shown. */
  @property({ reflect: true, converter: idText }) meeting?: string;

  /**
   * The moment the element treats as now (an ISO date-time with its offset, like `2019-10-15T16:30:00+01:00`):
   * while the meeting is in progress it shows quorum at that moment and who is in the room, and the check-in
   * stamps its changes with it. The element's clock runs on from it; by default it is the device's clock, or the
   * host's (the `Date` of its best recent response) where the device's is behind it by more than that `Date` can tell, or
   * ahead of it by more than a minute, and `today` defaults to its date in the UK. Set it for tests, and for a host on a clock of its own (a demo
   * replaying a past meeting).
   */
  @property({ reflect: true, converter: optionalText }) now?: string;

  /** The clerk's check-in: each seat's attendance can be changed, and is sent through the outbox. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * With `editable`: id of the signed-in clerk, who the changes are by. The check-in is shown only when the
   * rules core says this person may record the meeting's attendance.
   */
  @property({ reflect: true, converter: idText }) clerk?: string;

  /** With `editable`: URL the attendance changes are POSTed to. */
  @property({ reflect: true, converter: optionalText }) endpoint?: string;

  /** The host's own way to send an attendance change, instead of `endpoint`. */
  @property({ attribute: false }) submit?: SubmitFunction;

  /** Each seat's attendance chosen in the check-in and not saved yet. */
  @state() private chosen: Partial<Record<string, Attendance>> = {};

  /** The seat whose Save was pressed with none of its radios chosen: its group shows GOV.UK's error message. */
  @state() private missingChoice?: string;

  /**
   * Another partnership's document given to the indicator (`data` swapped, `src` changed), with the same meeting and
   * seat ids: an attendance chosen and not saved was the last one's, as the vote panel's unsent choice is. What was
   * said of its changes is cleared by the check-in's own (optimistic-change.ts).
   */
  private readonly partnershipChange = new PartnershipChange(
    this,
    () => this.source.state,
    () => this.forgetChoices(),
  );

  /**
   * The check-in's changes: shown at once, sent through the outbox, put back if refused. Made when the element is
   * first `editable`: a read-only indicator, most of a page's, has no check-in, and following the page's outbox
   * (a subscription, and the outbox made for the page) was a cost of every mount of one (issue 12). Kept once made:
   * a change sent is followed until the host answers it, whatever `editable` is by then.
   */
  private checkIn?: CheckInChanges;

  private readonly clock = new ElementClock(this, () => this.now);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.editable) this.checkIn ??= this.checkInChanges();
    // Reused for another meeting or clerk: the attendance chosen and not saved, and what was said, were the last's.
    if (!this.hasUpdated || !(changed.has('meeting') || changed.has('clerk'))) return;
    this.forgetChoices();
    this.checkIn?.clearAnnouncement();
  }

  /** What the clerk chose and did not save, and a Save pressed with nothing chosen, were for another meeting. */
  private forgetChoices(): void {
    this.chosen = {};
    this.missingChoice = undefined;
  }

  private checkInChanges(): CheckInChanges {
    return new OptimisticChangeController(
      this,
      { state: () => this.source.state, emit: (name, detail) => this.emit(name, detail) },
      checkInChanges({ state: () => this.source.state, meeting: () => this.meeting, clerk: () => this.clerk }),
    );
  }

  /** The check-in's changes, for what only an editable indicator draws or does. */
  private get changes(): CheckInChanges {
    return (this.checkIn ??= this.checkInChanges());
  }

  /**
   * The element's clock: running on from `now`; else the device's (or the host's), on the element's day
   * (`onTheDay`), as the vote panel's: a check-in on a rehearsal's page is stamped on its day.
   */
  private get nowInstant(): string {
    return this.clock.set ? this.clock.now : this.onTheDay(this.clock.now);
  }

  protected override notMoments(): NotAMoment[] {
    return [...super.notMoments(), ...nowNotAMoment(this.now)];
  }

  /** The date of the element's clock in the UK. */
  protected override clockDate(): string {
    return londonDate(this.clock.now);
  }

  /** Its own meeting, attendance and all; no vote, risk or action, and no other meeting, shows here. */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    return [
      partsBut(document, 'votes', 'meetings', 'risks', 'actions'),
      document.meetings.filter((m) => m.id === this.meeting),
    ];
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    const t = this.msg.quorum;
    if (!this.meeting) return html`<p>${t.noMeeting}</p>`;
    const meeting = document.meetings.find((m) => m.id === this.meeting);
    const group = meeting && document.groups.find((g) => g.id === meeting.group);
    if (!meeting || !group)
      return html`<p>
        ${t.unknownMeeting(
          this.meeting,
          document.meetings.map((m) => m.id),
        )}
      </p>`;
    // A group whose seats are still to be added has no one who could be present: what the roster says of it.
    if (group.seats.length === 0)
      return html`<p>${this.msg.roster.noSeats(this.namesOf(document).group(group.id))}</p>`;
    const now = this.nowInstant;
    this.clock.wakeAt(viewChangesAt(meeting, now), now);
    const result = quorumOnTheDay(document, meeting.id, this.todayDate, now);
    const notYet = result.state === 'not-yet-known';
    // On a page fixed on the meeting's day, "now" is the hour of today's clock: of a meeting minuted with no times
    // (a report as of that day) it said "Now, at 10:30pm… In the room" of people long gone home.
    const live = inProgress(meeting, now) && !(this.fixedDay !== undefined && attendanceMinuted(meeting));
    // A check-in the host stamped a moment ahead of this page's clock has happened all the same.
    const room = roomMoment(meeting, now);
    const names = this.namesOf(document);
    const when = this.msg.format.dateTime(meeting.start);
    const title = heading(this.headingLevel, 0, t.heading(names.group(group.id), when), { id: 'heading' });
    const inMeeting = live ? this.renderNow(document, group, meeting, now, room) : nothing;
    const wholeMeeting = live ? heading(this.headingLevel, 1, t.wholeMeetingHeading) : nothing;
    const verdict = notYet ? this.notYetVerdict(meeting) : this.verdictOf(result, live);
    const requirements = this.renderRequirements(document, group, meeting, result.requirements, notYet);
    const moves = this.renderMovements(document, meeting, live ? room : undefined);
    const editor = this.editable ? this.renderEditor(document, group, meeting, { now, room }) : nothing;
    // No white space around the parts: a text node of it each, made in every render, shows nowhere. The verdict is
    // written in this template (see Verdict): a template of its own was one more instance in every render.
    // One verdict is live: while the meeting is on, quorum now says a change best ("…by who is in the room"); the
    // meeting's verdict changes with it, and both live spoke the change twice on every page the feed reached.
    // prettier-ignore
    return html`<section aria-labelledby="heading"
      >${title}${inMeeting}${wholeMeeting}<div class="verdict" part="verdict" role=${live ? nothing : 'status'}
        ><strong class=${TAG[verdict.tone]} .textContent=${verdict.word}></strong><span class="visually-hidden">. </span
        ><span .textContent=${verdict.summary}></span></div
      >${requirements}${moves}${editor}</section
    >`;
  }

  private renderRequirements(
    document: PartnershipDocument,
    group: Group,
    meeting: Meeting,
    requirements: RequirementResult[],
    notYet: boolean,
    now = false,
  ) {
    if (requirements.length === 0) return html`<p>${this.msg.quorum.noRequirements}</p>`;
    const items = requirements.map((r) => this.renderRequirement(document, group, meeting, r, notYet, now));
    return html`<ul class="requirements">
      ${items}
    </ul>`;
  }

  /** While the meeting is in progress: quorum at this moment (judged at `room`), and who is in the room. */
  private renderNow(document: PartnershipDocument, group: Group, meeting: Meeting, now: string, room: string) {
    const result = quorumInTheRoom(document, meeting.id, room);
    const unmet = result.requirements.filter((r) => !r.met).length;
    const here = whoIsInTheRoom(document, meeting.id, room);
    const { quorum: t, format } = this.msg;
    const names = this.namesOf(document);
    const verdict: Verdict = result.quorate
      ? { tone: 'green', word: t.quorateNow, summary: t.quorateNowSummary }
      : { tone: 'red', word: t.notQuorateNow, summary: t.notQuorateNowSummary(unmet) };
    // The verdict written in this template, as the whole meeting's is (see Verdict).
    // prettier-ignore
    return html`<section class="now" part="now" aria-labelledby="now-heading">
      ${heading(this.headingLevel, 1, t.nowHeading(format.time(now)), { id: 'now-heading' })}
      <div class="verdict" part="now-verdict" role="status"
        ><strong class=${TAG[verdict.tone]} .textContent=${verdict.word}></strong><span class="visually-hidden">. </span
        ><span .textContent=${verdict.summary}></span></div
      >
      ${this.renderRequirements(document, group, meeting, result.requirements, false, true)}
      ${heading(this.headingLevel, 2, t.inRoomTitle)}
      ${
        here.length === 0
          ? html`<p>${t.nobodyInRoom}</p>`
          : // No name of its own: the heading just above says "In the room", which a name would say again.
            html`<ul
              class="in-room"
              part="in-room"
              ${itemsOfWords(
                here.map((entry) => {
                  const person = entry.person ? names.person(entry.person) : undefined;
                  const since = entry.arrived ? format.time(entry.arrived) : undefined;
                  // The seat as it stood on the meeting's day, as the roster of the meeting names it.
                  const item = t.inRoom(names.seat(entry.seat, group.id, meetingDate(meeting)), person, entry.as, since);
                  // Recorded before the kit refused it, or by another system: in the room, and the quorum leaves it out.
                  const seat = group.seats.find((s) => s.id === entry.seat);
                  return seat && termEndedBy(seat, meetingDate(meeting)) ? t.termEndedInRoom(item) : item;
                }),
              )}
            ></ul>`
      }
    </section>`;
  }

  /**
   * Every arrival and departure recorded, with its time, up to `until` (while the meeting is on: none still to
   * come by the element's clock, as a demo replaying a meeting has); nothing when none has a time.
   */
  private renderMovements(document: PartnershipDocument, meeting: Meeting, until?: string) {
    const recorded = movementsUntil(document, meeting.id, until);
    if (recorded.length === 0) return nothing;
    const { quorum: t, format } = this.msg;
    const names = this.namesOf(document);
    return html`<section class="movements" part="movements" aria-labelledby="movements-heading">
      ${heading(this.headingLevel, 1, t.movementsHeading, { id: 'movements-heading' })}
      <ol>
        ${recorded.map((move) => {
          const person = move.person ? names.person(move.person) : undefined;
          // The time is bold, a box of its own on screen; the comma a screen reader hears ends it ("5pm, Chair: … left").
          return html`<li>
            <time datetime=${move.at}>${format.time(move.at)}</time><span class="visually-hidden">,</span>
            ${t.movement(names.seat(move.seat, meeting.group, meetingDate(meeting)), person, move.as, move.kind)}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  /** What the site's web team has left to set for the check-in, and only that: what is set needs no second look. */
  private notSetUp(): string {
    const words = this.msg.checkIn;
    if (!this.clerk) return this.changes.canSend ? words.noClerkPerson : words.noClerk;
    return words.noClerkEndpoint;
  }

  private renderEditor(
    document: PartnershipDocument,
    group: Group,
    meeting: Meeting,
    moments: { now: string; room: string },
  ) {
    const { msg } = this;
    const names = this.namesOf(document);
    if (!this.clerk || !this.changes.canSend) return html`<p>${this.notSetUp()}</p>`;
    if (!mayRecordAttendance(document, this.clerk, meeting.id, this.todayDate)) {
      return html`<p>${msg.checkIn.notPermitted(names.person(this.clerk), names.group(group.id))}</p>`;
    }
    const handlers = {
      choose: (seat: string, attendance: Attendance) => {
        this.chosen = { ...this.chosen, [seat]: attendance };
        if (seat === this.missingChoice) this.missingChoice = undefined;
      },
      save: (change: CheckInChange) => void this.record(meeting, change),
      missing: (seat: string) => (this.missingChoice = seat),
      drawn: () => this.updateComplete,
    };
    const words = this.changes.spoken(msg, names);
    const said = { target: this.changes.announcementTarget, words };
    const context = {
      clerk: this.clerk,
      ...moments,
      changes: this.changes.latestChanges(),
      missing: this.missingChoice,
      said,
    };
    // The check-in's rows are its group's seats, and a refusal on a row names its seat by id: another group may share it.
    // Named as they stood on the meeting's day, as its roster names them: a seat may have changed partner since.
    const inGroup = namesInGroup(names, group.id, meetingDate(meeting));
    // A heading of its own, as the meeting's other parts have: a listener moving by headings reached the
    // meeting as a whole and then nothing, though the check-in is what a clerk came for. The one status region speaks;
    // what it says of a seat is seen on that seat's row, by its Save (on a phone, this region was screens below it).
    return html`${heading(this.headingLevel, 1, msg.checkIn.caption, { id: 'check-in-heading' })}
      ${renderCheckIn(msg, inGroup, document, group, meeting, this.chosen, handlers, context)}
      <p role="status" class=${saidOnARow(group, meeting, said) ? 'secondary visually-hidden' : 'secondary'}>
        ${words}
      </p>
      ${renderOtherMeetings(msg, names, document, meeting.id, context)}`;
  }

  /** Sends the clerk's change: what was chosen for the seat is spent. */
  private async record(meeting: Meeting, change: CheckInChange): Promise<void> {
    const { [change.seat]: _saved, ...stillChosen } = this.chosen;
    this.chosen = stillChosen;
    // Made on the seat's attendance this check-in shows: a host that holds another by then refuses it (changed-since).
    const was = attendanceNow(meeting, change.seat);
    await this.changes.change(attendanceChange(meeting.id, change, this.clerk ?? '', this.nowInstant, was));
  }

  /** The verdict on the meeting as a whole; while it is on (`live`), on who has attended so far. */
  private verdictOf(result: QuorumResult, live: boolean): Verdict {
    const t = this.msg.quorum;
    const unmet = result.requirements.filter((r) => !r.met).length;
    if (result.quorate)
      return { tone: 'green', word: t.quorate, summary: live ? t.quorateSoFarSummary : t.quorateSummary };
    return { tone: 'red', word: t.notQuorate, summary: (live ? t.notQuorateSoFarSummary : t.notQuorateSummary)(unmet) };
  }

  /** A meeting still to come, with nobody recorded: what it will need, not a verdict. */
  private notYetVerdict(meeting: Meeting): Verdict {
    const t = this.msg.quorum;
    return { tone: 'grey', word: t.notYet, summary: t.notYetSummary(this.msg.format.dateTime(meeting.start)) };
  }

  /** One requirement: what it needs, and before the meeting nothing more; after it, who came and who is missing; now, who is in the room. */
  private renderRequirement(
    document: PartnershipDocument,
    group: Group,
    meeting: Meeting,
    requirement: RequirementResult,
    notYet: boolean,
    now: boolean,
  ) {
    const { label, proxies, present, needed, met, missing } = requirement;
    const t = this.msg.quorum;
    const note = proxies ? nothing : html` <span class="secondary">${t.proxiesDoNotCount}</span>`;
    const count = notYet ? t.needed(needed) : now ? t.presentNow(present, needed) : t.presentOfNeeded(present, needed);
    const who =
      notYet || missing.length === 0 ? nothing : this.renderMissing(document, group, meeting, requirement, now);
    const vacant = this.renderNotCounted(document, group, meeting, requirement.vacant);
    // The label, count and tag are boxes apart on screen and one run of speech: the pauses only a screen reader
    // hears part them ("Half of the voting seats: 8 present, 5 needed. Met."), as the verdict's full stop does.
    // Written out as heardOnly's spans, and the tag in the requirement's own template (one for a requirement still
    // to be judged, one with its tag): a template of the tag alone was one more instance cloned and committed for
    // every requirement in every render (issue 12).
    if (notYet) {
      // prettier-ignore
      return html`<li class="requirement" part="requirement"
        ><div class="requirement__head"
          ><span class="requirement__label">${label}${note}</span><span class="visually-hidden">: </span
          ><span .textContent=${count}></span></div
        >${who}${vacant}</li
      >`;
    }
    // prettier-ignore
    return html`<li class="requirement" part="requirement"
      ><div class="requirement__head"
        ><span class="requirement__label">${label}${note}</span><span class="visually-hidden">: </span
        ><span .textContent=${count}></span><span class="visually-hidden">. </span><strong
          class=${met ? TAG.green : TAG.red}
          .textContent=${met ? t.met : t.notMet}
        ></strong
        ><span class="visually-hidden">.</span></div
      >${who}${vacant}</li
    >`;
  }

  /**
   * The seats a requirement leaves out as no one was in post on the meeting's date: those whose term had ended are
   * named so, with the day it ended, as the roster names them (their holder may be in the room); the others vacant.
   */
  private renderNotCounted(document: PartnershipDocument, group: Group, meeting: Meeting, seatIds: string[]) {
    if (seatIds.length === 0) return nothing;
    const { quorum: t, format } = this.msg;
    const names = this.namesOf(document);
    const date = meetingDate(meeting);
    const ended: string[] = [];
    const vacant: string[] = [];
    for (const id of seatIds) {
      const seat = group.seats.find((s) => s.id === id);
      const to = seat && termEndedBy(seat, date);
      // Named as it stood on the meeting's day: a seat since handed to another partner, after the partner then.
      if (to) ended.push(t.termEndedSeat(names.seat(id, group.id, date), to));
      else vacant.push(names.seat(id, group.id, date));
    }
    return html`${ended.length > 0 ? html`<p class="secondary">${t.termEndedNotCounted(format.list(ended))}</p>` : nothing}${
      vacant.length > 0 ? html`<p class="secondary">${t.vacantNotCounted(format.list(vacant))}</p>` : nothing
    }`;
  }

  /**
   * Who is not here for a requirement: "missing" when it is not met, "not
   * here" when it is met without them; now, "not in the room". Each seat is
   * named with its holder on the meeting's date.
   */
  private renderMissing(
    document: PartnershipDocument,
    group: Group,
    meeting: Meeting,
    requirement: RequirementResult,
    now: boolean,
  ) {
    const date = meetingDate(meeting);
    const t = this.msg.quorum;
    const names = this.namesOf(document);
    const seats = new Map(group.seats.map((seat) => [seat.id, seat]));
    const title = now ? t.notInRoomTitle : requirement.met ? t.absentTitle : t.missingTitle;
    const items = requirement.missing.flatMap((seatId) => {
      const seat = seats.get(seatId);
      if (!seat) return [];
      const holder = seatOn(seat, date).holder;
      const missing = t.missingSeat(names.seat(seatId, group.id, date), holder ? names.person(holder) : undefined);
      // A minute lists apologies apart from absence.
      return [attendanceAt(meeting, seatId) === 'apologies' ? t.withApologies(missing) : missing];
    });
    return html`<div class="missing">
      ${title}
      <ul ${itemsOfWords(items)}></ul>
    </div>`;
  }
}

/*
 * Words alone in an element (a verdict's word and summary, a requirement's count and tag) are set as its content
 * (`.textContent`), and lists of words alone (the seats missing, who is in the room) drawn by itemsOfWords
 * (components/internal/words-alone.ts), not as parts and a template an item: a part is a marker (a comment node)
 * cloned, walked and committed beside the words in every render (issue 12). The same words, and nothing else.
 */
const TAG = { green: 'tag tag--green', red: 'tag tag--red', grey: 'tag tag--grey' } as const;

/**
 * A verdict line: its tag, then what it means. A flex row: no
 * white space between the two, where it would show nowhere. A screen reader
 * would hear the two run together ("QuorateAll three…"), so a full stop only
 * it hears parts them (heardOnly's span, written out). Each verdict's markup is
 * written in the template of the section it stands in, the whole meeting's and
 * now's: a template of its own was one more instance cloned and committed in
 * every render (issue 12).
 */
interface Verdict {
  tone: keyof typeof TAG;
  word: string;
  summary: string;
}

defineElement('quorum-indicator', QuorumIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'quorum-indicator': QuorumIndicator;
  }
  interface GlobalEventHandlersEventMap {
    'attendance-recorded': CustomEvent<AttendanceRecordedDetail>;
    'attendance-rejected': CustomEvent<AttendanceRejectedDetail>;
  }
}
