// A council's elements on one site and partnership-kit/server on another (`allowedOrigins`): before, the
// elements sent the member's cookies only to their own origin (`credentials: 'same-origin'`, an EventSource
// without `withCredentials`), so from the other site a signed-in member read the public's view and their vote
// was refused 401. With `credentials="include"`, the document's fetch, the vote's POST and the live stream go
// with the member's session; without it, the page reads the public's view, as before. In Chromium, over real
// HTTP: the page on one port of localhost, the host on another (two origins of one site, as
// www.council.gov.uk and portal.council.gov.uk are), its session a SameSite=Lax cookie.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../scripts/chromium.js';
import { freshStore, MEETING_NOW, openStore, post, servePages, startApi, sutton, vote } from './harness.js';
import { castThroughPage, chromiumOrWhyNot } from './demo-browser.js';

const MEMBER = 'p-cognus-sd';
const OTHER_MEMBER = 'p-carew-head';
const PROPOSAL = 'wsoa-reporting';
/** The seed's votes on the open proposal: a member reads them, the public reads none while it is open. */
const SEED_VOTES = sutton.votes.filter((cast) => cast.proposal === PROPOSAL).length;

const { executablePath, missing: chromiumMissing } = chromiumOrWhyNot();

/**
 * The harness's base URL named by `localhost`, which it listens on (127.0.0.1): two ports of it are two origins of
 * one site, as www.council.gov.uk and portal.council.gov.uk are.
 */
const onLocalhost = ({ base }) => base.replace('//127.0.0.1:', '//localhost:');

/** The portal's session: a cookie naming the member, as a portal's sign-in sets one; or the tests' header. */
function personOf(request) {
  const cookie = /(?:^|;\s*)pk-member=([^;]+)/.exec(request.headers.cookie ?? '');
  return cookie?.[1] ?? request.headers['x-person'] ?? null;
}

/** The council's other site's vote page: a vote panel using the host at `host`, with the session or without. */
function votePage(url, host) {
  if (url.pathname !== '/vote.html') return undefined;
  const session = url.searchParams.get('session');
  const credentials = session === 'panel' ? ' credentials="include"' : '';
  const panel = `<vote-panel ${session === 'data' ? '' : `src="${host}/api/partnership" `}endpoint="${host}/api/votes"
  proposal="${PROPOSAL}" voter="${MEMBER}" today="2019-12-10" now="${MEETING_NOW}"${credentials}></vote-panel>`;
  return `<!doctype html><html lang="en"><title>Vote</title>
<script type="module" src="/dist/partnership-kit.js"></script>
${session === 'data' ? `<partnership-data src="${host}/api/partnership" credentials="include">${panel}</partnership-data>` : panel}`;
}

/**
 * The portal's own routes before the API: its sign-in, which sets the session cookie, and a note of who each
 * request for the live stream came as (`streamViewers`). True when it answered.
 */
function portalRoutes(streamViewers) {
  return (request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://host');
    if (pathname === '/sign-in') {
      const cookie = `pk-member=${searchParams.get('as')}; Path=/; HttpOnly; SameSite=Lax`;
      response.writeHead(200, { 'Set-Cookie': cookie, 'Content-Type': 'text/plain' }).end('signed in');
      return true;
    }
    if (pathname === '/api/partnership/events') streamViewers.push(personOf(request));
    return false;
  };
}

/** The votes on the proposal in the document the page's vote panel shows, once it shows one. */
function shownVotes(page) {
  return page.evaluate(async (proposal) => {
    const panel = document.querySelector('vote-panel');
    for (let tries = 0; tries < 200; tries += 1) {
      const state = panel.source?.state;
      if (state?.status === 'ready' && !state.saved) {
        return state.document.votes.filter((cast) => cast.proposal === proposal).map((cast) => cast.id);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`the vote panel shows no document: ${JSON.stringify(panel.source?.state)}`);
  }, PROPOSAL);
}

/** Polls the shown votes until `id` is among them, or 10 s pass. */
async function waitForVote(page, id) {
  for (let tries = 0; tries < 100; tries += 1) {
    if ((await shownVotes(page)).includes(id)) return true;
    await sleep(100);
  }
  return false;
}

describe('elements on another origin than the host, with the member signed in there', () => {
  let browser;
  let host;
  let pages;
  let pageOrigin;
  let hostOrigin;
  /** Who each request for the live stream came as (null: the public), in order. */
  const streamViewers = [];
  before(async () => {
    if (chromiumMissing) return;
    pages = await servePages((url) => votePage(url, hostOrigin));
    pageOrigin = onLocalhost(pages);
    host = await startApi(await openStore(await freshStore('sqlite')), {
      authenticate: personOf,
      allowedOrigins: [pageOrigin],
      portal: portalRoutes(streamViewers),
    });
    hostOrigin = onLocalhost(host);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  });
  after(async () => {
    await browser?.close();
    await Promise.all([host?.close(), pages?.close()]);
  });

  /**
   * A browser context whose member signed in at the host, on the other site's vote page: `credentials` on the
   * panel (`panel`), on a `<partnership-data>` around it (`data`), or nowhere.
   */
  async function signedInPage(session) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/sign-in?as=${MEMBER}`);
    await page.goto(`${pageOrigin}/vote.html${session ? `?session=${session}` : ''}`);
    return { context, page };
  }

  test(
    'with credentials="include": the member reads their own view, their vote is stored, and the live stream brings another',
    { timeout: 60_000 },
    async (t) => {
      if (chromiumMissing) return t.skip(`no Chromium: ${chromiumMissing}`);
      const { context, page } = await signedInPage('panel');
      try {
        assert.equal((await shownVotes(page)).length, SEED_VOTES, "the member's view: every vote, not the public's");
        assert.equal((await castThroughPage(page, 'For')).status(), 201, 'the vote is stored as the signed-in member');

        // Another member's vote, stored meanwhile, comes on the stream, which is the member's: the public's
        // carries no votes on a proposal still open.
        const other = vote(OTHER_MEMBER, 'elg-special');
        const stored = await post(hostOrigin, 'votes', other, OTHER_MEMBER);
        assert.equal(stored.status, 201, JSON.stringify(stored.body));
        assert.ok(await waitForVote(page, other.id), 'the vote reached the page');
        // The public's stream says only that something changed, and the page fetches it with the session: the
        // stream itself must be the member's (withCredentials), for what only a member's stream carries.
        assert.ok(streamViewers.length > 0, 'the page opened the live stream');
        assert.ok(
          streamViewers.every((viewer) => viewer === MEMBER),
          `the live stream went with the session: ${JSON.stringify(streamViewers)}`,
        );
      } finally {
        await context.close();
      }
    },
  );

  test(
    'on a <partnership-data> around the panel: the member reads their own view, and their vote is stored',
    {
      timeout: 60_000,
    },
    async (t) => {
      if (chromiumMissing) return t.skip(`no Chromium: ${chromiumMissing}`);
      const { context, page } = await signedInPage('data');
      try {
        // The seed's votes, and any the test before stored: the public reads none on an open proposal.
        const shown = (await shownVotes(page)).length;
        assert.ok(shown >= SEED_VOTES, `the member's view, not the public's: ${shown} votes`);
        // The panel's endpoint is on the host <partnership-data> named: its records go with the session too.
        assert.equal(
          (await castThroughPage(page, 'Against')).status(),
          201,
          'the changed vote is stored as the member',
        );
      } finally {
        await context.close();
      }
    },
  );

  test('without it: the same signed-in member reads the public view, as before', { timeout: 60_000 }, async (t) => {
    if (chromiumMissing) return t.skip(`no Chromium: ${chromiumMissing}`);
    streamViewers.length = 0;
    const { context, page } = await signedInPage(false);
    try {
      assert.deepEqual(await shownVotes(page), [], "the public's view: no votes on an open proposal");
      for (let tries = 0; tries < 50 && streamViewers.length === 0; tries += 1) await sleep(100);
      assert.deepEqual(streamViewers.slice(0, 1), [null], "the public's stream");
    } finally {
      await context.close();
    }
  });
});
