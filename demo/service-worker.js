// The reference host's service worker: a member who reloads the vote page with
// no connection still gets it, with the document kept on the device and any vote
// still waiting to be sent (the kit keeps both in IndexedDB; without the page
// itself, neither can be seen). It is an example for a portal, not part of the kit.
//
// Every page and the kit's scripts and styles are fetched from the network first,
// so a change to the site is seen at once; the copy kept is used only when the
// network fails, or the host answers a page with a server error. The API is left
// alone: the kit keeps its own copy of the document, and a vote must never be
// answered from a cache. Signing in or out, or a page that sends the browser to
// sign in, drops the pages kept, since the vote page names who was signed in:
// once the host has answered. A sign-in or sign-out the host never heard (no
// connection) changed nothing, so the pages stay, and the member is sent back to
// the page they were on, which says so (demo/session-tabs.js).
const PAGES = 'partnership-demo-pages';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && Object.hasOwn(CAME_FROM, url.pathname)) {
    event.respondWith(changeSession(request, url));
    return;
  }
  if (request.method === 'GET' && kept(request, url)) event.respondWith(networkFirst(request, url));
});

/** The page each form that changes the session is on, which the member goes back to when it cannot be sent. */
const CAME_FROM = { '/sign-in': '/sign-in', '/sign-out': '/vote' };
/** The mark on that page's address that has it say the sign-in or sign-out was not sent (demo/session-tabs.js). */
const NOT_SENT = 'not-sent';

/**
 * A sign-in or sign-out, sent to the host first. The pages kept are dropped only once the host has answered: it
 * changed the session (or refused the form, and whoever is at the computer is starting again). Dropped before
 * the post was sent, a sign-out with no connection left the member signed in, the browser's "This site can't be
 * reached" on the screen, and their vote page, with any vote waiting, gone from the device. A server error changed
 * no session either: the pages stay, and the host's page says what went wrong.
 */
async function changeSession(request, url) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    return (await notSentAnswer(url)) ?? Promise.reject(error);
  }
  if (response.status < 500) await caches.delete(PAGES);
  return response;
}

/**
 * Back to the page the form is on, marked so that it says, in the member's language, that they are not signed
 * in or out, and what to do: its copy kept opens with no connection. None kept: the browser's own page.
 */
async function notSentAnswer(url) {
  const back = new URL(CAME_FROM[url.pathname], url);
  if (!(await caches.match(back.href, { cacheName: PAGES }))) return undefined;
  back.searchParams.set(NOT_SENT, url.pathname.slice(1));
  return Response.redirect(back.href, 303);
}

/** The copy kept of `request`'s page: for an address marked "not sent", the page's own. */
async function keptCopy(request, url) {
  const copy = await caches.match(request, { cacheName: PAGES });
  if (copy || !url.searchParams.has(NOT_SENT)) return copy;
  const page = new URL(url);
  page.searchParams.delete(NOT_SENT);
  return caches.match(page.href, { cacheName: PAGES });
}

/** A page sent elsewhere (to sign in) or refused: whoever the pages kept were for is no longer signed in. */
function sessionOver(response) {
  return response.type === 'opaqueredirect' || response.status === 401 || response.status === 403;
}

/** A page, or one of the kit's or the demo's scripts and style sheets: never the API, never a document. */
function kept(request, url) {
  if (url.pathname.startsWith('/api/')) return false;
  if (request.mode === 'navigate') return true;
  return /^\/(dist|demo)\/.*\.(js|css)$/.test(url.pathname);
}

async function networkFirst(request, url) {
  try {
    const response = await fetch(request);
    // Only a page the host answered in full: not a redirect to sign in, not an error.
    if (response.ok && response.type === 'basic') {
      const pages = await caches.open(PAGES);
      await pages.put(request, response.clone());
    } else if (request.mode === 'navigate' && sessionOver(response)) {
      // The session ended without a sign-out (it expired, or the cookies were cleared): the pages kept name
      // whoever it was, and the next person at this computer must not find them offline.
      await caches.delete(PAGES);
    } else if (request.mode === 'navigate' && response.status >= 500) {
      // The host is up but cannot make the page (its store down, a proxy with no host behind it): the copy
      // kept, with the saved document and any vote waiting, serves the member better than an error page.
      return (await keptCopy(request, url)) ?? response;
    }
    return response;
  } catch (error) {
    const copy = await keptCopy(request, url);
    if (copy) return copy;
    throw error;
  }
}
