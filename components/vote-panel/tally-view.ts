/**
 * The count explained, from the rules core's `outcome`: the counts, the rule
 * and where it came from, the base, what it still needs, how abstentions and
 * ties count, quorum, and the result (or, while open, the result if voting
 * closed now). What may be shown at all is the core's `disclosure`: the
 * element's `results` attribute can only hide more.
 */
import { nothing, type TemplateResult } from 'lit';
import { html } from '../internal/html.js';
import type { Meeting, PartnershipDocument, Proposal } from '../../src/contract/index.js';
import {
  castingUnpublished,
  disclosure,
  liveCountOutlived,
  meetingOver,
  uncountedNamed,
  type Outcome,
} from '../../src/rules/index.js';
import { explainReason, type Messages, type Names } from '../../src/messages/index.js';
import { heading } from '../internal/heading.js';
import { resultWords } from '../internal/result-words.js';
import { tableBox } from '../internal/table-box.js';
import { itemsOfWords, rowsOfWords, type RowOfWords } from '../internal/words-alone.js';
import type { StandingMove } from './standing-news.js';

export type ResultsMode = 'live' | 'after-close' | 'hidden';

const RESULTS_MODES: readonly ResultsMode[] = ['live', 'after-close', 'hidden'];

/**
 * The `results` attribute as the panel reads it: in any case, spaces around it ignored. Left out, `live`; a
 * value it does not know, `undefined`, which the panel takes as `hidden`: a typo in a host's
 * `results="after-close"` must not show members the count it was written to keep from them while they vote.
 */
export function readResults(value: string | null | undefined): ResultsMode | undefined {
  if (value === undefined || value === null) return 'live';
  const mode = value.trim().toLowerCase();
  return RESULTS_MODES.find((known) => known === mode);
}

/** What the tally is shown for: the element's `results`, its heading level, its clock, and who is looking. */
/** What the status region says of a standing that moved: that the count changed only when it did. */
function standingNews(msg: Messages, proposal: Proposal, result: Outcome, moved: StandingMove | undefined) {
  if (!moved) return '';
  const line = resultLine(msg, proposal, result);
  return moved === 'count' ? msg.votePanel.standingMoved(line) : line;
}

export interface TallySetting {
  mode: ResultsMode;
  headingLevel: number;
  /** The element's clock: whether the count may be shown yet. */
  now: string;
  voter?: string;
  /**
   * The standing changed while the member watched, with the count or without: the status region under the result
   * line says it, once, and that the count changed only when it did.
   */
  standingMoved?: StandingMove;
}

/** The words of the element's language, and the names of the document in it. */
interface Words {
  msg: Messages;
  names: Names;
}

/**
 * The tally of `proposal`, from `result`: the core's outcome of it in
 * `document`, asked with the element's clock and today (for quorum "not yet
 * known"), which the panel has worked out already for the rest of its parts.
 */
export function renderTally(
  msg: Messages,
  names: Names,
  document: PartnershipDocument,
  proposal: Proposal,
  result: Outcome,
  setting: TallySetting,
): TemplateResult {
  const t = msg.votePanel;
  const words: Words = { msg, names };
  // A draft has not been put to a vote yet, and a withdrawn proposal never was: there is nothing to count.
  if (proposal.status === 'draft' || proposal.status === 'withdrawn') return html``;
  if (setting.mode === 'hidden') return html`<p class="tally" part="tally">${t.hidden}</p>`;
  const shown = disclosure(proposal, setting.now);
  if (!shown.count || (setting.mode === 'after-close' && result.open)) {
    return html`<p class="tally" part="tally">
      ${shown.countHiddenBy === 'secret' ? t.secretAfterClose : t.afterClose}
    </p>`;
  }
  const meeting = proposal.meeting ? document.meetings.find((m) => m.id === proposal.meeting) : undefined;
  const { headingLevel } = setting;
  // The counts' table is written here, always drawn with the section: a template of its own was one more instance
  // cloned and committed in every render (issue 12). Parts that draw blocks (list items, the rows, the lists) are
  // side by side: a line break between two would stay, a text node shown nowhere.
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
      <strong>${resultLine(msg, proposal, result)}</strong>
    </p>
    <p class="visually-hidden" role="status">${standingNews(msg, proposal, result, setting.standingMoved)}</p>
    <ul
      ${itemsOfWords(countLines(words, document, proposal, result, meeting, { now: setting.now, choicesShown: shown.choices }))}
    ></ul>
    ${shown.choices && (result.counted.length > 0 || result.withoutVote.length > 0) ? renderChoices(words, proposal, result) : nothing}${
      result.invalid.length > 0 ? renderInvalid(words, proposal, result, setting) : nothing
    }
  </section>`;
}

/**
 * The lines under the count, each a list item of words alone (itemsOfWords): the rule and where it comes from, how
 * many seats have a counted vote, then what applies to this count (published, what it needs, the tie, the quorum,
 * a secret ballot). Drawn as one list, not a template a line: a line that applies only sometimes was one more
 * instance cloned and committed in every render, and each line's words parts beside them (issue 12).
 */
function countLines(
  words: Words,
  document: PartnershipDocument,
  proposal: Proposal,
  result: Outcome,
  meeting: Meeting | undefined,
  { now, choicesShown }: { now: string; choicesShown: boolean },
): string[] {
  const { msg } = words;
  const t = msg.votePanel;
  const decided = decidedByCount(result) && !liveCountOutlived(proposal, result);
  return [
    `${t.ruleLine(result.rule)} ${ruleSourceLine(msg, document, result)}`,
    t.base(result.for + result.against + result.abstain, result.entitled),
    ...(result.published ? [t.publishedCount] : []),
    ...(result.result === 'pending' ? [neededLine(msg, result)] : []),
    ...(decided ? [closedNeededLine(msg, result)] : []),
    t.abstentions(result.rule),
    ...(result.rule === 'simple-majority' ? [tieLine(words, proposal, result)] : []),
    meeting ? quorumLine(msg, result, meeting, now) : t.noMeeting,
    ...(choicesShown ? [] : [t.secretBallot]),
  ];
}

/**
 * While voting is open, the votes for it still needs; where they count on the chair's casting vote for, which
 * carries a tie, says so: "needs 3, it has 2, so 1 more" read as any member's vote, where only the chair's would do.
 */
function neededLine(msg: Messages, result: Outcome): string {
  const t = msg.votePanel;
  // The public's live count: fewer carry it if the chair's seat's is among them, which its totals do not say.
  if (result.neededIfChairFor !== null) return t.neededIfChairFor(result.needed, result.neededIfChairFor, result.for);
  if (result.needed === null) return t.cannotCarry(result.against, result.abstain, result.seatsCannotVote);
  if (result.neededCastingVote === null) return t.needed(result.needed, result.entitled, result.for);
  return t.neededCasting(result.needed, result.for, result.neededCastingVote === 'given');
}

/** Once decided by the count: what it needed and had, or that it could not carry, naming only what stopped it. */
function closedNeededLine(msg: Messages, result: Outcome): string {
  const t = msg.votePanel;
  if (result.needed !== null) return t.neededClosed(result.needed, result.for);
  return t.couldNotCarry(result.against, result.abstain, result.seatsCannotVote);
}

/** A result the count decided, carried or not: it says what it needed and had, as a minute records a vote. */
const decidedByCount = (result: Outcome): boolean =>
  (result.result === 'carried' || result.result === 'not-carried') && result.decidedBy === 'count';

/**
 * The result, or while voting is open what it would be if voting closed now:
 * only once the core's outcome says it is not too early to say. A published
 * tie that does not say whether the chair gave a casting vote
 * (`castingUnpublished`) is not said to be lost; the public's totals as served
 * while voting was open give no result once it has closed (seats may have
 * voted since).
 */
function resultLine(msg: Messages, proposal: Proposal, result: Outcome): string {
  const t = msg.votePanel;
  if (liveCountOutlived(proposal, result)) return t.liveCountOutlived;
  if (result.result !== 'pending') return t.resultLine(resultWords(msg, result));
  const standing = standingOf(proposal, result)!;
  if (standing === 'awaiting') return t.standingAwaiting;
  if (standing === 'too-early') return t.standingTooEarly;
  if (standing === 'tied-unless-casting') return t.standingLine(t.tiedUnlessCasting);
  if (standing === 'inquorate') return t.standingInquorate;
  return t.standingLine(t.result(standing));
}

/** What "if voting closed now" says: the core's standing, or not yet known, too early to say, or tied on the chair. */
export type StandingSaid = Outcome['standing'] | 'awaiting' | 'too-early' | 'tied-unless-casting';

/**
 * How the proposal would go if voting closed now, in no language: what the result line says while voting is open
 * and the count is live; undefined once it is decided (the close is said by closing-watch.ts) or the count outlived.
 * The panel says a change of it once (`standingNews`); the numbers moving alone are not news.
 */
export function standingOf(proposal: Proposal, result: Outcome): StandingSaid | undefined {
  if (liveCountOutlived(proposal, result) || result.result !== 'pending') return undefined;
  if (result.standing === 'inquorate') return result.quorumState === 'not-yet-known' ? 'awaiting' : 'inquorate';
  if (result.tooEarlyToSay) return 'too-early';
  return castingUnpublished(proposal, result) ? 'tied-unless-casting' : result.standing;
}

function ruleSourceLine(msg: Messages, document: PartnershipDocument, result: Outcome): string {
  const t = msg.votePanel;
  const source = result.ruleSource;
  const agreedAt = source.kind === 'agreed' ? document.meetings.find((m) => m.id === source.meeting) : undefined;
  return agreedAt ? t.ruleAgreed(msg.format.dateTime(agreedAt.start)) : t.ruleFromGroup;
}

/**
 * Whether the meeting was (over by `now`, or when the proposal was decided), is, is now (by who is in the room), or
 * is not yet known to be quorate. A decided proposal's quorum is the room's when it was decided: "is not quorate, so
 * the proposal cannot be decided" stood below "Result: Not decided: the meeting was not quorate". One not decided
 * for want of quorum at one moment (`inquorateAtLine`) says when, and which requirement failed then.
 */
function quorumLine(msg: Messages, result: Outcome, meeting: Meeting, now: string): string {
  const t = msg.votePanel;
  const when = msg.format.dateTime(meeting.start);
  const state = result.quorumState;
  if (state === 'not-yet-known') return t.quorumNotYet(when);
  if (result.quorumNow) return state === 'quorate' ? t.quorateNow : t.inquorateNow;
  const atMoment =
    state === 'not-quorate' && result.result !== 'pending' ? inquorateAtLine(msg, result, meeting) : null;
  if (atMoment) return atMoment;
  const past = result.result !== 'pending' || meetingOver(meeting, now);
  return state === 'quorate' ? t.quorate(when, past) : t.inquorate(when, past);
}

/**
 * A decided proposal whose quorum was judged at one moment, its close while its meeting was on: not quorate then,
 * and the requirements not met, with present and needed. "The meeting on 10 March at 4pm was not quorate" stood
 * beside the quorum indicator's "Quorate", as over the whole meeting it was. Null where quorum was judged over the
 * whole meeting, whose line stays as it was.
 */
function inquorateAtLine(msg: Messages, result: Outcome, meeting: Meeting): string | null {
  const judged = result.quorumJudgedAt;
  if (!judged || judged.moment === 'now') return null;
  const shortfalls = (result.quorumRequirements ?? []).filter((requirement) => !requirement.met);
  const words = judged.moment === 'closes' ? msg.votePanel.inquorateAt : msg.votePanel.inquorateBeforeClose;
  return words(judged.at, meeting.start, shortfalls);
}

/**
 * How a tie is decided in the group; when the chair's casting vote decided this one, says so. Where the chair
 * breaks ties but the chair's seat has no vote, says that no casting vote can be given, and of a decided tie, that
 * this is why it was not carried: "when the chair has voted" promised a vote the chair could never cast. Where
 * the seat votes but no one could give its vote (`castingSeat.barred`: vacant, its term ended or not begun, its
 * holder withdrew), says that, as things stand while open and as at the close once decided. Of a decided tie
 * the chair's seat could have broken, that it voted neither for nor against; of a published count's, that no
 * casting vote was given.
 */
function tieLine({ msg, names }: Words, proposal: Proposal, result: Outcome): string {
  const t = msg.votePanel;
  if (result.decidedBy === 'casting-vote') return t.tieDecided(result.for, result.standing === 'carried');
  const chair = result.castingSeat;
  if (chair && !chair.voting) {
    const seat = names.seat(chair.seat);
    return result.result === 'tied' ? t.tiedChairNoVote(result.for, seat) : t.tieChairNoVote(seat);
  }
  // The seat votes, but no one could give its vote: vacant, its term over. "When the chair has voted" promised a
  // vote no one could give, and "has no vote" would be wrong of a vacancy. As at now while open, else at the close.
  if (chair?.barred) {
    const seat = names.seat(chair.seat);
    if (result.result === 'tied') return t.tiedChairBarred(result.for, chair.barred, seat, names);
    return t.tieChairBarred(chair.barred, seat, names, result.status === 'closed');
  }
  // The public's live count of an open proposal, tied, without `casting`: from an older host, or served before
  // the chair voted, so "no casting vote was given" (or "when the chair has voted") may not be so.
  if (castingUnpublished(proposal, result)) return t.tiedCastingUnpublished(result.for);
  // A decided tie the chair's seat could have broken: its vote was an abstention, or none. A published count
  // holds no votes, only the casting vote where one was given (`casting`): without it, none was, and that is
  // all it says of the chair's seat.
  if (chair && result.result === 'tied') {
    return result.published
      ? t.tiedNoCastingVote(result.for)
      : t.tiedChairDidNotCast(result.for, names.seat(chair.seat));
  }
  return result.tieBreak === 'chair' ? t.tieChair : t.tieNone;
}

/**
 * How each seat's counted vote went, on a recorded ballot, then the voting seats with none (who has not
 * voted yet is what a chair asks before closing): folded away, as a minute's appendix is.
 */
function renderChoices({ msg, names }: Words, proposal: Proposal, result: Outcome) {
  const t = msg.votePanel;
  // Named after the proposal too, unseen: with two panels on a page, "click How each seat voted" was ambiguous.
  const about = t.onProposal(names.proposal(proposal.id));
  return html`<details class="choices">
    <summary>${t.choicesTitle}<span class="visually-hidden">${about}</span></summary>
    <div class="table-box" ${tableBox(`${t.choicesTitle}${about}`)}>
      <table class="cards">
        <caption class="visually-hidden">
          ${t.choicesTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.choicesSeat}</th>
            <th scope="col">${t.choicesBy}</th>
            <th scope="col">${t.choicesVote}</th>
          </tr>
        </thead>
        <tbody
          ${rowsOfWords([
            ...result.counted.map((counted) => countedRow(t, names, counted)),
            ...result.withoutVote.map((seat) => withoutVoteRow(t, names, seat, result.open)),
          ])}
        ></tbody>
      </table>
    </div>
  </details>`;
}

/*
 * A seat's row is words alone, drawn by rowsOfWords (components/internal/words-alone.ts): a template a row was an
 * instance cloned, walked and committed, with a marker before it, a row a seat, in every render (issue 12).
 */

/** A seat's counted vote: the seat, who cast it (as proxy, when so) and how. */
function countedRow(t: Messages['votePanel'], names: Names, counted: Outcome['counted'][number]): RowOfWords {
  const person = names.person(counted.by);
  return {
    header: names.seat(counted.seat),
    cells: [
      { label: t.choicesBy, words: counted.as === 'proxy' ? t.asProxy(person) : person },
      { label: t.choicesVote, words: t.choice(counted.choice) },
    ],
  };
}

/**
 * Who holds a seat with no vote counted: its holder (with "withdrew for this item" where they declared an interest
 * and no proxy may vote in their place, so that "Cannot vote" beside their name says why), whose term ended, or
 * that it is vacant.
 */
function memberOf(
  t: Messages['votePanel'],
  names: Names,
  holder: string | null,
  cannotVote: Outcome['withoutVote'][number]['cannotVote'],
): string {
  if (cannotVote?.code === 'declared-interest') return t.withdrewHolder(names.person(cannotVote.person));
  if (holder !== null) return names.person(holder);
  return cannotVote?.code === 'term-ended' ? t.termEndedHolder(names.person(cannotVote.holder)) : t.vacantSeat;
}

/**
 * A voting seat with no vote counted: its holder (or that it is vacant, whose term ended, or that they withdrew), and whether it has
 * not voted yet, cannot vote, voted but is not counted, or (once decided) has no vote counted.
 */
function withoutVoteRow(
  t: Messages['votePanel'],
  names: Names,
  { seat, holder, cannotVote, heldFrom, uncounted }: Outcome['withoutVote'][number],
  open: boolean,
): RowOfWords {
  const by = memberOf(t, names, holder, cannotVote);
  // A seat whose vote the count leaves out (its proxy's, with the holder in the room) did vote: "not voted yet"
  // hid the vote listed below as not counted. One that no one may vote for has no vote to come: "not voted yet"
  // told a chair to wait for it before closing; one whose holder is appointed before the close says from when.
  const barred = heldFrom ? t.seatCannotVoteUntil(heldFrom) : t.seatCannotVote;
  const vote = uncounted ? t.votedNotCounted : !open ? t.noVoteCounted : cannotVote ? barred : t.notVotedYet;
  return {
    header: names.seat(seat),
    cells: [
      { label: t.choicesBy, words: by },
      { label: t.choicesVote, words: vote },
    ],
  };
}

/**
 * The votes not counted, with why: each named by its seat and voter where the core's `uncountedNamed` says the
 * viewer may read them (on a secret ballot, only their own); how many, whatever it names.
 */
function renderInvalid({ msg, names }: Words, proposal: Proposal, result: Outcome, setting: TallySetting) {
  const t = msg.votePanel;
  const named = uncountedNamed(proposal, result, setting.voter, setting.now);
  return html`${heading(setting.headingLevel, 2, t.invalidTitle(result.invalid.length))}
  ${
    named.length > 0
      ? html`<ul>
          ${named.map(
            (item) =>
              html`<li data-reason=${item.reason}>
                ${t.invalidVote(names.seat(item.seat), names.person(item.by), explainReason(msg, names, item))}
              </li>`,
          )}
        </ul>`
      : nothing
  }`;
}
