/**
 * Every element at once on one page served with a council's strict
 * Content-Security-Policy and Trusted Types: no violation, and zod runs
 * jitless (a `new Function` would be a violation under this policy).
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/messages/index.js';
import { loadElementsUnderCsp, STRICT_CSP, type PlacedElement } from '../harness/csp.js';

const ALL: PlacedElement[] = [
  { tag: 'partnership-roster', attrs: { group: 'elg', meeting: 'elg-2019-12-10', today: '2019-12-10' } },
  {
    tag: 'quorum-indicator',
    attrs: { meeting: 'elg-2019-12-10', editable: '', clerk: 'p-elg-chair', endpoint: '/__respond?status=201' },
  },
  {
    tag: 'vote-panel',
    attrs: {
      proposal: 'wsoa-reporting',
      voter: 'p-cirrus-head',
      endpoint: '/__respond?status=201',
      today: '2019-12-10',
    },
  },
  { tag: 'risk-register', attrs: { group: 'eog', today: '2019-12-10' } },
  {
    tag: 'action-tracker',
    attrs: {
      group: 'eog',
      today: '2019-12-10',
      editable: '',
      editor: 'p-project-manager',
      endpoint: '/__respond?status=201',
      'href-template': '/governance/{type}s/{id}',
    },
  },
  {
    tag: 'highlight-report',
    attrs: { project: 'wp1-hnb', today: '2019-12-10', 'href-template': '#proposal-{proposal}' },
  },
];

describe('under a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(20_000);

  it('every element renders with no violation', async () => {
    const run = await loadElementsUnderCsp(ALL);
    try {
      const win = run.frame.contentWindow!;
      for (const { tag } of ALL) {
        const element = win.document.querySelector(tag)!;
        const text = element.shadowRoot?.textContent ?? '';
        expect(text, `<${tag}> rendered its view`).to.not.contain(en.shared.loading);
        expect(text, `<${tag}> shows no problem`).to.not.contain(en.shared.problemTitle);
        expect(text.length, `<${tag}> rendered something`).to.be.greaterThan(50);
      }
      expect(run.violations).to.deep.equal([]);
      expect(run.errors).to.deep.equal([]);
    } finally {
      run.remove();
    }
  });

  it('the error states render with no violation too', async () => {
    const broken = [{ tag: 'partnership-roster', attrs: {} }];
    const run = await loadElementsUnderCsp(broken, { doc: '/demo/errors/broken-document.json' });
    try {
      const text = run.frame.contentWindow!.document.querySelector('partnership-roster')!.shadowRoot!.textContent ?? '';
      expect(text).to.contain(en.shared.problemTitle);
      expect(run.violations).to.deep.equal([]);
    } finally {
      run.remove();
    }
  });

  it('a document the policy does not let the page fetch: the web team is sent to connect-src, not to a connection', async () => {
    const run = await loadElementsUnderCsp([{ tag: 'partnership-roster', attrs: { group: 'elg' } }], {
      policy: `${STRICT_CSP}; connect-src 'none'`,
      // An address of its own: no copy saved on this device by another test stands in for it.
      doc: `/demo/data/sutton.json?csp=${Math.random()}`,
    });
    try {
      const roster = run.frame.contentWindow!.document.querySelector('partnership-roster')!;
      const text = (roster.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
      expect(run.violations.join(' ')).to.contain('connect-src');
      expect(text).to.contain('this page’s Content-Security-Policy does not allow fetching');
      expect(text).to.contain('connect-src');
      expect(text).not.to.contain('Check your connection');
    } finally {
      run.remove();
    }
  });

  it('a data: address the policy does not let the page fetch: sent to connect-src too', async () => {
    // A browser reports a data: address by its scheme alone ("data"): the element said the connection failed.
    const run = await loadElementsUnderCsp([{ tag: 'partnership-roster', attrs: { group: 'elg' } }], {
      policy: STRICT_CSP,
      doc: `data:application/json,${encodeURIComponent(JSON.stringify({ csp: Math.random() }))}`,
    });
    try {
      const roster = run.frame.contentWindow!.document.querySelector('partnership-roster')!;
      const text = (roster.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
      expect(run.violations.join(' ')).to.contain('connect-src');
      expect(text).to.contain('this page’s Content-Security-Policy does not allow fetching');
      expect(text).not.to.contain('Check your connection');
    } finally {
      run.remove();
    }
  });

  it('the harness does see a violation when there is one', async () => {
    const run = await loadElementsUnderCsp([], { policy: `${STRICT_CSP}; img-src 'none'` });
    try {
      const win = run.frame.contentWindow as Window & { pkViolations?: string[] };
      const img = win.document.createElement('img');
      img.src = '/demo/demo.css';
      win.document.body.append(img);
      const started = performance.now();
      while ((win.pkViolations ?? []).length === 0 && performance.now() - started < 3000) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(win.pkViolations!.join(' ')).to.contain('img-src');
    } finally {
      run.remove();
    }
  });
});
