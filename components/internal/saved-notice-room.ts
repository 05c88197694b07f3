/**
 * The room of the saved copy's notice, kept once the latest has replaced the copy. A member back on the page
 * sees the copy saved on their device at once, with a notice saying so; when the notice went with the copy, the
 * proposal and its buttons moved up under their thumb (108 px on a phone) as they began to read. Its successor
 * says the latest has loaded, in its place and at its height.
 */
import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

export class SavedNoticeRoom implements ReactiveController {
  /**
   * The notice as drawn by the latest render, and as drawn by the one before it: told by Lit as it draws the notice
   * (`noticeOf(room)` in its template), where looking for it in the element's DOM cost a query at every update, and
   * an element is drawn again at every change to its document.
   */
  private drawn?: HTMLElement;
  private drawnBefore?: HTMLElement;
  /** The height of the saved copy's notice when the latest replaced it. */
  private room?: number;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.drawnBefore = this.drawn;
    this.drawn = undefined;
  }

  /**
   * Read at each render of a document, before the page changes: whether the notice that the latest replaced the
   * saved copy is to be shown. Its height is taken from the saved copy's notice as it goes.
   */
  replacedNow(showingSaved: boolean): boolean {
    if (showingSaved) {
      this.room = undefined;
      return false;
    }
    this.room ??= this.drawnBefore?.getBoundingClientRect().height;
    return this.room !== undefined;
  }

  /** The notice, drawn in this render. */
  noticeDrawn(notice: HTMLElement): void {
    this.drawn = notice;
  }

  /** Set through the CSSOM, in the task that drew it: a style attribute a strict Content-Security-Policy refuses. */
  hostUpdated(): void {
    const notice = this.drawn;
    if (notice) notice.style.minHeight = this.room === undefined ? '' : `${this.room}px`;
  }
}

/** Tells `room` of the notice it is set on, at each render (Lit's `ref` costs an async directive's code). */
class NoticeOf extends Directive {
  override update(part: ElementPart, [room]: [SavedNoticeRoom]): unknown {
    room.noticeDrawn(part.element as HTMLElement);
    return noChange;
  }

  render(_room: SavedNoticeRoom): unknown {
    return noChange;
  }
}

/** On the saved copy's notice in its template: `<p part="saved-notice" ${noticeOf(room)}>`. */
export const noticeOf = directive(NoticeOf);
