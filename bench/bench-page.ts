/**
 * Runs in headless Chromium (scripts/bench.js serves it): times each element
 * against its hand-written DOM baseline on documents 1×, 10× and 100× the
 * size of the Sutton partnership, the vote-to-count update across five
 * elements sharing one store, and the parse of the largest document.
 */
import '../components/index.js';
import { parseDocument, type PartnershipDocument } from '../src/contract/index.js';
import { updateDocument, withVote } from '../src/data/index.js';
import { actionBaseline, riskBaseline, rosterBaseline } from './baselines.js';
import { scaleDocument } from './scale-document.js';

const TODAY = '2019-12-10';
const SIZES = [1, 10, 100];
type Rendered = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function time(run: () => Promise<void> | void, repeats: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    await frame();
    const start = performance.now();
    await run();
    void document.body.offsetHeight; // include style and layout
    times.push(performance.now() - start);
  }
  return median(times);
}

async function elementTimes(tag: string, doc: PartnershipDocument, repeats: number) {
  const host = document.createElement('div');
  document.body.append(host);
  const render = await time(async () => {
    host.replaceChildren();
    const element = document.createElement(tag) as Rendered;
    element.setAttribute('today', TODAY);
    element.data = doc;
    host.append(element);
    await element.updateComplete;
  }, repeats);
  const element = host.firstElementChild as Rendered;
  let flip = false;
  const update = await time(async () => {
    flip = !flip;
    element.data = {
      ...doc,
      risks: doc.risks.map((r, i) => (i === 0 ? { ...r, likelihood: flip ? 1 : r.likelihood } : r)),
    };
    await element.updateComplete;
  }, repeats);
  host.remove();
  return { render, update };
}

async function baselineTimes(
  draw: (host: HTMLElement, doc: PartnershipDocument) => void,
  doc: PartnershipDocument,
  repeats: number,
) {
  const host = document.createElement('div');
  document.body.append(host);
  const render = await time(() => draw(host, doc), repeats);
  host.remove();
  return render;
}

async function voteToCount(doc: PartnershipDocument, url: string): Promise<number> {
  const host = document.createElement('div');
  const tags = ['vote-panel', 'vote-panel', 'quorum-indicator', 'partnership-roster', 'action-tracker'];
  const elements = tags.map((tag) => {
    const element = document.createElement(tag) as Rendered;
    element.setAttribute('src', url);
    element.setAttribute('proposal', 'wsoa-reporting');
    element.setAttribute('meeting', 'elg-2019-12-10');
    element.setAttribute('today', TODAY);
    host.append(element);
    return element;
  });
  document.body.append(host);
  await Promise.all(elements.map((e) => e.updateComplete));
  while (elements[0]!.shadowRoot?.querySelector('.loading')) await frame();
  const times: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    await frame();
    const start = performance.now();
    updateDocument(url, (current) =>
      withVote(current, {
        id: `bench-${i}`,
        proposal: 'wsoa-reporting',
        seat: 'elg-special',
        by: 'p-carew-head',
        choice: i % 2 ? 'for' : 'against',
        cast: `2019-12-10T16:${String(30 + i).padStart(2, '0')}:00+00:00`,
      }),
    );
    await Promise.all(elements.map((e) => e.updateComplete));
    void document.body.offsetHeight;
    times.push(performance.now() - start);
  }
  host.remove();
  return median(times);
}

export async function runBench(base: unknown, url: string) {
  const parsed = parseDocument(base);
  if (!parsed.ok) throw new Error('the base document does not parse');
  const results: Record<string, unknown>[] = [];
  let largest: unknown;
  for (const size of SIZES) {
    const json = scaleDocument(base as Record<string, unknown>, size);
    largest = json;
    const doc = parseDocument(json);
    if (!doc.ok)
      throw new Error(`the ${size}× document does not parse: ${doc.problems[0]?.path} ${doc.problems[0]?.code}`);
    const repeats = size === 100 ? 5 : 15;
    const cases: [string, (host: HTMLElement, d: PartnershipDocument) => void][] = [
      ['partnership-roster', rosterBaseline],
      ['risk-register', (h, d) => riskBaseline(h, d, TODAY)],
      ['action-tracker', (h, d) => actionBaseline(h, d, TODAY)],
    ];
    for (const [tag, draw] of cases) {
      const element = await elementTimes(tag, doc.document, repeats);
      const baseline = await baselineTimes(draw, doc.document, repeats);
      results.push({ size, tag, render: element.render, update: element.update, baseline });
    }
  }
  const parseTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    parseDocument(largest);
    parseTimes.push(performance.now() - start);
  }
  return { results, voteToCount: await voteToCount(parsed.document, url), parse100: median(parseTimes) };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
