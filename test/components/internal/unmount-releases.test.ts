// What an element takes from the page while connected it gives back when it
// leaves, however it leaves (issue 12: the heap after 1,000 mount and unmount
// cycles). Elements showing one document are taken off the page together, as
// a host page's router does: the first to leave used to hand the live regions
// to the next, already off the page, which then rendered; the outbox
// controller registered its sender again in that render, after its
// hostDisconnected, and the sender stayed in the page's outbox for good.
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { outboxForPage, type SubmitFunction } from '../../../src/data/index.js';
import { defineElement } from '../../../components/internal/define.js';
import { OutboxController } from '../../../components/internal/outbox-controller.js';
import { PartnershipElement } from '../../../components/internal/partnership-element.js';
import { minimalDocument } from '../../fixtures/documents.js';
import { documentUrl, failOnPageErrors, uniqueKey, untilShows } from '../../fixtures/probe-element.js';

/** An element that sends through the page's outbox, as the vote panel does, and counts its renders. */
class SenderProbe extends PartnershipElement {
  submit?: SubmitFunction;
  endpoint?: string;
  renders = 0;
  readonly sending = new OutboxController(
    this,
    `submit:${uniqueKey('sender-probe')}`,
    () => false,
    () => undefined,
    () => this.source.state,
  );

  constructor() {
    super();
    this.addController({ hostUpdated: () => (this.renders += 1) });
  }

  protected renderDocument(document: PartnershipDocument): TemplateResult {
    return html`<p>${document.partnership.name}</p>`;
  }
}
defineElement('sender-probe', SenderProbe);

/** Counts the senders registered with the page's outbox and not yet taken back. */
function countSenders(): { live: () => number; restore: () => void } {
  const outbox = outboxForPage();
  const register = outbox.register;
  let live = 0;
  outbox.register = (channel, sender) => {
    const stop = register.call(outbox, channel, sender);
    live += 1;
    let stopped = false;
    return () => {
      if (!stopped) live -= 1;
      stopped = true;
      stop();
    };
  };
  return { live: () => live, restore: () => void (outbox.register = register) };
}

/** A turn of the event loop: every microtask (Lit's updates) has run. */
const aTask = () => new Promise((resolve) => setTimeout(resolve));

function senders(count: number, src: string): SenderProbe[] {
  return Array.from({ length: count }, () => {
    const probe = document.createElement('sender-probe') as SenderProbe;
    probe.submit = async () => undefined;
    probe.setAttribute('src', src);
    probe.setAttribute('live', 'off');
    return probe;
  });
}

describe('Unmounting gives back what mounting took', () => {
  failOnPageErrors();

  let counted: ReturnType<typeof countSenders>;
  let stage: HTMLDivElement;
  beforeEach(() => {
    counted = countSenders();
    stage = document.createElement('div');
    document.body.append(stage);
  });
  afterEach(() => {
    counted.restore();
    stage.remove();
  });

  it('elements showing one document, taken off the page together, are not rendered after they left', async () => {
    const probes = senders(3, documentUrl(minimalDocument(), uniqueKey('together')));
    stage.append(...probes);
    for (const probe of probes) await untilShows(probe, minimalDocument().partnership.name);
    await aTask();
    const before = probes.map((probe) => probe.renders);
    stage.replaceChildren();
    await aTask();
    expect(probes.map((probe) => probe.renders)).to.deep.equal(before);
  });

  it('senders taken off the page together leave no sender in the outbox', async () => {
    const probes = senders(2, documentUrl(minimalDocument(), uniqueKey('senders')));
    stage.append(...probes);
    for (const probe of probes) await untilShows(probe, minimalDocument().partnership.name);
    expect(counted.live()).to.equal(2);
    stage.replaceChildren();
    await aTask();
    expect(counted.live()).to.equal(0);
  });

  it('an element rendered off the page registers no sender', async () => {
    const [probe] = senders(1, documentUrl(minimalDocument(), uniqueKey('off-page')));
    stage.append(probe!);
    await untilShows(probe!, minimalDocument().partnership.name);
    probe!.remove();
    probe!.requestUpdate();
    await probe!.updateComplete;
    expect(counted.live()).to.equal(0);
  });

  it('an element back on the page sends again, once', async () => {
    const [probe] = senders(1, documentUrl(minimalDocument(), uniqueKey('back')));
    stage.append(probe!);
    await untilShows(probe!, minimalDocument().partnership.name);
    probe!.remove();
    await aTask();
    stage.append(probe!);
    await probe!.updateComplete;
    expect(counted.live()).to.equal(1);
    probe!.remove();
    expect(counted.live()).to.equal(0);
  });
});
