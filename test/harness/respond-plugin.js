// Lets a test choose exactly how the server answers a request, and count how
// often a URL was fetched: for HTTP errors, bodies that are not JSON, slow
// answers and "one fetch shared by every element" tests.
//
//   /__respond?status=500&type=text/plain&body=<text>&delayMs=0&key=<name>
//     Answers with that status (default 200), content type (default
//     application/json) and body (default empty), after delayMs milliseconds.
//     With key, the request is counted under that name. With refuseRecord=1,
//     a JSON object body also gets "record": the request's Idempotency-Key, as
//     partnership-kit/server names the record it refuses. With cache=<value>,
//     that Cache-Control instead of no-store, and a Last-Modified a day ago: a
//     host whose answers the browser may keep.
//   /__count-read?key=<name>
//     Answers {"count": n}: how many /__respond requests carried that key.
//
// Both match any path that ends with the route's name, so "./__respond?…" and
// "__respond?…" work from any page. Every answer is sent with
// Cache-Control: no-store (unless cache= says otherwise), so each fetch
// reaches the server and is counted.
//
// Example:
//   const src = `/__respond?key=${key}&body=${encodeURIComponent(JSON.stringify(doc))}`;
//   const { count } = await (await fetch(`/__count-read?key=${key}`)).json();

/** Requests seen, by key. Lives as long as the test server. */
const counts = new Map();

const MAX_DELAY_MS = 30_000;

function respond(context, { status, type, body, cache }) {
  context.status = status;
  context.type = type;
  context.set('Cache-Control', cache ?? 'no-store');
  if (cache) context.set('Last-Modified', new Date(Date.now() - 86_400_000).toUTCString());
  context.body = body;
}

/** `body` (a JSON object) with `record` set to the record's id. */
function namingTheRecord(body, record) {
  return JSON.stringify({ ...JSON.parse(body || '{}'), record });
}

export function respondPlugin() {
  return {
    name: 'partnership-kit-respond',
    // A serve hook's answer is always sent as 200, so this one writes the
    // answer onto the Koa context itself and lets the request go on: the dev
    // server's static files step (deferred) leaves a response that has a body.
    async serve(context) {
      const { path } = context;
      const params = context.URL.searchParams;
      if (path.endsWith('/__count-read')) {
        const key = params.get('key') ?? '';
        respond(context, {
          status: 200,
          type: 'application/json',
          body: JSON.stringify({ count: counts.get(key) ?? 0 }),
        });
        return undefined;
      }
      if (!path.endsWith('/__respond')) return undefined;
      const key = params.get('key');
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      const delayMs = Math.min(Math.max(Number(params.get('delayMs')) || 0, 0), MAX_DELAY_MS);
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const status = Number(params.get('status') ?? 200);
      const body = params.get('body') ?? '';
      respond(context, {
        status: Number.isInteger(status) && status >= 200 && status <= 599 ? status : 200,
        type: params.get('type') ?? 'application/json',
        body: params.get('refuseRecord') ? namingTheRecord(body, context.get('Idempotency-Key')) : body,
        cache: params.get('cache') ?? undefined,
      });
      return undefined;
    },
  };
}
