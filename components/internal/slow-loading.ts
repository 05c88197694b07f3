/**
 * Whether an element's document has been loading for longer than usual. On a phone whose mobile data has
 * stalled, "Loading…" stood unchanged for the 20 seconds before the fetch timed out, and a member could not
 * tell a slow connection from a page that had stopped; after `slowLoadingMs` the element says it is still
 * trying.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dataOptions } from '../../src/data/index.js';

export class SlowLoading implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private slow = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Read at each render with whether the element is loading: the first loading render starts the wait, which
   * renders the element again once it is over; any other render forgets it, for the next load.
   */
  slowNow(loading: boolean): boolean {
    if (!loading) {
      this.forget();
      return false;
    }
    this.timer ??= setTimeout(() => {
      this.slow = true;
      this.host.requestUpdate();
    }, dataOptions.slowLoadingMs);
    return this.slow;
  }

  hostDisconnected(): void {
    this.forget();
  }

  private forget(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.slow = false;
  }
}
