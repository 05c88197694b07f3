/**
 * What a member chose to see in an element (its filters, sort, grouping),
 * kept in the tab's sessionStorage: a phone that discards a background tab
 * reloads the page when the member comes back, and the register or tracker
 * opens as they left it rather than at its defaults.
 *
 * Only sessionStorage: it is the tab's, gone when the tab closes, so a shared
 * computer's next person does not open someone else's view. The page's URL is
 * the host's and is not touched. A view is kept per page (its path), per
 * partnership, and per element: by its `id`, else by what it shows (its
 * group, project, meeting, owner and starting status attributes), and only
 * among elements showing the same by its place; so two registers on a page
 * keep a view each, and keep it when the host's CMS reorders its blocks.
 * An element the host takes off the page forgets its view (a reload or a
 * discard takes nothing off: the view is there for the page that comes back).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartnershipDocument } from '../../src/contract/index.js';

export interface KeptViewOptions {
  /** The document the element shows, once it shows one. */
  document: () => PartnershipDocument | undefined;
  /** The view as it is now: what is kept. Its JSON is compared, so keep it small and in a fixed order. */
  current: () => unknown;
  /** Puts back a view kept earlier: `stored` is whatever was found, unchecked, and keeps only what the element can show. */
  restore: (stored: unknown, document: PartnershipDocument) => void;
}

const PREFIX = 'partnership-kit:view:';

/**
 * Keeps an element's view for the tab: put back before the first render of a
 * partnership's document, written after each update that changed it.
 */
export class KeptView implements ReactiveController {
  /** The partnership whose view was put back, and its key. */
  private partnership?: string;
  private key?: string;
  /** The view's JSON as last read or written under `key`. */
  private kept?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: KeptViewOptions,
  ) {
    host.addController(this);
  }

  /** Before the render: a partnership shown for the first time gets back the view kept for it. */
  hostUpdate(): void {
    const document = this.options.document();
    // Once a partnership: the element's place on the page is looked for then, not at every render.
    if (!document || document.partnership.id === this.partnership) return;
    this.partnership = document.partnership.id;
    this.key = viewKey(this.host, this.partnership);
    const stored = read(this.key);
    if (stored !== undefined) this.options.restore(stored, document);
    this.kept = JSON.stringify(this.options.current());
  }

  hostUpdated(): void {
    if (this.key === undefined) return;
    const now = JSON.stringify(this.options.current());
    if (now === this.kept) return;
    this.kept = now;
    write(this.key, now);
  }

  /** Back on a page after a move (taken off and put back at once): the view is kept again. */
  hostConnected(): void {
    if (this.key !== undefined && this.kept !== undefined) write(this.key, this.kept);
  }

  hostDisconnected(): void {
    if (this.key !== undefined) write(this.key, undefined);
  }
}

/**
 * The attributes that say what an element shows (its group, project, meeting,
 * owner, the status it starts filtered by): a host's CMS that moves blocks
 * about, or adds one above, leaves each element with its own view. Not `src`:
 * a host may change the document's address (a version in its query) while the
 * partnership is the same.
 */
const SHOWS = ['group', 'project', 'meeting', 'owner', 'status'] as const;

/**
 * The page, the partnership and the element: its id; else what it shows, and
 * its place only among those that show the same.
 */
function viewKey(element: HTMLElement, partnership: string): string {
  const tag = element.localName;
  const page = globalThis.location?.pathname ?? '';
  if (element.id) return PREFIX + JSON.stringify([page, partnership, tag, `#${element.id}`]);
  const shows = showsOf(element);
  const root = element.getRootNode() as ParentNode;
  const alike = [...root.querySelectorAll<HTMLElement>(tag)].filter((e) => !e.id && showsOf(e) === shows);
  return PREFIX + JSON.stringify([page, partnership, tag, JSON.parse(shows), alike.indexOf(element)]);
}

/** The element's `SHOWS` attributes, as JSON: those it has not set left out. */
function showsOf(element: HTMLElement): string {
  const set = SHOWS.flatMap((name) => {
    const value = element.getAttribute(name);
    return value === null ? [] : [[name, value]];
  });
  return JSON.stringify(Object.fromEntries(set));
}

/** The stored view, parsed; undefined for none, or for storage the browser refuses (a sandbox, storage blocked). */
function read(key: string): unknown {
  try {
    const text = globalThis.sessionStorage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `json` under `key`, or removes it; storage refused or full keeps nothing, and the element works on. */
function write(key: string, json: string | undefined): void {
  try {
    if (json === undefined) globalThis.sessionStorage?.removeItem(key);
    else globalThis.sessionStorage?.setItem(key, json);
  } catch {
    // Nothing kept: the view still works, it only opens at its defaults after a reload.
  }
}
