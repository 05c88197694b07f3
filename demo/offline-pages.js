// Registers the reference host's service worker (demo/service-worker.js), and
// keeps this page and what it loaded so far: the worker sees only what is
// fetched after it starts, and the first page a member opens is the one they
// will reload. A page served by something else (a test runner, a CMS) has no
// worker to register, and stays as it is.
const WORKER = '/service-worker.js';
const PAGES = 'partnership-demo-pages';

// The page requires Trusted Types: the worker's URL goes through a policy of the host's own, which allows it alone.
const policy = globalThis.trustedTypes?.createPolicy('partnership-demo-host', {
  createScriptURL: (url) => {
    if (url !== WORKER) throw new TypeError(`Only ${WORKER} may be registered as a worker.`);
    return url;
  },
});

async function keepThisPage() {
  const here = new URL(location.href);
  here.hash = '';
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && /^\/(dist|demo)\/.*\.(js|css)$/.test(url.pathname));
  const pages = await caches.open(PAGES);
  // One at a time and each on its own: a page that has moved on (signed out) is not kept.
  for (const url of [here, ...loaded]) {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'manual' }).catch(() => undefined);
    if (response?.ok) await pages.put(url, response);
  }
}

if ('serviceWorker' in navigator) {
  // A page the worker already controls was kept by it as it loaded.
  const first = !navigator.serviceWorker.controller;
  navigator.serviceWorker
    .register(policy ? policy.createScriptURL(WORKER) : WORKER)
    .then(() => (first ? keepThisPage() : undefined))
    .catch(() => {});
}
