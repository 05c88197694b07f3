import { expect } from '@open-wc/testing';
import { checkJson, checkJsonText, fetchDocument } from '../../../src/data/index.js';
import { minimalDocument, namedDocument } from '../../fixtures/documents.js';
import { documentUrl, failOnPageErrors, requestCount, respondUrl, uniqueKey } from '../../fixtures/probe-element.js';

describe('fetchDocument', () => {
  failOnPageErrors();

  it('loads and checks a valid document', async () => {
    const result = await fetchDocument(documentUrl(minimalDocument()));
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.document.partnership.name).to.equal('Test Education Partnership');
      expect(result.json).to.deep.equal(minimalDocument());
    }
  });

  it('asks for JSON with same-origin credentials', async () => {
    let seen: RequestInit | undefined;
    const fetcher = (_url: RequestInfo | URL, init?: RequestInit) => {
      seen = init;
      return Promise.resolve(new Response(JSON.stringify(minimalDocument())));
    };
    await fetchDocument('/anything.json', fetcher as typeof fetch);
    expect(seen?.credentials).to.equal('same-origin');
    expect(new Headers(seen?.headers).get('Accept')).to.equal('application/json');
  });

  it('asks the host every time, though its answer says the browser may keep it (max-age, Last-Modified)', async () => {
    // A framework's default or a file on disk: the browser answered a refetch from its own cache, and a change
    // the live channel announced never showed.
    const key = uniqueKey('cached');
    const url = `${documentUrl(minimalDocument(), key)}&cache=${encodeURIComponent('private, max-age=300')}`;
    expect((await fetchDocument(url)).ok).to.equal(true);
    expect((await fetchDocument(url)).ok).to.equal(true);
    expect(await requestCount(key), 'both fetches reached the host').to.equal(2);
  });

  it('reports a network failure, with the reason, as kind "network"', async () => {
    const fetcher = () => Promise.reject(new TypeError('Failed to fetch'));
    const result = await fetchDocument('/offline.json', fetcher as typeof fetch);
    expect(result).to.deep.equal({
      ok: false,
      failure: { kind: 'network', url: '/offline.json', message: 'Failed to fetch' },
    });
  });

  for (const status of [404, 500]) {
    it(`reports HTTP ${status} as kind "http" with the status`, async () => {
      const url = respondUrl({ status, type: 'text/plain', body: 'nope' });
      const result = await fetchDocument(url);
      expect(result.ok).to.equal(false);
      if (!result.ok && result.failure.kind === 'http') {
        expect(result.failure.status).to.equal(status);
        expect(result.failure.url).to.equal(url);
      } else expect.fail(`expected an http failure, got ${JSON.stringify(result)}`);
    });
  }

  it('reports a body that is not JSON as kind "not-json"', async () => {
    const url = respondUrl({ type: 'text/html', body: '<!doctype html><p>Sign in</p>' });
    const result = await fetchDocument(url);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.failure.kind).to.equal('not-json');
      expect(result.failure).to.have.property('url', url);
    }
  });

  it('reports a document that breaks the contract as kind "contract", with each path', async () => {
    const doc = minimalDocument();
    delete doc.people[0].name;
    const result = await fetchDocument(documentUrl(doc));
    expect(result.ok).to.equal(false);
    if (!result.ok && result.failure.kind === 'contract') {
      expect(result.failure.problems.map((p) => p.path)).to.include('people[0].name');
    } else expect.fail(`expected a contract failure, got ${JSON.stringify(result)}`);
  });

  it('waits for a slow answer', async () => {
    const url = respondUrl({ body: JSON.stringify(minimalDocument()), delayMs: 150 });
    const started = performance.now();
    const result = await fetchDocument(url);
    expect(result.ok).to.equal(true);
    expect(performance.now() - started).to.be.at.least(140);
  });
});

describe('fetchDocument gives way to the page', () => {
  failOnPageErrors();

  it('checks the document in two tasks: the fields, then (a task later) the checks across records', async () => {
    // On a phone the two together held the main thread for 100 to 200 ms, and a tap waited for them.
    const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
    const held: (() => void)[] = [];
    scheduler.yield = () => new Promise<void>((resolve) => held.push(resolve));
    try {
      let settled = false;
      const result = fetchDocument(documentUrl(minimalDocument())).then((r) => ((settled = true), r));
      for (let i = 0; i < 100 && held.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(held.length, 'the check gave way to the page once').to.equal(1);
      expect(settled, 'and the document waits for it').to.equal(false);
      held.shift()!();
      expect((await result).ok).to.equal(true);
    } finally {
      delete (scheduler as Partial<typeof scheduler>).yield;
      for (const release of held) release();
    }
  });
});

describe('checkJson and checkJsonText', () => {
  it('accept a valid document', () => {
    expect(checkJson(minimalDocument()).ok).to.equal(true);
    expect(checkJsonText(JSON.stringify(minimalDocument())).ok).to.equal(true);
  });

  it('refuse inline text that is not JSON as kind "not-json", without a URL', () => {
    const result = checkJsonText('{ "contract": ');
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.failure.kind).to.equal('not-json');
      expect(result.failure).not.to.have.property('url');
    }
  });

  it('read inline JSON as parseDocument reads JSON text: a byte-order mark pasted in, and a syntax error with its line', () => {
    // A document pasted into a CMS field from a file Notepad saved keeps its mark; V8 gives a comma before ']' no place.
    expect(checkJsonText(`\uFEFF${JSON.stringify(minimalDocument())}`).ok).to.equal(true);
    const result = checkJsonText(
      '{\n  "contract": "partnership-kit/1",\n  "people": [\n    {"id": "p", "name": "P"},\n  ]\n}',
    );
    expect(result.ok).to.equal(false);
    if (!result.ok && result.failure.kind === 'not-json')
      expect(result.failure.message).to.contain('(line 5 column 3)');
    else expect.fail(`not-json, not ${JSON.stringify(result)}`);
  });

  it('read inline JSON through the markup a CMS put between its lines: </p><p> at a blank line, <br />, &nbsp;', () => {
    // WordPress's wpautop (as @wordpress/autop writes it) turns a blank line inside the script into </p>\n<p>, and
    // a rich-text editor may leave a non-breaking space, written or as the character, at the end of a line.
    const [first, ...rest] = JSON.stringify(namedDocument('Through A CMS'), null, 2).split('\n');
    const text = `${first}\n${rest[0]}</p>\n<p>\n${rest[1]}<br />\n${rest[2]}&nbsp;\n${rest[3]}\u00a0\n${rest.slice(4).join('\n')}`;
    const result = checkJsonText(text);
    if (result.ok) expect(result.document.partnership.name).to.equal('Through A CMS');
    else expect.fail(`a document, not ${JSON.stringify(result.failure)}`);
  });

  it('leave what looks like markup inside a JSON string as it is', () => {
    const doc = namedDocument('A <p>, a <br />, an &nbsp; and a\u00a0space');
    const result = checkJsonText(`<p>${JSON.stringify(doc)}</p>`);
    if (result.ok) expect(result.document.partnership.name).to.equal(doc.partnership.name);
    else expect.fail(`a document, not ${JSON.stringify(result.failure)}`);
  });

  it('say an inline script with nothing in it is empty (an editor removed the JSON), not where its JSON breaks', () => {
    for (const text of ['', '\n  ', '<p>&nbsp;</p>']) {
      const result = checkJsonText(text);
      if (!result.ok && result.failure.kind === 'not-json') {
        expect(result.failure.empty, JSON.stringify(text)).to.equal(true);
        expect(result.failure).not.to.have.property('syntax');
      } else expect.fail(`not-json, not ${JSON.stringify(result)}`);
    }
    const broken = checkJsonText('{');
    expect(!broken.ok && broken.failure).not.to.have.property('empty');
  });

  it('refuse JSON that is a string ("hello") as no object, not as no JSON', () => {
    for (const result of [checkJson('hello'), checkJsonText('"hello"')]) {
      expect(result.ok).to.equal(false);
      if (!result.ok && result.failure.kind === 'contract') {
        expect(result.failure.problems[0]).to.deep.include({ path: '', code: 'not-an-object' });
      } else expect.fail(`a contract failure, not ${JSON.stringify(result)}`);
    }
  });

  it('refuse a broken document as kind "contract"', () => {
    const result = checkJson({ contract: 'partnership-kit/1' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.failure.kind).to.equal('contract');
  });
});
