// A document whose host never answers: the fetch times out into the error
// summary, with a "Try again" that loads it, instead of "Loading…" for ever.
import { expect, fixture, html } from '@open-wc/testing';
import { configureData, resolveDocumentUrl } from '../../../src/data/index.js';
import { renderFailure } from '../../../components/internal/failure-view.js';
import { en } from '../../../src/messages/index.js';
import { render } from 'lit';
import { freshDocumentsEachTest } from '../../fixtures/fresh-documents.js';
import {
  collectPartnershipErrors,
  failOnPageErrors,
  uniqueKey,
  untilShows,
  type ProbeElement,
} from '../../fixtures/probe-element.js';
import { namedDocument } from '../../fixtures/documents.js';
import { shownText } from '../../fixtures/text.js';

const stubFetch = freshDocumentsEachTest({ documentTimeoutMs: 150 });

describe('a document that never arrives', () => {
  failOnPageErrors();

  it('times out into the error summary, fires partnership-error, and "Try again" loads it', async () => {
    const src = `/timeout/${uniqueKey()}.json`;
    let answer = false;
    stubFetch((url) => {
      if (url !== resolveDocumentUrl(src)) return undefined;
      if (!answer) return new Promise<Response>(() => undefined); // never answers
      return Promise.resolve(new Response(JSON.stringify(namedDocument('Arrived at last'))));
    });
    const errors = collectPartnershipErrors();
    try {
      const probe = await fixture<ProbeElement>(html`<probe-element src=${src}></probe-element>`);
      await untilShows(probe, en.shared.problemTitle);
      expect(shownText(probe)).to.contain(`did not arrive from ${resolveDocumentUrl(src)} within 1 second.`);
      expect(errors.events.map((e) => e.detail.failure.kind)).to.deep.equal(['timeout']);
      answer = true;
      // The retry is answered at once, but would still race the 150 ms timeout: a page stalled that long would
      // time out again. A long one from here (freshDocumentsEachTest puts the short one back after the test).
      configureData({ documentTimeoutMs: 20_000 });
      probe.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry-button"]')!.click();
      await untilShows(probe, 'Arrived at last');
      expect(shownText(probe)).not.to.contain(en.shared.problemTitle);
    } finally {
      errors.stop();
    }
  });

  it('offers "Try again" only where another try may help', () => {
    const retry = () => undefined;
    const buttons = (failure: Parameters<typeof renderFailure>[1]) => {
      const host = document.createElement('div');
      render(renderFailure(en, failure, { headingLevel: 2, retry }), host);
      return host.querySelectorAll('button').length;
    };
    expect(buttons({ kind: 'timeout', url: '/x.json', seconds: 20 })).to.equal(1);
    expect(buttons({ kind: 'network', url: '/x.json', message: 'Failed to fetch' })).to.equal(1);
    expect(buttons({ kind: 'http', url: '/x.json', status: 503, statusText: '' })).to.equal(1);
    expect(buttons({ kind: 'contract', url: '/x.json', problems: [], total: 1 })).to.equal(0);
    expect(buttons({ kind: 'no-source' })).to.equal(0);
  });
});
