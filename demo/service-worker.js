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
// sign in, drops the pages kept, since the vote page names who was signed in.
const PAGES = 'partnership-demo-pages';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && (url.pathname === '/sign-in' || url.pathname === '/sign-out')) {
    event.respondWith(caches.delete(PAGES).then(() => fetch(request)));
    return;
  }
  if (request.method === 'GET' && kept(request, url)) event.respondWith(networkFirst(request));
});

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

async function networkFirst(request) {
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
      return (await caches.match(request, { cacheName: PAGES })) ?? response;
    }
    return response;
  } catch (error) {
    const copy = await caches.match(request, { cacheName: PAGES });
    if (copy) return copy;
    throw error;
  }
}
