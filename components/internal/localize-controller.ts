/**
 * The language an element speaks: its own `lang` attribute, else its nearest
 * ancestor's (through shadow roots, up to `<html lang>`), else English. It
 * follows changes: a page's language switch, or a host registering words.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { namesIn, type Names } from '../../src/messages/names.js';
import { languagePending, messagesFor, onMessagesChange } from '../../src/messages/registry.js';
import type { Messages } from '../../src/messages/en.js';
import type { PartnershipDocument } from '../../src/contract/index.js';
import { prepareFormat } from './prepared-format.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let watcher: MutationObserver | undefined;
/** The shadow roots watched besides the page: an observer of the page sees no attribute inside one. */
const watchedRoots = new WeakSet<ShadowRoot>();

function updateAll(): void {
  for (const controller of connected) controller.languageChanged();
}

/**
 * Watches every `lang` attribute of the page, and the registered words, once
 * for all elements, from the first element's arrival on. Kept while the page
 * lives, as the live documents' focus listeners are (page-lifecycle.ts):
 * elements come and go far more often than pages, and with none connected a
 * change reaches no one.
 */
function watchPage(): void {
  if (watcher) return;
  watcher = new MutationObserver(updateAll);
  watcher.observe(document.documentElement, LANG_CHANGES);
  onMessagesChange(updateAll);
}

const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Watches the `lang` attributes of every shadow root `element` sits in (an app shell's own markup, where its
 * language switch sets `lang`): a change there, to the element's own `lang` too, reaches no observer of the
 * page. Each root once; the observer lets go of a root when it is collected.
 */
function watchRootsOf(element: Element): void {
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (watchedRoots.has(root)) continue;
    watchedRoots.add(root);
    watcher?.observe(root, LANG_CHANGES);
  }
}

/** The `lang` in force at `element`: the nearest `[lang]`, crossing shadow roots; '' when none. */
function langAt(element: Element): string {
  for (let at: Element | null = element; at;) {
    const found = at.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/**
 * Gives an element the words of its language as `msg`, and re-renders it
 * when the language changes.
 *
 * @example
 * private readonly localize = new LocalizeController(this);
 * render() { return html`<button>${this.localize.msg.votePanel.castButton}</button>`; }
 */
export class LocalizeController implements ReactiveController {
  /** The words the element speaks. */
  msg: Messages;
  /** False while the words of the element's language are still loading: it then shows nothing rather than English. */
  ready = true;
  private lang: string | undefined;
  private names: { read: readonly unknown[]; msg: Messages; names: Names } | undefined;

  constructor(private readonly host: Host) {
    this.msg = messagesFor(undefined);
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchPage();
    watchRootsOf(this.host);
    this.languageChanged();
    // Its dates and numbers, ready before its document arrives (prepared-format.ts).
    prepareFormat(this.msg.format);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Reads the language again; re-renders the element when its words changed. */
  languageChanged(): void {
    const lang = langAt(this.host);
    const msg = messagesFor(lang);
    const ready = !languagePending(lang);
    if (msg === this.msg && lang === this.lang && ready === this.ready) return;
    this.lang = lang;
    this.msg = msg;
    this.ready = ready;
    this.host.requestUpdate();
  }

  /**
   * The `lang` to put on the element's own content when its words are not in the page's language
   * (an unknown language falls back to English), so a screen reader pronounces them right.
   */
  get contentLang(): string | undefined {
    const spoken = this.msg.lang;
    const page = (this.lang ?? '').toLowerCase();
    return page === spoken || page.startsWith(`${spoken}-`) ? undefined : spoken;
  }

  /**
   * The names of `doc` in the element's language (seats without a label are named by their role). Kept while
   * the lists it reads are the same: a vote makes a new document, but leaves people and seats as they were.
   */
  namesOf(doc: PartnershipDocument): Names {
    const read = [doc.people, doc.groups, doc.partners, doc.proposals, doc.actions] as const;
    const kept = this.names;
    if (kept && kept.msg === this.msg && kept.read.every((list, i) => list === read[i])) return kept.names;
    const names = namesIn(doc, this.msg);
    this.names = { read, msg: this.msg, names };
    return names;
  }
}
