/**
 * What every partnership-kit element shares: the document source (`src`,
 * `data`, inline JSON, `<partnership-data>`), the loading and failure states,
 * the saved-copy notice, `today`, and `emit()`.
 */
import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from './html.js';
import { property } from 'lit/decorators.js';
import { isCalendarDate, isDateTime, type PartnershipDocument } from '../../src/contract/index.js';
import { hostToday, type DocumentState } from '../../src/data/index.js';
import { DocumentController, type DocumentParts, type PartnershipErrorDetail } from './document-controller.js';
import { renderFailure } from './failure-view.js';
import { LocalizeController } from './localize-controller.js';
import type { Messages, Names } from '../../src/messages/index.js';
import { forgetForPrint, unfoldForPrint } from './print-details.js';
import { SlowLoading } from './slow-loading.js';
import { noticeOf, SavedNoticeRoom } from './saved-notice-room.js';
import { DayWatch } from './day-watch.js';
import { GivenDay } from './given-day.js';
import { londonDate, onLondonDate } from '../../src/rules/london-time.js';
import { renderTurn } from './render-turns.js';
import { optionalText } from './attribute-reading.js';

/** A moment attribute that is not one (`PartnershipElement.notMoments`). */
export interface NotAMoment {
  attribute: 'today' | 'now';
  value: string;
}

/** A `now` attribute that is given and is not a date-time, for the elements that take one. */
export const nowNotAMoment = (now: string | undefined): NotAMoment[] =>
  now && !isDateTime(now) ? [{ attribute: 'now', value: now }] : [];

/**
 * The base of every element that shows a partnership document. What it
 * documents here reaches each element's entry in the Custom Elements Manifest
 * (dist/custom-elements.json) by inheritance: the shared attributes, the
 * `partnership-error` event, the parts of the shared states and the `--pk-*`
 * custom properties of the shared styles (components/internal/styles.ts).
 * Each attribute is documented once: on its decorated property, or here with
 * `@attr` when the element has no property for it.
 *
 * @attr lang - The language of the element's words: `en` or `cy`, or one a host registered. Left out: the
 *   nearest ancestor's `lang` (usually `<html lang>`). An unknown language falls back to English.
 * @fires {CustomEvent<PartnershipErrorDetail>} partnership-error - The document could not be loaded or broke the
 *   contract: `detail.failure` says how. Once per failure.
 * @csspart error-summary - The problem shown when the document could not be loaded or broke the contract.
 * @csspart retry-button - The "Try again" button of the error summary when the document could not be loaded.
 * @csspart saved-notice - The notice that the element shows the copy saved on this device, and when it was fetched;
 *   once the latest has replaced it, that it has (in the notice's place and at its height, so nothing moves).
 * @csspart connection-notice - The notice that the host could not be reached since a time, so what is shown may be out
 *   of date; or that the live channel cannot be opened, so changes made on other devices show only when the page
 *   checks again.
 * @csspart attribute-notice - The notice that `today` (or `now`) is not a date (or date-time), a risk register's
 *   `status` not a status, or a vote panel's `results` not a way to show the count, and what is used instead.
 * @cssprop --pk-text-colour - Text colour, and the borders of inputs and buttons (default `#0b0c0c`; `#eee` on a dark page).
 * @cssprop --pk-secondary-text-colour - Colour of secondary text: notes, titles, loading (default `#505a5f`; `#bbb` on a dark page).
 * @cssprop --pk-loading-min-height - The height the element keeps while its document loads (default none): the
 *   room its content will take, so that what follows it on the page does not jump down when the document arrives.
 * @cssprop --pk-border-colour - Table rules and notice borders (default `#b1b4b6`; `#666` on a dark page).
 * @cssprop --pk-link-colour - Link colour (default `#1d70b8`; `#8cf` on a dark page).
 * @cssprop --pk-focus-colour - The focused control's fill, or its ring on radios and fields (default `#ffdd00`).
 * @cssprop --pk-focus-text-colour - Text and bar below the focused control (default `#0b0c0c`).
 * @cssprop --pk-error-colour - Error summary border, error messages and refusals (default `#d4351c`; `#ff7b6b` on a dark page).
 * @cssprop --pk-success-colour - A recorded vote, and the vote button unless `--pk-button-colour` is set (default
 *   `#00703c`).
 * @cssprop --pk-warning-colour - The border of warnings (default `#f47738`).
 * @cssprop --pk-panel-background - Background of notices and panels (default `#f3f2f1`; `#222` on a dark page).
 * @cssprop --pk-button-colour - Background of the primary button, the vote button (default `--pk-success-colour`).
 * @cssprop --pk-button-text-colour - Text of the primary button (default `#fff`).
 * @cssprop --pk-button-hover-colour - Background of the primary button under the pointer (default `#005a30`).
 * @cssprop --pk-button-shadow-colour - The bar below the primary button (default `#002d18`).
 * @cssprop --pk-secondary-button-colour - Background of secondary buttons: save, download, try again (default
 *   `#f3f2f1`; `#333` on a dark page).
 * @cssprop --pk-secondary-button-hover-colour - Background of a secondary button under the pointer (default
 *   `#dbdad9`; `#444` on a dark page).
 * @cssprop --pk-secondary-button-shadow-colour - The bar below a secondary button (default `#929191`; `#000` on a dark page).
 * @cssprop --pk-tag-green-colour - Text of green tags (default `#083d29`; `#cfe4dc` on a dark page).
 * @cssprop --pk-tag-green-background - Background of green tags (default `#cfe4dc`; `#083d29` on a dark page).
 * @cssprop --pk-tag-red-colour - Text of red tags (default `#651b1b`; `#f4d7d7` on a dark page).
 * @cssprop --pk-tag-red-background - Background of red tags (default `#f4d7d7`; `#651b1b` on a dark page).
 * @cssprop --pk-tag-amber-colour - Text of amber tags (default `#594d00`; `#fff7bf` on a dark page).
 * @cssprop --pk-tag-amber-background - Background of amber tags (default `#fff7bf`; `#594d00` on a dark page).
 * @cssprop --pk-tag-orange-colour - Text of orange tags (default `#7a3c1c`; `#fde4d7` on a dark page).
 * @cssprop --pk-tag-orange-background - Background of orange tags (default `#fde4d7`; `#7a3c1c` on a dark page).
 * @cssprop --pk-tag-grey-colour - Text of grey tags (default `#0b0c0c`; `#eee` on a dark page).
 * @cssprop --pk-tag-grey-background - Background of grey tags (default `#cecece`; `#444` on a dark page).
 * @cssprop --pk-tag-blue-colour - Text of blue tags (default `#0c2d4a`; `#d2e2f1` on a dark page).
 * @cssprop --pk-tag-blue-background - Background of blue tags (default `#d2e2f1`; `#0c2d4a` on a dark page).
 * @cssprop --pk-space - The spacing unit (default `1rem`, never under `16px`).
 *
 * A dark page is one whose `color-scheme` is dark (docs/embedding.md, "Dark pages").
 */
export abstract class PartnershipElement extends LitElement {
  /**
   * URL of the partnership document. Elements with the same URL share one fetch and one store. The `data`
   * property wins over it; without either, the element reads an inline `<script type="application/json">`
   * child, else the document of the nearest `<partnership-data>`.
   */
  @property({ reflect: true, converter: optionalText }) src?: string;

  /** The partnership document itself, for a host that already has it. Wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /**
   * The date the element treats as today, YYYY-MM-DD: the roster's holders and warnings, the tracker's
   * statuses, the register's reviews, the quorum before a meeting, the date of votes cast. Today in the UK by
   * default, by the device's clock, or by the host's (the `Date` of its best recent response) where the device's is behind
   * it by more than that `Date` can tell, or ahead of it by more than a minute. Another day than the real one fixes
   * the element on that day (a demo, a rehearsal), its meeting on, over or to come by the time of day now; the date the page was opened on, written into it as it opened, or the element's clock's date
   * when it is given, does not: the element follows the date past midnight, as with none, and dates nothing it
   * sends on the day before.
   */
  @property({ converter: optionalText }) today?: string;

  /**
   * The level of the element's own heading, 1 to 6 (default 2): one below the heading the page puts above it. Its
   * parts' headings are below it. The risk register's ("Risk register") and the action tracker's ("Actions") are
   * heard by a screen reader moving by headings, not shown, and only where there are risks or actions to show.
   */
  @property({ attribute: 'heading-level', type: Number, useDefault: true }) headingLevel = 2;

  /**
   * Live updates of a `src` document. Left out: the channel the host names in the document's
   * `Link: <…>; rel="partnership-events"` header, if any. `off` (in any case): no updates (on any element
   * showing that document: they share one): no channel, and no refetching. A URL: that Server-Sent Events channel instead.
   * Without a channel, and not `off`, the document is fetched again when the page comes back into view and
   * every 5 minutes.
   */
  @property({ reflect: true, converter: optionalText }) live?: string;

  /**
   * `include`: the host of `src`, `live` and `endpoint` is on another origin (partnership-kit/server's
   * `allowedOrigins`, a council's www site using its portal) and takes the member's session: their cookies go
   * with the document's fetch, the live stream and the records sent, so a signed-in member reads their own
   * view and their votes are stored. Left out, cookies go only to the page's own origin, and across origins a
   * member reads the public's view. On `<partnership-data>`, it covers the elements inside. Never set it for a
   * host that answers `Access-Control-Allow-Origin: *`: the browser refuses every such answer.
   */
  @property({ reflect: true, converter: optionalText }) credentials?: string;

  protected readonly source = new DocumentController(this, (document) => this.documentParts(document));
  protected readonly localize = new LocalizeController(this);
  private readonly slowLoading = new SlowLoading(this);
  private readonly savedNoticeRoom = new SavedNoticeRoom(this);
  private readonly givenDay = new GivenDay();
  /** Renders again when the UK date changes: what the rules judge by `today` moves at midnight, with no new document. */
  private readonly dayWatch = new DayWatch(this, () => this.followsTheDate);
  /** Whether "Try again" had focus when pressed (`retry`). */
  private focusAfterRetry = false;
  /** Whether the last render drew the document (not loading, not failed): a first drawing waits its turn. */
  private documentDrawn = false;

  override connectedCallback(): void {
    super.connectedCallback();
    unfoldForPrint(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    forgetForPrint(this);
  }

  /** The words of the element's language. */
  protected get msg(): Messages {
    return this.localize.msg;
  }

  /** The names of `doc`'s seats, people, proposals and groups in the element's language. */
  protected namesOf(doc: PartnershipDocument): Names {
    return this.localize.namesOf(doc);
  }

  /**
   * The error summary's "Try again". The button goes while the document loads again; when it had focus, what
   * the element shows next takes it (`updated`), or the focus would fall to the page's body, from where a keyboard
   * user starts again at the top of the page.
   */
  private retry(): void {
    this.focusAfterRetry = this.shadowRoot?.activeElement?.matches('[part="retry-button"]') ?? false;
    this.source.retry();
  }

  /**
   * The first drawing of a document, in place of the loading line, waits its turn with the page's other elements
   * (`renderTurn`): one element a task, so that a phone can answer a tap between them. `updateComplete` still
   * settles once it is drawn. An element's very first render never waits: its shadow root would hide the words
   * the page put inside it and show nothing for a task.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const first = this.hasUpdated && !this.documentDrawn && this.localize.ready && this.source.state.status === 'ready';
    const turn = first ? renderTurn(this) : undefined;
    return turn ? turn.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.documentDrawn = this.source.state.status === 'ready';
    if (this.focusAfterRetry && this.source.state.status !== 'loading') this.refocusAfterRetry();
  }

  /**
   * Failed again: the new "Try again". Loaded: the element's first heading, from where Tab goes on into what it
   * shows. Not when the reader has moved on meanwhile: only a focus that fell to the page's body is put back.
   */
  private refocusAfterRetry(): void {
    this.focusAfterRetry = false;
    const active = document.activeElement;
    if (active && active !== document.body && active !== this) return;
    const target =
      this.renderRoot.querySelector<HTMLElement>('[part="retry-button"]') ??
      this.renderRoot.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      // A heading takes focus only for this: a click on it later does not focus it.
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  }

  /**
   * `today` when it fixes the element's date (`fixedDay`), else the date of its clock in the UK (`clockDate`).
   */
  protected get todayDate(): string {
    return this.fixedDay ?? this.clockDate();
  }

  /**
   * The date in the UK of the element's clock: by the host's clock where the device's is off it (`hostToday`, as
   * `hostNow`), since a school laptop a day slow showed every action due today as not yet due. An element given
   * `now` reads its own.
   */
  protected clockDate(): string {
    return hostToday();
  }

  /**
   * `today` when it fixes the element on another day than the real one (a demo, a rehearsal, a report as of a
   * date); undefined when it is not given, not a date, or the page's own date, which the element follows past
   * midnight (given-day.ts).
   */
  protected get fixedDay(): string | undefined {
    return this.givenDay.fixed(this.today, () => this.clockDate());
  }

  /**
   * `now` as the element judges it: on a page fixed on another day (`fixedDay`: a demo, a rehearsal), that day at
   * `now`'s time of day in London, so the meeting of that day is on, over or still to come as the hour says. Every
   * element judges the fixed day so: the vote panel alone did, and after the meeting's end it said "not quorate"
   * where the quorum indicator and the roster beside it, judging by the date, said quorum was not yet known. Not
   * at the UTC time of day: from 23:00 UTC in summer (00:00 in London) that was the day after in London.
   */
  protected onTheDay(now: string): string {
    const day = this.fixedDay;
    return day === undefined || day === londonDate(now)
      ? now
      : new Date(onLondonDate(day, Date.parse(now))).toISOString();
  }

  /**
   * Whether what the element shows moves with the UK date: it then renders again at midnight in London. Not
   * when its `today` fixes its date, which it shows whatever the device's date; an element that reads the
   * date otherwise too says so here.
   */
  protected get followsTheDate(): boolean {
    return this.fixedDay === undefined;
  }

  protected override render(): TemplateResult {
    // While the page's language loads (a moment, once a page), nothing: not a flash of English.
    if (!this.localize.ready)
      return html`<div class="paragraph-widths"></div>
        <div class="words"></div>`;
    const [notices, savedNotice, shown] = this.renderState();
    // .paragraph-widths gives the element a paragraph's widths where the page sizes it by its content (styles.ts):
    // beside .words, whose content gives it none, and inside the shadow root, where no reset of the page reaches.
    return html`<div class="paragraph-widths"></div>
      <div class="words" lang=${this.localize.contentLang ?? nothing} dir=${this.msg.dir}>
        ${notices}${savedNotice}${shown}
      </div>`;
  }

  /**
   * What the words wrapper holds: the notices of the moment attributes and of the saved copy, then the loading
   * line, the error summary or the element's view. Parts of the wrapper's own template: a template of their own,
   * only to put them side by side, was one more instance cloned and committed in every render (issue 12).
   */
  private renderState(): [notices: unknown, savedNotice: unknown, shown: unknown] {
    const state = this.source.state;
    const slow = this.slowLoading.slowNow(state.status === 'loading');
    if (state.status === 'loading') {
      // The second sentence is added beside the first, so that a screen reader hears only what is new.
      const loading = html`<p class="loading" role="status" aria-live=${this.liveness}>
        ${this.msg.shared.loading}${slow ? html` <span class="slow">${this.msg.shared.loadingSlow}</span>` : nothing}
      </p>`;
      return [nothing, nothing, loading];
    }
    if (state.status === 'failed') {
      const failure = renderFailure(this.msg, state.failure, {
        headingLevel: this.headingLevel,
        retry: () => this.retry(),
        // Each element's button says what it loads: a page of failed elements lists one "Try again" each.
        retryLabel: this.msg.shared.tryAgainLoading[this.localName],
        // Elements showing one document load, fail and fall back together: only the first of them speaks.
        alert: this.source.speaks,
      });
      return [nothing, nothing, failure];
    }
    return [this.renderMomentNotices(), this.renderSavedNotice(state), this.renderDocument(state.document)];
  }

  /**
   * The moment attributes given that are not moments, each named with its value: a web team sees its typo
   * (`today="2019-02-30"`) rather than statuses quietly counted from the device's date. `now` is the vote
   * panel's, the quorum indicator's and the action tracker's.
   */
  protected notMoments(): NotAMoment[] {
    return this.today && !isCalendarDate(this.today) ? [{ attribute: 'today', value: this.today }] : [];
  }

  private renderMomentNotices() {
    const wrong = this.notMoments();
    if (wrong.length === 0) return nothing;
    return wrong.map(
      ({ attribute, value }) =>
        html`<p class="notice" part="attribute-notice">${this.msg.shared.notAMoment(attribute, value)}</p>`,
    );
  }

  /**
   * The element's own view of a valid document: a template, or templates side by side (a roster's groups), given
   * as a list rather than wrapped in a template that holds nothing else, one more instance in every render.
   */
  protected abstract renderDocument(document: PartnershipDocument): TemplateResult | TemplateResult[];

  /**
   * What `renderDocument` reads of `document` (see `DocumentParts`): a
   * changed document whose parts are all the same as the last render's does
   * not render the element again. By default the whole document. Attributes,
   * the element's own state, its language and its clock re-render it anyway.
   */
  protected documentParts(document: PartnershipDocument): DocumentParts {
    return [document];
  }

  /**
   * The `aria-live` of the element's notices (loading, saved copy, connection): each is a status on every element,
   * so that a screen-reader user moving to any of them finds it as one, but live only in the element that speaks
   * for the document (`off` in the others), so that what elements showing one document say together is heard once.
   */
  private get liveness() {
    return this.source.speaks ? nothing : 'off';
  }

  private renderSavedNotice(state: DocumentState & { status: 'ready' }) {
    const { saved, fetchedAt } = state;
    const replaced = this.savedNoticeRoom.replacedNow(saved !== undefined && fetchedAt !== undefined);
    if (saved && fetchedAt) return this.savedNotice(this.msg.shared.savedCopy(fetchedAt, saved.refreshing));
    if (state.unreachableSince) {
      return html`<p class="notice" role="status" aria-live=${this.liveness} part="connection-notice">
        ${this.msg.shared.unreachable}
      </p>`;
    }
    // A channel that never opens loses the member nothing they had, but the meeting no longer moves by itself.
    if (state.liveUnopened) {
      const words = state.liveUnopened === 'ended' ? this.msg.shared.liveEnding : this.msg.shared.liveUnopened;
      return html`<p class="notice" role="status" aria-live=${this.liveness} part="connection-notice">${words}</p>`;
    }
    return replaced ? this.savedNotice(this.msg.shared.latestLoaded) : nothing;
  }

  /**
   * One template for the saved copy's words and their successor's: the same live region, so the change is heard
   * ("the latest has loaded" once for the page: see `liveness`).
   */
  private savedNotice(words: string) {
    return html`<p
      class="notice"
      role="status"
      aria-live=${this.liveness}
      part="saved-notice"
      ${noticeOf(this.savedNoticeRoom)}
    >
      ${words}
    </p>`;
  }

  /** Fires an event of the kit's own: it bubbles out of the shadow root to the host page. */
  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'partnership-error': CustomEvent<PartnershipErrorDetail>;
  }
}
