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
  /** When the load began (`performance.now()`): the count runs from here, whatever renders or moves since. */
  private since?: number;
  private slow = false;
  /** Taken off the page with the count running: put back, it runs on. */
  private paused = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * The element on the page is where its load begins: its first render waits a task, and longer for its words'
   * module, which the count is not to wait for. Back on the page while still loading, the count goes on.
   */
  hostConnected(): void {
    this.since ??= performance.now();
    if (this.paused) this.arm();
  }

  /**
   * Read at each render with whether the element is loading: the count runs from when the load began, and the
   * element renders again once it is over; a render that is not loading forgets it, for the next load.
   */
  slowNow(loading: boolean): boolean {
    if (!loading) {
      this.forget();
      return false;
    }
    this.since ??= performance.now();
    if (!this.slow && this.timer === undefined) this.arm();
    return this.slow;
  }

  /**
   * Off the page, no timer is left running; the load's start is kept. An element moved on the page (a portal's
   * script re-parenting it) is still waiting on the same request: its count does not start again.
   */
  hostDisconnected(): void {
    this.paused = this.timer !== undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    this.paused = false;
    const left = (this.since ?? performance.now()) + dataOptions.slowLoadingMs - performance.now();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.slow = true;
      this.host.requestUpdate();
    }, left);
  }

  private forget(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.since = undefined;
    this.slow = false;
    this.paused = false;
  }
}
