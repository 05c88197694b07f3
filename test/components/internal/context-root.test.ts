// The page's context root: it keeps the requests no <partnership-data> answered
// yet, so that a provider defined or upgraded later still reaches the elements
// inside it (the CMS case), and it must not keep a request for every element
// ever mounted without a provider.
import { expect } from '@open-wc/testing';
import { PartnershipData } from '../../../components/partnership-data/partnership-data.js';
import { attachContextRoot } from '../../../components/internal/context-root.js';
import {
  documentUrl,
  failOnPageErrors,
  uniqueKey,
  untilShows,
  type ProbeElement,
} from '../../fixtures/probe-element.js';
import { namedDocument } from '../../fixtures/documents.js';

/** How many requests the page's context root keeps waiting for a provider. */
function pendingRequests(): number {
  const root = attachContextRoot();
  if (!root) throw new Error('no context root in this page');
  return root.size;
}

/** Mounts `count` probe elements without a provider, lets them render, unmounts them. */
async function mountCycle(host: Element, count: number): Promise<void> {
  const probes = Array.from({ length: count }, () => host.appendChild(document.createElement('probe-element')));
  await Promise.all(probes.map((probe) => probe.updateComplete));
  for (const probe of probes) probe.remove();
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `cycles` mount cycles of three probes, `after` run after each. The cycles are one chain of microtasks, during
 * which the page does nothing else (no timer, no message to the test runner), so it gets a task every 50.
 */
async function churn(host: Element, cycles: number, after?: () => void): Promise<void> {
  for (let i = 1; i <= cycles; i += 1) {
    await mountCycle(host, 3);
    after?.();
    if (i % 50 === 0) await nextTask();
  }
}

/** A `<partnership-data>` under a tag not defined yet, as on a CMS page before the kit's script loads. */
function lateProvider(name: string): { provider: HTMLElement; probe: ProbeElement; define(): void } {
  const tag = `late-data-${uniqueKey('t').slice(2, 10)}`;
  const provider = document.createElement(tag);
  provider.setAttribute('src', documentUrl(namedDocument(name)));
  const probe = provider.appendChild(document.createElement('probe-element'));
  return { provider, probe, define: () => customElements.define(tag, class extends PartnershipData {}) };
}

type Collect = (options: { type: 'major'; execution: 'async' }) => Promise<void>;

/**
 * Whether `ref`'s element is collected, after up to five runs of Chromium's collector (exposed by the test
 * runner's --expose-gc), each a task of its own with no test code on the stack: Blink's heap scans the stack
 * conservatively, so a run called from the test may find a stale pointer to the element there and keep it.
 */
async function collected(ref: WeakRef<Element>): Promise<boolean> {
  const collect = (window as unknown as { gc?: Collect }).gc;
  if (!collect) throw new Error('run Chromium with --js-flags=--expose-gc');
  for (let run = 0; run < 5 && ref.deref() !== undefined; run += 1) {
    await collect({ type: 'major', execution: 'async' });
    await nextTask();
  }
  return ref.deref() === undefined;
}

describe('the context root', () => {
  failOnPageErrors();

  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('keeps no more pending requests after 1,500 mounts without a provider than about twice the elements connected at once', async () => {
    const stay = Array.from({ length: 10 }, () => host.appendChild(document.createElement('probe-element')));
    await Promise.all(stay.map((probe) => probe.updateComplete));
    const start = pendingRequests();
    let most = start;
    await churn(host, 500, () => (most = Math.max(most, pendingRequests())));
    // At most 13 connected at once: a root that forgets unmounted elements stays far below the 1,500 mounts.
    expect(most - start, 'pending requests added by 1,500 mounts').to.be.below(100);
  });

  it('still answers an element that stayed connected through the mounts, once its provider is defined', async () => {
    const late = lateProvider('Defined After The Churn');
    host.append(late.provider);
    await churn(host, 200);
    late.define();
    await untilShows(late.probe, 'Defined After The Churn');
  });

  it('still answers an element unmounted during the mounts and mounted again, once its provider is defined', async () => {
    const late = lateProvider('Back After The Churn');
    host.append(late.provider);
    await late.probe.updateComplete;
    late.provider.remove();
    await churn(host, 200);
    host.append(late.provider);
    late.define();
    await untilShows(late.probe, 'Back After The Churn');
  });

  it('lets an unmounted element be collected while no provider came', async () => {
    let probe: ProbeElement | undefined = host.appendChild(document.createElement('probe-element'));
    await probe.updateComplete;
    probe.remove();
    const ref = new WeakRef(probe);
    probe = undefined;
    await churn(host, 20);
    expect(await collected(ref), 'the unmounted element collected').to.equal(true);
  });
});
