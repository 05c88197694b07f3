/**
 * The clerk's check-in: each seat's attendance as a group of radios with its
 * own Save button, so the quorum above it moves as the meeting fills, and on
 * the meeting's day a Check out button for each seat in the room. Radios, not
 * a select: their labels wrap, where a closed select cuts its words off at
 * 200 % text on a phone. Choosing a radio sends nothing: the arrow keys choose
 * at every press, and each press must not become a record; a choice not saved
 * yet is said by its Save, so a clerk who moves on does not lose it unawares.
 * A seat whose person has left offers to check them back in. The values and
 * buttons offered are those the rules core says the host accepts
 * (`checkInOffer`). A change is shown at once and put back if the host
 * refuses it: `checkInChanges` describes it to the optimistic-change
 * controller. A change still on this device (waiting its turn behind another,
 * or being sent), or refused, is said on its seat's row until the next change
 * to that seat (components/internal/change-note.ts). Every seat of the
 * meeting's group is listed, on no pages; a change still on its way when the
 * host moves the indicator to another meeting is followed to its answer, and
 * what is said of it names its meeting.
 *
 * The table follows the width the host gives the element (a container query
 * on `.check-in`): in a narrow column, a phone's, each seat is a card with
 * its radios, one under another, and buttons under it, all on screen.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import type {
  Attendance,
  AttendanceEntry,
  Group,
  Meeting,
  PartnershipDocument,
  Seat,
} from '../../src/contract/index.js';
import { withAttendance, withAttendanceEntry } from '../../src/rules/index.js';
import { recordId, type DocumentState, type OutboxStatus } from '../../src/data/index.js';
import {
  attendanceAt,
  checkInOffer,
  isMeetingDay,
  leftAt,
  meetingDate,
  seatOn,
  spansOf,
  type AttendanceChange,
} from '../../src/rules/index.js';
import { termEndedBy } from '../../src/rules/permissions.js';
import { namesInGroup, type Messages, type Names } from '../../src/messages/index.js';
import type { Announcement, ChangeItem, ChangeKind } from '../internal/optimistic-change.js';
import { ofDocument, refusedBecause, sayOrNot } from '../internal/outbox-controller.js';
import { renderChangeNote, type ChangeNoteWords } from '../internal/change-note.js';
import { renderRadioChoices } from '../internal/radio-choice.js';

/** What the clerk asked for one seat: a value from its radios, or a check-out. */
export interface CheckInChange {
  seat: string;
  attendance: Attendance | 'left';
}

export interface CheckInHandlers {
  /** The clerk chose one of a seat's radios; nothing is sent yet. */
  choose: (seat: string, attendance: Attendance) => void;
  /** The clerk pressed a seat's Save or Check out. */
  save: (change: CheckInChange) => void;
  /** The clerk pressed a seat's Save with none of its radios chosen (its recorded value is not offered). */
  missing: (seat: string) => void;
  /** Resolves once the element has drawn the change. */
  drawn: () => Promise<unknown>;
}

/** Who is asking, and when: the clerk's id and the element's clock. */
export interface CheckInContext {
  clerk: string;
  now: string;
  /** Who is in the room is judged at this moment (the core's `roomMoment` of `now`). */
  room: string;
  /** The latest change to each seat this page knows, by `seatTarget`: what its row says of it. */
  changes: Map<string, OutboxStatus>;
  /** The seat whose Save was pressed with none of its radios chosen: its group shows GOV.UK's error message. */
  missing?: string;
  /**
   * What the status region says now (the host's words in it marked with their language), and of which seat (by
   * `seatTarget`): that seat's row shows the same words.
   */
  said?: { target: string | undefined; words: string | TemplateResult };
}

/** What an attendance change changes: one seat at one meeting. */
export function seatTarget(meeting: string, seat: string): string {
  return JSON.stringify([meeting, seat]);
}

/** The check-in table, in the words of `msg`. `chosen` holds each seat's choice not saved yet. */
export function renderCheckIn(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  group: Group,
  meeting: Meeting,
  chosen: Partial<Record<string, Attendance>>,
  handlers: CheckInHandlers,
  context: CheckInContext,
): TemplateResult {
  const t = msg.checkIn;
  const date = meetingDate(meeting);
  return html`<div class="check-in">
    <table part="check-in" class="cards">
      <caption class="visually-hidden">
        ${t.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.seat}</th>
          <th scope="col">${t.person}</th>
          <th scope="col">${t.attendance}</th>
        </tr>
      </thead>
      <tbody>
        ${group.seats.map((seat) => {
          // The seat as it stood on the meeting's day, as the meeting's roster names it.
          const label = names.seat(seat.id, group.id, date);
          const holder = seatOn(seat, date).holder;
          const controls = renderControls(msg, document, meeting, seat, label, chosen, handlers, context);
          return html`<tr>
            <th scope="row">${label}</th>
            <td data-label=${t.person}>${holder ? names.person(holder) : t.noHolder}</td>
            <td data-label=${t.attendance}>
              <div class="check-in__edit">${controls}</div>
              ${renderSeatNews(msg, names, seatTarget(meeting.id, seat.id), context)}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/**
 * What the seat's row says under its Save: its latest change not on the server yet, or refused (the change note);
 * else what the status region says of the seat ("Attendance for Chair saved."), where the clerk who pressed Save is
 * looking, not after the whole check-in. Not live: the status region alone speaks it, once.
 */
function renderSeatNews(msg: Messages, names: Names, target: string, { changes, clerk, said }: CheckInContext) {
  const note = renderSeatNote(msg, names, changes.get(target), clerk);
  if (note !== nothing || !said?.words || said.target !== target) return note;
  return html`<p class="check-in__said">${said.words}</p>`;
}

/** Whether a row of the check-in shows what the status region says: it is then heard there, not seen again below. */
export function saidOnARow(group: Group, meeting: Meeting, said: CheckInContext['said']): boolean {
  return !!said?.words && group.seats.some((seat) => seatTarget(meeting.id, seat.id) === said.target);
}

/** What the seat's row says of its latest change not on the server yet, naming the attendance it asks for. */
function renderSeatNote(msg: Messages, names: Names, latest: OutboxStatus | undefined, clerk: string) {
  return renderChangeNote(msg, latest, names, clerk, seatNoteWords(msg));
}

/** The words of a seat's change note, naming the attendance the change asks for; none for another kind. */
export function seatNoteWords(msg: Messages): (status: OutboxStatus) => ChangeNoteWords | undefined {
  return (status) => {
    if (status.entry.kind !== 'attendance') return undefined;
    const t = msg.checkIn;
    const { attendance } = status.entry.record;
    const asked = attendance === 'left' ? t.change.checkedOut : t.options[attendance];
    return {
      asked,
      waiting: (problem) => t.change.waiting(asked, problem),
      sending: () => t.change.sending(asked),
      refused: (reason) => t.change.refused(asked, reason),
      notSent: (first, reason) => t.change.notSent(asked, first, reason),
      waitingOn: (first) => t.change.waitingOn(asked, first),
    };
  };
}

/**
 * The attendance the seat's radios show chosen: the clerk's choice, else the recorded one, but only a value they
 * offer. A document may hold one the rules no longer allow (a holder whose term had ended by the meeting, recorded
 * by another host or by hand; a vacant seat's proxy): shown chosen, it matched no radio, and its Save sent what
 * the host refuses. Then nothing is chosen until the clerk chooses.
 */
function shownChoice(offered: readonly Attendance[], ...values: (Attendance | undefined)[]): Attendance | undefined {
  return values.find((value) => value !== undefined && offered.includes(value));
}

/** One seat's attendance radios, Save and Check out, or its recorded value and why it cannot change. */
function renderControls(
  { checkIn: t, format, shared }: Messages,
  document: PartnershipDocument,
  meeting: Meeting,
  seat: Seat,
  label: string,
  chosen: Partial<Record<string, Attendance>>,
  handlers: CheckInHandlers,
  { clerk, now, room, missing }: CheckInContext,
) {
  const offer = checkInOffer(document, clerk, meeting.id, seat.id, now);
  const recorded = attendanceAt(meeting, seat.id);
  if (offer.attendance.length === 0) {
    return html`<span>${t.options[recorded]}</span> <span class="secondary">${t.fixed(offer.refusal)}</span>`;
  }
  const shown = shownChoice(offer.attendance, chosen[seat.id], recorded);
  // What the document holds, said beside the radios when none of them is it: no radio says it.
  const notOffered = !offer.attendance.includes(recorded);
  const recordedId = `recorded-${seat.id}`;
  const left = leftAt(meeting, seat.id, room);
  // Its term ended before the meeting: only apologies or absence are offered, and this says why, with the radios.
  const ended = termEndedBy(seat, meetingDate(meeting));
  const endedId = `term-ended-${seat.id}`;
  // The radios still say who attended ("Representative present"), as the minutes will; "Left at" is read with them.
  const leftId = `left-${seat.id}`;
  // A choice not saved is said by the button, and read as part of the group's description: no live region, which
  // would speak at every arrow key. It goes once saved (`chosen` is spent) or put back to the recorded value.
  const unsaved = shown !== undefined && shown !== recorded;
  const unsavedId = `unsaved-${seat.id}`;
  const radios = renderRadioChoices({
    // Named by the seat: radios group within one shadow root, so two indicators never share a group.
    name: `attendance-${seat.id}`,
    className: 'check-in__attendance',
    legend: t.attendanceFor(label),
    legendHidden: true,
    choices: offer.attendance.map((value) => ({ value, label: t.options[value] })),
    chosen: shown,
    choose: (chosen) => handlers.choose(seat.id, chosen),
    describedBy:
      [ended ? endedId : '', notOffered ? recordedId : '', left ? leftId : '', unsaved ? unsavedId : '']
        .filter(Boolean)
        .join(' ') || undefined,
    // Saved with none chosen, as GOV.UK's radios say it: the Save stays enabled, a disabled button says nothing of why.
    error:
      missing === seat.id && shown === undefined
        ? { prefix: shared.errorPrefix, message: t.chooseFirst(label) }
        : undefined,
  });
  // Saving a left seat's recorded attendance on the meeting's day opens a new stretch in the room (withAttendance):
  // the button says so, rather than a Save that checks them back in silently.
  const backIn = left !== undefined && shown === recorded && isMeetingDay(meeting, now);
  // The parts side by side in the source: a line break between them, or before the button, would stay as a text node.
  return html`${ended ? html`<span class="secondary" id=${endedId}>${t.termEnded(ended)}</span> ` : nothing}${
      notOffered
        ? html`<span class="secondary" id=${recordedId}>${t.recordedNotOffered(t.options[recorded])}</span> `
        : nothing
    }${
      left ? html`<span class="secondary" id=${leftId}>${t.leftAt(format.time(left))}</span> ` : nothing
    }${radios}<button
      type="button"
      class="button"
      part="check-in-button"
      @click=${(event: Event) => {
        if (shown !== undefined) return handlers.save({ seat: seat.id, attendance: shown });
        // Nothing the host would accept is chosen: nothing is sent, and focus goes to the first radio, as GOV.UK's
        // error pattern does, its message read with the group.
        const controls = (event.currentTarget as HTMLElement).parentElement;
        handlers.missing(seat.id);
        void handlers.drawn().then(() => controls?.querySelector('input')?.focus());
      }}
    >
      ${
        backIn
          ? html`${t.checkBackIn}<span class="visually-hidden"> ${t.checkBackInFor(label)}</span>`
          : html`${t.save}<span class="visually-hidden"> ${t.saveFor(label)}</span>`
      }
    </button>
    ${
      offer.checkOut
        ? html`<button
            type="button"
            class="button"
            part="check-in-button"
            @click=${(event: Event) => {
              const controls = (event.currentTarget as HTMLElement).parentElement;
              handlers.save({ seat: seat.id, attendance: 'left' });
              // The button leaves with the seat: focus stays in the seat's row, on its Save, not lost to the page.
              void handlers.drawn().then(() => controls?.querySelector('button')?.focus());
            }}
          >
            ${t.checkOut}<span class="visually-hidden"> ${t.checkOutFor(label)}</span>
          </button>`
        : nothing
    }${unsaved ? html`<span class="unsaved" id=${unsavedId}>${shared.notSaved}</span>` : nothing}`;
}

/** The quorum indicator, as its check-in's changes see it. */
export interface CheckInDesk {
  /** The indicator's document as it stands. */
  state(): DocumentState;
  /** The meeting it shows. */
  meeting(): string | undefined;
  /** The signed-in clerk making changes. */
  clerk(): string | undefined;
}

/**
 * The record of `change` to `meeting`, by the clerk, stamped with the element's clock. It says the seat's
 * attendance it was made on (`was`, the core's `attendanceNow` of the meeting the check-in shows), so a host whose
 * seat has changed since (the clerk's change, stored while the chair's waited on a phone offline) refuses it
 * rather than laying it over theirs.
 */
export function attendanceChange(
  meeting: string,
  change: CheckInChange,
  by: string,
  at: string,
  was?: Attendance | 'left',
): AttendanceChange {
  const { seat, attendance } = change;
  return { id: recordId(), meeting, seat, attendance, ...(was ? { was } : {}), by, at };
}

/** The seat's own attendance entry at a meeting, exactly as the document holds it (undefined: not listed). */
function entryOf(document: PartnershipDocument, { meeting, seat }: AttendanceChange): AttendanceEntry | undefined {
  const held = document.meetings.find((m) => m.id === meeting);
  return held && Object.hasOwn(held.attendance, seat) ? held.attendance[seat] : undefined;
}

/**
 * What the check-in says of a change to `seat` at `meeting`, the seat named in the element's language when it
 * renders; the meeting named too when the host has moved the indicator to another (its seats may be the same).
 */
function aboutSeat(
  desk: CheckInDesk,
  { meeting, seat }: AttendanceChange,
  say: (t: Messages['checkIn'], name: string, msg: Messages, names: Names) => string,
): Announcement {
  return (msg, names) => {
    const state = desk.state();
    const held = state.status === 'ready' ? state.document.meetings.find((m) => m.id === meeting) : undefined;
    // The seats of the meeting's group: another group may have a seat of the same id.
    const inGroup = held ? namesInGroup(names, held.group, meetingDate(held)) : names;
    const said = say(msg.checkIn, inGroup.seat(seat), msg, inGroup);
    if (meeting === desk.meeting()) return said;
    const start = held?.start;
    return start ? msg.checkIn.atMeeting(msg.format.dateTime(start), said) : said;
  };
}

/**
 * Who `change` brings into the room for a seat whose every stretch in the room had ended (`was`), on the meeting's
 * day (before or after it, it is a correction): `as`, and `back` when they had been in the room in that capacity
 * (else they take the place of who left: the proxy for a holder gone, who had not been in). Undefined for another change.
 */
function whoEnters(
  desk: CheckInDesk,
  { meeting, seat, was, attendance, at }: AttendanceChange,
): { as: 'holder' | 'proxy'; back: boolean } | undefined {
  const state = desk.state();
  const held = state.status === 'ready' ? state.document.meetings.find((m) => m.id === meeting) : undefined;
  if (was !== 'left' || (attendance !== 'holder' && attendance !== 'proxy') || !held || !isMeetingDay(held, at)) {
    return undefined;
  }
  // A stretch of theirs that ended: the change's own stretch, shown at once, is still open.
  const back = spansOf(held, seat).some((span) => span.as === attendance && span.left !== undefined);
  return { as: attendance, back };
}

/** What is said once a change is saved: who it brought into the room for a seat whose person had left, if anyone. */
function savedInTheRoom(t: Messages['checkIn'], name: string, entered: ReturnType<typeof whoEnters>): string {
  if (!entered) return t.saved(name);
  return entered.back ? t.checkedBackIn(name) : t.checkedInFor(name, entered.as);
}

/** The check-in's kind of change: a seat's entry is put back exactly as the document held it. */
export function checkInChanges(
  desk: CheckInDesk,
): ChangeKind<Extract<ChangeItem, { kind: 'attendance' }>, AttendanceEntry | undefined> {
  // The changes this page sent: one to a meeting no longer shown stays in view, refused too, once answered.
  const sentHere = new Set<string>();
  return {
    kind: 'attendance',
    submitChannel: 'submit:quorum-indicator',
    target: ({ meeting, seat }) => seatTarget(meeting, seat),
    apply: withAttendance,
    read: entryOf,
    write: (document, { meeting, seat }, entry) => withAttendanceEntry(document, meeting, seat, entry),
    // A change this page sent is followed to its answer though the host has moved the indicator to another
    // meeting: a refusal is put back and said, or the document would keep an attendance the host refused. The
    // check-in lists it, naming its meeting, until it is on the server (other-meetings.ts).
    shows: (entry, pending) => {
      if (pending) sentHere.add(entry.id);
      return (sentHere.has(entry.id) || entry.record.meeting === desk.meeting()) && ofDocument(entry, desk.state());
    },
    actingFor: () => desk.clerk(),
    events: { recorded: 'attendance-recorded', rejected: 'attendance-rejected' },
    words: {
      saving: (change) =>
        aboutSeat(desk, change, (t, name) =>
          change.attendance === 'left'
            ? t.checkingOut(name)
            : whoEnters(desk, change)?.back
              ? t.checkingBackIn(name)
              : t.saving(name),
        ),
      unchanged: (change) => aboutSeat(desk, change, (t, name) => t.unchanged(name)),
      waiting: (change) => aboutSeat(desk, change, (t, name) => t.waiting(name)),
      queued: (change, problem) => aboutSeat(desk, change, (t, name) => t.queued(name, problem)),
      // Timed by the host's clock, not when the clerk pressed Save: the clerk hears when, and why, once. A note whose
      // values the words cannot read is left unsaid, not said as nonsense: the change is saved all the same.
      saved: (change, note) =>
        aboutSeat(
          desk,
          change,
          (t, name) =>
            (note && sayOrNot(() => t.timedByHost(name, note))) || savedInTheRoom(t, name, whoEnters(desk, change)),
        ),
      // With the names, a refusal whose code the kit words is said in the page's language, as the seat's row
      // says it; the host's own words only for a code the kit does not know.
      rolledBack: (change, status) =>
        aboutSeat(desk, change, (t, name, msg, names) => t.rejected(name, refusedBecause(msg, status, names))),
    },
  };
}
