/**
 * The room of the saved copy's notice, kept once the latest has replaced the copy. A member back on the page
 * sees the copy saved on their device at once, with a notice saying so; when the notice went with the copy, the
 * proposal and its buttons moved up under their thumb (108 px on a phone) as they began to read. Its successor
 * says the latest has loaded, in its place and at its height.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const NOTICE = '[part=saved-notice]';

export class SavedNoticeRoom implements ReactiveController {
  /** The height of the saved copy's notice when the latest replaced it. */
  private room?: number;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
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
    this.room ??= this.notice()?.getBoundingClientRect().height;
    return this.room !== undefined;
  }

  /** Set through the CSSOM, in the task that drew it: a style attribute a strict Content-Security-Policy refuses. */
  hostUpdated(): void {
    const notice = this.notice();
    if (notice) notice.style.minHeight = this.room === undefined ? '' : `${this.room}px`;
  }

  private notice(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(NOTICE);
  }
}
