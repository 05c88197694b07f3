/**
 * The warm part of the bench, run in headless Chromium on a cross-origin
 * isolated page (scripts/bench.js serves it with COOP and COEP, for a 5 µs
 * timer) with `--js-flags=--expose-gc`. scripts/bench.js drives it:
 * - renderBench: each element rendering from a loaded store against its
 *   same-DOM baseline (bench/baselines.ts), at 1×, 10× and 100×;
 * - parseBench: parseDocument at 1×, 10× and 100×;
 * - votePrepare, voteOnce: a real vote, cast through the vote panel's form and sent
 *   through its `submit`, until every widget of the page is updated, at 20,
 *   1,000 and 10,000 seats;
 * - cycles: mount and unmount the page's widgets, for the heap measure (run
 *   twice, in a browser with V8's compilers and in one with them off).
 * Every sample starts after a full GC; the variants compared take turns
 * sample by sample, so a slow moment of the machine hits them alike.
 */
import '../components/index.js';
import { parseDocument, type PartnershipDocument } from '../src/contract/index.js';
import { documentStoreFor } from '../src/data/index.js';
import { TONES } from '../components/action-tracker/actions-table.js';
import { ACTION_TONES, baselineHost, drawBaseline, STYLES } from './baselines.js';
import { attributesOf, ELEMENT_TAGS, PAGE, SEAT, widget } from './widgets.js';

type Lit = HTMLElement & {
  updateComplete: Promise<boolean>;
  isUpdatePending: boolean;
  submit?: unknown;
  addController(controller: { hostUpdated?(): void }): void;
};

const gc = (globalThis as unknown as { gc?: () => void }).gc ?? (() => {});
const now = () => performance.now();

/** Gives the event loop a turn without setTimeout's 4 ms clamp. */
function yieldTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Until the page has drawn what changed: the frame after the next one has begun. */
const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

const loading = (element: Element) => !element.shadowRoot || !!element.shadowRoot.querySelector('.loading');

/** Until the element has rendered its document and has no update pending. */
async function settled(element: Lit): Promise<void> {
  for (let turn = 0; ; turn += 1) {
    await element.updateComplete;
    if (!loading(element) && !element.isUpdatePending) return;
    if (turn > 100_000) throw new Error(`${element.localName} never rendered`);
    await yieldTask();
  }
}

/** The URLs whose stores the bench listens to, each once: `cycles` calls `loaded` every 100 cycles. */
const kept = new Set<string>();

/** Keeps the store of `url` loaded whatever mounts and unmounts, and gives its parsed document. */
async function loaded(url: string): Promise<PartnershipDocument> {
  const store = documentStoreFor(url);
  if (!kept.has(url)) {
    store.listen(() => {});
    kept.add(url);
  }
  for (;;) {
    const state = store.get();
    if (state.status === 'ready') return state.document;
    if (state.status === 'failed') throw new Error(`${url} failed to load: ${JSON.stringify(state.failure)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const noSend = async () => undefined;

function element(tag: string, url: string, attributes?: Record<string, string>): Lit {
  const made = widget(tag, url, attributes) as Lit;
  if (tag === 'vote-panel') made.submit = noSend;
  return made;
}

/** Elements and characters of text under a shadow root: how close a baseline's DOM is to its element's. */
function domShape(root: ShadowRoot): { elements: number; text: number } {
  return {
    elements: root.querySelectorAll('*').length,
    text: (root.textContent ?? '').replace(/\s+/g, ' ').trim().length,
  };
}

/**
 * What a shadow root draws, for comparing a baseline with its element: each element's name and classes in
 * document order, and its text without white space (a template's indentation between tags is not drawn).
 */
function drawing(root: ShadowRoot): { elements: string[]; text: string } {
  const elements = [...root.querySelectorAll('*')].map((e) => [e.localName, ...[...e.classList].sort()].join('.'));
  return { elements, text: (root.textContent ?? '').replace(/\s+/g, '') };
}

/** What `tag` draws from the loaded store of `url`, and what its baseline draws from the same document. */
export async function drawnBy(tag: string, url: string) {
  const doc = await loaded(url);
  const into = stage();
  const made = element(tag, url);
  into.append(made);
  await settled(made);
  const elementDrawing = drawing(made.shadowRoot!);
  into.replaceChildren();
  const { host, words } = baselineHost(tag);
  drawBaseline(tag, words, doc, attributesOf(tag));
  into.append(host);
  const baselineDrawing = drawing(host.shadowRoot!);
  into.remove();
  return { element: elementDrawing, baseline: baselineDrawing };
}

const stage = () => {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
};

export interface RenderResult {
  size: number;
  tag: string;
  element: number[];
  baseline: number[];
  shape: { element: { elements: number; text: number }; baseline: { elements: number; text: number } };
}

/** One warm render of `tag` from the loaded store of `url`: create, connect, render, style and layout. */
async function renderElement(tag: string, url: string, into: HTMLElement): Promise<number> {
  gc();
  const start = now();
  const made = element(tag, url);
  into.append(made);
  await settled(made);
  void into.offsetHeight;
  const time = now() - start;
  into.replaceChildren();
  return time;
}

async function renderBaseline(tag: string, doc: PartnershipDocument, into: HTMLElement): Promise<number> {
  gc();
  const start = now();
  const { host, words } = baselineHost(tag);
  drawBaseline(tag, words, doc, attributesOf(tag));
  into.append(host);
  void into.offsetHeight;
  const time = now() - start;
  into.replaceChildren();
  return time;
}

async function shapes(tag: string, url: string, doc: PartnershipDocument, into: HTMLElement) {
  const made = element(tag, url);
  into.append(made);
  await settled(made);
  const elementShape = domShape(made.shadowRoot!);
  into.replaceChildren();
  const { host, words } = baselineHost(tag);
  drawBaseline(tag, words, doc, attributesOf(tag));
  into.append(host);
  const baselineShape = domShape(host.shadowRoot!);
  into.replaceChildren();
  return { element: elementShape, baseline: baselineShape };
}

/**
 * The baselines write out what they may not import from the elements (bench/baselines.ts): before anything
 * is measured, each baseline's style sheets must be its element's, and the action tracker's tones its own.
 */
export function checkBaselines(): void {
  for (const tag of ELEMENT_TAGS) {
    const element = customElements.get(tag) as unknown as { elementStyles: { cssText?: string }[] } | undefined;
    const theirs = (element?.elementStyles ?? []).map((style) => style.cssText ?? '').join('\n');
    const ours = STYLES[tag]!.map((style) => style.cssText).join('\n');
    if (theirs !== ours)
      throw new Error(`the ${tag} baseline's style sheets are not the element's (bench/baselines.ts)`);
  }
  if (JSON.stringify(ACTION_TONES) !== JSON.stringify(TONES)) {
    throw new Error("the action baseline's tones are not the action tracker's TONES (bench/baselines.ts)");
  }
}

/** Each of `tags` (every element's by default: `BENCH_ONLY=render:<tag>` names one) at each size of `urls`. */
export async function renderBench(
  urls: Record<number, string>,
  samples: Record<number, number>,
  tags: string[] = ELEMENT_TAGS,
) {
  checkBaselines();
  const results: RenderResult[] = [];
  const into = stage();
  for (const [size, url] of Object.entries(urls)) {
    const doc = await loaded(url);
    for (const tag of tags) {
      const result: RenderResult = {
        size: Number(size),
        tag,
        element: [],
        baseline: [],
        shape: await shapes(tag, url, doc, into),
      };
      // One untimed turn each, so neither pays for compiling its code.
      await renderElement(tag, url, into);
      await renderBaseline(tag, doc, into);
      for (let i = 0; i < samples[Number(size)]!; i += 1) {
        // Interleaved, and which goes first alternates.
        if (i % 2) {
          result.element.push(await renderElement(tag, url, into));
          result.baseline.push(await renderBaseline(tag, doc, into));
        } else {
          result.baseline.push(await renderBaseline(tag, doc, into));
          result.element.push(await renderElement(tag, url, into));
        }
      }
      results.push(result);
    }
  }
  into.remove();
  return results;
}

/** parseDocument of each size's JSON, the sizes taking turns; a fresh copy each time, so nothing is cached. */
export async function parseBench(urls: Record<number, string>, samples: number) {
  const jsons = await Promise.all(
    Object.entries(urls).map(async ([size, url]) => [Number(size), await (await fetch(url)).json()] as const),
  );
  const times: Record<number, number[]> = {};
  for (const [size, json] of jsons) {
    times[size] = [];
    parseDocument(structuredClone(json));
  }
  for (let i = 0; i < samples; i += 1) {
    for (const [size, json] of jsons) {
      const copy = structuredClone(json);
      gc();
      const start = now();
      const parsed = parseDocument(copy);
      times[size]!.push(now() - start);
      if (!parsed.ok) throw new Error(`the ${size}× document does not parse: ${JSON.stringify(parsed.problems[0])}`);
    }
  }
  return times;
}

interface VotePage {
  seats: number;
  widgets: Lit[];
  renders: number[];
  submitted: number;
}

/** The page of the vote for the document at `url`, every widget rendered. */
async function votePage(seats: number, url: string): Promise<VotePage> {
  await loaded(url);
  const into = stage();
  const page: VotePage = { seats, widgets: [], renders: PAGE.map(() => 0), submitted: 0 };
  PAGE.forEach(({ tag, attributes }, position) => {
    const made = element(tag, url, attributes);
    made.submit = async () => {
      page.submitted = now();
    };
    made.addController({ hostUpdated: () => (page.renders[position]! += 1) });
    into.append(made);
    page.widgets.push(made);
  });
  for (const made of page.widgets) await settled(made);
  return page;
}

export interface VoteSample {
  total: number;
  /** From the press to the host's `submit` being called: the rules' check, the outbox's save on the device. */
  toSubmit: number;
  /** From `submit` to every widget updated, styled and laid out. */
  afterSubmit: number;
  /** Which widgets rendered again, in PAGE's order. */
  rendered: number[];
}

/** One vote: choose, press Vote, and wait until the host has it and every widget shows it. */
async function vote(page: VotePage, choice: 'for' | 'against'): Promise<VoteSample> {
  const panel = page.widgets[0]!;
  const radio = panel.shadowRoot!.querySelector<HTMLInputElement>(`#choice-${CSS.escape(SEAT)}-${choice}`);
  if (!radio) throw new Error(`no ${choice} choice for ${SEAT} on the ${page.seats}-seat page`);
  radio.click();
  await settled(panel);
  // The click is not timed, nor is the page's drawing of it: the member chose before pressing Vote.
  await nextFrames();
  const form = radio.form!;
  const before = [...page.renders];
  const answered = new Promise<void>((resolve, reject) => {
    const stop = () => {
      panel.removeEventListener('vote-recorded', recorded);
      panel.removeEventListener('vote-rejected', rejected);
    };
    const recorded = () => (stop(), resolve());
    const rejected = (event: Event) => (stop(), reject(new Error(JSON.stringify((event as CustomEvent).detail))));
    panel.addEventListener('vote-recorded', recorded);
    panel.addEventListener('vote-rejected', rejected);
  });
  gc();
  const start = now();
  form.requestSubmit();
  await answered;
  // Every widget shows the vote: the panel names the recorded choice, and no widget has an update still to run.
  for (;;) {
    await Promise.all(page.widgets.map((w) => w.updateComplete));
    const shown = panel.shadowRoot!.querySelector(`[data-recorded="${choice}"]`);
    if (shown && page.widgets.every((w) => !w.isUpdatePending)) break;
    await yieldTask();
  }
  void document.body.offsetHeight;
  const end = now();
  return {
    total: end - start,
    toSubmit: page.submitted - start,
    afterSubmit: end - page.submitted,
    rendered: page.renders.map((count, i) => count - before[i]!),
  };
}

let votePageOpen: VotePage | undefined;

/** Opens the vote's page for the document at `url` (one a tab: the pages do not share an outbox or a main thread). */
export async function votePrepare(seats: number, url: string) {
  votePageOpen = await votePage(seats, url);
  // One untimed vote first.
  await vote(votePageOpen, 'against');
  return PAGE.map((w) => w.tag + (w.tag === 'vote-panel' ? ` (${w.attributes.voter})` : ''));
}

/** One timed vote on the page votePrepare opened. */
export function voteOnce(choice: 'for' | 'against'): Promise<VoteSample> {
  return vote(votePageOpen!, choice);
}

/** Mounts and unmounts the page's widgets `count` times, each rendered before it goes. */
export async function cycles(url: string, count: number): Promise<void> {
  await loaded(url);
  const into = stage();
  for (let i = 0; i < count; i += 1) {
    const made = PAGE.map(({ tag, attributes }) => element(tag, url, attributes));
    into.append(...made);
    for (const one of made) await settled(one);
    into.replaceChildren();
    // Let disconnection's clean-up and any timers of the last turn run, as between a user's page views.
    await yieldTask();
  }
  into.remove();
}

/** The smallest step performance.now() takes here. */
export function timerStep(): number {
  let smallest = Infinity;
  for (let i = 0; i < 200; i += 1) {
    const a = performance.now();
    let b = a;
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

Object.assign(window, { renderBench, parseBench, votePrepare, voteOnce, cycles, timerStep });
