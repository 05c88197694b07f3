import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import { property } from 'lit/decorators.js';
import type { Group, Meeting, PartnershipDocument, Person, Seat } from '../../src/contract/index.js';
import {
  attendanceAt,
  meetingDate,
  rosterWarnings,
  seatAttendance,
  seatsAwaitedUntil,
  spansOf,
  type RosterWarning,
} from '../../src/rules/index.js';
import { explainWarning, namesInGroup, type Messages, type Names } from '../../src/messages/index.js';
import { defineElement } from '../internal/define.js';
import { PartnershipElement } from '../internal/partnership-element.js';
import { partsBut, type DocumentParts } from '../internal/document-controller.js';
import { baseStyles } from '../internal/styles.js';
import { rosterRows, type RosterRow } from './roster-rows.js';
import { renderSeatHistory } from './seat-history.js';
import { CARD_WIDTHS, rosterCardStyles, rosterStyles } from './partnership-roster.styles.js';
import { heading } from '../internal/heading.js';
import { tableBox } from '../internal/table-box.js';
import { idText } from '../internal/attribute-reading.js';
import { hostNowText } from '../../src/data/host-clock.js';
import { MomentAlarm } from '../internal/moment-alarm.js';

/** The attendance column of a meeting's roster: its heading (each card's label too), and each seat's attendance. */
interface Attendance {
  heading: string;
  /** The meeting's moment in words, formatted once for the table: its heading's, and its caption's. */
  when: string;
  of: (seat: Seat) => string;
  /** The compact list's: none for a seat vacant that day, whose line already says "Vacant" ("Vacant: Vacant"). */
  inList: (seat: Seat) => string | undefined;
}

/** About how wide the widest roster table (the attendance column's) needs to be in English words, in em. */
const TABLE_EM = 44;

/**
 * `today` is the date the roster shows and warns for: the holders and proxies
 * appointed that day.
 *
 * In a column narrower than about 44em (49em in Welsh, whose words run longer), each seat shows as a card with
 * every field labelled: the element follows the width its host gives it, not the window's. Printed, the roster is
 * set in 10pt (the page's own size if smaller), so on A4 portrait it prints as a table in English and Welsh, its
 * headers on every page and no seat split across pages; a narrower printed column prints cards.
 *
 * Keyboard: the roster has no controls of its own; Tab passes it by, but for a table too wide for its box (a long
 * word at 200% text), which takes focus so that the arrow keys scroll it, as in every element.
 *
 * @summary Who represents each partner: holder, proxy, role, vote and term,
 * as they stand on `today`, with the roster warnings a clerk should act on
 * and who held each seat before.
 *
 * @example
 * <partnership-roster src="/data/sutton.json" group="elg" meeting="elg-2019-10-15"></partnership-roster>
 *
 * @tag partnership-roster
 * @csspart group - The section of one group.
 * @csspart table - The roster table.
 * @csspart warnings - The roster warnings panel. Each warning is an `li` with `data-code` (the rules core's
 *   warning code, like `no-proxy`) and `data-seat` (the seat's id).
 * @csspart history - The table of who held each seat that changed hands.
 */
export class PartnershipRoster extends PartnershipElement {
  static override styles = [baseStyles, ...rosterCardStyles, rosterStyles];

  /** Id of the group to show; every group when left out. */
  @property({ reflect: true, converter: idText }) group?: string;

  /**
   * Id of a meeting of the group: adds each seat's attendance, beside whoever
   * held and stood in for each seat on the meeting's day, each seat named and
   * its vote as of that day, as the meeting's quorum counts it, under a
   * caption that names the meeting's date. The clerk's warnings, and each
   * row's term tag, stay today's: CONTRACT.md defines a term warning by today
   * ("ended, or ends within 60 days of today"; `rosterWarnings(doc, group,
   * today)`) and says the warnings use the appointment in force on `today`,
   * and the warnings' words are tensed to it ("the term ended on…"). Judged
   * on a past meeting's day they would be stale to act on; judged on a coming
   * one's, they would say a term "ended" that has not. Only what the meeting's
   * date decides (who held a seat, its vote, its attendance) is of that day.
   */
  @property({ reflect: true, converter: idText }) meeting?: string;

  /** A list instead of the table, for a trust's public page: it leaves out the clerk's warnings. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * Renders the roster again when its meeting ends by the clock, and its attendance is known to be missing; on a
   * page fixed on another day, by the hour on that day (`onTheDay`), as it judges the meeting.
   */
  private readonly meetingEnd = new MomentAlarm(this, () => this.onTheDay(hostNowText()));

  /** No vote, risk or action shows in the roster; of the meetings, only the one whose attendance it shows. */
  protected override documentParts(document: PartnershipDocument): DocumentParts {
    return [
      partsBut(document, 'votes', 'meetings', 'risks', 'actions'),
      document.meetings.filter((m) => m.id === this.meeting),
    ];
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult | TemplateResult[] {
    const t = this.msg.roster;
    this.meetingEnd.ringAfter(this.attendanceAwaited(document));
    if (document.groups.length === 0) return html`<p>${t.noGroups}</p>`;
    if (!this.group) return document.groups.map((group) => this.renderGroup(document, group));
    const group = document.groups.find((g) => g.id === this.group);
    if (!group)
      return html`<p>
        ${t.unknownGroup(
          this.group,
          document.groups.map((g) => g.id),
        )}
      </p>`;
    return this.renderGroup(document, group);
  }

  /**
   * Until when a seat of the meeting shown reads "not recorded yet" by the clock alone: its end, on its day (the
   * core's `seatsAwaitedUntil`). The roster has no clock ticking it; its attendance column stayed "not recorded yet"
   * after the end, and, judged only while nobody was recorded, stayed so for the seats not checked in.
   */
  private attendanceAwaited(document: PartnershipDocument): string | undefined {
    const meeting = document.meetings.find((m) => m.id === this.meeting && (!this.group || m.group === this.group));
    return meeting && seatsAwaitedUntil(document, meeting.id, this.todayDate, this.onTheDay(hostNowText()));
  }

  private renderGroup(document: PartnershipDocument, group: Group): TemplateResult {
    const t = this.msg.roster;
    // The warnings name seats by id: the roster's group's, though another group may have a seat of the same id.
    const names = namesInGroup(this.namesOf(document), group.id);
    const meeting = this.meeting
      ? document.meetings.find((m) => m.id === this.meeting && m.group === group.id)
      : undefined;
    // Attendance is read beside the appointment of its day: a seat that has changed hands since still shows who came.
    // Its term tags stay today's, as the warnings above it are (RosterRow.term).
    const rows = rosterRows(document, group, this.todayDate, names, meeting && meetingDate(meeting));
    // The clerk's warnings are for the partnership's own pages, not the public list that compact is for.
    const warnings = this.compact ? [] : rosterWarnings(document, group.id, this.todayDate);
    const attendance = meeting ? this.attendanceOf(document, meeting) : undefined;
    // Whose meeting, and the day its rows show: under "Members of the group" they read as today's, beside today's warnings.
    const caption = attendance ? t.meetingCaption(group.name, attendance.when) : t.caption(group.name);
    // Showing every group, a meeting of another group is that group's to show: no word of it here.
    const { meeting: asked } = this;
    const unknownMeeting =
      asked && !meeting && (this.group || !document.meetings.some((m) => m.id === asked)) ? asked : undefined;
    // The seat history is a part of the section's own template beside the table, not a template holding the two.
    return html`<section
      class="group roster cards-below-${this.cardsBelow}"
      part="group"
      aria-labelledby="group-${group.id}"
    >
      ${heading(this.headingLevel, 0, group.name, { id: `group-${group.id}` })} ${this.renderWarnings(warnings, names)}
      ${
        unknownMeeting
          ? html`<p>
              ${t.unknownMeeting(
                unknownMeeting,
                document.meetings.filter((m) => m.group === group.id).map((m) => m.id),
              )}
            </p>`
          : nothing
      }
      ${
        rows.length === 0
          ? html`<p>${t.noSeats(group.name)}</p>`
          : this.compact
            ? this.renderList(rows, attendance)
            : this.renderTable(caption, rows, attendance)
      }
      ${rows.length === 0 || this.compact ? nothing : renderSeatHistory(this.msg, names, group.name, rows)}
    </section>`;
  }

  /**
   * The attendance column: its heading, said once for the table (its date formatted once, not in every row), and
   * each seat's attendance in words, seat by seat as the core reads it (`seatAttendance`): what was recorded for
   * it; "not recorded yet" while the meeting has yet to end; "absent" once it is over; "vacant" for a seat no one
   * held that day. Decided for the whole column at once, two members checked in turned everyone else "absent"
   * while the meeting was on, and apologies sent ahead read "not recorded yet".
   */
  private attendanceOf(document: PartnershipDocument, meeting: Meeting): Attendance {
    const t = this.msg.roster;
    // The column's header, also its label on each card; the meeting's moment, said in the caption too.
    const when = this.msg.format.dateTime(meeting.start);
    const heading = t.attendanceAt(when);
    // By the clock too: a meeting over with a seat not recorded was absent, as the quorum indicator beside it says.
    const now = this.onTheDay(hostNowText());
    const words = { vacant: t.vacant, 'not-recorded-yet': t.notRecordedYet, absent: t.attendance('absent') };
    const read = (seat: Seat) => seatAttendance(document, meeting.id, seat.id, this.todayDate, now);
    const of = (seat: Seat) => {
      const how = read(seat);
      return how === 'recorded' ? this.attendanceText(meeting, seat.id) : words[how];
    };
    return { heading, when, of, inList: (seat) => (read(seat) === 'vacant' ? undefined : of(seat)) };
  }

  /**
   * A seat's attendance as a minute records it: one word ("Attended", "Apologies"), or, where times were recorded
   * or the proxy and the holder each came, each stretch ("Proxy attended from 4pm to 5pm; Attended from 5pm").
   */
  private attendanceText(meeting: Meeting, seatId: string): string {
    const t = this.msg.roster;
    const { time } = this.msg.format;
    const spans = spansOf(meeting, seatId).filter((span) => span.as === 'holder' || span.as === 'proxy');
    const timed = spans.some((span) => span.arrived !== undefined || span.left !== undefined);
    if (spans.length === 0 || (spans.length === 1 && !timed)) return t.attendance(attendanceAt(meeting, seatId));
    return spans
      .map((span) =>
        t.attendanceSpan(
          span.as as 'holder' | 'proxy',
          span.arrived === undefined ? undefined : time(span.arrived),
          span.left === undefined ? undefined : time(span.left),
        ),
      )
      .join('; ');
  }

  private renderWarnings(warnings: RosterWarning[], names: Names) {
    if (warnings.length === 0) return nothing;
    return html`<div class="warnings" part="warnings">
      ${heading(this.headingLevel, 1, this.msg.roster.warningsTitle(warnings.length))}
      <ul>
        ${warnings.map(
          (warning) =>
            html`<li data-code=${warning.code} data-seat=${warning.seat}>
              ${explainWarning(this.msg, names, warning)}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderTable(caption: string, rows: RosterRow[], attendance?: Attendance) {
    const c = this.msg.roster.columns;
    return html`<div class="table-box" ${tableBox(caption)}>
      <table part="table" class="cards" role="table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader">${c.partner}</th>
            <th scope="col" role="columnheader">${c.representative}</th>
            <th scope="col" role="columnheader">${c.proxy}</th>
            <th scope="col" role="columnheader">${c.role}</th>
            <th scope="col" role="columnheader">${c.voting}</th>
            <th scope="col" role="columnheader">${c.term}</th>
            ${attendance ? html`<th scope="col" role="columnheader">${attendance.heading}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => this.renderRow(row, attendance))}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * The box width, in em, below which the seats are cards: the widest table in English words, widened by the
   * language's `roster.tableWidthFactor`, rather than a table that scrolls sideways for its longer words.
   */
  private get cardsBelow(): number {
    const need = TABLE_EM * this.msg.roster.tableWidthFactor;
    return CARD_WIDTHS.find((width) => width >= need) ?? CARD_WIDTHS[CARD_WIDTHS.length - 1]!;
  }

  /**
   * One seat's row, its term tagged with today's term warning, if any (`RosterRow.term`). In a narrow
   * column the row is a summary card: the seat on its title bar and each
   * field under its label, the cell's `data-label` (see the styles). A screen
   * reader keeps the table either way; the explicit roles keep it one in
   * Safari, which drops a table's semantics once its parts are not displayed
   * as table parts.
   */
  private renderRow(row: RosterRow, attendance?: Attendance) {
    const { roster: t, roles } = this.msg;
    const c = t.columns;
    const { seat } = row;
    return html`<tr role="row">
      <th scope="row" role="rowheader">
        ${row.label}${row.partner && !row.label.includes(row.partner) ? titleLine(row.partner) : nothing}
      </th>
      <td role="cell" data-label=${c.representative}>
        ${row.holder ? renderPerson(row.holder) : html`<strong class="tag tag--grey">${t.vacant}</strong>`}
        ${row.toCome ? titleLine(t.appointedFrom(row.toCome.from, row.toCome.holder.name)) : nothing}
      </td>
      <td role="cell" data-label=${c.proxy}>
        ${row.proxy ? renderPerson(row.proxy) : t.noProxy}
        ${row.proxy && !row.holder ? titleLine(t.proxyOfVacantSeat) : nothing}
        ${!row.proxy && row.toCome?.proxy ? titleLine(t.appointedFrom(row.toCome.from, row.toCome.proxy.name)) : nothing}
      </td>
      <td role="cell" data-label=${c.role}>
        ${seat.role === 'member' ? roles[seat.role] : html`<strong class="tag tag--blue">${roles[seat.role]}</strong>`}
      </td>
      <td role="cell" data-label=${c.voting}>${voteWords(t, row)}</td>
      <td role="cell" data-label=${c.term}>${this.renderTerm(row)}</td>
      ${attendance ? html`<td role="cell" data-label=${attendance.heading}>${attendance.of(seat)}</td>` : nothing}
    </tr>`;
  }

  /**
   * The Term cell: the term of the appointment shown, with `term`, today's warning on it; a seat vacant until
   * an appointment to come shows that appointment's term, not begun, rather than none.
   */
  private renderTerm({ seat, toCome, term }: RosterRow) {
    const t = this.msg.roster;
    // The space between the term and its tag, as a template with the two on their lines had it.
    if (!seat.term && toCome)
      return [t.term(toCome.from, toCome.to ?? undefined), ' ', termTag('tag--grey', t.termNotStarted)];
    const ended = term?.code === 'term-ended';
    return [
      seat.term ? t.term(seat.term.from, seat.term.to) : t.noTerm,
      ' ',
      term ? termTag(ended ? 'tag--red' : 'tag--amber', ended ? t.termEnded : t.termEnding) : nothing,
    ];
  }

  private renderList(rows: RosterRow[], attendance?: Attendance) {
    const t = this.msg.roster;
    return html`<ul class="compact">
      ${rows.map((row) => html`<li><strong>${t.partnerLine(row.label)}</strong> ${compactLine(t, this.msg.roles, row, attendance)}</li>`)}
    </ul>`;
  }
}

/** "Head of Oak Primary, Oak Primary School (Chair); proxy Deputy Head: Representative present", as one string. */
function compactLine(t: Messages['roster'], roles: Messages['roles'], row: RosterRow, attendance?: Attendance): string {
  const { holder, proxy, seat } = row;
  const who = holder
    ? nameWithTitle(t, holder)
    : row.toCome
      ? t.vacantUntil(row.toCome.from, nameWithTitle(t, row.toCome.holder))
      : t.vacant;
  // A term ended by the day shown is said, as the table's Vote column says it: the quorum indicator on the same
  // page leaves the seat out, and the list showed its holder as any other.
  const notes = [
    seat.role === 'member' ? '' : roles[seat.role],
    seat.voting ? (row.termEnded ? t.votingTermEnded : '') : t.nonVoting,
    !seat.voting && row.termEnded ? t.termEndedNote : '',
  ].filter(Boolean);
  return t.compactLine(who, notes, proxy?.name, attendance?.inList(seat));
}

/**
 * The Vote column: a voting seat whose holder's term had ended by the row's day has no vote until a new term is
 * recorded (contract: neither holder nor proxy votes for it), and the quorum of that day leaves it out. Nor has a
 * seat vacant that day: `checkVote` refuses its proxy's vote (`vacant-seat`), and "Voting" beside them said otherwise.
 */
function voteWords(t: Messages['roster'], { seat, termEnded }: RosterRow): string {
  if (!seat.voting) return t.nonVoting;
  if (!seat.holder) return t.votingVacant;
  return termEnded ? t.votingTermEnded : t.voting;
}

/**
 * What a person's title says beyond their name, or nothing: people named by their post often have a title that is
 * their name, or their name and more ("Independent Chair, Wokingham Education Partnership"), and the table said the
 * name twice ("Independent Chair, Independent Chair, …") where the list said it once. demo/host/pages.js follows the
 * same rule.
 */
function titleBeyondName({ name, title }: Person): string | undefined {
  if (!title || title === name) return undefined;
  return title.startsWith(`${name},`) ? title.slice(name.length + 1).trim() || undefined : title;
}

/** "Name, title", saying the name once (`titleBeyondName`). */
function nameWithTitle(t: Messages['roster'], person: Person): string {
  const title = titleBeyondName(person);
  return title ? t.nameWithTitle(person.name, title) : person.name;
}

/**
 * Name, then title on its own line, saying the name once (`titleBeyondName`). A space alone ran the two into one
 * phrase for a screen reader ("Head of Hackbridge Primary Headteacher, Hackbridge Primary School"): a comma it hears
 * parts them, as the compact list's "name, title" does.
 */
function renderPerson(person: Person) {
  const { name } = person;
  const title = titleBeyondName(person);
  if (!title) return html`<span class="person">${name}</span>`;
  // One template, name and title, with the one space between them as it was: Prettier would break the line there.
  // prettier-ignore
  return html`<span class="person">${name}</span><span class="visually-hidden">,</span> <span class="person__title">${title}</span>`;
}

/*
 * The pauses only a screen reader hears are written in the templates they stand in, not heardOnly's template of
 * their own: each template is one more instance Lit clones and inserts, and a roster of every group draws these
 * for each of its seats (issue 12: a roster's script was about twice its baseline's, most of it Lit's cloning).
 */

/** A post or a partner's name on the line under a name, parted from it by a comma heard only (see renderPerson). */
const titleLine = (title: string) =>
  html`<span class="visually-hidden">,</span> <span class="person__title">${title}</span>`;

/** A term's warning tag, parted from the term by a full stop heard only: "1 September 2019 to 31 August 2020. Term ended". */
const termTag = (tone: string, words: string) =>
  html`<span class="visually-hidden">.</span><strong class="tag ${tone}">${words}</strong>`;

defineElement('partnership-roster', PartnershipRoster);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-roster': PartnershipRoster;
  }
}
